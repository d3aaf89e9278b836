// An enum element value above 2147483647 is out of range (reference 4.2).
enum tPriority { Low = 0, High = 99999999999 } // error: P0104
machine Scheduler {
  var p: tPriority;
  start state S {
    entry { p = Low; }
  }
}
