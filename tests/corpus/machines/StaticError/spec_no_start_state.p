// A spec without a start state cannot run; pide rejects it like a machine (reference 4.5).
event eTick;
spec Watcher observes eTick { // error: P0401
  state Watching { ignore eTick; }
}
