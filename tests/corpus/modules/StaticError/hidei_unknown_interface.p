// `hidei` of a name that is not an interface, and of an interface that is not bound (reference 7.1).
interface IStore() receives;
machine Main {
  start state S { }
}
test tcUnknown [main = Main]: hidei IStorage in { Main }; // error: P0207
test tcUnbound [main = Main]: hidei IStore in { Main }; // error: P0608
