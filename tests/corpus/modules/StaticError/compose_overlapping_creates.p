// `compose` components must have pairwise disjoint creates sets (reference 7.1).
event eA;
event eB;
machine Worker receives; sends; {
  start state S { }
}
machine Left sends eA; {
  start state S { entry { new Worker(); } }
}
machine Right sends eB; {
  start state S { entry { new Worker(); } }
}
machine Main receives; sends; {
  start state S { entry { new Left(); new Right(); } }
}
test tcCreates [main = Main]: compose { Main, Worker }, { Left }, { Right }; // error: P0607
