// machine, event and any values compare with null; a set event variable is not null (6.1 notes, 8.2).
event eGo;

machine Main {
  var peer: machine;
  var pending: event;
  var extra: any;
  start state Check {
    entry {
      assert peer == null && pending == null && extra == null;
      peer = this;
      pending = eGo;
      extra = 0;
      assert peer != null && pending != null && extra != null;
      assert pending == eGo && pending != halt;
      assert format("{0}|{1}", halt, pending) == "PHalt|eGo";
    }
  }
}
