// bug: deadlock
// Two clients block in receive for answers a server never sends while the server idles: every blocked machine is listed (8.9 deadlock).
event eAsk: machine;
event eAnswer;

machine Server {
  var asked: int;
  start state S {
    on eAsk do (c: machine) { asked = asked + 1; }
  }
}

machine Client {
  start state C {
    entry (s: machine) {
      send s, eAsk, this;
      receive { case eAnswer: { } }
    }
  }
}

machine Main {
  start state Run {
    entry {
      var s: machine;
      s = new Server();
      new Client(s);
      new Client(s);
    }
  }
}
