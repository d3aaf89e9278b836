// A machine created through interface Api is named after the interface, with ids counted from 1 for main (8.5 Identity).
event eHello: machine;
event eHi;

interface Api() receives eHello;

machine ApiImpl receives eHello; {
  start state Serve {
    on eHello do (c: machine) { send c, eHi; }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Api;
      var b: Api;
      a = new Api();
      b = new Api();
      assert format("{0}", this) == "Main(1)", format("main is {0}", this);
      assert format("{0} {1}", a, b) == "Api(2) Api(3)", format("refs {0} {1}", a, b);
      send a, eHello, this;
    }
    on eHi do { }
  }
}

test tcNames [main = Main]: { Main, ApiImpl -> Api };
