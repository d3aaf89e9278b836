"""Every kind of bug of reference 8.9, with the reference's message text where it has one."""

from __future__ import annotations

import pytest

from tests.runtime.helpers import Scripted, in_main, run

RUNTIME_ERRORS: list[tuple[str, list[str], str, str]] = [
    (
        "seq index",
        ["q: seq[int]"],
        'print format("{0}", q[0]);',
        "seq index 0 is out of range (size 0)",
    ),
    (
        "negative seq index",
        ["q: seq[int]"],
        'q += (0, 1); print format("{0}", q[-1]);',
        "seq index -1 is out of range",
    ),
    ("seq assignment out of range", ["q: seq[int]"], "q[0] = 1;", "out of range for assignment"),
    (
        "seq insert position",
        ["q: seq[int]"],
        "q += (1, 5);",
        "cannot insert at position 1 of a seq of size 0",
    ),
    ("seq remove", ["q: seq[int]"], "q -= 0;", "cannot remove index 0"),
    (
        "missing map key",
        ["m: map[int, int]"],
        'print format("{0}", m[3]);',
        "key 3 is not in the map",
    ),
    (
        "duplicate map insert",
        ["m: map[int, int]"],
        "m += (1, 1); m += (1, 2);",
        "key 1 is already in the map",
    ),
    ("set index", ["s: set[int]"], 'print format("{0}", s[0]);', "set index 0 is out of range"),
    ("division by zero", ["x: int"], 'print format("{0}", 1 / x);', "division by zero"),
    ("remainder by zero", ["x: int"], 'print format("{0}", 1 % x);', "division by zero"),
    (
        "bad cast",
        ["x: any"],
        'x = 1.5; print format("{0}", x as int);',
        "value 1.5 is not a member of type int",
    ),
    (
        "null cast to int",
        ["x: any"],
        'print format("{0}", x as int);',
        "value null is not a member of type int",
    ),
    (
        "deep cast",
        ["x: any", "q: seq[int]"],
        'q += (0, 1); x = q; print format("{0}", x as seq[string]);',
        "not a member of type seq[string]",
    ),
    (
        "choose from empty seq",
        ["q: seq[int]"],
        'print format("{0}", choose(q));',
        "Trying to choose from an empty seq!",
    ),
    (
        "choose too many",
        ["n: int"],
        'n = 10001; print format("{0}", choose(n));',
        "at most 10000 choices",
    ),
    ("choose negative", ["n: int"], 'n = -1; print format("{0}", choose(n));', "non-negative"),
    (
        "null tuple field",
        ["x: any", "t: (a: int, b: int)"],
        "t = x as (a: int, b: int);",
        "not a member",
    ),
    (
        "float to int of infinity",
        ["f: float"],
        'f = 1.0 / 0.0; print format("{0}", f to int);',
        "cannot convert Infinity to int",
    ),
]


@pytest.mark.parametrize(
    ("locals_", "body", "expected"),
    [c[1:] for c in RUNTIME_ERRORS],
    ids=[c[0] for c in RUNTIME_ERRORS],
)
def test_runtime_errors(locals_: list[str], body: str, expected: str) -> None:
    result = run(in_main(body, locals_=locals_))
    bug = result.outcome.bug
    assert bug is not None and bug.kind == "runtime_error", result.outcome
    assert expected in bug.message
    assert bug.message.startswith("Runtime error in Main(1) (state 'S') at test.p:")
    assert bug.span is not None and bug.span.file == "test.p"
    assert bug.machine == "Main(1)" and bug.state == "S"


@pytest.mark.parametrize("record", [True, False], ids=["recorded", "unrecorded"])
@pytest.mark.parametrize(
    "body",
    [
        "print q[2];",
        'print format("{0} of {1}", sizeof(q), q[1]);',
        'print format("{0}", 10 / (sizeof(q) - 1));',
        'assert sizeof(q) == 1, format("first is {0}", q[1]);',
        'assert true, format("{0}", 1 % (sizeof(q) - 1));',
    ],
)
def test_printed_and_message_expressions_are_evaluated(body: str, record: bool) -> None:
    """`print` and assertion messages evaluate their expression even when no trace is
    recorded and the assertion holds (reference 8.4): its runtime error is the bug."""
    result = run(in_main(f'q += (0, "a"); {body}', locals_=["q: seq[string]"]), record=record)
    bug = result.outcome.bug
    assert bug is not None and bug.kind == "runtime_error", result.outcome


