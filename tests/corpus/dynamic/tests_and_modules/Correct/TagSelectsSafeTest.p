// test: tcHealthy
// Two tests over different bindings; the tag selects tcHealthy, whose binding is correct (7.2, 9.4 -tc).
event eGet: machine;
event eValue: int;

interface Store() receives eGet;

machine GoodStore receives eGet; {
  start state Serve {
    on eGet do (c: machine) { send c, eValue, 1; }
  }
}

machine BrokenStore receives eGet; {
  start state Serve {
    on eGet do (c: machine) { send c, eValue, -1; }
  }
}

machine Main {
  start state Use {
    entry {
      send new Store(), eGet, this;
    }
    on eValue do (v: int) {
      assert v > 0, format("store answered {0}", v);
    }
  }
}

test tcHealthy [main = Main]: { Main, GoodStore -> Store };
test tcBroken [main = Main]: { Main, BrokenStore -> Store };
