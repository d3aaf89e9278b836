"""P's text trace (`*.txt`, trace formats section 2): writer and reader.

The writer reproduces the reference's records byte for byte (including its quirks, such as
the dropped name in "waiting for 4 or more events" lines), so pide's counterexamples diff
cleanly against the reference's. The reader accepts the reference's files (and pide's) so
users can load either checker's counterexample into the debugger: every record kind is parsed
back, lines without a tag continue the previous record, and an unknown tag is an error.

What the text format cannot carry comes back approximately: steps (`UNKNOWN_STEP`), spans
(None), machine types (learnt from goto records, else the interface name) and payload values
(parsed from their text, see `payload_text`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypedDict, assert_never

from pide.core.runtime.printing import p_event_name, to_trace_string
from pide.core.trace.events import (
    UNKNOWN_STEP,
    Announced,
    BugFound,
    DefaultHandler,
    EventDequeued,
    EventEnqueued,
    EventRaised,
    EventReceived,
    EventSent,
    ExceptionHandled,
    ExceptionThrown,
    GotoTransition,
    LifecycleEvent,
    MachineCreated,
    MachineHalted,
    MessageEvent,
    MonitorCreated,
    MonitorEvent,
    MonitorGoto,
    MonitorProcessed,
    MonitorRaised,
    MonitorStateEntered,
    MonitorStateExited,
    PoppedUnhandled,
    Printed,
    RandomChoice,
    ReceiveWaiting,
    StateEntered,
    StateExited,
    Temperature,
    TraceEvent,
    classify_bug_message,
)
from pide.core.trace.importing import (
    TraceFormatError,
    refine_imported,
    split_display_id,
    strip_namespace,
)
from pide.core.trace.model import Bug, CheckStatistics, Trace
from pide.core.trace.payload_text import event_from_p_name, parse_payload

NAMESPACE = "PImplementation"
GOTO_EVENT = "GotoStateEvent"
CREATOR_TASK = "2"
"""The meaningless task number P prints as the main machine's creator."""

# ------------------------------------------------------------------------------------------
# Writing


def event_with_payload(event: str, payload: object) -> str:
    """P's `<EP>`: the event name, plus ` with payload (<escaped>)` for a non-null payload."""
    name = p_event_name(event)
    return name if payload is None else f"{name} with payload ({to_trace_string(payload)})"


def _temperature_word(temperature: Temperature) -> str:
    return "" if temperature is Temperature.WARM else f"{temperature.value} "


def awaited_types_text(awaited: tuple[str, ...]) -> str:
    """The `<types>` of a receive-wait record, with the reference's quirks (2.2)."""
    names = [p_event_name(e) for e in awaited]
    if len(names) == 1:
        prefix = "PChecker.Runtime.Events." if names[0] == "PHalt" else f"{NAMESPACE}."
        return f"'{prefix}{names[0]}'"
    if len(names) >= 4:
        names[-2] = ""
    quoted = [f"'{n}'" for n in names]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if quoted else "''"


def text_record(event: TraceEvent) -> tuple[str, str] | None:
    """(tag, body) of the text record for an event; None for events P does not log."""
    match event:
        case Printed():
            return "PrintLog", event.text
        case BugFound():
            return "ErrorLog", event.message
        case _ if isinstance(event, MonitorEvent):
            return _monitor_record(event)
        case _ if isinstance(event, MessageEvent):
            return _message_record(event)
        case _:
            return _lifecycle_record(event)


def _lifecycle_record(event: LifecycleEvent) -> tuple[str, str]:
    match event:
        case MachineCreated():
            creator = event.creator or f"task '{CREATOR_TASK}'"
            return "CreateLog", f"{event.machine} was created by {creator}."
        case StateEntered() | StateExited():
            verb = "enters" if isinstance(event, StateEntered) else "exits"
            return "StateLog", f"{event.machine} {verb} state '{event.state}'."
        case GotoTransition():
            target = f"{NAMESPACE}.{event.machine_type}.{event.to_state}"
            return "GotoLog", (
                f"{event.machine} is transitioning from state '{event.from_state}' "
                f"to state '{target}'."
            )
        case DefaultHandler():
            return "DefaultLog", (
                f"{event.machine} is executing the default handler in state '{event.state}'."
            )
        case PoppedUnhandled():
            return "PopLog", (
                f"{event.machine} popped state {event.state} due to unhandled event "
                f"'{p_event_name(event.event)}'."
            )
        case ExceptionThrown() | ExceptionHandled():
            how = "threw" if isinstance(event, ExceptionThrown) else "chose to handle"
            return "ExceptionLog", (
                f"{event.machine} running action '{event.action}' in state '{event.state}' "
                f"{how} exception '{event.exception}'."
            )
        case MachineHalted():
            return "HaltLog", f"{event.machine} halted with {event.inbox_size} events in its inbox."
        case RandomChoice():
            value = str(event.value)
            return "RandomLog", f"{event.machine} nondeterministically chose '{value}'."
        case _:
            assert_never(event)


