// CrashesAreDetected (liveness): every node that crashes is eventually suspected.
// The spec is `hot` while some crashed node is not suspected yet; a run that ends there,
// or stays there for too long, is a liveness bug. A node that crashes after it was
// suspected (falsely, because it was slow) owes nothing.
spec CrashesAreDetected observes eSpec_NodeCrashed, eNodeSuspected {
  var undetected: set[tNodeId];
  var suspected: set[tNodeId];

  start cold state AllDetected {
    on eSpec_NodeCrashed do (id: tNodeId) {
      if (!(id in suspected)) {
        undetected += (id);
        goto CrashUndetected;
      }
    }
    on eNodeSuspected do (id: tNodeId) { suspected += (id); }
  }

  hot state CrashUndetected {
    on eSpec_NodeCrashed do (id: tNodeId) {
      if (!(id in suspected)) {
        undetected += (id);
      }
    }
    on eNodeSuspected do (id: tNodeId) {
      suspected += (id);
      undetected -= id;
      if (sizeof(undetected) == 0) {
        goto AllDetected;
      }
    }
  }
}
