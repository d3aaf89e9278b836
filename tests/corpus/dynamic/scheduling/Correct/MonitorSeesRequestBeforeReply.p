// Monitors observe a send before its scheduling point, so a request is always observed before its reply (8.7 step 3).
event eRequest: (client: machine, id: int);
event eResponse: int;

spec ResponsesMatchRequests observes eRequest, eResponse {
  var open: set[int];
  start state Watch {
    on eRequest do (r: (client: machine, id: int)) { open += (r.id); }
    on eResponse do (id: int) {
      assert id in open, format("response {0} observed before its request", id);
      open -= id;
    }
  }
}

machine Server {
  start state Serve {
    on eRequest do (r: (client: machine, id: int)) {
      send r.client, eResponse, r.id;
    }
  }
}

machine Client {
  start state Ask {
    entry (cfg: (server: machine, base: int)) {
      send cfg.server, eRequest, (client = this, id = cfg.base);
      send cfg.server, eRequest, (client = this, id = cfg.base + 1);
    }
    on eResponse do (id: int) { }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      new Client((server = s, base = 10));
      new Client((server = s, base = 20));
    }
  }
}

test tcMatch [main = Main]: assert ResponsesMatchRequests in { Main, Server, Client };
