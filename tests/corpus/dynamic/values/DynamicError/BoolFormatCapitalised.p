// bug: assertion
// Booleans print as True/False (capitalised), so a lowercase comparison fails (8.2 String form).
machine Main {
  start state Report {
    entry {
      var enabled: bool;
      var line: string;
      enabled = true;
      line = format("enabled={0}", enabled);
      assert line == "enabled=true", format("printed '{0}'", line);
    }
  }
}
