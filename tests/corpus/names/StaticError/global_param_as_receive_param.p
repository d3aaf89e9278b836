// A receive case parameter cannot shadow a global param (reference 3.2 additional rules).
param nRetries: int;
event eRetry: int;
machine Retrier {
  start state S {
    entry {
      receive {
        case eRetry: (nRetries: int) { } // error: P0208
      }
    }
  }
}
