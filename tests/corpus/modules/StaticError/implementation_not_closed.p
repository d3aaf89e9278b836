// An implementation gets the closedness check too, reported at the interface nobody binds, as the reference does (reference 7.2).
interface IStore() receives; // error: P0601
machine Client {
  start state S {
    entry { new IStore(); }
  }
}
implementation Deploy [main = Client]: { Client };
