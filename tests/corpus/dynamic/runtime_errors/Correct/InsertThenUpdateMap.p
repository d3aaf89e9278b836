// `m += (k, v)` on a fresh key and then `m[k] = v` to update never inserts twice (8.4).
event eRegister: (name: string, port: int);

machine Registry {
  var ports: map[string, int];
  start state Open {
    on eRegister do (r: (name: string, port: int)) {
      if (r.name in ports) {
        ports[r.name] = r.port;
      } else {
        ports += (r.name, r.port);
      }
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
