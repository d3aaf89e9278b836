"""Trace codecs: P's text and JSON traces, schedule files, pide's own trace format.

Golden strings come from the trace-format reference (the composed Echo run of 2.4 / 3.5 and
the schedule example of section 4); round trips are property tests over generated values and
event sequences.
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any, TypedDict, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pide.core.runtime.printing import to_trace_string
from pide.core.runtime.values import MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet
from pide.core.source import Span
from pide.core.trace import (
    EVENT_CLASSES,
    BoolChoice,
    Bug,
    BugFound,
    CheckStatistics,
    EventDequeued,
    EventEnqueued,
    EventKind,
    EventReceived,
    EventSent,
    GotoTransition,
    IntChoice,
    MachineCreated,
    MachineSnapshot,
    MachineStatus,
    MonitorCreated,
    MonitorGoto,
    MonitorProcessed,
    MonitorRaised,
    MonitorSnapshot,
    MonitorStateEntered,
    MonitorStateExited,
    Printed,
    RandomChoice,
    RawPayload,
    ReceiveWaiting,
    Schedule,
    ScheduleFormatError,
    SchedulingStep,
    StateEntered,
    Temperature,
    Trace,
    TraceEvent,
    TraceFormatError,
    WorldSnapshot,
    dump_trace,
    load_json_trace,
    load_text_trace,
    load_trace,
    read_json_trace,
    read_schedule,
    read_text_trace,
    write_json_trace,
    write_schedule,
    write_text_trace,
)
from pide.core.trace.payload_text import parse_payload

# ------------------------------------------------------------------------------------------
# The composed Echo run (trace formats 2.4 / 3.5), built by hand


class MachineFields(TypedDict):
    machine: str
    machine_id: int
    machine_type: str


def machine(interface: str, machine_id: int, machine_type: str | None = None) -> MachineFields:
    """The three machine fields of an event, for `**` unpacking."""
    return {
        "machine": f"{interface}({machine_id})",
        "machine_id": machine_id,
        "machine_type": machine_type or interface,
    }


def field(event: TraceEvent, name: str) -> Any:
    """A field of an event whose kind the test already knows."""
    return getattr(event, name)


def restep(event: TraceEvent, **changes: Any) -> TraceEvent:
    """`dataclasses.replace` for any event kind."""
    replaced: TraceEvent = dataclasses.replace(cast(Any, event), **changes)
    return replaced


MAIN = machine("Main", 1)
SERVER = machine("Server", 2)
SPAN = Span("PSrc/Echo.p", 120, 145, 7, 28, 7, 53)
MESSAGE = "Assertion Failed: PSrc/Echo.p:7:28 wrong echo"
COLD, HOT = Temperature.COLD, Temperature.HOT

ECHO_EVENTS: tuple[TraceEvent, ...] = (
    MonitorCreated(step=0, monitor="EchoSpec"),
    MonitorStateEntered(step=0, monitor="EchoSpec", state="Idle", temperature=COLD),
    MachineCreated(step=0, **MAIN),
    StateEntered(step=1, state="Init", **MAIN),
    MachineCreated(step=2, creator="Main(1)", creator_type="Main", **SERVER),
    MonitorProcessed(
        step=3, monitor="EchoSpec", state="Idle", event="eReq", payload=7, sender="Main(1)"
    ),
    MonitorStateExited(step=3, monitor="EchoSpec", state="Idle", temperature=COLD),
    MonitorStateEntered(step=3, monitor="EchoSpec", state="Waiting", temperature=HOT),
    StateEntered(step=4, state="Serve", **SERVER),
    EventSent(
        step=5, state="Init", event="eReq", payload=7, target="Server(2)", target_id=2, **MAIN
    ),
    EventEnqueued(step=5, event="eReq", payload=7, sender="Main(1)", **SERVER),
    EventDequeued(step=6, state="Serve", event="eReq", payload=7, **SERVER),
    MonitorProcessed(
        step=6, monitor="EchoSpec", state="Waiting", event="eResp", payload=8, sender="Server(2)"
    ),
    MonitorStateExited(step=6, monitor="EchoSpec", state="Waiting", temperature=HOT),
    MonitorStateEntered(step=6, monitor="EchoSpec", state="Idle", temperature=COLD),
    EventSent(
        step=7, state="Serve", event="eResp", payload=8, target="Main(1)", target_id=1, **SERVER
    ),
    EventDequeued(step=8, state="Init", event="eResp", payload=8, **MAIN),
    BugFound(
        step=8, bug_kind="assertion", message=MESSAGE, machine="Main(1)", state="Init", span=SPAN
    ),
)
ECHO_SCHEDULE = Schedule(
    steps=tuple(SchedulingStep(n) for n in (0, 1, 1, 2, 1, 2, 2, 1)),
    fair=True,
    liveness_threshold=50000,
    test_method="tcEcho",
)
ECHO = Trace(
    test_name="tcEcho",
    project_name="Echo",
    strategy="random",
    strategy_description="random[seed '12345']",
    seed=12345,
    events=ECHO_EVENTS,
    schedule=ECHO_SCHEDULE,
    bug=Bug("assertion", MESSAGE, "Main(1)", "Init", SPAN),
)

ECHO_TEXT = """\
<TestLog> Running test 'tcEcho'.
<CreateLog> PImplementation.EchoSpec was created.
<MonitorLog> PImplementation.EchoSpec enters cold state 'Idle'.
<CreateLog> Main(1) was created by task '2'.
<StateLog> Main(1) enters state 'Init'.
<CreateLog> Server(2) was created by Main(1).
<MonitorLog> EchoSpec is processing event 'eReq with payload (7)' in state 'Idle'.
<MonitorLog> PImplementation.EchoSpec exits cold state 'Idle'.
<MonitorLog> PImplementation.EchoSpec enters hot state 'Waiting'.
<StateLog> Server(2) enters state 'Serve'.
<SendLog> 'Main(1)' in state 'Init' sent event 'eReq with payload (7)' to 'Server(2)'.
<DequeueLog> 'Server(2)' dequeued event 'eReq with payload (7)' in state 'Serve'.
<MonitorLog> EchoSpec is processing event 'eResp with payload (8)' in state 'Waiting'.
<MonitorLog> PImplementation.EchoSpec exits hot state 'Waiting'.
<MonitorLog> PImplementation.EchoSpec enters cold state 'Idle'.
<SendLog> 'Server(2)' in state 'Serve' sent event 'eResp with payload (8)' to 'Main(1)'.
<DequeueLog> 'Main(1)' dequeued event 'eResp with payload (8)' in state 'Init'.
<ErrorLog> Assertion Failed: PSrc/Echo.p:7:28 wrong echo
<StrategyLog> Found bug using 'random' strategy.
<StrategyLog> Checking statistics:
<StrategyLog> Found 1 bug.
<StrategyLog> Scheduling statistics:
<StrategyLog> Explored 1 schedule
<StrategyLog> Explored 1 timeline
<StrategyLog> Found 100.00% buggy schedules.
<StrategyLog> Number of scheduling points in terminating schedules: 8 (min), 8 (avg), 8 (max)."""


def test_echo_text_trace_golden() -> None:
    assert write_text_trace(ECHO) == ECHO_TEXT


def test_echo_text_trace_windows_newlines_and_statistics() -> None:
    stats = CheckStatistics(
        bugs=1,
        schedules=3,
        timelines=2,
        scheduling_points=(5, 7, 9),
        scenario_lines=("Scenario coverage: 1/1 scenarios covered",),
        bound_lines=("Hit the max-steps bound of 100 in 1 schedule.",),
    )
    text = write_text_trace(ECHO, stats, newline="\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert text.split("\r\n")[-6:] == [
        "<StrategyLog> Explored 3 schedules",
        "<StrategyLog> Explored 2 timelines",
        "<StrategyLog> Scenario coverage: 1/1 scenarios covered",
        "<StrategyLog> Found 33.33% buggy schedules.",
        "<StrategyLog> Number of scheduling points in terminating schedules: "
        "5 (min), 7 (avg), 9 (max).",
        "<StrategyLog> Hit the max-steps bound of 100 in 1 schedule.",
    ]
    assert read_text_trace(text) == read_text_trace(ECHO_TEXT)


def _echo_as_read(*, json_fields: bool) -> list[TraceEvent]:
    """The Echo events as P's formats give them back: no steps, spans or enqueues; the JSON
    format also keeps senders of observed events and creator types."""
    result: list[TraceEvent] = []
    for event in ECHO_EVENTS:
        if isinstance(event, EventEnqueued):
            continue
        event = restep(event, step=-1, span=None)
        if isinstance(event, MonitorProcessed) and not json_fields:
            event = dataclasses.replace(event, sender=None)
        if isinstance(event, MachineCreated) and not json_fields:
            event = dataclasses.replace(event, creator_type=None)
        if isinstance(event, BugFound):
            event = BugFound(step=-1, bug_kind="assertion", message=MESSAGE)
        result.append(event)
    return result


def test_echo_text_trace_read_back() -> None:
    trace = load_text_trace(ECHO_TEXT)
    assert trace.test_name == "tcEcho" and trace.strategy == "random"
    assert trace.bug == Bug("assertion", MESSAGE)
    assert list(trace.events) == _echo_as_read(json_fields=False)


# The entries of trace formats 3.5, verbatim (property order included).
SPEC_ENTRIES: list[tuple[str, dict[str, Any]]] = [
    ("CreateMonitor", {"log": "EchoSpec was created.", "payload": "null", "monitor": "EchoSpec", "clock": {"EchoSpec": 1}}),
    ("MonitorStateTransition", {"log": "EchoSpec enters cold state 'Idle'.", "state": "Idle", "payload": "null", "isEntry": True, "isInHotState": False, "monitor": "EchoSpec", "clock": {"EchoSpec": 2}}),
    ("CreateStateMachine", {"log": "Main(1) was created by task '2'.", "id": "Main(1)", "payload": "null", "clock": {"Main(1)": 1}}),
    ("StateTransition", {"log": "Main(1) enters state 'Init'.", "id": "Main(1)", "state": "Init", "payload": "null", "isEntry": True, "clock": {"Main(1)": 2}}),
    ("CreateStateMachine", {"log": "Server(2) was created by Main(1).", "id": "Server(2)", "creatorName": "Main(1)", "creatorType": "Main", "payload": "null", "clock": {"Server(2)": 1}}),
    ("MonitorProcessEvent", {"log": "EchoSpec is processing event 'eReq with payload (7)' in state 'Idle'.", "event": "eReq", "state": "Idle", "payload": 7, "sender": "Main(1)", "monitor": "EchoSpec", "clock": {"EchoSpec": 3, "Main(1)": 2}}),
    ("SendEvent", {"log": "'Main(1)' in state 'Init' sent event 'eReq with payload (7)' to 'Server(2)'.", "event": "eReq", "state": "Init", "payload": 7, "sender": "Main(1)", "target": "Server(2)", "isTargetHalted": False, "clock": {"Main(1)": 3}}),
    ("DequeueEvent", {"log": "'Server(2)' dequeued event 'eReq with payload (7)' in state 'Serve'.", "id": "Server(2)", "event": "eReq", "state": "Serve", "payload": 7, "clock": {"Server(2)": 3, "Main(1)": 3}}),
    ("AssertionFailure", {"log": MESSAGE, "error": MESSAGE, "payload": "null"}),
    ("StrategyDescription", {"log": "Found bug using 'random' strategy.", "payload": "null", "strategy": "random", "strategyDescription": "random[seed '12345']"}),
]  # fmt: skip


def test_echo_json_trace_contains_the_reference_entries() -> None:
    entries = json.loads(write_json_trace(ECHO))
    as_pairs = [(e["type"], list(e["details"].items())) for e in entries]
    for entry_type, details in SPEC_ENTRIES:
        assert (entry_type, list(details.items())) in as_pairs
    assert write_json_trace(ECHO).startswith(
        '[\n  {\n    "type": "CreateMonitor",\n    "details": {'
    )


# Clocks by the algorithm of 3.4, worked out by hand for the whole run.
ECHO_CLOCKS: list[dict[str, int] | None] = [
    {"EchoSpec": 1},
    {"EchoSpec": 2},
    {"Main(1)": 1},
    {"Main(1)": 2},
    {"Server(2)": 1},
    {"EchoSpec": 3, "Main(1)": 2},  # merges the sender's current clock
    {"EchoSpec": 4, "Main(1)": 2},
    {"EchoSpec": 5, "Main(1)": 2},
    {"Server(2)": 2},
    {"Main(1)": 3},  # send: ticks the sender only
    {"Server(2)": 3, "Main(1)": 3},  # dequeue: merges the clock remembered at the send
    {"EchoSpec": 6, "Main(1)": 3, "Server(2)": 3},
    {"EchoSpec": 7, "Main(1)": 3, "Server(2)": 3},
    {"EchoSpec": 8, "Main(1)": 3, "Server(2)": 3},
    {"Server(2)": 4, "Main(1)": 3},
    {"Main(1)": 4, "Server(2)": 4},
    None,  # AssertionFailure
    None,  # StrategyDescription
]


def test_echo_vector_clocks() -> None:
    entries = json.loads(write_json_trace(ECHO))
    clocks = [e["details"].get("clock") for e in entries]
    assert clocks == ECHO_CLOCKS
    # Key order: owner first, then names in the order they were first merged in.
    assert [list(c) for c in clocks if c] == [list(c) for c in ECHO_CLOCKS if c]


def test_vector_clocks_match_identical_messages_fifo() -> None:
    a, b = machine("A", 1), machine("B", 2)

    def send(step: int) -> EventSent:
        return EventSent(step=step, state="S", event="e", target="B(2)", target_id=2, **a)

    events: list[TraceEvent] = [
        send(0),
        StateEntered(step=1, state="S", **a),
        StateEntered(step=1, state="S", **a),
        send(2),
        EventDequeued(step=3, state="T", event="e", **b),
        EventReceived(step=4, state="T", event="e", **b),
    ]
    entries = json.loads(write_json_trace(Trace(test_name="t", events=tuple(events))))
    clocks = [e["details"]["clock"] for e in entries]
    assert clocks[4] == {"B(2)": 1, "A(1)": 1}  # first dequeue matches the first send
    assert clocks[5] == {"B(2)": 2, "A(1)": 4}


def test_echo_json_trace_read_back() -> None:
    trace = load_json_trace(write_json_trace(ECHO))
    assert trace.strategy == "random" and trace.strategy_description == "random[seed '12345']"
    assert trace.bug == Bug("assertion", MESSAGE)
    assert list(trace.events) == _echo_as_read(json_fields=True)


def test_echo_schedule_and_pide_trace() -> None:
    assert write_schedule(ECHO_SCHEDULE) == (
        "--fair-scheduling\n--liveness-temperature-threshold:50000\n--test-method:tcEcho\n"
        "(0)\n(1)\n(1)\n(2)\n(1)\n(2)\n(2)\n(1)"
    )
    assert load_trace(dump_trace(ECHO)) == ECHO


# ------------------------------------------------------------------------------------------
# Schedules

SPEC_SCHEDULE = """\
--fair-scheduling
--liveness-temperature-threshold:50000
--test-method:tcEcho
(0)
(1)
(1)
(2)
(1)
(2)
(2)
True
4
(1)"""


def test_schedule_spec_example() -> None:
    schedule = read_schedule(SPEC_SCHEDULE)
    assert schedule.fair and schedule.liveness_threshold == 50000
    assert schedule.test_method == "tcEcho"
    assert schedule.steps[-3:] == (BoolChoice(True), IntChoice(4), SchedulingStep(1))
    assert write_schedule(schedule) == SPEC_SCHEDULE


def test_schedule_reader_tolerance() -> None:
    text = (
        "// recorded by hand\r\n\r\n--unknown-option\r\n--test-method:tc\r\n(0)\r\n"
        "// comment\r\n\r\n  ( 3 )  \r\n False\r\n-2\r\n+7\r\n2147483648\r\n--fair-scheduling\r\n"
    )
    schedule = read_schedule(text)
    assert schedule == Schedule(
        steps=(
            SchedulingStep(0),
            SchedulingStep(3),
            BoolChoice(False),
            IntChoice(-2),
            IntChoice(7),
            SchedulingStep(2147483648),  # not a .NET int, so read as an operation id
        ),
        fair=False,  # a `--` line after the steps is skipped
        test_method="tc",
        extra_header=("--unknown-option",),
    )
    assert read_schedule("") == Schedule()
    assert write_schedule(Schedule()) == ""


@pytest.mark.parametrize(
    ("text", "line_no", "fragment"),
    [
        ("(0)\n(x)", 2, "'(x)'"),
        ("(0)\ntrue", 2, "'true'"),
        ("--fair-scheduling\n\n(1\n-(1)", 4, "'-(1)'"),
        ("--liveness-temperature-threshold:lots", 1, "not an integer"),
        ("(0)\r\n(1)\r\n(2) (3)", 3, "(2) (3)"),
    ],
)
def test_schedule_errors(text: str, line_no: int, fragment: str) -> None:
    with pytest.raises(ScheduleFormatError) as info:
        read_schedule(text)
    assert info.value.line_no == line_no
    message = str(info.value)
    assert message.startswith(f"line {line_no}: ") and fragment in message and "\n" not in message


# ------------------------------------------------------------------------------------------
# Reading P's files: line kinds, quirks, errors


def test_every_text_line_kind_parses() -> None:
    text = """\
