// bug: runtime-error
// Casting a null `any` to int fails (8.3 `as`: null inhabits only any/data/event/machine/permissions).
machine Main {
  start state Start {
    entry {
      var cache: map[string, any];
      var hits: int;
      cache["hits"] = null;
      hits = cache["hits"] as int;
    }
  }
}
