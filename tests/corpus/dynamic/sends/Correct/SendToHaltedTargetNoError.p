// Sends to a halted target pass the send checks and are dropped at delivery; monitors still observe them (8.7 steps 3, 5).
event eMsg: int;

spec CountsSends observes eMsg {
  var n: int;
  start state Count {
    on eMsg do (x: int) {
      n = n + 1;
      assert n == x, format("observed send {0} as number {1}", x, n);
    }
  }
}

machine Mailbox {
  start state Open {
    on eMsg do (x: int) {
      if (x == 2) { raise halt; }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var box: Mailbox;
      var i: int;
      box = new Mailbox();
      i = 1;
      while (i <= 5) {
        send box, eMsg, i;
        i = i + 1;
      }
    }
  }
}

test tcDropped [main = Main]: assert CountsSends in { Main, Mailbox };
