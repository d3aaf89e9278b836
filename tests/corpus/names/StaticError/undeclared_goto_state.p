// `goto` to a state that does not exist (reference 3.3, 6.7 item 6).
machine Light {
  start state Off {
    entry {
      goto Onn; // error: P0204
    }
  }
  state On { }
}