def _message_record(event: MessageEvent) -> tuple[str, str] | None:
    match event:
        case EventRaised():
            ep = event_with_payload(event.event, event.payload)
            return "RaiseLog", f"'{event.machine}' raised event '{ep}' in state '{event.state}'."
        case EventSent():
            ep = event_with_payload(event.event, event.payload)
            halted = " which has halted" if event.target_halted else ""
            return "SendLog", (
                f"'{event.machine}' in state '{event.state}' sent event '{ep}' "
                f"to '{event.target}'{halted}."
            )
        case EventDequeued():
            ep = event_with_payload(event.event, event.payload)
            return "DequeueLog", (
                f"'{event.machine}' dequeued event '{ep}' in state '{event.state}'."
            )
        case ReceiveWaiting():
            types = awaited_types_text(event.awaited)
            return "ReceiveLog", (
                f"{event.machine} is waiting to dequeue an event of type {types} "
                f"in state '{event.state}'."
            )
        case EventReceived():
            ep = event_with_payload(event.event, event.payload)
            unblocked = " and unblocked" if event.was_blocked else ""
            return "ReceiveLog", (
                f"'{event.machine}' dequeued event '{ep}'{unblocked} in state '{event.state}'."
            )
        case Announced():
            payload = (
                "" if event.payload is None else f" with payload {to_trace_string(event.payload)}"
            )
            return "AnnounceLog", (
                f"'{event.machine}' announced event '{p_event_name(event.event)}'{payload}."
            )
        case EventEnqueued():
            return None
        case _:
            assert_never(event)


def _monitor_record(event: MonitorEvent) -> tuple[str, str]:
    match event:
        case MonitorCreated():
            return "CreateLog", f"{NAMESPACE}.{event.monitor} was created."
        case MonitorStateEntered() | MonitorStateExited():
            verb = "enters" if isinstance(event, MonitorStateEntered) else "exits"
            word = _temperature_word(event.temperature)
            return "MonitorLog", (
                f"{NAMESPACE}.{event.monitor} {verb} {word}state '{event.state}'."
            )
        case MonitorProcessed():
            ep = event_with_payload(event.event, event.payload)
            return "MonitorLog", (
                f"{event.monitor} is processing event '{ep}' in state '{event.state}'."
            )
        case MonitorRaised() | MonitorGoto():
            if isinstance(event, MonitorRaised):
                ep = event_with_payload(event.event, event.payload)
            else:
                ep = GOTO_EVENT
            return "MonitorLog", (
                f"Monitor '{event.monitor}' raised event '{ep}' in state '{event.state}'."
            )
        case _:
            assert_never(event)


