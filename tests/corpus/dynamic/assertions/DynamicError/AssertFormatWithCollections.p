// bug: assertion
// An assert message formats a seq and a map; the check fails because an id is missing (8.2, 8.4).
machine Main {
  start state Audit {
    entry {
      var ids: seq[int];
      var owners: map[int, string];
      ids += (0, 7);
      ids += (1, 9);
      owners[7] = "ana";
      assert 9 in owners, format("ids {0} missing from owners {1}", ids, owners);
    }
  }
}
