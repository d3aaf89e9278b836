// bug: assertion
// An enum's default is its element with the smallest number, not the first declared (4.2, 5.3).
enum tPriority { High = 3, Normal = 2, Low = 1 }

machine Main {
  var prio: tPriority;
  start state Start {
    entry {
      assert prio == High, format("default priority is {0}", prio to int);
    }
  }
}
