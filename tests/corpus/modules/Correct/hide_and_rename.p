// `hidee`, `hidei` and `rename` with their preconditions satisfied (reference 7.1).
event eInternal;
interface IBack() receives eInternal;
machine Front receives; sends eInternal; {
  start state S {
    entry {
      var b: Back;
      b = new Back();
      send b, eInternal;
    }
  }
}
machine Back receives eInternal; sends; {
  start state S { ignore eInternal; }
}
test tcHideEvent [main = Front]: hidee eInternal in { Front, Back };
test tcHideInterface [main = Front]: hidei Back in { Front, Back };
test tcRename [main = Front]: rename Back to IBack in { Front, Back };
test tcAll [main = Front]: hidei IBack in (rename Back to IBack in (hidee eInternal in { Front, Back }));