<TestLog> Running test 'tc'.
<CreateLog> Client(4) was created by task '7'.
<GotoLog> Client(4) is transitioning from state 'A' to state 'PImplementation.ClientImpl.B'.
<RaiseLog> 'Client(4)' raised event 'eX with payload (<a:1, >)' in state 'B'.
<SendLog> 'Client(4)' in state 'B' sent event 'PHalt' to 'Server(2)' which has halted.
<ReceiveLog> Client(4) is waiting to dequeue an event of type 'eA', 'eB', '' or 'PHalt' in state 'B'.
<ReceiveLog> Client(4) is waiting to dequeue an event of type 'PChecker.Runtime.Events.PHalt' in state 'B'.
<ReceiveLog> 'Client(4)' dequeued event 'eA with payload ("it's")' and unblocked in state 'B'.
<ReceiveLog> 'Client(4)' dequeued event 'eB' in state 'B'.
<DefaultLog> Client(4) is executing the default handler in state 'B'.
<StateLog> Client(4) exits state 'B'.
<PopLog> Client(4) popped state B due to unhandled event 'PHalt'.
<ExceptionLog> Client(4) running action '' in state 'B' threw exception 'UnhandledEventException'.
<ExceptionLog> Client(4) running action '' in state 'B' chose to handle exception 'UnhandledEventException'.
<HaltLog> Client(4) halted with 2 events in its inbox.
<RandomLog> Client(4) nondeterministically chose 'False'.
<RandomLog> Client(4) nondeterministically chose '3'.
<MonitorLog> PImplementation.Spec enters state 'Warm'.
<MonitorLog> Monitor 'Spec' raised event 'eTick with payload (1)' in state 'Warm'.
<MonitorLog> Monitor 'Spec' raised event 'GotoStateEvent' in state 'Warm'.
<MonitorLog> PImplementation.Spec exits state 'Warm'.
<MonitorLog> PImplementation.Spec enters hot state 'Hot'.
<PrintLog> two
lines
<PrintLog> <EMPTY>
<AnnounceLog> 'Client(4)' announced event 'eObs' with payload <x:"a b", >.
<AnnounceLog> 'Client(4)' announced event 'eObs'.
<ErrorLog> Deadlock detected. Client(4) is waiting to receive an event, but no other controlled tasks are enabled."""
    # `print ""` logs "<PrintLog> " with a trailing blank, spelled out here for the linter.
    events = read_text_trace(text.replace(" <EMPTY>", " "))
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.MACHINE_CREATED, EventKind.GOTO, EventKind.RAISED, EventKind.SENT,
        EventKind.RECEIVE_WAITING, EventKind.RECEIVE_WAITING, EventKind.RECEIVED,
        EventKind.RECEIVED, EventKind.DEFAULT_HANDLER, EventKind.STATE_EXITED,
        EventKind.POPPED_UNHANDLED, EventKind.EXCEPTION_THROWN, EventKind.EXCEPTION_HANDLED,
        EventKind.HALTED, EventKind.RANDOM_CHOICE, EventKind.RANDOM_CHOICE,
        EventKind.MONITOR_STATE_ENTERED, EventKind.MONITOR_RAISED, EventKind.MONITOR_GOTO,
        EventKind.MONITOR_STATE_EXITED, EventKind.MONITOR_STATE_ENTERED, EventKind.PRINTED,
        EventKind.PRINTED, EventKind.ANNOUNCED, EventKind.ANNOUNCED, EventKind.BUG,
    ]  # fmt: skip
    # The goto revealed the machine type, which now applies to all of Client(4)'s events.
    assert {getattr(e, "machine_type", "ClientImpl") for e in events} == {"ClientImpl"}
    sent = events[3]
    assert isinstance(sent, EventSent) and sent.event == "halt" and sent.target_halted
    assert field(events[2], "payload") == PNamedTuple(("a",), (1,))
    assert events[4] == ReceiveWaiting(
        step=-1, machine="Client(4)", machine_id=4, machine_type="ClientImpl", state="B",
        awaited=("eA", "eB", "", "halt"),
    )  # fmt: skip
    assert field(events[5], "awaited") == ("halt",)
    received = events[6]
    assert isinstance(received, EventReceived) and received.was_blocked
    assert received.payload == "it's"
    assert not field(events[7], "was_blocked")
    assert [field(e, "value") for e in events[14:16]] == [False, 3]
    assert field(events[16], "temperature") is Temperature.WARM
    assert events[18] == MonitorGoto(step=-1, monitor="Spec", state="Warm", to_state="Hot")
    assert events[21] == Printed(step=-1, text="two\nlines")
    assert events[22] == Printed(step=-1, text="")
    assert field(events[23], "payload") == PNamedTuple(("x",), ("a b",))
    bug = events[-1]
    assert isinstance(bug, BugFound) and bug.bug_kind == "deadlock"


def test_text_trace_written_receive_quirks() -> None:
    base = machine("C", 1)
    lines = [
        write_text_trace(
            Trace(
                test_name="t", events=(ReceiveWaiting(step=0, state="S", awaited=awaited, **base),)
            )
        ).split("\n")[1]
        for awaited in [("halt",), ("a", "halt"), ("a", "b", "halt"), ("a", "b", "c", "halt")]
    ]
    assert [line.split(" of type ")[1] for line in lines] == [
        "'PChecker.Runtime.Events.PHalt' in state 'S'.",
        "'a' or 'PHalt' in state 'S'.",
        "'a', 'b' or 'PHalt' in state 'S'.",
        "'a', 'b', '' or 'PHalt' in state 'S'.",
    ]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("<TestLog> Running test 't'.\n<FooLog> bar", 2, "unknown record tag <FooLog>"),
        ("no tag here", 1, "must start with a <Tag>"),
        ("<SendLog> something else entirely", 1, "unrecognised <SendLog> record"),
        ("<TestLog> x\n<HaltLog> C(1) halted with many events in its inbox.", 2, "<HaltLog>"),
    ],
)
def test_text_trace_errors(text: str, line: int, fragment: str) -> None:
    with pytest.raises(TraceFormatError) as info:
        read_text_trace(text)
    assert info.value.line == line
    assert fragment in str(info.value) and "\n" not in str(info.value)


def test_json_reader_tolerates_reference_quirks() -> None:
    entries = [
        # Tuple elements written by reflection: the payload comes from the log text instead.
        {"type": "SendEvent", "details": {
            "log": "'A(1)' in state 'S' sent event 'x with payload (<a,3,>)' to 'B(2)'.",
            "event": "x", "state": "S", "payload": {"0": {}, "1": {}}, "sender": "A(1)",
            "target": "B(2)", "isTargetHalted": False, "clock": {"A(1)": 1}}},
        # A stray `id` leaked from a dropped entry; no payload at all.
        {"type": "DequeueEvent", "details": {
            "log": "'B(2)' dequeued event 'y' in state 'T'.", "id": "B(2)", "event": "y",
            "state": "T", "target": "B(2)", "clock": {"B(2)": 2}}},
        {"type": "WaitMultipleEvents", "details": {
            "log": "B(2) is waiting to dequeue an event of type 'a', 'b', '' or 'PHalt' in state 'T'.",
            "id": "B(2)", "payload": "null", "eventTypes": ["a", "b", "c", "PHalt"]}},
        {"type": "MonitorStateTransition", "details": {
            "log": "M enters state 'W'.", "state": "W", "payload": "null", "isEntry": True,
            "monitor": "PImplementation.M"}},
        {"type": "Announce", "details": {
            "log": "A(1) announced event e with payload (<\"k\"->1>).", "id": "A(1)", "event": "e",
            "payload": {"\"k\"": 1}}},
        {"type": "Print", "details": {"log": "hello", "payload": "null"}},
        {"type": "PushState", "details": {"payload": "null"}},
    ]  # fmt: skip
    events = read_json_trace(json.dumps(entries))
    assert [e.kind for e in events] == [
        EventKind.SENT, EventKind.DEQUEUED, EventKind.RECEIVE_WAITING,
        EventKind.MONITOR_STATE_ENTERED, EventKind.ANNOUNCED, EventKind.PRINTED,
    ]  # fmt: skip
    assert field(events[0], "payload") == ("a", 3)
    assert field(events[1], "payload") is None
    assert events[2] == ReceiveWaiting(
        step=-1, machine="B(2)", machine_id=2, machine_type="B", state="T",
        awaited=("a", "b", "c", "halt"),
    )  # fmt: skip
    assert events[3] == MonitorStateEntered(
        step=-1, monitor="M", state="W", temperature=Temperature.WARM
    )
    assert field(events[4], "payload") == PMap([("k", 1)])


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[", "invalid JSON"),
        ('{"type": "Print"}', "array of entries"),
        ('[{"details": {}}]', "entry 0: expected an object with a string 'type'"),
        ('[{"type": "Teleport", "details": {}}]', "entry 0 (Teleport): unknown entry type"),
        ('[{"type": "Print"}, {"type": "Halt", "details": {}}]', "entry 1 (Halt): missing"),
        ('[{"type": "Print", "details": []}]', "'details' must be an object"),
    ],
)
def test_json_trace_errors(text: str, fragment: str) -> None:
    with pytest.raises(TraceFormatError) as info:
        read_json_trace(text)
    assert fragment in str(info.value) and "\n" not in str(info.value)


PAYLOAD_TEXTS: list[tuple[str, Any]] = [
    ("7", 7),
    ("-2.5", -2.5),
    ("1E+16", 1e16),
    ("NaN", RawPayload("NaN")),  # checked by text below: nan != nan
    ("True", True),
    ('"a, \\"b\\""', 'a, "b"'),
    ("Client(4)", MachineRef(4, "Client", None)),
    ("PHalt", PEvent("halt")),
    ("null", None),
    ("(1, 2)", PSeq([1, 2])),
    ("()", PSeq()),
    ("(<1>, <2>)", PSet([1, 2])),
    ('(<"k"->(1)>, <"j"->null>)', PMap([("k", PSeq([1])), ("j", None)])),
    ("(<1,2,>, <3,4,>)", PSeq([(1, 2), (3, 4)])),
    ("(<<1,>>)", PSet([(1,)])),
    ("<a b,,(x, y),>", ("a b", None, PSeq(["x", "y"]))),
    ("<id:1, ok:True, >", PNamedTuple(("id", "ok"), (1, True))),
    ("<p:<q,Client(1),>, >", PNamedTuple(("p",), (("q", MachineRef(1, "Client", None)),))),
    ('"unterminated', RawPayload('"unterminated')),
    ("(1, 2", RawPayload("(1, 2")),
    ("1 2", RawPayload("1 2")),
    ("(<()>, <()>)", RawPayload("(<()>, <()>)")),  # an empty seq and an empty set
    ("(<1->2>, <1->3>)", RawPayload("(<1->2>, <1->3>)")),
]


@pytest.mark.parametrize(("text", "expected"), PAYLOAD_TEXTS)
def test_parse_payload(text: str, expected: Any) -> None:
    value = parse_payload(text)
    if isinstance(expected, RawPayload) and text == "NaN":
        assert isinstance(value, float) and math.isnan(value)
    else:
        assert value == expected
        assert type(value) is type(expected)
    assert to_trace_string(value) == text


# ------------------------------------------------------------------------------------------
# pide's own format


def test_pide_trace_shares_snapshots_and_round_trips() -> None:
    client = MachineSnapshot(
        id=1, name="Client(1)", type="Client", state="Init", status=MachineStatus.IDLE,
        fields=(("server", MachineRef(2, "Server", frozenset({"eReq"}))), ("x", math.nan)),
        inbox=(("eResp", PSeq([1.5, -0.0])),),
    )  # fmt: skip
    spec = MonitorSnapshot(name="Spec", state="Hot", temperature=HOT, hot_steps=3)
    blocked = dataclasses.replace(client, status=MachineStatus.BLOCKED, awaiting=("a", "halt"))
    trace = Trace(
        test_name="t",
        snapshots=(
            WorldSnapshot(0, (client,), (spec,)),
            WorldSnapshot(1, (client,), (spec,)),
            WorldSnapshot(2, (blocked,), (spec,)),
        ),
    )
    text = dump_trace(trace)
    doc = json.loads(text)
    assert doc["format"] == "pide-trace" and doc["version"] == 1
    assert len(doc["machine_states"]) == 2 and len(doc["monitor_states"]) == 1
    loaded = load_trace(text)
    assert loaded.snapshots[0].machines[0] is loaded.snapshots[1].machines[0]
    assert dump_trace(loaded) == text
    assert loaded.snapshot_at(5) is loaded.snapshots[2] and loaded.snapshot_at(-1) is None
    perms = loaded.snapshots[0].machines[0].fields[0][1].permissions
    assert perms == frozenset({"eReq"})


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: "{", "invalid JSON"),
        (lambda d: json.dumps({**d, "format": "other"}), "not a pide trace"),
        (lambda d: json.dumps({**d, "version": 2}), "unsupported pide trace version 2"),
        (lambda d: json.dumps({k: v for k, v in d.items() if k != "events"}), "missing 'events'"),
        (
            lambda d: json.dumps({**d, "events": [{"kind": "warp", "step": 0}]}),
            "events[0]: unknown event kind 'warp'",
        ),
        (
            lambda d: json.dumps({**d, "events": [{"kind": "printed", "step": "x", "text": ""}]}),
            "events[0]: field 'step': expected an integer",
        ),
        (
            lambda d: json.dumps({**d, "events": [{"kind": "printed", "step": 0}]}),
            "printed event without 'text'",
        ),
        (
            lambda d: json.dumps(
                {**d, "events": [{"kind": "printed", "step": 0, "text": "", "colour": 1}]}
            ),
            "unknown field(s) ['colour']",
        ),
        (
            lambda d: json.dumps(
                {
                    **d,
                    "events": [
                        {
                            "kind": "announced",
                            "step": 0,
                            "machine": "A(1)",
                            "machine_id": 1,
                            "machine_type": "A",
                            "event": "e",
                            "payload": {"complex": 1},
                        }
                    ],
                }
            ),
            "field 'payload': unknown value tag 'complex'",
        ),
        (
            lambda d: json.dumps(
                {**d, "snapshots": [{"step": 0, "machines": [0], "monitors": []}]}
            ),
            "snapshot reference out of range",
        ),
        (
            lambda d: json.dumps({**d, "schedule": {**d["schedule"], "steps": ["(0)", "maybe"]}}),
            "schedule step 1",
        ),
    ],
)
def test_pide_trace_errors(mutate: Any, fragment: str) -> None:
    doc = json.loads(dump_trace(ECHO))
    with pytest.raises(TraceFormatError) as info:
        load_trace(mutate(doc))
    assert fragment in str(info.value) and "\n" not in str(info.value)


# ------------------------------------------------------------------------------------------
# Property tests

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
IDENT = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(_LETTERS),
    st.text(alphabet=_LETTERS + "0123456789", max_size=6),
).filter(lambda s: s not in ("GotoStateEvent", "PHalt", "DefaultEvent"))
# Text that P's unescaped, unquoted renderings keep unambiguous (see payload_text).
SAFE_TEXT = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(_LETTERS[:-1]),
    st.text(alphabet=_LETTERS + "0123456789 '!?\n", max_size=8),
)


def _values(*, safe: bool, allow_nan: bool) -> st.SearchStrategy[Any]:
    """Runtime values; `safe` keeps to those whose trace text parses back unambiguously."""
    floats = st.floats(allow_nan=allow_nan and not safe)
    if safe:
        floats = floats.filter(lambda f: not (f == 0 and math.copysign(1, f) < 0))
    refs = st.builds(
        MachineRef,
        st.integers(0, 99),
        IDENT,
        st.none() if safe else st.none() | st.frozensets(IDENT, max_size=3),
    )
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-(2**63), 2**63 - 1)
        | floats
        | (SAFE_TEXT if safe else st.text(max_size=8))
        | st.builds(PEvent, IDENT)
        | refs
    )

    def containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        lists = st.lists(inner, max_size=3)
        return (
            lists.map(PSeq)
            | lists.map(PSet)
            | st.lists(st.tuples(inner, inner), max_size=3).map(PMap)
            | st.lists(inner, min_size=1, max_size=3).map(tuple)
            | st.dictionaries(IDENT, inner, min_size=1, max_size=3).map(
                lambda d: PNamedTuple(tuple(d), tuple(d.values()))
            )
        )

    return st.recursive(scalars, containers, max_leaves=6)


VALUES = {
    (safe, nan): _values(safe=safe, allow_nan=nan)
    for safe in (False, True)
    for nan in (False, True)
}
SPANS = st.none() | st.builds(Span, st.text(max_size=5), *[st.integers(0, 10**6)] * 6)
EVENT_NAMES = IDENT | st.sampled_from(["halt", "null"])
EVENT_CLASS_LIST = sorted(EVENT_CLASSES.values(), key=lambda c: c.kind)


def _field_strategies(*, safe: bool, allow_nan: bool) -> dict[str, st.SearchStrategy[Any]]:
    return {
        "int": st.integers(0, 10**6),
        "str": IDENT,
        "str | None": st.none() | IDENT,
        "bool": st.booleans(),
        "bool | int": st.booleans() | st.integers(0, 10**4),
        "Any": VALUES[(safe, allow_nan)],
        "Span | None": SPANS,
        "tuple[str, ...]": st.lists(EVENT_NAMES, min_size=1, max_size=3).map(tuple),
        "Temperature": st.sampled_from(list(Temperature)),
        "text": SAFE_TEXT if safe else st.text(max_size=10),
    }


FIELD_STRATEGIES = {
    (safe, nan): _field_strategies(safe=safe, allow_nan=nan)
    for safe in (False, True)
    for nan in (False, True)
}


NOT_IN_P_FORMATS = {(Printed, "machine"), (BugFound, "machine"), (BugFound, "state")}


@st.composite
def _event(draw: st.DrawFn, safe: bool, allow_nan: bool) -> TraceEvent:
    cls = draw(st.sampled_from(EVENT_CLASS_LIST))
    by_type = FIELD_STRATEGIES[(safe, allow_nan)]
    interface, machine_id = draw(IDENT), draw(st.integers(1, 50))
    fixed: dict[str, Any] = {
        "machine": f"{interface}({machine_id})",
        "machine_id": machine_id,
        "machine_type": interface,
        "target_id": machine_id + 1,
        "target": f"{interface}({machine_id + 1})",
    }
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if safe and (cls, field.name) in NOT_IN_P_FORMATS:
            kwargs[field.name] = None
        elif field.name in fixed:
            kwargs[field.name] = fixed[field.name]
        elif field.name == "event":
            kwargs[field.name] = draw(EVENT_NAMES)
        elif field.name in ("text", "message"):
            kwargs[field.name] = draw(by_type["text"])
        else:
            kwargs[field.name] = draw(by_type[str(field.type)])
    return cls(**kwargs)


def events(*, safe: bool = False, allow_nan: bool = True) -> st.SearchStrategy[TraceEvent]:
    """Events of every kind, with consistent machine display names."""
    return _event(safe, allow_nan)


def traces(*, allow_nan: bool = True) -> st.SearchStrategy[Trace]:
    schedules = st.none() | st.builds(
        Schedule,
        st.lists(
            st.builds(SchedulingStep, st.integers(0, 99))
            | st.builds(BoolChoice, st.booleans())
            | st.builds(IntChoice, st.integers(-(2**31), 2**31 - 1)),
            max_size=6,
        ).map(tuple),
        st.booleans(),
        st.none() | st.integers(0, 10**6),
        st.none() | IDENT,
        st.lists(IDENT.map(lambda s: "--" + s), max_size=2).map(tuple),
    )
    machines = st.builds(
        MachineSnapshot,
        st.integers(1, 9),
        IDENT,
        IDENT,
        IDENT,
        st.sampled_from(list(MachineStatus)),
        st.lists(st.tuples(IDENT, VALUES[(False, allow_nan)]), max_size=2).map(tuple),
        st.lists(st.tuples(IDENT, VALUES[(False, allow_nan)]), max_size=2).map(tuple),
        st.none() | st.lists(IDENT, max_size=2).map(tuple),
    )
    monitors = st.builds(
        MonitorSnapshot,
        IDENT,
        IDENT,
        st.sampled_from(list(Temperature)),
        st.lists(st.tuples(IDENT, VALUES[(False, allow_nan)]), max_size=2).map(tuple),
        st.integers(0, 100),
    )
    snapshots = st.lists(
        st.builds(
            WorldSnapshot,
            st.integers(0, 20),
            st.lists(machines, max_size=2).map(tuple),
            st.lists(monitors, max_size=2).map(tuple),
        ),
        max_size=3,
    ).map(lambda snaps: tuple(sorted(snaps, key=lambda s: s.step)))
    bugs = st.none() | st.builds(
        Bug, IDENT, st.text(max_size=10), st.none() | IDENT, st.none() | IDENT, SPANS
    )
    return st.builds(
        Trace,
        test_name=st.text(max_size=6),
        project_name=st.text(max_size=6),
        strategy=IDENT,
        strategy_description=st.text(max_size=10),
        seed=st.none() | st.integers(),
        events=st.lists(events(allow_nan=allow_nan), max_size=6).map(tuple),
        snapshots=snapshots,
        schedule=schedules,
        bug=bugs,
    )


@settings(deadline=None, max_examples=150)
@given(traces(allow_nan=False))
def test_pide_trace_round_trip_is_identity(trace: Trace) -> None:
    text = dump_trace(trace)
    assert load_trace(text) == trace
    assert dump_trace(load_trace(text)) == text


@settings(deadline=None, max_examples=150)
@given(traces())
def test_pide_trace_round_trip_keeps_every_value_type(trace: Trace) -> None:
    # nan != nan, so compare the typed encodings: equal text means equal types and values.
    text = dump_trace(trace)
    assert dump_trace(load_trace(text)) == text


@settings(deadline=None)
@given(
    st.builds(
        Schedule,
        st.lists(
            st.builds(SchedulingStep, st.integers(0, 10**9))
            | st.builds(BoolChoice, st.booleans())
            | st.builds(IntChoice, st.integers(-(2**31), 2**31 - 1)),
            max_size=20,
        ).map(tuple),
        st.booleans(),
        st.none() | st.integers(-(2**31), 2**31 - 1),
        st.none() | st.from_regex(r"[A-Za-z_][A-Za-z0-9_.]*", fullmatch=True),
        st.lists(st.from_regex(r"--[a-z][a-z-]*", fullmatch=True), max_size=2)
        .filter(lambda hs: not any(h.startswith(("--fair", "--live", "--test")) for h in hs))
        .map(tuple),
    )
)
def test_schedule_round_trip_is_identity(schedule: Schedule) -> None:
    assert read_schedule(write_schedule(schedule)) == schedule


COMPARED = [
    *("machine", "machine_id", "monitor", "state", "event", "target", "target_id"),
    *("target_halted", "from_state", "was_blocked", "inbox_size", "value", "action"),
    *("exception", "text", "message", "temperature", "creator"),
]
WITH_EP = (EventKind.RAISED, EventKind.SENT, EventKind.DEQUEUED, EventKind.RECEIVED,
           EventKind.MONITOR_PROCESSED, EventKind.MONITOR_RAISED, EventKind.ANNOUNCED)  # fmt: skip


def summary(event: TraceEvent, *, awaited: bool) -> dict[str, Any]:
    """What P's formats keep of an event."""
    result: dict[str, Any] = {"kind": event.kind}
    result |= {name: getattr(event, name) for name in COMPARED if hasattr(event, name)}
    if isinstance(event, GotoTransition):
        result["to_state"] = event.to_state
    if event.kind in WITH_EP:
        payload = getattr(event, "payload", None)
        result["payload"] = None if payload is None else to_trace_string(payload)
    if isinstance(event, ReceiveWaiting) and (awaited or len(event.awaited) < 4):
        result["awaited"] = event.awaited
    return result


