// `hidei I in m` requires I to be both created and bound in m (reference 7.1).
machine Helper {
  start state S { }
}
machine Main {
  start state S { }
}
test tcHideI [main = Main]: hidei Helper in { Main, Helper }; // error: P0608