def test_print_text_is_built_only_when_recording() -> None:
    body = 'q += (0, 1); print format("{0}|{1}", q, q[0]); print "plain";'
    result = run(in_main(body, locals_=["q: seq[int]"]))
    assert result.prints == ["(1)|1", "plain"]
    quiet = run(in_main(body, locals_=["q: seq[int]"]), record=False)
    assert quiet.outcome.reason == "terminated"


def test_assertion_message_and_span() -> None:
    result = run(in_main('      assert 1 == 2, "no";\n      assert false;'))
    assert result.message == "Assertion Failed: test.p:6:7 no"
    result = run(in_main("      assert 1 == 2;"))
    assert result.message == "Assertion Failed: test.p:6:7"
    assert result.outcome.bug is not None and result.outcome.bug.kind == "assertion"


PING = """
event e;
event f;
machine Main {
  start state S { entry { send new Sink(), e; } }
}
machine Sink {
  start state S { on f do {} }
}
"""


def test_unhandled_event_exits_then_fails() -> None:
    result = run(PING)
    assert result.message == "Sink(2) received event 'PImplementation.e' that cannot be handled."
    kinds = [e.kind.value for e in result.events][-5:]
    assert kinds == ["dequeued", "state_exited", "popped_unhandled", "exception_thrown", "bug"]


def test_unhandled_halt_halts() -> None:
    text = PING.replace("send new Sink(), e;", "send new Sink(), halt;")
    result = run(text)
    assert result.outcome.reason == "terminated"
    kinds = [e.kind.value for e in result.events][-5:]
    assert kinds == [
        "state_exited",
        "popped_unhandled",
        "exception_thrown",
        "exception_handled",
        "halted",
    ]


def test_send_to_halted_machine_is_dropped() -> None:
    text = PING.replace(
        "send new Sink(), e;", "var s: Sink; s = new Sink(); send s, halt; send s, e;"
    )
    result = run(text, Scripted(policy="last"))
    assert result.outcome.reason == "terminated"
    sent = [e for e in result.events if e.kind.value == "sent"]
    assert [e.target_halted for e in sent] == [False, True]


MONITORED = """
event e: int;
spec Watch observes e {
  start state A { on e do (v: int) { assert v < 2, format("saw {0}", v); } }
}
machine Main {
  start state S { entry { send this, e, 1; send this, e, 5; } ignore e; }
}
test t [main=Main]: assert Watch in { Main };
"""


def test_monitor_assertion() -> None:
    result = run(MONITORED)
    assert result.message.startswith("Assertion Failed: test.p:4:") and result.message.endswith(
        "saw 5"
    )
    assert result.outcome.bug is not None and result.outcome.bug.machine == "Watch"


LIVENESS_ONLY = """
event e: int;
event hello: int;
spec Watch observes e, hello {
  start state A { on e goto Armed; }
  hot state Armed {
    on e do (v: int) { assert v < 2, format("saw {0}", v); goto A; }
    on hello do { var x: int; x = 1 / 0; }
  }
}
machine Main {
  start state S { entry { send this, e, 1; send this, EVENT, 5; send this, e, 0; } ignore e, hello; }
}
test t [main=Main]: assert Watch in { Main };
"""


@pytest.mark.parametrize("event", ["e", "hello"])
def test_liveness_only_spec_is_detached_by_a_failed_check(event: str) -> None:
    """`spec_safety=False` (the checker's DefaultImpl): a failing assertion or runtime error
    detaches the spec, still in its hot state's name but neither hot nor observing, so the
    run ends cleanly; with safety on, the same run fails."""
    text = LIVENESS_ONLY.replace("EVENT", event)
    checked = run(text)
    assert checked.outcome.bug is not None and checked.outcome.bug.machine == "Watch"
    result = run(text, spec_safety=False)
    assert result.outcome.reason == "terminated", result.outcome
    (watch,) = result.rt.monitors
    assert watch.state.name == "Armed" and not watch.state.hot
    assert not watch.state.handlers and event in watch.state.ignored


def test_monitor_unhandled_event() -> None:
    text = MONITORED.replace(
        'start state A { on e do (v: int) { assert v < 2, format("saw {0}", v); } }',
        "start state A { }",
    )
    result = run(text)
    assert (
        result.message
        == "PImplementation.Watch received event 'PImplementation.e' that cannot be handled."
    )


