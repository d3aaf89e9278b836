// bug: assertion
// A parameterised test expands into one case per value; only nClients = 3 overloads the 2-slot server (7.3).
param nClients: int;

event eJoin: machine;
event eWelcome;

machine Server {
  var joined: int;
  start state Accept {
    on eJoin do (c: machine) {
      joined = joined + 1;
      assert joined <= 2, format("{0} clients joined a 2-slot server", joined);
      send c, eWelcome;
    }
  }
}

machine Client {
  start state Join {
    entry (s: machine) { send s, eJoin, this; }
    on eWelcome do { }
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
