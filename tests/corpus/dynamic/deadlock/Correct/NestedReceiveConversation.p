// A client and server hold a three-step conversation with nested receives; every awaited event is eventually sent (8.6).
event eHello: machine;
event eChallenge: int;
event eAnswer: int;
event eWelcome;

machine Server {
  start state Listen {
    on eHello do (c: machine) {
      send c, eChallenge, 6;
      receive {
        case eAnswer: (a: int) {
          assert a == 36;
          send c, eWelcome;
        }
      }
    }
  }
}

machine Main {
  start state Connect {
    entry {
      var s: Server;
      s = new Server();
      send s, eHello, this;
      receive {
        case eChallenge: (x: int) {
          send s, eAnswer, x * x;
          receive { case eWelcome: { } }
        }
      }
    }
  }
}
