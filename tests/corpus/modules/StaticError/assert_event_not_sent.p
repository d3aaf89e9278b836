// Every event an asserted spec observes must be in the module's sends set (reference 7.1).
event eReq;
event eAudit;
spec Auditor observes eReq, eAudit {
  start state S { ignore eReq, eAudit; }
}
machine Driver sends eReq; {
  start state S { }
}
test tcAudit [main = Driver]: assert Auditor in { Driver }; // error: P0606
