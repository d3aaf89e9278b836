// A light cycles through its states with entry-raised events and gotos, bounded by a counter (8.5).
event eAdvance;

machine Main {
  var cycles: int;
  start state Red {
    entry {
      if (cycles < 3) {
        raise eAdvance;
      }
    }
    on eAdvance goto Green;
  }
  state Green {
    entry { raise eAdvance; }
    on eAdvance goto Yellow;
  }
  state Yellow {
    entry {
      cycles = cycles + 1;
      goto Red;
    }
  }
}
