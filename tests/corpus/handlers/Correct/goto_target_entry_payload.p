// For `on E goto S`, S's entry parameter must accept payload(E); entries without parameters accept anything (reference 6.3).
event eConnect: (host: string, port: int);
event eRetry: int;
event eDrop;
machine Conn {
  start state Idle {
    on eConnect goto Connecting;
    on eRetry goto Waiting;
    on eDrop goto Idle;
  }
  state Connecting {
    entry (addr: (host: string, port: int)) { }
    on eRetry goto Waiting with (n: int) { }
    on eDrop goto Idle;
    ignore eConnect;
  }
  state Waiting {
    entry (n: any) { }
    on eConnect goto Connecting with { }
    on eDrop goto Idle;
    ignore eRetry;
  }
}