def _in_p_formats(event: TraceEvent) -> bool:
    return not isinstance(event, EventEnqueued)


@settings(deadline=None, max_examples=150)
@given(st.lists(events(safe=True), max_size=8))
def test_text_trace_round_trip_keeps_what_p_logs(evs: list[TraceEvent]) -> None:
    trace = Trace(test_name="t", events=tuple(evs))
    read = read_text_trace(write_text_trace(trace))
    kept = [summary(e, awaited=False) for e in evs if _in_p_formats(e)]
    assert [summary(e, awaited=False) for e in read] == kept


@settings(deadline=None, max_examples=150)
@given(st.lists(events(safe=True), max_size=8))
def test_json_trace_round_trip_keeps_what_p_logs(evs: list[TraceEvent]) -> None:
    trace = Trace(test_name="t", events=tuple(evs))
    read = read_json_trace(write_json_trace(trace))
    kept = [
        summary(e, awaited=True)
        for e in evs
        if _in_p_formats(e) and not isinstance(e, RandomChoice)
    ]
    assert [summary(e, awaited=True) for e in read] == kept


def test_monitor_raise_and_goto_are_distinguished() -> None:
    evs = (
        MonitorRaised(step=0, monitor="M", state="A", event="e", payload=1),
        MonitorGoto(step=0, monitor="M", state="A", to_state="B"),
        MonitorStateExited(step=0, monitor="M", state="A", temperature=COLD),
        MonitorStateEntered(step=0, monitor="M", state="B", temperature=HOT),
    )
    for read in (read_text_trace, read_json_trace):
        writer = write_text_trace if read is read_text_trace else write_json_trace
        assert list(read(writer(Trace(test_name="t", events=evs)))) == [
            restep(e, step=-1) for e in evs
        ]
