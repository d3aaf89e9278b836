// bug: assertion
// Two clients send three requests each; the server fails only on the arrival order A B A B, which needs a context switch at every send: random scheduling finds it, PCT hardly ever (8.10, 9.5).
event eReq: int;
machine Main {
  start state S {
    entry {
      var s: machine;
      s = new Server();
      new Client((s = s, id = 0));
      new Client((s = s, id = 1));
    }
  }
}
machine Client {
  start state S {
    entry (a: (s: machine, id: int)) {
      send a.s, eReq, a.id; send a.s, eReq, a.id; send a.s, eReq, a.id;
    }
  }
}
machine Server {
  var log: seq[int];
  start state S {
    on eReq do (id: int) {
      log += (sizeof(log), id);
      if (sizeof(log) == 4) {
        assert !(log[0] == 0 && log[1] == 1 && log[2] == 0 && log[3] == 1), "A B A B";
      }
    }
  }
}
