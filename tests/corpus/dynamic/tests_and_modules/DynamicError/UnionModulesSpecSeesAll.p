// bug: assertion
// A spec asserted on a union of named modules watches machines from both parts and catches the cross-module bug (7.1).
event eReserve: int;
event eRelease: int;

spec SeatsNonNegative observes eReserve, eRelease {
  var free: int;
  start state Watch {
    entry { free = 2; }
    on eReserve do (n: int) {
      free = free - n;
      assert free >= 0, format("{0} seats free", free);
    }
    on eRelease do (n: int) { free = free + n; }
  }
}

machine Booking {
  start state Book {
    entry { announce eReserve, 2; }
  }
}

machine Agency {
  start state Book {
    entry { announce eReserve, 1; }
  }
}

machine Driver {
  start state Start {
    entry {
      new Booking();
      new Agency();
    }
  }
}

module Direct = { Booking };
module Resellers = { Agency };

test tcSeats [main = Driver]: assert SeatsNonNegative in (union Direct, Resellers, { Driver });
