// bug: unhandled-event
// Unlike a machine, a monitor does not run its exit before an unhandled-event bug, so the exit's assert never fires (8.8).
event eArm;
event eFire;

spec Trigger observes eArm, eFire {
  start state Safe {
    on eArm goto Armed;
    exit {
      assert false, "the exit must not run for an unhandled event";
    }
  }
  state Armed {
    ignore eArm, eFire;
  }
}

machine Main {
  start state Run {
    entry {
      announce eFire;
      announce eArm;
    }
  }
}

test tcTrigger [main = Main]: assert Trigger in { Main };
