// bug: assertion; test: tcWithSpec
// Of two tests over the same system, only tcWithSpec attaches the spec that catches the duplicate grant (7.2).
event eGrant: int;

spec SingleGrant observes eGrant {
  var granted: set[int];
  start state Watch {
    on eGrant do (id: int) {
      assert !(id in granted), format("grant {0} issued twice", id);
      granted += (id);
    }
  }
}

machine Issuer {
  start state Issue {
    entry {
      announce eGrant, 1;
      announce eGrant, 2;
      announce eGrant, 1;
    }
  }
}

test tcPlain [main = Issuer]: { Issuer };
test tcWithSpec [main = Issuer]: assert SingleGrant in { Issuer };
