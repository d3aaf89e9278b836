// Duplicate named modules (reference 3.2 row "named module").
machine Client {
  start state S { }
}
module System = { Client };
module System = { Client }; // error: P0201
