// `rename I1 to I2 in m` makes `new I1` create through I2, so the new machine's name shows I2; its permissions are I2's (7.1, 8.5 Identity).
event eGet;
interface Store() receives eGet;
interface Cache() receives eGet;
machine Disk { start state S { ignore eGet; } }
machine Main {
  start state Run {
    entry {
      var s: Store;
      s = new Store();
      send s, eGet;
      assert format("{0}", s) == "Cache(2)", format("{0}", s);
    }
  }
}
test tcRenamed [main=Main]: rename Store to Cache in { Main, Disk -> Store };
