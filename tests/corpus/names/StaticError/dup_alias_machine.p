// A type alias conflicts with a machine of the same name (reference 3.2 row "type alias").
machine Server {
  start state S { }
}
type Server = int; // error: P0201
