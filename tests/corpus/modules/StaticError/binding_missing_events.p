// `M -> I` requires I's receive set to be a subset of M's (reference 7.1).
event eGet;
event ePut;
interface IStore() receives eGet, ePut;
machine ReadOnlyStore receives eGet; {
  start state S { ignore eGet; }
}
machine Client {
  start state S { entry { new IStore(); } }
}
test tcStore [main = Client]: { Client, ReadOnlyStore -> IStore }; // error: P0604
