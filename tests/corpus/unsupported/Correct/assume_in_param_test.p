// `assume` is not rejected by the keyword scan: it is legitimate in parameterised tests (reference 1.3, 7.3).
param level: int;
machine Driver {
  start state S {
    entry { assert level >= 0; }
  }
}
test param (level in [0, 1, 2]) assume (level != 1) tcLevels [main = Driver]: { Driver };
