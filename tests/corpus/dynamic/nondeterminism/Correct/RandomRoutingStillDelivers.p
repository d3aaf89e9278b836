// A router forwards each packet to a randomly chosen replica; whichever is chosen, every packet is acknowledged (8.3 choose(seq)).
event ePacket: (id: int, origin: machine);
event eAckPacket: int;

machine Replica {
  start state Serve {
    on ePacket do (p: (id: int, origin: machine)) { send p.origin, eAckPacket, p.id; }
  }
}

machine Main {
  start state Route {
    entry {
      var replicas: seq[machine];
      var acked: set[int];
      var i: int;
      replicas += (0, new Replica());
      replicas += (1, new Replica());
      replicas += (2, new Replica());
      while (i < 4) {
        send choose(replicas), ePacket, (id = i, origin = this);
        i = i + 1;
      }
      while (sizeof(acked) < 4) {
        receive { case eAckPacket: (id: int) { acked += (id); } }
      }
    }
  }
}
