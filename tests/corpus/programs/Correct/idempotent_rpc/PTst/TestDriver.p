// Test drivers announce each client they start, for the EveryKeyResolved spec (8.7 announce).
event eClientStarted: (client: machine, count: int);

fun StartClient(server: IAccountServer, firstKey: int, count: int) {
  var c: RetryingClient;
  c = new RetryingClient((server = server, firstKey = firstKey, count = count, maxAttempts = 3));
  announce eClientStarted, (client = c, count = count);
}

machine SingleClientTest {
  start state Init {
    entry {
      StartClient(new IAccountServer(), 100, 3);
    }
  }
}

machine TwoClientTest {
  start state Init {
    entry {
      var server: IAccountServer;
      server = new IAccountServer();
      StartClient(server, 100, 2);
      StartClient(server, 200, 2);
    }
  }
}
