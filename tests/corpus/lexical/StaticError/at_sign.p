// `@` is not a P token, e.g. a Java-style annotation (reference 1.6, 6.7 item 1).
@Deprecated // error: P0101
event eOld;
machine Keeper {
  start state S {
    ignore eOld;
  }
}
