// bug: assertion
// Through `any`, an unnamed tuple never equals a named tuple with the same values (8.2 Equality).
event eSample: any;

machine Store {
  start state Keep {
    on eSample do (s: any) {
      assert s == (1, 2), format("sample {0} differs from the unnamed tuple", s);
    }
  }
}

machine Main {
  start state Start {
    entry {
      send new Store(), eSample, (x = 1, y = 2);
    }
  }
}
