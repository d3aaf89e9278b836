// LeaseMutualExclusion (safety): the server never grants a lease while another lease is
// still valid (granted, and neither released nor expired).
spec LeaseMutualExclusion observes eGranted, eSpec_LeaseEnded {
  var current: tToken;

  start state NoLease {
    on eGranted goto Leased with (t: tToken) { current = t; }
    on eSpec_LeaseEnded do (t: tToken) {
      assert false, format("lease {0} ended, but no lease is active", t);
    }
  }

  state Leased {
    on eGranted do (t: tToken) {
      assert false, format("lease {0} granted while lease {1} is still valid", t, current);
    }
    on eSpec_LeaseEnded goto NoLease with (t: tToken) {
      assert t == current, format("lease {0} ended, but the active lease is {1}", t, current);
    }
  }
}

// NoLostIncrements (safety): the counter's critical sections do not overlap *in effect*:
// every write that takes effect builds on the latest value written before it. A lease
// alone cannot promise this — a client may still be in its critical section when its
// lease expires — which is what fencing tokens are for.
spec NoLostIncrements observes eSpec_CounterWritten {
  var value: int;
  var lastToken: tToken;

  start state Watching {
    on eSpec_CounterWritten do (w: (token: tToken, value: int)) {
      assert w.value == value + 1,
        format("lost update: lease {0} wrote {1} over {2} (last written under lease {3})",
               w.token, w.value, value, lastToken);
      value = w.value;
      lastToken = w.token;
    }
  }
}
