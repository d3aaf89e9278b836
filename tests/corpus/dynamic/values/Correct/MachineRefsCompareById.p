// Machine references compare by machine id; a ref received in a payload equals the original (8.2).
event eWho: machine;
event eYou: machine;

machine Peer {
  start state Answer {
    on eWho do (asker: machine) {
      send asker, eYou, this;
    }
  }
}

machine Main {
  var p: Peer;
  start state Ask {
    entry {
      p = new Peer();
      send p, eWho, this;
    }
    on eYou do (who: machine) {
      assert who == p, "the echoed ref must be the same machine";
      assert who != this;
    }
  }
}
