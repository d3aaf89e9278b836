// `M -> I` with an undeclared interface (reference 7.1).
machine Driver {
  start state S { }
}
machine Store {
  start state S { }
}
test tcBind [main = Driver]: { Driver, Store -> IStorage }; // error: P0207
