// Creates `n` servers, then tells each of them who is in the cluster.
fun StartCluster(n: int, persistVote: bool): map[tServerId, Server] {
  var cluster: map[tServerId, Server];
  var id: tServerId;
  while (id < n) {
    cluster[id] = new Server((id = id, persistVote = persistVote, maxRestarts = 1));
    id = id + 1;
  }
  foreach (id in keys(cluster)) {
    send cluster[id], eConfig, cluster;
  }
  return cluster;
}

machine ThreeServersDriver {
  start state Init {
    entry { StartCluster(3, true); }
  }
}

param nServers: int;

machine ClusterSizeDriver {
  start state Init {
    entry { StartCluster(nServers, true); }
  }
}

// One of three servers crashes at some point after start-up.
machine OneCrashDriver {
  start state Init {
    entry {
      var cluster: map[tServerId, Server];
      cluster = StartCluster(3, true);
      send cluster[choose(3)], halt;
    }
  }
}

// Servers that do not keep their vote on stable storage.
machine VolatileVoteDriver {
  start state Init {
    entry { StartCluster(3, false); }
  }
}
