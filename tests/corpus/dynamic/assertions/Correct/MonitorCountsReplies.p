// A spec counts requests and replies and asserts replies never outnumber requests (8.7, 8.8).
event eRequest: machine;
event eResponse;

spec RepliesMatchRequests observes eRequest, eResponse {
  var outstanding: int;
  start state Counting {
    on eRequest do {
      outstanding = outstanding + 1;
    }
    on eResponse do {
      outstanding = outstanding - 1;
      assert outstanding >= 0, "response without a request";
    }
  }
}

machine Server {
  start state Serve {
    on eRequest do (from: machine) {
      send from, eResponse;
    }
  }
}

machine Client {
  var n: int;
  start state Ask {
    entry (server: Server) {
      while (n < 3) {
        send server, eRequest, this;
        n = n + 1;
      }
    }
    on eResponse do { }
  }
}

machine Driver {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      new Client(s);
      new Client(s);
    }
  }
}

test tcReplies [main = Driver]: assert RepliesMatchRequests in { Driver, Server, Client };
