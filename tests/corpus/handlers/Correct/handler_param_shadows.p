// A handler's parameter and locals form its own function scope under the machine scope (reference 3.1).
event eSet: int;
machine Holder {
  var value: int;
  start state S {
    entry { value = 1; }
    on eSet do (value: int) {
      var old: int;
      old = value;
    }
  }
}
