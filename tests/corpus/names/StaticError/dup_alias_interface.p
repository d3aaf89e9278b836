// A type alias conflicts with an interface of the same name (reference 3.2 row "type alias").
event eRead;
interface IStore() receives eRead;
type IStore = int; // error: P0201
