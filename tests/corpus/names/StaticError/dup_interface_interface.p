// Duplicate interfaces (reference 3.2 row "interface").
event eReq;
interface IServer(int) receives eReq;
interface IServer() receives; // error: P0201
