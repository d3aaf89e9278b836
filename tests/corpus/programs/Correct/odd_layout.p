// Unusual but legal layout: tests first, declarations after use, constructs split over many lines, comments between tokens, one-line machines (reference 1.1, 2.1).
test /* the test */ tcOdd
  [ main
    = Pinger ]
  :
  assert
    Balanced
  in
  (
    union { Pinger }
    , { Ponger }
  )
  ;

spec Balanced observes ePing, ePong { var d: int; start state S { on ePing do { d = d + 1; } on ePong do { d = d - 1; assert d >= 0, format("{0} pongs ahead", -d); } } }

machine
Pinger
{
  var
    peer
    ,
    spare
    :
    machine
    ;
  start
  state
  Serve
  {
    entry
    {
      var
        n
        :
        int
        ;
      peer
        =
        new
        Ponger
        (
        this
        )
        ;
      while
        (
        n
        <
        3
        )
      {
        send peer , ePing , ( from = this , /* which round */ round = n ) ;
        n = n
          + 1;
      }
    }
    on ePong do // the reply
      ( r
      : int )
      {
        if (r
          == 2) { goto Done; }
      }
  }
  state Done { ignore ePong ; }
}

machine Ponger { start state S { entry (p: machine) { } on ePing do (m: tPing) { send m.from, ePong, m.round; } } }

type tPing = (from: machine, round: int);
event ePing : tPing ;
event
  ePong
  :
  int
  ;
