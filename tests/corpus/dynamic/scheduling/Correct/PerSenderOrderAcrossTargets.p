// Each target receives one sender's events in send order, however the two targets interleave (8.7 ordering guarantee).
event eLog: int;

machine Log {
  var last: int;
  start state Append {
    on eLog do (n: int) {
      assert n > last, format("entry {0} after {1}", n, last);
      last = n;
    }
  }
}

machine Main {
  start state Write {
    entry {
      var a: Log;
      var b: Log;
      var i: int;
      a = new Log();
      b = new Log();
      i = 1;
      while (i <= 4) {
        send a, eLog, i;
        send b, eLog, i;
        i = i + 1;
      }
    }
  }
}