DEADLOCK = """
event e;
machine Main {
  start state S { entry { new Other(); receive { case e: {} } } }
}
machine Other {
  start state S { entry { receive { case e: {} } } }
}
"""


def test_deadlock() -> None:
    result = run(DEADLOCK)
    assert result.message == (
        "Deadlock detected. Main(1) and Other(2) are waiting to receive an event, "
        "but no other controlled tasks are enabled."
    )
    assert result.outcome.bug is not None and result.outcome.bug.kind == "deadlock"


LIVENESS = """
event eStart;
event eDone;
spec Progress observes eStart, eDone {
  start cold state Idle { on eStart goto Busy; }
  hot state Busy { on eDone goto Idle; }
}
machine Main {
  start state S { entry { announce eStart; } }
}
test t [main=Main]: assert Progress in { Main };
"""


def test_liveness_at_end_of_run() -> None:
    result = run(LIVENESS)
    assert result.message == (
        "PImplementation.Progress detected liveness bug in hot state 'Busy' at the end of program execution."
    )


def test_liveness_temperature() -> None:
    text = LIVENESS.replace(
        "entry { announce eStart; }", "entry { announce eStart; } on null do {}"
    )
    result = run(text, liveness_threshold=5, max_steps=100)
    assert (
        result.message
        == "PImplementation.Progress detected potential liveness bug in hot state 'Busy'."
    )
    # The monitor turns hot during decision 1; decisions 2..6 heat it to 5, and the check
    # before decision 7 finds 6 > 5, so decision 7 is never made.
    assert len(result.sched) == 7
    assert run(text, max_steps=100).outcome.reason == "bound"  # threshold 0: off


def test_temperature_resets_on_cold_state() -> None:
    text = LIVENESS.replace(
        "entry { announce eStart; }",
        "entry { announce eStart; } on null do { announce eDone; announce eStart; }",
    )
    assert run(text, liveness_threshold=5, max_steps=100).outcome.reason == "bound"


SEND_ERRORS = [
    (
        "null target",
        "var m: machine; send m, e;",
        "Target in send cannot be null. Machine Main(1) trying to send event e to null target in state S.",
    ),
    ("null event", "var x: event; send this, x;", "Machine cannot send a null event."),
    ("sends set", "send this, f;", "Event f is not in the sends set of the Machine Main"),
    (
        "permissions",
        "var o: Only; o = new Only(); send o, f;",
        "Event f is not in the permissions set of the target machine Only(2)",
    ),
    ("null announce", "var x: event; announce x;", "Incorrect use of announce by Machine Main(1)"),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in SEND_ERRORS], ids=[c[0] for c in SEND_ERRORS]
)
def test_send_errors(body: str, expected: str) -> None:
    text = f"""
event e; event f;
interface Only() receives e;
machine Main sends e, f; {{ start state S {{ entry {{ {body} }} ignore e, f; }} }}
machine Impl {{ start state S {{ ignore e, f; }} }}
test t [main=Main]: {{ Main, Impl -> Only }};
"""
    if "sends set" in expected:
        text = text.replace("sends e, f;", "sends e;")
    result = run(text)
    assert result.message.startswith(expected), result.message


def test_step_bound_ends_schedule_or_fails() -> None:
    text = in_main("", fields="").replace("entry {", "on null do {} entry {")
    assert run(text, max_steps=20).outcome.reason == "bound"
    result = run(text, max_steps=20, fail_on_max_steps=True)
    assert result.message == "Scheduling steps bound of 20 reached."


@pytest.mark.parametrize(
    "body",
    [
        "      while (true) { }",
        "      while (true) { i = 0; while (i < 300) { i = i + 1; } }",
        "      while (true) { i = Spin(); }",
        "      while (true) { foreach (i in q) { } }",
    ],
    ids=["flat", "nested", "through-call", "foreach"],
)
def test_runaway_loop_stops_the_schedule(body: str) -> None:
    """A loop with no scheduling point ends the schedule at the loop bound, whatever shape
    it has (all loops count together), and that is not a bug."""
    decls = "fun Spin(): int { var k: int; while (k < 200) { k = k + 1; } return k; }"
    text = in_main(
        f"      q += (0, 1); q += (1, 2);\n{body}", decls=decls, locals_=["i: int", "q: seq[int]"]
    )
    result = run(text, max_loop_iterations=50_000)
    assert result.outcome.reason == "bound" and result.outcome.bug is None
    assert "stopped by the loop bound (50000 iterations per step)" in result.outcome.message
    assert "Main(1) in state 'S'" in result.outcome.message


