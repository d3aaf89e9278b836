// Every alias of a cycle is reported on its own line; an alias that only refers to a cycle is not (reference 4.1, 6.7 item 14).
type tEntry = (key: int, rest: tRest); // error: P0317
type tRest = seq[tChain]; // error: P0317
type tChain = map[int, tEntry]; // error: P0317
type tOuter = tEntry;
type tLoop = tLoop2; // error: P0317
type tLoop2 = tLoop; // error: P0317
machine Main {
  var e: tOuter;
  start state Init {
    entry { print format("{0}", e); }
  }
}
