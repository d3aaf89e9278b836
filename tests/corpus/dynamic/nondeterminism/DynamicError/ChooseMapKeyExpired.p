// bug: assertion
// choose(map) yields a key; a lease picked at random may already have expired (8.3 choose(map)).
machine Main {
  start state Renew {
    entry {
      var leases: map[string, int];
      var holder: string;
      leases["ana"] = 30;
      leases["bo"] = 0;
      leases["cy"] = 12;
      holder = choose(leases);
      assert leases[holder] > 0, format("renewing expired lease of {0}", holder);
    }
  }
}
