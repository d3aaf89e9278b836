// Duplicate event sets (reference 3.2 row "event set").
event eRead;
event eWrite;
eventset esIO = { eRead };
eventset esIO = { eWrite }; // error: P0201
