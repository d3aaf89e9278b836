// An enum element conflicts with an event of the same name (reference 3.2 row "enum element").
event Done;
enum tPhase { Start, Done } // error: P0201
