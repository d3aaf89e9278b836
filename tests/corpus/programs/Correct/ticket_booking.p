// Ticket booking: agents reserve seats at a venue; named-tuple payloads, enums, maps, sets, receive, a spec, a scenario and a parameterised test (reference 2-7).
param nAgents: int;

enum tBookingResult { Booked, SeatTaken, SoldOut }

type tSeat = int;
type tBookingReq = (agent: Agent, seat: tSeat, reqId: int);
type tBookingResp = (result: tBookingResult, seat: tSeat, reqId: int);

event eBook: tBookingReq;
event eBookResp: tBookingResp;
event eSeatAssigned: (seat: tSeat, agentId: int);
event eQuerySeats: Agent;
event eFreeSeats: set[tSeat];

machine Venue {
  var capacity: int;
  var owners: map[tSeat, Agent];
  start state Open {
    entry (cap: int) { capacity = cap; }
    on eBook do (req: tBookingReq) { HandleBooking(req); }
    on eQuerySeats do (who: Agent) { send who, eFreeSeats, FreeSeats(); }
  }
  fun HandleBooking(req: tBookingReq) {
    var result: tBookingResult;
    if (sizeof(owners) >= capacity) {
      result = SoldOut;
    } else if (req.seat in owners) {
      result = SeatTaken;
    } else {
      owners[req.seat] = req.agent;
      result = Booked;
      announce eSeatAssigned, (seat = req.seat, agentId = req.reqId / 1000);
    }
    send req.agent, eBookResp, (result = result, seat = req.seat, reqId = req.reqId);
  }
  fun FreeSeats(): set[tSeat] {
    var free: set[tSeat];
    var s: int;
    while (s < capacity) {
      if (!(s in owners)) { free += (s); }
      s = s + 1;
    }
    return free;
  }
}

machine Agent {
  var venue: Venue;
  var id: int;
  var nextReq: int;
  var attempts: int;
  var myBookings: set[tSeat];
  start state Init {
    entry (input: (venue: Venue, id: int)) {
      venue = input.venue;
      id = input.id;
      nextReq = id * 1000;
      goto Asking;
    }
  }
  state Asking {
    entry {
      var free: set[tSeat];
      send venue, eQuerySeats, this;
      receive {
        case eFreeSeats: (seats: set[tSeat]) { free = seats; }
      }
      if (sizeof(free) == 0 || attempts >= 3) { goto Finished; }
      attempts = attempts + 1;
      send venue, eBook, (agent = this, seat = choose(free), reqId = nextReq);
      nextReq = nextReq + 1;
    }
    on eBookResp do (resp: tBookingResp) {
      if (resp.result == Booked) { myBookings += (resp.seat); }
      goto Asking;
    }
  }
  state Finished {
    entry { print format("agent {0} holds {1} seats", id, sizeof(myBookings)); }
    ignore eBookResp;
  }
}

spec NoDoubleBooking observes eSeatAssigned {
  var taken: map[tSeat, int];
  start state Watching {
    on eSeatAssigned do (a: (seat: tSeat, agentId: int)) {
      assert !(a.seat in taken), format("seat {0} assigned twice", a.seat);
      taken[a.seat] = a.agentId;
    }
  }
}

scenario SomeSeatBooked observes eSeatAssigned {
  start state Waiting {
    on eSeatAssigned goto Satisfied;
  }
  cold state Satisfied {
    ignore eSeatAssigned;
  }
}

machine BookingDriver {
  start state Setup {
    entry {
      var venue: Venue;
      var i: int;
      venue = new Venue(nAgents + 1);
      while (i < nAgents) {
        new Agent((venue = venue, id = i + 1));
        i = i + 1;
      }
    }
  }
}

module Ticketing = { Venue, Agent };
test param (nAgents in [1, 2, 3]) tcBooking [main = BookingDriver]: assert NoDoubleBooking in (union Ticketing, { BookingDriver });
test tcNoAgents [main = BookingDriver]: assert NoDoubleBooking in (union Ticketing, { BookingDriver });
