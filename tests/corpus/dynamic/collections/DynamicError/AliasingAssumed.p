// bug: assertion
// Assignment copies collections: adding to the copy does not change the original set (8.2 no sharing).
machine Main {
  start state Start {
    entry {
      var online: set[string];
      var view: set[string];
      online += ("ana");
      view = online;
      view += ("bo");
      assert "bo" in online, format("online is {0}; the view was a copy", online);
    }
  }
}
