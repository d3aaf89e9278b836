// A machine named Main and no test (the DefaultImpl convention): nested collections, named tuples inside maps and seqs, foreach over keys/values, casts through any, enum coercions, recursion and a receive in an entry (reference 5, 6, 7.4).
enum tKind { ITEM_TOOL = 3, ITEM_PART = 1, ITEM_KIT = 7 }
type tEntry = (kind: tKind, qty: int, tags: set[string], history: seq[(delta: int, who: string)]);
type tLedger = map[string, tEntry];

event eAudit: (ledger: tLedger, round: int);
event eAuditDone: int;

machine Main {
  var ledger: tLedger;
  var auditor: machine;
  var rounds: int;

  start state Stocking {
    entry {
      Add("hammer", ITEM_TOOL, 2, "steel");
      Add("bolt", ITEM_PART, 40, "m6");
      Add("bolt", ITEM_PART, 10, "m6");
      Add("starter", ITEM_KIT, 1, "boxed");
      assert ledger["bolt"].qty == 50, format("bolt count {0}", ledger["bolt"].qty);
      assert sizeof(ledger["bolt"].history) == 2;
      assert default(tKind) == ITEM_PART;         // the smallest numeric value
      auditor = new Auditor(this);
      goto Auditing;
    }
  }

  state Auditing {
    entry {
      rounds = rounds + 1;
      send auditor, eAudit, (ledger = ledger, round = rounds);
      receive {
        case eAuditDone: (total: int) {
          assert total == TotalWeight(keys(ledger), 0), "auditor and ledger disagree";
        }
      }
      if (rounds < 2) { goto Auditing; }
      goto Closed;
    }
  }

  state Closed {
    entry {
      var name: string;
      var entry_: tEntry;
      foreach (name in keys(ledger)) {
        entry_ = ledger[name];
        if (entry_.kind to int > ITEM_TOOL to int) { ledger -= name; }
      }
      foreach (entry_ in values(ledger)) { assert entry_.kind != ITEM_KIT; }
    }
  }

  fun Add(name: string, kind: tKind, qty: int, tag: string) {
    var e: tEntry;
    if (name in ledger) { e = ledger[name]; } else { e.kind = kind; }
    e.qty = e.qty + qty;
    e.tags += (tag);
    e.history += (sizeof(e.history), (delta = qty, who = "main"));
    ledger[name] = e;
  }

  // Recursion over a seq of keys.
  fun TotalWeight(names: seq[string], from: int): int {
    if (from >= sizeof(names)) { return 0; }
    return ledger[names[from]].qty * (ledger[names[from]].kind to int)
      + TotalWeight(names, from + 1);
  }
}

machine Auditor {
  var main_: machine;
  start state Ready {
    entry (creator: machine) { main_ = creator; }
    on eAudit do (a: (ledger: tLedger, round: int)) {
      var name: string;
      var total: int;
      var boxed: any;
      boxed = a.ledger;                            // through any and back with `as`
      foreach (name in keys(boxed as tLedger)) {
        total = total + a.ledger[name].qty * (a.ledger[name].kind to int);
      }
      send main_, eAuditDone, total;
    }
  }
}
