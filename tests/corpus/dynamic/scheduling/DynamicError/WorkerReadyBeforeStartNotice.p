// bug: assertion
// After `new Worker()` the creator configures it and then notifies the registry; the worker's own eReady can arrive first (8.5 Creation, 8.10).
event eConfig: machine;
event eReady;
event eStarted;

machine Registry {
  var started: bool;
  start state Track {
    on eStarted do { started = true; }
    on eReady do { assert started, "worker ready before its start was recorded"; }
  }
}

machine Worker {
  start state Boot {
    on eConfig do (registry: machine) { send registry, eReady; }
  }
}

machine Main {
  start state Start {
    entry {
      var r: Registry;
      var w: Worker;
      r = new Registry();
      w = new Worker();
      send w, eConfig, r;
      send r, eStarted;
    }
  }
}
