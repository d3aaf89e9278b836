// Integer params may take negative values in a test; each case sees its own value (7.3 rules 1, 5).
param offset: int;

machine Main {
  start state Apply {
    entry {
      var base: int;
      base = 10;
      assert base + offset >= 0 && base + offset <= 15, format("offset {0}", offset);
      assert offset == -3 || offset == 0 || offset == 5;
    }
  }
}

test param (offset in [-3, 0, 5]) tcOffset [main = Main]: { Main };
