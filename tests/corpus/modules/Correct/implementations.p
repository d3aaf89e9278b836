// `implementation` declarations with and without `[main = M]` (reference 2.6, 7.2).
event eWork;
machine Worker {
  start state S { ignore eWork; }
}
machine Boss {
  start state S {
    entry { send new Worker(), eWork; }
  }
}
implementation Deploy [main = Boss]: { Boss, Worker };
implementation Bare: { Boss, Worker };
