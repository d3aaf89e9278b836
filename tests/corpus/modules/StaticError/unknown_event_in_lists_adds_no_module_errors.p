// An unknown event in a receives, sends, observes or interface list is reported there once; the modules built on that declaration add no P06xx cascade (reference 2.1, 7.1).
event eInc;
event eAck;
event eJob;
interface ICounter() receives eInc;
interface IOther() receives eIncc; // error: P0205
interface ISame() receives eInc;
machine Counter receives eIncc, eAck; { // error: P0205
  start state Init { ignore eAck; }
}
machine Producer sends eJobb; { // error: P0205
  start state Init { entry { send new Consumer(), eJob; } }
}
machine Consumer {
  start state Init { ignore eJob; }
}
spec Watcher observes eJobb, eJob { // error: P0205
  start state Init { ignore eJob; }
}
machine Main sends; {
  start state Init { entry { new ICounter(); new IOther(); } }
}
test tcBinding [main=Main]: { Counter -> ICounter, Main, Counter -> IOther };
test tcHide [main=Producer]: hidee eJob in { Producer, Consumer };
test tcAssert [main=Main]: assert Watcher in { Main, Counter -> ISame };
test tcRename [main=Main]: rename IOther to ISame in { Main, Consumer -> ICounter };
