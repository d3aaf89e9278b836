// bug: runtime-error
// The expression of a `print` is evaluated: a missing map key inside it is a runtime error (8.3, 8.4 print).
event eLookup: string;

machine Directory {
  var phone: map[string, int];
  start state Serve {
    entry {
      phone["ana"] = 5551;
      phone["bo"] = 5552;
    }
    on eLookup do (name: string) {
      print format("{0} -> {1}", name, phone[name]);
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
