// bug: runtime-error
// Looking up a key that is not in the map is a runtime error (8.3 Indexing).
event eLookup: (name: string, client: machine);
event eNumber: int;

machine Directory {
  var phone: map[string, int];
  start state Serve {
    entry {
      phone["ana"] = 5551;
      phone["bo"] = 5552;
    }
    on eLookup do (q: (name: string, client: machine)) {
      send q.client, eNumber, phone[q.name];
    }
  }
}

machine Main {
  start state Start {
    entry {
      var d: Directory;
      d = new Directory();
      send d, eLookup, (name = "ana", client = this);
      send d, eLookup, (name = "cy", client = this);
    }
    on eNumber do (n: int) { }
  }
}
