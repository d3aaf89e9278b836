// bug: runtime-error
// A null payload cast to a tuple type is not a member of it (8.3 `as`, 8.9 null dereference).
event eConfig: any;

machine Node {
  var port: int;
  start state Configure {
    on eConfig do (c: any) {
      var cfg: (host: string, port: int);
      cfg = c as (host: string, port: int);
      port = cfg.port;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var n: Node;
      n = new Node();
      send n, eConfig, (host = "a", port = 80);
      send n, eConfig, null;
    }
  }
}
