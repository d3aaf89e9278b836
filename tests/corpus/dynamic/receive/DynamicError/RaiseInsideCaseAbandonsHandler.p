// bug: unhandled-event
// `raise` in a receive case abandons the whole handler; the state has no handler for the raised event (8.6 step 6).
event eProbe: machine;
event eStatus: bool;
event eUnhealthy;

machine Service {
  start state Up {
    on eProbe do (c: machine) {
      send c, eStatus, false;
    }
  }
}

machine Main {
  var healthy: bool;
  start state Check {
    entry {
      var s: Service;
      s = new Service();
      send s, eProbe, this;
      receive {
        case eStatus: (ok: bool) {
          if (!ok) {
            raise eUnhealthy;
          }
          healthy = true;
        }
      }
    }
  }
}
