// `#` is not a P token, e.g. a shell-style comment (reference 1.6, 6.7 item 1).
# configuration for the server // error: P0101
event eReq;
machine Server {
  start state S {
    on eReq do { }
  }
}
