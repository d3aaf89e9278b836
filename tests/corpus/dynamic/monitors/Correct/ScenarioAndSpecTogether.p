// A test with a spec also gets the program's scenario attached automatically; both observe the run and hold (4.6, 7.6).
event eStage: int;

scenario ReachesStageThree observes eStage {
  start state Early {
    on eStage do (s: int) { if (s == 3) { goto Reached; } }
  }
  cold state Reached {
    ignore eStage;
  }
}

spec StagesIncrease observes eStage {
  var last: int;
  start state Watch {
    on eStage do (s: int) {
      assert s == last + 1, format("stage {0} after {1}", s, last);
      last = s;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var s: int;
      s = 1;
      while (s <= 4) {
        announce eStage, s;
        s = s + 1;
      }
    }
  }
}

test tcStages [main = Main]: assert StagesIncrease in { Main };
