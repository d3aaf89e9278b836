// Lookups guarded by `in` and divisions guarded by a zero check never fail (8.3).
event eLookup: string;

machine Directory {
  var phone: map[string, int];
  var misses: int;
  var lookups: int;
  start state Serve {
    entry {
      phone["ana"] = 5551;
    }
    on eLookup do (name: string) {
      lookups = lookups + 1;
      if (name in phone) {
        assert phone[name] == 5551;
      } else {
        misses = misses + 1;
      }
      if (lookups > 0) {
        assert misses * 100 / lookups <= 100;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var d: Directory;
      d = new Directory();
      send d, eLookup, "ana";
      send d, eLookup, "cy";
    }
  }
}
