// Raft leader election (no log replication).

type tServerId = int;
type tTerm = int;

type tRequestVote = (term: tTerm, candidate: tServerId);
type tVoteResp = (term: tTerm, voter: tServerId, granted: bool);
type tHeartbeat = (term: tTerm, leader: tServerId);

event eConfig: map[tServerId, Server];   // the cluster, sent to every server at start-up
event eRequestVote: tRequestVote;
event eVoteResp: tVoteResp;
event eHeartbeat: tHeartbeat;

// persistVote: is `votedFor` kept on stable storage across restarts?
// maxRestarts: how often failure injection may restart this server.
type tServerConfig = (id: tServerId, persistVote: bool, maxRestarts: int);

// Announced by a server when it wins an election.
event eSpec_BecameLeader: (term: tTerm, leader: tServerId);

fun Majority(n: int): int {
  return n / 2 + 1;
}
