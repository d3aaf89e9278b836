// The storage service holding the shared counter. With `fencing` on, it remembers the
// highest lease token it has seen and rejects accesses carrying an older one: a client
// whose lease has ended (and who may not know it yet) can no longer interfere.
machine Storage
  receives eReadReq, eWriteReq;
  sends eReadResp, eWriteResp;
{
  var fencing: bool;
  var counter: int;
  var highestToken: tToken;

  start state Serving {
    entry (useFencing: bool) { fencing = useFencing; }

    on eReadReq do (r: (client: LockClient, token: tToken)) {
      if (!Admit(r.token)) {
        send r.client, eReadResp, (ok = false, value = 0);
        return;
      }
      send r.client, eReadResp, (ok = true, value = counter);
    }

    on eWriteReq do (w: (client: LockClient, token: tToken, value: int)) {
      if (!Admit(w.token)) {
        send w.client, eWriteResp, false;
        return;
      }
      counter = w.value;
      announce eSpec_CounterWritten, (token = w.token, value = counter);
      send w.client, eWriteResp, true;
    }
  }

  fun Admit(token: tToken): bool {
    if (fencing && token < highestToken) {
      return false;
    }
    if (token > highestToken) {
      highestToken = token;
    }
    return true;
  }
}
