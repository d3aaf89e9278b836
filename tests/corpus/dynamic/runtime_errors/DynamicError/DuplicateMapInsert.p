// bug: runtime-error
// `m += (k, v)` on an existing key is a runtime error, unlike `m[k] = v` (8.4).
event eRegister: (name: string, port: int);

machine Registry {
  var ports: map[string, int];
  start state Open {
    on eRegister do (r: (name: string, port: int)) {
      ports += (r.name, r.port);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var reg: Registry;
      reg = new Registry();
      send reg, eRegister, (name = "web", port = 80);
      send reg, eRegister, (name = "db", port = 5432);
      send reg, eRegister, (name = "web", port = 8080);
    }
  }
}
