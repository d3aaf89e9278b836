// `rename I1 to I2` requires identical receive sets (reference 7.1).
event eA;
event eB;
interface IWide() receives eA, eB;
machine Narrow receives eA; {
  start state S { ignore eA; }
}
machine Main {
  start state S { entry { new Narrow(); } }
}
test tcRename [main = Main]: rename Narrow to IWide in { Main, Narrow }; // error: P0608
