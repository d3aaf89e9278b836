// Unreachable states are reported in monitors too; goto statements count as transitions (reference 4.6).
event eTick;
spec Counter observes eTick {
  var n: int;
  start state Counting {
    on eTick do { n = n + 1; if (n > 10) { goto Done; } }
  }
  cold state Done { ignore eTick; }
  hot state Orphan { ignore eTick; } // warning: P0802
}
machine Main {
  start state S { entry { announce eTick; } }
}
test tcCount [main = Main]: assert Counter in { Main };
