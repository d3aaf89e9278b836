// A client blocks in receive for each reply and the server always answers (8.6).
event eReq: (client: machine, n: int);
event eResp: int;

machine Squarer {
  start state Serve {
    on eReq do (r: (client: machine, n: int)) {
      send r.client, eResp, r.n * r.n;
    }
  }
}

machine Main {
  start state Ask {
    entry {
      var s: Squarer;
      var i: int;
      var total: int;
      s = new Squarer();
      while (i < 4) {
        send s, eReq, (client = this, n = i);
        receive {
          case eResp: (sq: int) { total = total + sq; }
        }
        i = i + 1;
      }
      assert total == 14, format("sum of squares was {0}", total);
    }
  }
}
