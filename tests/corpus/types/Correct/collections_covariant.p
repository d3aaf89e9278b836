// Rules 5.2.8 and 5.2.9: seq/set are covariant in the element, map in key and value.
machine Worker {
  start state S { }
}
machine Pool {
  var workers: seq[Worker];
  var machines: seq[machine];
  var anys: seq[any];
  var ids: set[int];
  var anyset: set[any];
  var byId: map[int, Worker];
  var loose: map[any, machine];
  var dataMap: map[data, data];
  start state S {
    entry {
      workers += (0, new Worker());
      machines = workers;
      anys = machines;
      ids += (3);
      anyset = ids;
      byId[1] = new Worker();
      loose = byId;
      dataMap = default(map[int, string]);
    }
  }
}
