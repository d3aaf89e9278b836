// A traffic light handles eTimer in every state via do/goto, cycling three states (8.5 dispatch).
event eTimer;

machine Main {
  var cycles: int;
  start state Red {
    entry {
      send this, eTimer;
    }
    on eTimer goto Green;
  }
  state Green {
    entry {
      send this, eTimer;
    }
    on eTimer goto Yellow;
  }
  state Yellow {
    entry {
      cycles = cycles + 1;
      if (cycles < 5) {
        send this, eTimer;
      }
    }
    on eTimer goto Red;
  }
}
