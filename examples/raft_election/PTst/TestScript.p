module Raft = { Server, ElectionTimer };

test tcThreeServers [main = ThreeServersDriver]:
  assert OneLeaderPerTerm, LeaderEventuallyElected in (union Raft, { ThreeServersDriver });

test param (nServers in [3, 5]) tcClusterSize [main = ClusterSizeDriver]:
  assert OneLeaderPerTerm, LeaderEventuallyElected in (union Raft, { ClusterSizeDriver });

test tcOneCrash [main = OneCrashDriver]:
  assert OneLeaderPerTerm, LeaderEventuallyElected in (union Raft, { OneCrashDriver });

test tcVolatileVote [main = VolatileVoteDriver]:
  assert OneLeaderPerTerm, LeaderEventuallyElected in (union Raft, { VolatileVoteDriver });
