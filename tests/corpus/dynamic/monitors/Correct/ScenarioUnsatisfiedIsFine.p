// A scenario that never reaches its cold state, or sits in a hot state at the end, is not a bug (4.6, 8.9, 8.11).
event eLogin;
event eLogout;

scenario LoginThenLogout observes eLogin, eLogout {
  start state Start {
    on eLogin goto LoggedIn;
    ignore eLogout;
  }
  hot state LoggedIn {
    on eLogout goto Done;
    ignore eLogin;
  }
  cold state Done {
    ignore eLogin, eLogout;
  }
}

machine Main {
  start state Run {
    entry {
      announce eLogin;
    }
  }
}
