// bug: assertion
// Monitors see events at send time; a server that answers an unseen id trips the spec (8.7 step 3, 8.8).
event eRequest: int;
event eResponse: int;

spec ResponsesMatchRequests observes eRequest, eResponse {
  var open: set[int];
  start state Watch {
    on eRequest do (id: int) { open += (id); }
    on eResponse do (id: int) {
      assert id in open, format("response {0} without a request", id);
      open -= id;
    }
  }
}

machine Server {
  var nextId: int;
  start state Serve {
    on eRequest do (id: int) {
      nextId = nextId + 1;
      send this, eResponse, nextId;
    }
    ignore eResponse;
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      send s, eRequest, 1;
      send s, eRequest, 5;
    }
  }
}

test tcMatch [main = Main]: assert ResponsesMatchRequests in { Main, Server };
