module Cluster = { FailureDetector, Timer, Node, MembershipView };

test tcNoCrashes [main = NoCrashDriver]:
  assert CrashesAreDetected in (union Cluster, { NoCrashDriver });

test param (nNodes in [2, 3, 4]) tcCrashes [main = CrashDriver]:
  assert CrashesAreDetected in (union Cluster, { CrashDriver });

test tcIsolationGuard [main = IsolationGuardDriver]:
  assert CrashesAreDetected in (union Cluster, { IsolationGuardDriver });
