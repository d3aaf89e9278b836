// `on ... goto` to a state that does not exist (reference 3.3, 6.7 item 6).
event eFlip;
machine Light {
  start state Off {
    on eFlip goto Lit; // error: P0204
  }
}
