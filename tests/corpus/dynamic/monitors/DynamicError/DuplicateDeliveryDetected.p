// bug: assertion
// A spec keeps a set of delivered message ids and catches a retransmission delivered twice (8.8).
event eDeliver: int;
event eSend: (dest: machine, id: int);

spec ExactlyOnce observes eDeliver {
  var seen: set[int];
  start state Watch {
    on eDeliver do (id: int) {
      assert !(id in seen), format("message {0} delivered twice", id);
      seen += (id);
    }
  }
}

machine Receiver {
  start state Recv {
    on eSend do (m: (dest: machine, id: int)) {
      announce eDeliver, m.id;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var r: Receiver;
      var i: int;
      r = new Receiver();
      while (i < 3) {
        send r, eSend, (dest = r, id = i);
        if ($) {
          send r, eSend, (dest = r, id = i);
        }
        i = i + 1;
      }
    }
  }
}

test tcOnce [main = Main]: assert ExactlyOnce in { Main, Receiver };
