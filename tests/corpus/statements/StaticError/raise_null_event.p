// `raise null` emits the null event (reference 4.3, 6.7 item 20 RaisedNullEvent).
machine Raiser {
  start state S {
    entry {
      raise null; // error: P0318
    }
  }
}
