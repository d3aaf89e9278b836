// Duplicate machine declarations (reference 3.2 row "machine", 6.7 item 3).
machine Client {
  start state Init { }
}
machine Client { // error: P0201
  start state Other { }
}
