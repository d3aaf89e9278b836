// Every generated case of the parameterised test (1 to 3 clients) stays within the server's capacity (7.3).
param nClients: int;

event eJoin: machine;
event eWelcome: int;

machine Server {
  var joined: int;
  start state Accept {
    on eJoin do (c: machine) {
      joined = joined + 1;
      assert joined <= nClients, format("{0} joins for {1} clients", joined, nClients);
      send c, eWelcome, joined;
    }
  }
}

machine Client {
  start state Join {
    entry (s: machine) { send s, eJoin, this; }
    on eWelcome do (slot: int) {
      assert slot >= 1 && slot <= nClients;
    }
  }
}

machine Driver {
  start state Start {
    entry {
      var s: Server;
      var i: int;
      s = new Server();
      while (i < nClients) {
        new Client(s);
        i = i + 1;
      }
    }
  }
}

test param (nClients in [1, 2, 3]) tcClients [main = Driver]: { Driver, Server, Client };
