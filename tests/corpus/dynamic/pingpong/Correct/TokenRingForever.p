// Three nodes pass a token around a ring forever; each node counts its visits (8.10 step bound is not a bug).
event eInit: machine;
event eToken: int;

machine Node {
  var next: machine;
  var visits: int;
  start state Init {
    on eInit goto Ready with (n: machine) { next = n; }
    defer eToken;
  }
  state Ready {
    on eToken do (hops: int) {
      visits = visits + 1;
      send next, eToken, hops + 1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Node;
      var b: Node;
      var c: Node;
      a = new Node();
      b = new Node();
      c = new Node();
      send a, eInit, b;
      send b, eInit, c;
      send c, eInit, a;
      send a, eToken, 0;
    }
  }
}
