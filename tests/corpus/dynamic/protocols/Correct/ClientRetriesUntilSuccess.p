// A flaky server fails requests at random (at most twice); the client retries and always ends with a success (8.3, 8.6).
event eReq: machine;
event eOk: int;
event eFail;

machine FlakyServer {
  var failures: int;
  start state Serve {
    on eReq do (c: machine) {
      if (failures < 2 && $) {
        failures = failures + 1;
        send c, eFail;
      } else {
        send c, eOk, failures;
      }
    }
  }
}

machine Main {
  start state Run {
    entry {
      var s: FlakyServer;
      var done: bool;
      var attempts: int;
      s = new FlakyServer();
      while (!done) {
        attempts = attempts + 1;
        send s, eReq, this;
        receive {
          case eOk: (failed: int) {
            done = true;
            assert attempts == failed + 1, format("{0} attempts, {1} failures", attempts, failed);
          }
          case eFail: { }
        }
      }
    }
  }
}
