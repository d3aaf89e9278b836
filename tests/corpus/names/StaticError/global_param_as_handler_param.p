// A handler parameter cannot shadow a global param (reference 3.2 additional rules).
param limit: int;
event eSet: int;
machine Config {
  start state S {
    on eSet do (limit: int) { } // error: P0208
  }
}
