// A reference obtained through an interface keeps that interface's permissions when it travels in a payload; the events it permits can be sent (8.1, 8.7).
event eRegister: Api;
event eCall: int;
event eBack: int;

interface Api(machine) receives eCall;

machine Service receives eCall; sends eBack; {
  var client: machine;
  start state S {
    entry (c: machine) { client = c; }
    on eCall do (n: int) { send client, eBack, n + 1; }
  }
}

machine Relay {
  start state R {
    on eRegister do (api: Api) { send api, eCall, 41; }
  }
}

machine Main {
  start state Run {
    entry {
      var api: Api;
      var relay: machine;
      api = new Api(this);
      relay = new Relay();
      send relay, eRegister, api;
    }
    on eBack do (n: int) { assert n == 42; }
  }
}

test tcRelay [main=Main]: { Main, Relay, Service -> Api };
