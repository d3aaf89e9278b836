// Field access on a machine reference is not allowed (reference 6.1, 6.7 item 7 MachineFieldAccess).
machine Database {
  var size: int;
  start state S { }
}
machine Client {
  var db: Database;
  var n: int;
  start state S {
    entry {
      db = new Database();
      n = db.size; // error: P0308
    }
  }
}