def test_growing_seq_stopped_by_step_time_bound() -> None:
    """Each append copies the seq, so iterations slow down: the time bound stops it."""
    text = in_main("      while (true) { q += (sizeof(q), 1); }", locals_=["q: seq[int]"])
    result = run(text, max_loop_iterations=10**12, step_time_limit=0.3)
    assert result.outcome.reason == "bound" and result.outcome.bug is None
    assert "stopped by the step time bound (0.3 s)" in result.outcome.message


def test_runaway_loop_stopped_by_deadline() -> None:
    result = run(in_main("      while (true) { }"), max_loop_iterations=10**12, deadline=0.0)
    assert result.outcome.reason == "bound" and "stopped by the timeout" in result.outcome.message


def test_runaway_is_not_a_bug_even_with_fail_on_max_steps() -> None:
    result = run(
        in_main("      while (true) { }"), max_loop_iterations=5000, fail_on_max_steps=True
    )
    assert result.outcome.reason == "bound" and result.outcome.bug is None


def test_raise_goto_cycle_is_reported() -> None:
    text = """
event e;
machine Main {
  start state A { entry { raise e; } on e goto B; }
  state B { entry { goto A; } }
}
"""
    result = run(text, max_loop_iterations=20_000)
    assert result.outcome.bug is not None and result.outcome.bug.kind == "execution_bound"
    assert "ran more than 2000 raised events and gotos" in result.message


def test_loop_with_choices_is_not_stuck() -> None:
    result = run(
        in_main("      while ($) { }"),
        Scripted(bools=[True] * 5000),
        max_loop_iterations=1000,
        max_steps=100,
    )
    assert result.outcome.reason == "bound"


def test_recursion_overflow() -> None:
    text = "fun F(n: int): int { return F(n + 1); }\n" + in_main('      print format("{0}", F(0));')
    result = run(text)
    assert result.outcome.bug is not None and "call stack overflowed" in result.message


def test_monitor_raise_goto() -> None:
    text = """
event e;
event inner;
spec Watch observes e {
  start state A { on e do { raise inner; } on inner goto B; }
  state B { entry { goto C; } }
  state C { on e do { assert false, "reached C"; } }
}
machine Main { start state S { entry { announce e; announce e; } } }
test t [main=Main]: assert Watch in { Main };
"""
    result = run(text)
    assert result.message.endswith("reached C")
    kinds = [e.kind.value for e in result.events if e.kind.value.startswith("monitor")]
    assert kinds[:8] == [
        "monitor_created",
        "monitor_state_entered",
        "monitor_processed",
        "monitor_raised",
        "monitor_state_exited",
        "monitor_state_entered",
        "monitor_goto",
        "monitor_state_exited",
    ]


PERMISSIONS = """
event e; event f;
interface Only() receives e;
interface Both() receives e, f;
machine Main {
  start state S {
    entry {
      var x: machine; var b: Both;
      x = new Impl();
      b = x to Both;
      send b, f;
      x = new Only();
      b = x to Both;
    }
  }
}
machine Impl { start state S { ignore e, f; } }
test t [main=Main]: { Main, Impl, Impl -> Only, Impl -> Both };
"""


def test_permission_coercion() -> None:
    result = run(PERMISSIONS)
    assert result.outcome.bug is not None and result.outcome.bug.kind == "runtime_error"
    assert "cannot convert Only(3) to interface Both: its permissions lack f" in result.message


def test_membership_in_a_seq() -> None:
    body = 'q += (0, 3); q += (1, 4); print format("{0} {1}", 4 in q, 5 in q);'
    assert run(in_main(body, locals_=["q: seq[int]"])).prints == ["True False"]


def test_deep_recursion_is_not_an_overflow() -> None:
    """P runs on .NET's stack: recursion a few thousand calls deep must work, in plain
    functions and in ones that reach a scheduling point (generators)."""
    decls = """
event e;
fun Sum(n: int): int { if (n == 0) { return 0; } return n + Sum(n - 1); }
fun Down(m: machine, n: int): int { if (n == 0) { send m, e; return 0; } return 1 + Down(m, n - 1); }
"""
    body = "      assert Sum(4000) == 8002000; assert Down(this, 4000) == 4000;"
    result = run(in_main(body, decls=decls).replace("entry {", "ignore e; entry {"))
    assert result.outcome.reason == "terminated", result.outcome
