// `hidee E in m` requires E to be received inside m (reference 7.1).
event eNote;
machine Talker receives; sends eNote; {
  start state S { }
}
machine Main receives; sends; {
  start state S { entry { new Talker(); } }
}
test tcHide [main = Main]: hidee eNote in { Main, Talker }; // error: P0608
