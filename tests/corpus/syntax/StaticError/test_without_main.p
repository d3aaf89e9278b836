// The `[main = M]` part of a test declaration is mandatory (reference 2.6, 7.2).
machine Client {
  start state S { }
}
test tcBasic: { Client }; // error: P0102
