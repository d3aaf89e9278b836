// A broadcaster keeps sending to a group where some members halted; those sends are dropped (8.5 Halting, 8.7 step 5).
event eNews: int;
event eLeave;

machine Member {
  var read: int;
  start state Subscribed {
    on eNews do (n: int) { read = read + 1; }
    on eLeave do { raise halt; }
  }
}

machine Main {
  start state Broadcast {
    entry {
      var group: seq[Member];
      var m: Member;
      var i: int;
      while (i < 3) {
        group += (i, new Member());
        i = i + 1;
      }
      send group[1], eLeave;
      i = 0;
      while (i < 3) {
        foreach (m in group) { send m, eNews, i; }
        i = i + 1;
      }
    }
  }
}
