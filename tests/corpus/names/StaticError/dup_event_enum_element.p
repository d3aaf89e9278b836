// An event conflicts with an enum element of the same name (reference 3.2 row "event").
enum tSignal { eStart, eStop }
event eStart; // error: P0201
