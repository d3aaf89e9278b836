// A raised event that the current state ignores is discarded, and the machine goes on with its inbox (8.5 event loop step 1).
event eCheck;
event eOptional;
event eNext;

machine Main {
  var checks: int;
  start state Run {
    ignore eOptional;
    entry {
      send this, eCheck;
      send this, eNext;
    }
    on eCheck do {
      checks = checks + 1;
      raise eOptional;
    }
    on eNext do {
      assert checks == 1, format("{0} checks", checks);
    }
  }
}
