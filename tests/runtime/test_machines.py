"""Machine semantics (reference 8.5-8.8): transitions and their order, payloads, raise,
defer/ignore, `on null`, receive and halt, monitors, parameters, recorded snapshots."""

from __future__ import annotations

import itertools

from pide.core.trace.model import MachineStatus

from tests.runtime.helpers import Scripted, run

TRANSITIONS = """
event go: int;
event again;
machine Main {
  start state A {
    entry { print "enter A"; send this, go, 7; }
    exit { print "exit A"; }
    on go goto B with (v: int) { print format("with {0}", v); }
  }
  state B {
    entry (v: int) { print format("enter B {0}", v); raise again; }
    exit { print "exit B"; }
    on again goto C;
  }
  state C {
    entry { print "enter C"; goto D, 42; }
  }
  state D {
    entry (x: int) { print format("enter D {0}", x); goto D2; }
  }
  state D2 { entry { print "done"; } }
}
"""


def test_transition_order_payloads_raise_and_goto() -> None:
    result = run(TRANSITIONS)
    assert result.outcome.reason == "terminated"
    assert result.prints == [
        "enter A",
        "exit A",
        "with 7",
        "enter B 7",
        "exit B",
        "enter C",
        "enter D 42",
        "done",
    ]
    kinds = [e.kind.value for e in result.events if e.kind.value in ("raised", "goto")]
    assert kinds == ["goto", "raised", "goto", "goto", "goto"]


DEFER_IGNORE = """
event a; event b; event c;
machine Main {
  start state S { entry { var w: W; w = new W(); send w, a; send w, b; send w, c; send w, a; } }
}
machine W {
  start state S {
    ignore a;
    defer b;
    on c do { print "c"; goto T; }
  }
  state T { on a do { print "a"; } on b do { print "b"; } }
}
"""


def test_ignored_events_dropped_deferred_kept() -> None:
    result = run(DEFER_IGNORE, Scripted(policy="first"))
    # In S: the first `a` is ignored (dropped), `b` deferred, `c` taken; in T the deferred
    # `b` comes first, then the second `a`.
    assert result.prints == ["c", "b", "a"]


def test_receive_of_halt_halts_the_machine() -> None:
    text = """
event e;
machine Main {
  start state S { entry { var w: W; w = new W(); send w, halt; } }
}
machine W {
  start state S { entry { receive { case e: { print "e"; } } print "after"; } }
}
"""
    result = run(text, Scripted(policy="last"))
    assert result.outcome.reason == "terminated" and result.prints == []
    assert [e.kind.value for e in result.events][-3:] == [
        "exception_thrown",
        "exception_handled",
        "halted",
    ]
    snapshot = result.events and result.rt.machines[2]
    assert snapshot.status == 4  # HALTED


def test_receive_case_for_halt_is_a_case() -> None:
    text = """
machine Main {
  start state S { entry { send this, halt; receive { case halt: { print "got halt"; } } print "after"; } }
}
"""
    assert run(text).prints == ["got halt", "after"]


def test_on_null_goto() -> None:
    text = """
machine Main {
  start state S { on null goto T; }
  state T { entry { print "T"; } }
}
"""
    result = run(text)
    assert result.prints == ["T"]
    assert any(e.kind.value == "default_handler" for e in result.events)


def test_global_parameters() -> None:
    text = """
param n: int;
param flag: bool;
machine Main { start state S { entry { print format("{0} {1}", n, flag); } } }
test param (n in [3, 4]) t [main=Main]: { Main };
"""
    assert run(text, test="t___n_3").prints == ["3 False"]
    assert run(text, test="t___n_4").prints == ["4 False"]


def test_monitor_observes_only_watched_senders() -> None:
    text = """
event e;
spec Count observes e {
  var n: int;
  start state S { on e do { n = n + 1; print format("seen {0}", n); } }
}
machine Main { start state S { entry { new Other(); announce e; } } }
machine Other { start state S { entry { announce e; } } }
test t [main=Main]: union { Other }, (assert Count in { Main });
test t2 [main=Main]: assert Count in { Main, Other };
"""
    assert run(text, test="t").prints == ["seen 1"]
    assert run(text, test="t2").prints == ["seen 1", "seen 2"]


def test_monitor_sees_payload_before_target_and_scheduler_may_switch() -> None:
    text = """
event e: int;
spec Watch observes e { start state S { on e do (v: int) { print format("watch {0}", v); } } }
machine Main {
  start state S { entry { var o: Other; o = new Other(); send o, e, 1; print "sent"; } }
}
machine Other { start state S { on e do (v: int) { print format("got {0}", v); } } }
test t [main=Main]: assert Watch in { Main, Other };
"""
    result = run(text, Scripted(policy="first"))
    assert result.prints == ["watch 1", "sent", "got 1"]


def test_recorded_snapshots_show_fields_inbox_and_waits() -> None:
    text = """
event e: int; event f;
machine Main {
  var seen: int;
  start state S {
    entry { var o: Other; o = new Other(this); send o, e, 5; receive { case f: { seen = 1; } } }
  }
}
machine Other {
  var boss: machine;
  start state S { entry (b: machine) { boss = b; } on e do (v: int) { send boss, f; } }
}
"""
    result = run(text, Scripted(policy="first"))
    assert result.outcome.reason == "terminated"
    recorder_snaps = result.rt.rec.snapshots
    assert [s.step for s in recorder_snaps] == sorted({s.step for s in recorder_snaps})
    blocked = [
        s for s in recorder_snaps if s.machines and s.machines[0].status == MachineStatus.BLOCKED
    ]
    assert blocked and blocked[0].machines[0].awaiting == ("f", "halt")
    queued = [s for s in recorder_snaps if len(s.machines) > 1 and s.machines[1].inbox]
    assert queued and queued[0].machines[1].inbox == (("e", 5),)
    last = recorder_snaps[-1]
    assert last.machines[0].fields == (("seen", 1),)
    assert last.machines[1].fields[0][0] == "boss"
    # unchanged machines share their snapshot object between steps
    assert any(a.machines[1] is b.machines[1] for a, b in itertools.pairwise(recorder_snaps[2:]))


def test_single_tuple_payload_fits_its_element() -> None:
    """Handler rule 6.3: a 1-tuple payload fits a handler parameter its element fits. A
    receive case has no such leniency (6.2): its parameter takes the 1-tuple itself."""
    text = """
event e: (int);
machine Main {
  start state S {
    entry {
      send this, e, (5,);
      receive { case e: (v: (int)) { print format("recv {0}", v.0); } }
      send this, e, (6,);
    }
    on e do (x: int) { print format("do {0}", x); }
  }
}
"""
    assert run(text).prints == ["recv 5", "do 6"]