def strategy_lines(trace: Trace, stats: CheckStatistics) -> list[str]:
    """The bodies of the closing `<StrategyLog>` records (trace formats 2.1)."""

    def plural(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    lines: list[str] = []
    if trace.bug is not None or stats.bugs > 0:
        lines.append(f"Found bug using '{trace.strategy}' strategy.")
    lines += [
        "Checking statistics:",
        f"Found {plural(stats.bugs, 'bug')}.",
        "Scheduling statistics:",
        f"Explored {plural(stats.schedules, 'schedule')}",
        f"Explored {plural(stats.timelines, 'timeline')}",
        *stats.scenario_lines,
    ]
    percent = stats.bugs * 100 / stats.schedules if stats.schedules else 0.0
    lines.append(f"Found {percent:.2f}% buggy schedules.")
    if stats.scheduling_points is not None:
        low, avg, high = stats.scheduling_points
        lines.append(
            "Number of scheduling points in terminating schedules: "
            f"{low} (min), {avg} (avg), {high} (max)."
        )
    lines.extend(stats.bound_lines)
    return lines


def default_statistics(trace: Trace) -> CheckStatistics:
    """Statistics for a single explored schedule: the trace's own."""
    points = None
    if trace.schedule is not None and trace.schedule.fair:
        n = len(trace.schedule.steps)
        points = (n, n, n)
    return CheckStatistics(bugs=1 if trace.bug is not None else 0, scheduling_points=points)


def write_text_trace(
    trace: Trace, stats: CheckStatistics | None = None, *, newline: str = "\n"
) -> str:
    """P's `.txt` trace of `trace` (no trailing newline). Without `stats` the statistics are
    those of the single schedule the trace describes; the block is written when the trace
    has a bug or `stats` is given."""
    lines = [f"<TestLog> Running test '{trace.test_name}'."]
    has_bug_record = False
    for event in trace.events:
        record = text_record(event)
        if record is not None:
            lines.append(f"<{record[0]}> {record[1]}")
            has_bug_record = has_bug_record or isinstance(event, BugFound)
    if trace.bug is not None and not has_bug_record:
        lines.append(f"<ErrorLog> {trace.bug.message}")
    if trace.bug is not None or stats is not None:
        block = strategy_lines(trace, stats or default_statistics(trace))
        lines.extend(f"<StrategyLog> {line}" for line in block)
    return newline.join(lines)


# ------------------------------------------------------------------------------------------
# Reading

_EP = re.compile(r"(?P<e>[^ ]+?)(?: with payload \((?P<p>.*)\))?", re.DOTALL)
_RecordParser = Callable[[re.Match[str]], TraceEvent]
_PATTERNS: dict[str, list[tuple[re.Pattern[str], _RecordParser]]] = {}


def _record(tag: str, pattern: str) -> Callable[[_RecordParser], _RecordParser]:
    def register(parse: _RecordParser) -> _RecordParser:
        _PATTERNS.setdefault(tag, []).append((re.compile(pattern, re.DOTALL), parse))
        return parse

    return register


class _MachineFields(TypedDict):
    machine: str
    machine_id: int
    machine_type: str


def _machine_fields(display: str) -> _MachineFields:
    machine_id, interface = split_display_id(display)
    return {"machine": display, "machine_id": machine_id, "machine_type": interface}


def _event_payload(ep: str) -> tuple[str, object]:
    match = _EP.fullmatch(ep)
    assert match is not None  # the pattern accepts any text
    text = match.group("p")
    return event_from_p_name(match.group("e")), None if text is None else parse_payload(text)


_S = UNKNOWN_STEP


@_record("CreateLog", r"(?P<m>\S+) was created by (?:task '[^']*'|(?P<c>\S+))\.")
def _created(m: re.Match[str]) -> TraceEvent:
    return MachineCreated(step=_S, creator=m["c"], **_machine_fields(m["m"]))


@_record("CreateLog", r"(?P<mon>\S+) was created\.")
def _monitor_created(m: re.Match[str]) -> TraceEvent:
    return MonitorCreated(step=_S, monitor=strip_namespace(m["mon"]))


@_record("StateLog", r"(?P<m>\S+) (?P<d>enters|exits) state '(?P<s>[^']*)'\.")
def _state(m: re.Match[str]) -> TraceEvent:
    cls = StateEntered if m["d"] == "enters" else StateExited
    return cls(step=_S, state=m["s"], **_machine_fields(m["m"]))


@_record(
    "GotoLog", r"(?P<m>\S+) is transitioning from state '(?P<a>[^']*)' to state '(?P<b>[^']*)'\."
)
def _goto(m: re.Match[str]) -> TraceEvent:
    parts = m["b"].split(".")
    fields = _machine_fields(m["m"])
    if len(parts) >= 2:
        fields["machine_type"] = parts[-2]
    return GotoTransition(step=_S, from_state=m["a"], to_state=parts[-1], **fields)


@_record("RaiseLog", r"'(?P<m>[^']*)' raised event '(?P<ep>.*)' in state '(?P<s>[^']*)'\.")
def _raised(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    fields = _machine_fields(m["m"])
    return EventRaised(step=_S, state=m["s"], event=event, payload=payload, **fields)


@_record(
    "SendLog",
    r"'(?P<m>[^']*)' in state '(?P<s>[^']*)' sent event '(?P<ep>.*)' "
    r"to '(?P<t>[^']*)'(?P<h> which has halted)?\.",
)
def _sent(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    return EventSent(
        step=_S,
        state=m["s"],
        event=event,
        payload=payload,
        target=m["t"],
        target_id=split_display_id(m["t"])[0],
        target_halted=m["h"] is not None,
        **_machine_fields(m["m"]),
    )


@_record("DequeueLog", r"'(?P<m>[^']*)' dequeued event '(?P<ep>.*)' in state '(?P<s>[^']*)'\.")
def _dequeued(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    fields = _machine_fields(m["m"])
    return EventDequeued(step=_S, state=m["s"], event=event, payload=payload, **fields)


@_record(
    "ReceiveLog",
    r"(?P<m>\S+) is waiting to dequeue an event of type (?P<types>.*) in state '(?P<s>[^']*)'\.",
)
def _waiting(m: re.Match[str]) -> TraceEvent:
    awaited = tuple(event_from_p_name(t) for t in re.findall(r"'([^']*)'", m["types"]))
    return ReceiveWaiting(step=_S, state=m["s"], awaited=awaited, **_machine_fields(m["m"]))


def _received(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    return EventReceived(
        step=_S,
        state=m["s"],
        event=event,
        payload=payload,
        was_blocked="unblocked" in m.re.pattern,
        **_machine_fields(m["m"]),
    )


_record(
    "ReceiveLog",
    r"'(?P<m>[^']*)' dequeued event '(?P<ep>.*)' and unblocked in state '(?P<s>[^']*)'\.",
)(_received)
_record("ReceiveLog", r"'(?P<m>[^']*)' dequeued event '(?P<ep>.*)' in state '(?P<s>[^']*)'\.")(
    _received
)


@_record("DefaultLog", r"(?P<m>\S+) is executing the default handler in state '(?P<s>[^']*)'\.")
def _default(m: re.Match[str]) -> TraceEvent:
    return DefaultHandler(step=_S, state=m["s"], **_machine_fields(m["m"]))


@_record("PopLog", r"(?P<m>\S+) popped state (?P<s>\S*) due to unhandled event '(?P<e>[^']*)'\.")
def _popped(m: re.Match[str]) -> TraceEvent:
    event = event_from_p_name(m["e"])
    return PoppedUnhandled(step=_S, state=m["s"], event=event, **_machine_fields(m["m"]))


@_record(
    "ExceptionLog",
    r"(?P<m>\S+) running action '(?P<a>[^']*)' in state '(?P<s>[^']*)' "
    r"(?P<how>threw|chose to handle) exception '(?P<x>[^']*)'\.",
)
def _exception(m: re.Match[str]) -> TraceEvent:
    cls = ExceptionThrown if m["how"] == "threw" else ExceptionHandled
    fields = _machine_fields(m["m"])
    return cls(step=_S, state=m["s"], action=m["a"], exception=m["x"], **fields)


@_record("HaltLog", r"(?P<m>\S+) halted with (?P<n>\d+) events in its inbox\.")
def _halted(m: re.Match[str]) -> TraceEvent:
    return MachineHalted(step=_S, inbox_size=int(m["n"]), **_machine_fields(m["m"]))


@_record("RandomLog", r"(?P<m>\S+) nondeterministically chose '(?P<v>True|False|-?\d+)'\.")
def _random(m: re.Match[str]) -> TraceEvent:
    value: bool | int = m["v"] == "True" if m["v"] in ("True", "False") else int(m["v"])
    return RandomChoice(step=_S, value=value, **_machine_fields(m["m"]))


@_record(
    "MonitorLog",
    r"(?P<mon>\S+) (?P<d>enters|exits) (?:(?P<t>hot|cold) )?state '(?P<s>[^']*)'\.",
)
def _monitor_state(m: re.Match[str]) -> TraceEvent:
    cls = MonitorStateEntered if m["d"] == "enters" else MonitorStateExited
    temperature = Temperature(m["t"]) if m["t"] else Temperature.WARM
    return cls(step=_S, monitor=strip_namespace(m["mon"]), state=m["s"], temperature=temperature)


@_record("MonitorLog", r"(?P<mon>\S+) is processing event '(?P<ep>.*)' in state '(?P<s>[^']*)'\.")
def _monitor_processed(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    monitor = strip_namespace(m["mon"])
    return MonitorProcessed(step=_S, monitor=monitor, state=m["s"], event=event, payload=payload)


@_record(
    "MonitorLog", r"Monitor '(?P<mon>[^']*)' raised event '(?P<ep>.*)' in state '(?P<s>[^']*)'\."
)
def _monitor_raised(m: re.Match[str]) -> TraceEvent:
    event, payload = _event_payload(m["ep"])
    monitor = strip_namespace(m["mon"])
    if event == GOTO_EVENT:
        return MonitorGoto(step=_S, monitor=monitor, state=m["s"], to_state=None, payload=payload)
    return MonitorRaised(step=_S, monitor=monitor, state=m["s"], event=event, payload=payload)


@_record("PrintLog", r"(?P<text>.*)")
def _printed(m: re.Match[str]) -> TraceEvent:
    return Printed(step=_S, text=m["text"])


@_record(
    "AnnounceLog",
    r"'(?P<m>[^']*)' announced event '(?P<e>[^']*)'(?: with payload (?P<p>.*))?\.",
)
def _announced(m: re.Match[str]) -> TraceEvent:
    payload = None if m["p"] is None else parse_payload(m["p"])
    event = event_from_p_name(m["e"])
    return Announced(step=_S, event=event, payload=payload, **_machine_fields(m["m"]))


@_record("ErrorLog", r"(?P<text>.*)")
def _error(m: re.Match[str]) -> TraceEvent:
    message = m["text"]
    return BugFound(step=_S, bug_kind=classify_bug_message(message), message=message)


_METADATA_TAGS = ("TestLog", "StrategyLog")
_TAG = re.compile(r"<([A-Za-z]+)>(?: |$)")


def parse_text_record(tag: str, body: str, line_no: int = 0) -> TraceEvent:
    """Parse one record (its tag and the text after `<Tag> `)."""
    for pattern, parse in _PATTERNS.get(tag, []):
        match = pattern.fullmatch(body)
        if match is not None:
            return parse(match)
    if tag not in _PATTERNS:
        raise TraceFormatError(line_no, f"unknown record tag <{tag}>")
    raise TraceFormatError(line_no, f"unrecognised <{tag}> record: {body[:80]!r}")


def split_text_records(text: str) -> list[tuple[int, str, str]]:
    """(line number, tag, body) of each record; untagged lines continue the previous one."""
    # P writes no trailing newline, so a final one belongs to the last record.
    lines = text.split("\n")
    records: list[tuple[int, str, str]] = []
    for line_no, raw in enumerate(lines, start=1):
        line = raw.removesuffix("\r")
        match = _TAG.match(line)
        if match is not None:
            records.append((line_no, match.group(1), line[match.end() :]))
        elif records:
            number, tag, body = records[-1]
            records[-1] = (number, tag, body + "\n" + line)
        else:
            raise TraceFormatError(line_no, "a trace must start with a <Tag> record")
    return records


def load_text_trace(text: str) -> Trace:
    """A `Trace` from a text trace: the events plus the test name, strategy and bug."""
    events: list[TraceEvent] = []
    types: dict[int, str] = {}
    test_name = strategy = ""
    for line_no, tag, body in split_text_records(text):
        if tag in _METADATA_TAGS:
            if found := re.fullmatch(r"Running test '(.*)'\.", body, re.DOTALL):
                test_name = found.group(1)
            elif found := re.fullmatch(r"Found bug using '(.*)' strategy\.", body):
                strategy = found.group(1)
            continue
        event = parse_text_record(tag, body, line_no)
        if isinstance(event, GotoTransition):
            types[event.machine_id] = event.machine_type
        events.append(event)
    bugs = [e for e in events if isinstance(e, BugFound)]
    bug = Bug(bugs[0].bug_kind, bugs[0].message) if bugs else None
    return Trace(
        test_name=test_name,
        strategy=strategy,
        events=tuple(refine_imported(events, types)),
        bug=bug,
    )


def read_text_trace(text: str) -> list[TraceEvent]:
    """The events of a text trace (see `load_text_trace` for the metadata)."""
    return list(load_text_trace(text).events)
