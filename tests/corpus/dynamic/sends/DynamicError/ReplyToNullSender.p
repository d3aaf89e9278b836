// bug: runtime-error
// A client forgets to include itself in the request, and the server replies to a null target (8.7).
type tReq = (client: machine, amount: int);
event eReq: tReq;
event eResp: bool;

machine Bank {
  start state Serve {
    on eReq do (r: tReq) {
      send r.client, eResp, r.amount < 100;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var b: Bank;
      var req: tReq;
      b = new Bank();
      req.amount = 20;
      send b, eReq, req;
    }
    on eResp do (ok: bool) { }
  }
}
