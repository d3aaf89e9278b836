// Elements of nested collections are assignable locations: m[k][i] = v and m[k] += (i, v) update in place (6.2, 8.4).
machine Main {
  start state Build {
    entry {
      var groups: map[string, seq[string]];
      var grid: seq[seq[int]];
      groups["admins"] = default(seq[string]);
      groups["admins"] += (0, "ana");
      groups["admins"] += (1, "bo");
      groups["admins"][1] = "cy";
      assert sizeof(groups["admins"]) == 2 && groups["admins"][1] == "cy";
      grid += (0, default(seq[int]));
      grid[0] += (0, 7);
      grid[0][0] = grid[0][0] + 1;
      assert grid[0][0] == 8;
    }
  }
}
