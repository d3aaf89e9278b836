"""Scheduling points (reference 8.10, trace formats 4.2), each rule pinned by an exact schedule.

Every expected schedule below is derived by hand from the rules, with a scripted strategy
that always runs the lowest (`first`) or highest (`last`) enabled operation id:

* driver: a point before it creates the main machine, one when it finishes;
* `new`: a point in the creator before the machine exists;
* `send`: a point after the monitors observed the event, before delivery;
* dequeue: a point after taking an inbox event, except for the first event after a wake-up
  from idle; a new machine's first dequeue after its start entry does get one;
* `receive`: a point when it takes a queued event or blocks, none on hand-over;
* `on null`: a point per look for the next event, one more when the default handler runs;
* going idle or halting: a point.
"""

from __future__ import annotations

import pytest
from pide.core.check.strategies import ReplayStrategy
from pide.core.runtime.runtime import Runtime, decode_step
from pide.core.trace.schedule import Schedule, SchedulingStep

from tests.runtime.helpers import Scripted, compile_text, pick_test, run

SEND_TO_NEW = """
event e;
machine Main { start state S { entry { send new B(), e; } } }
machine B { start state S { on e do { } } }
"""

ON_NULL = """
machine Main {
  var n: int;
  start state S { on null do { n = n + 1; if (n == 2) { raise halt; } } }
}
"""

RECEIVE = """
event req: machine;
event resp: int;
machine Main {
  start state S {
    entry {
      var s: machine; var v: int;
      s = new Srv();
      send s, req, this;
      receive { case resp: (x: int) { v = x; } }
      assert v == 5;
    }
  }
}
machine Srv { start state S { on req do (c: machine) { send c, resp, 5; } } }
"""

RECEIVE_QUEUED = """
event resp: int;
machine Main {
  start state S { entry { send this, resp, 5; receive { case resp: (x: int) { assert x == 5; } } } }
}
"""

DEFERRED = """
event a; event b;
machine Main {
  start state S { entry { var m: machine; m = new W(); send m, a; send m, b; } }
}
machine W {
  start state S { defer a; on b goto T; }
  state T { on a do { assert false, "a after b"; } }
}
"""

CASES: list[tuple[str, str, str, list[int]]] = [
    # 0 driver; 1 new; 1 send; 1 deliver + idle; 2 start + dequeue point; 2 handle + idle
    ("send to a new machine (first)", SEND_TO_NEW, "first", [0, 1, 1, 1, 2, 2]),
    # ...; 2 start, idle at once; 1 deliver (wakes B) + idle; 2 fresh dequeue: no extra point
    ("send to a new machine (last)", SEND_TO_NEW, "last", [0, 1, 1, 2, 1, 2]),
    # 1 consult; 1 default taken; 1 handler + consult; 1 default taken; 1 halt: final point
    ("on null handler", ON_NULL, "first", [0, 1, 1, 1, 1, 1]),
    # 1 blocks in receive; 2 start + dequeue point; 2 send; 2 hand-over + idle; 1 resumes + idle
    ("receive blocks, event handed over", RECEIVE, "first", [0, 1, 1, 1, 2, 2, 2, 1]),
    # 1 send to self; 1 receive finds it queued; 1 case body, idle
    ("receive takes a queued event", RECEIVE_QUEUED, "first", [0, 1, 1, 1]),
    # W defers a: takes b first (goto T), then a becomes takeable
    ("deferred events stay queued", DEFERRED, "last", [0, 1, 1, 2, 1, 1, 2, 2]),
]


@pytest.mark.parametrize(
    ("text", "policy", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_scheduling_points(text: str, policy: str, expected: list[int]) -> None:
    result = run(text, Scripted(policy=policy))
    assert result.sched == expected


def test_deferred_then_handled_in_new_state_is_a_bug() -> None:
    assert run(DEFERRED, Scripted(policy="last")).message.endswith("a after b")


ECHO = """
event eReq: int;
event eResp: int;
machine Main {
  var srv: Server;
  start state Init {
    entry { srv = new Server(this); send srv, eReq, 7; }
    on eResp do (v: int) { assert v == 7, "wrong echo"; }
  }
}
machine Server {
  var client: machine;
  start state Serve {
    entry (c: machine) { client = c; }
    on eReq do (v: int) { send client, eResp, v + 1; }
  }
}
spec EchoSpec observes eReq, eResp {
  start cold state Idle { on eReq goto Waiting; }
  hot state Waiting { on eResp goto Idle; }
}
test tcEcho [main=Main]: assert EchoSpec in { Main, Server };
"""


def test_reference_echo_schedule_replays() -> None:
    """The schedule of the composed Echo run (trace formats 2.4) replays step for step and
    produces the reference's record order."""
    compiled, program = compile_text(ECHO)
    schedule = Schedule(tuple(SchedulingStep(n) for n in (0, 1, 1, 2, 1, 2, 2, 1)))
    rt = Runtime(compiled, pick_test(program, None))
    from pide.core.runtime.recording import Recorder

    recorder = Recorder()
    rt.reset(ReplayStrategy(schedule), recorder)
    outcome = rt.run()
    assert (
        outcome.bug is not None
        and outcome.bug.message == "Assertion Failed: test.p:8:28 wrong echo"
    )
    assert [decode_step(c) for c in rt.sched] == list(schedule.steps)
    kinds = [e.kind.value for e in recorder.events]
    assert kinds == [
        "monitor_created",
        "monitor_state_entered",
        "machine_created",
        "state_entered",
        "machine_created",
        "monitor_processed",
        "monitor_state_exited",
        "monitor_state_entered",
        "state_entered",
        "sent",
        "enqueued",
        "dequeued",
        "monitor_processed",
        "monitor_state_exited",
        "monitor_state_entered",
        "sent",
        "enqueued",
        "dequeued",
        "bug",
    ]


ATOMIC = """
event x; event e1; event e3;
machine A {
  start state S {
    entry { var b: B; var c: C; c = new C(); b = new B(c); send b, x; send c, e1; }
  }
}
machine B {
  var c: C;
  start state S { entry (cc: C) { c = cc; } on x do { send c, e3; } }
}
machine C {
  start state S { on e1 goto Done; on e3 do { assert false, "e3 before e1"; } }
  state Done { ignore e1, e3; }
}
test t [main=A]: { A, B, C };
"""


def test_finer_than_handler_granularity_finds_the_race() -> None:
    """Reference 8.10's example: C can see B's e3 before A's e1 only because A's handler is
    interrupted between its two sends."""
    # 0 driver; A(1): point before new C, before new B, at send x, then delivers x and
    # stops at send e1's point. Now B(3) runs: start entry + dequeue point, send e3's point,
    # delivery + idle. Then C(2): start + dequeue point, and it handles e3 first.
    ops = [0, 1, 1, 1, 1, 3, 3, 3, 2, 2]
    result = run(ATOMIC, Scripted(ops=ops))
    assert result.message.endswith("e3 before e1")
