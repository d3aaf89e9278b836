// Each driver starts one user with a scripted personality.

// Plenty of water, no cancelling; orders before the machine is hot (deferred).
machine MorningRoutineDriver {
  start state Init {
    entry {
      new User((firmware = FIRMWARE_1_1, water = 10, drinks = 3, mayCancel = false, patient = false));
    }
  }
}

// Little water, may cancel: exercises cancel, out-of-water, refill and re-heating.
machine ImpatientUserDriver {
  start state Init {
    entry {
      new User((firmware = FIRMWARE_1_1, water = 2, drinks = 3, mayCancel = true, patient = false));
    }
  }
}

// Firmware 1.0, one drink that the user may cancel right away.
machine CancelDuringGrindDriver {
  start state Init {
    entry {
      new User((firmware = FIRMWARE_1_0, water = 10, drinks = 1, mayCancel = true, patient = true));
    }
  }
}

// Firmware 1.0, not enough water for three drinks.
machine RefillDriver {
  start state Init {
    entry {
      new User((firmware = FIRMWARE_1_0, water = 2, drinks = 3, mayCancel = false, patient = false));
    }
  }
}
