// Declarations may appear in any order: names are used before they are declared (reference 2.1).
machine Consumer {
  var item: tItem;
  start state Waiting {
    on eItem do (i: tItem) { item = i; Store(i); }
  }
}

fun Store(i: tItem) { }

event eItem: tItem;

type tItem = (id: int, kind: tKind);

enum tKind { Small, Large }
