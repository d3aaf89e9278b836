// A machine and a spec assert the same invariant about a queue length; both always hold (8.4, 8.8).
event eEnqueued: int;
event eDequeued: int;

spec QueueBound observes eEnqueued, eDequeued {
  start state Watch {
    on eEnqueued do (len: int) { assert len <= 3, format("queue length {0}", len); }
    on eDequeued do (len: int) { assert len >= 0; }
  }
}

machine Main {
  var queue: seq[int];
  start state Run {
    entry {
      var i: int;
      while (i < 10) {
        if (sizeof(queue) < 3 && $) {
          queue += (sizeof(queue), i);
          announce eEnqueued, sizeof(queue);
        } else if (sizeof(queue) > 0) {
          queue -= 0;
          announce eDequeued, sizeof(queue);
        }
        assert sizeof(queue) <= 3;
        i = i + 1;
      }
    }
  }
}

test tcQueue [main = Main]: assert QueueBound in { Main };
