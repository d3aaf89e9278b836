// bug: runtime-error
// `as int` on an `any` holding a string fails (8.3 `as`, 8.9).
event eField: any;

machine Parser {
  var total: int;
  start state Parse {
    on eField do (v: any) {
      total = total + (v as int);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var p: Parser;
      p = new Parser();
      send p, eField, 3;
      send p, eField, "four";
    }
  }
}
