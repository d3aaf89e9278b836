// Creates `n` nodes and a detector watching them.
fun StartCluster(n: int, canCrash: bool, isolationGuard: bool) {
  var nodes: map[tNodeId, Node];
  var view: MembershipView;
  var i: int;
  while (i < n) {
    nodes[i] = new Node((id = i, canCrash = canCrash, lifetime = 3));
    i = i + 1;
  }
  view = new MembershipView();
  new FailureDetector((nodes = nodes, threshold = 2, view = view, isolationGuard = isolationGuard));
}

machine NoCrashDriver {
  start state Init {
    entry { StartCluster(3, false, false); }
  }
}

param nNodes: int;

machine CrashDriver {
  start state Init {
    entry { StartCluster(nNodes, true, false); }
  }
}

machine IsolationGuardDriver {
  start state Init {
    entry { StartCluster(3, true, true); }
  }
}
