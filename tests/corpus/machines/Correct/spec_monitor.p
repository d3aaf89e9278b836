// A spec observes events, uses raise/goto/assert/print, hot/cold states, local and pure global functions (reference 4.6, 6.4).
event eAcquire: int;
event eRelease: int;
event eCheck;

fun Describe(holder: int): string { return format("held by {0}", holder); }

spec MutualExclusion observes eAcquire, eRelease {
  var holder: int;
  start cold state Free {
    on eAcquire goto Held with (who: int) { holder = who; }
    on eRelease do (who: int) { assert false, "release while free"; }
  }
  hot state Held {
    entry { print Describe(holder); }
    on eRelease do (who: int) {
      assert who == holder, "wrong releaser";
      raise eCheck;
    }
    on eCheck goto Free;
    on eAcquire do Conflict;
  }
  fun Conflict(who: int) { assert who == holder, "two holders"; }
}

machine Main {
  start state S {
    entry {
      announce eAcquire, 1;
      announce eRelease, 1;
    }
  }
}

test tcLock [main = Main]: assert MutualExclusion in { Main };
