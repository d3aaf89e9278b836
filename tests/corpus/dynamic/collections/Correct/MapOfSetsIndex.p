// An inverted index map[string, set[int]] is built and queried with nested updates and `in` (6.2, 8.4).
machine Main {
  start state Index {
    entry {
      var docs: seq[seq[string]];
      var index: map[string, set[int]];
      var words: seq[string];
      var w: string;
      var d: int;
      words += (0, "red"); words += (1, "fox");
      docs += (0, words);
      words[0] = "lazy";
      docs += (1, words);
      while (d < sizeof(docs)) {
        foreach (w in docs[d]) {
          if (!(w in index)) {
            index[w] = default(set[int]);
          }
          index[w] += (d);
        }
        d = d + 1;
      }
      assert sizeof(index["fox"]) == 2 && 0 in index["red"] && !(0 in index["lazy"]);
      assert sizeof(keys(index)) == 3;
    }
  }
}
