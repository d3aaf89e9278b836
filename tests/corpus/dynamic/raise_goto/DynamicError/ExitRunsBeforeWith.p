// bug: assertion
// The source state's exit runs before the with-handler, so the handler sees the reset session (8.5 Transition order).
event eLogout;

machine Session {
  var user: string;
  start state LoggedIn {
    entry {
      user = "ana";
      send this, eLogout;
    }
    on eLogout goto LoggedOut with {
      assert user == "ana", format("with-handler saw user '{0}'", user);
    }
    exit {
      user = "";
    }
  }
  state LoggedOut { }
}

machine Main {
  start state Start {
    entry {
      new Session();
    }
  }
}
