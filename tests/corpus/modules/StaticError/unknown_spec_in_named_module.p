// An assert inside a named module naming an unknown spec, and a binding naming an unknown machine (reference 7.1).
event eReq;
machine Driver {
  start state S { }
}
module Checked = assert Safty in { Driver }; // error: P0212
module Extended = { Driver, Helpr }; // error: P0212
test tcChecked [main = Driver]: Checked;
test tcExtended [main = Driver]: Extended;
