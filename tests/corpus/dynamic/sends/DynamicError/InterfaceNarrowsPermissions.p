// bug: runtime-error
// A ref created through interface ReadApi only permits eRead, even though the bound machine accepts eWrite (8.1, 8.7).
event eRead;
event eWrite;

interface ReadApi() receives eRead;

machine Store {
  start state Serve {
    on eRead do { }
    on eWrite do { }
  }
}

machine Main {
  start state Start {
    entry {
      var api: ReadApi;
      var m: machine;
      api = new ReadApi();
      send api, eRead;
      m = api;
      send m, eWrite;
    }
  }
}

test tcReadApi [main = Main]: { Main, Store -> ReadApi };
