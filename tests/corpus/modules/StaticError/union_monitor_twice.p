// A monitor may be attached in at most one `union` component (reference 7.1).
event eTick;
spec Safety observes eTick {
  start state S { ignore eTick; }
}
machine Server {
  start state S { }
}
machine Client {
  start state S { entry { new Server(); } }
}
test tcMonitors [main = Client]: union (assert Safety in { Server }), (assert Safety in { Client }); // error: P0607
