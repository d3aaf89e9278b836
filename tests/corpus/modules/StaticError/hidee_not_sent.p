// `hidee E in m` requires E to be sent inside m (reference 7.1).
event eNote;
machine Listener receives eNote; sends; {
  start state S { ignore eNote; }
}
machine Main receives; sends; {
  start state S { entry { new Listener(); } }
}
test tcHide [main = Main]: hidee eNote in { Main, Listener }; // error: P0608
