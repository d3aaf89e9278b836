// No `;` after an enum's closing brace (reference 2.1).
enum tMode { Fast, Slow }; // error: P0102
machine Runner {
  start state S { }
}
