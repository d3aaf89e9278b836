// A machine conflicts with an earlier type alias of the same name (reference 3.2 row "machine").
type Coordinator = (id: int);
machine Coordinator { // error: P0201
  start state S { }
}
