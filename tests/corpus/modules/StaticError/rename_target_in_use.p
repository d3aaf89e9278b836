// `rename I1 to I2` requires I1 bound or created in m and I2 neither (reference 7.1).
event eA;
interface IA() receives eA;
interface IB() receives eA;
machine Impl receives eA; {
  start state S { ignore eA; }
}
machine Main {
  start state S { entry { new IA(); new IB(); } }
}
machine Starter {
  start state S { entry { new IA(); } }
}
test tcTarget [main = Main]: rename IA to IB in { Main, Impl -> IA, Impl -> IB }; // error: P0608
test tcSource [main = Starter]: rename Impl to IB in { Starter, Impl -> IA }; // error: P0608
