// An enum conflicts with an interface of the same name (reference 3.2 row "enum").
event eGo;
interface IRunner() receives eGo;
enum IRunner { Walk, Run } // error: P0201
