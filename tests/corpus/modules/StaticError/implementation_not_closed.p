// An implementation gets the closedness check too (reference 7.2).
interface IStore() receives;
machine Client {
  start state S {
    entry { new IStore(); }
  }
}
implementation Deploy [main = Client]: { Client }; // error: P0601
