// A ref created through an interface may send exactly the interface's events (4.4, 8.7 step 2).
event eRead: machine;
event eValue: int;

interface ReadApi(int) receives eRead;

machine Store {
  var value: int;
  start state Serve {
    entry (init: int) {
      value = init;
    }
    on eRead do (who: machine) {
      send who, eValue, value;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var api: ReadApi;
      api = new ReadApi(17);
      send api, eRead, this;
    }
    on eValue do (v: int) {
      assert v == 17;
    }
  }
}

test tcReadApi [main = Main]: { Main, Store -> ReadApi };
