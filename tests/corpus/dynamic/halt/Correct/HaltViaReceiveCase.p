// A receive case may raise halt itself; the enclosing handler is abandoned and the machine halts quietly (8.6 step 6).
event eData: int;

machine Consumer {
  start state Read {
    entry {
      while (true) {
        receive {
          case eData: (x: int) {
            if (x < 0) { raise halt; }
          }
        }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Consumer;
      c = new Consumer();
      send c, eData, 1;
      send c, eData, -1;
      send c, eData, 2;
    }
  }
}
