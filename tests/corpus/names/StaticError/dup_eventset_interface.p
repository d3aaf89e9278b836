// An event set conflicts with an interface of the same name (reference 3.2 row "event set").
event eRead;
interface IReader() receives eRead;
eventset IReader = { eRead }; // error: P0201
