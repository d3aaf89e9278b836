"""P's JSON trace (`*.trace.json`, trace formats section 3): writer and reader.

The writer emits the entries in the reference's order with the reference's property order,
the `"null"` payload rule and the logger's vector clocks (3.4), so tools written against the
reference's files read pide's unchanged. It deviates only where the reference is broken
(unnamed tuple payloads hold the converted elements, not reflection garbage) and in string
escaping (plain characters instead of HTML-safe escapes: the same JSON).

The reader is tolerant of the reference's quirks: odd payload shapes (`{}` for tuple
elements), fields leaking from a dropped entry into the next, missing optional fields.
Payload values are recovered from the entry's `log` text when possible (it keeps the types
the JSON payload loses: quoted strings, machine refs, tuples), else from the JSON payload.
"""

from __future__ import annotations

import json
import re
from typing import Any, assert_never

from pide.core.runtime.printing import JsonValue, p_event_name, to_json_payload, to_trace_string
from pide.core.runtime.values import PMap, PNamedTuple, PSeq
from pide.core.trace.clocks import VectorClocks
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
    RawPayload,
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
from pide.core.trace.model import Bug, Trace
from pide.core.trace.payload_text import event_from_p_name, parse_payload
from pide.core.trace.ptext import GOTO_EVENT, awaited_types_text, parse_text_record, text_record

PROPERTY_ORDER = [
    "log",
    "id",
    "error",
    "event",
    "creatorName",
    "creatorType",
    "state",
    "startState",
    "endState",
    "payload",
    "action",
    "exception",
    "haltInboxSize",
    "wasBlocked",
    "sender",
    "target",
    "opGroupId",
    "isTargetHalted",
    "isEntry",
    "isInHotState",
    "eventType",
    "eventTypes",
    "monitor",
    "strategy",
    "strategyDescription",
    "clock",
]
_RANK = {name: i for i, name in enumerate(PROPERTY_ORDER)}

Details = dict[str, JsonValue]


# ------------------------------------------------------------------------------------------
# Writing


def json_entry(event: TraceEvent) -> tuple[str, Details] | None:
    """(type, details without clock) of an event's JSON entry; None for unlogged events."""
    record = text_record(event)
    if record is None:
        return None
    d: Details = {"log": record[1], "payload": to_json_payload(getattr(event, "payload", None))}
    match event:
        case Printed():
            return "Print", d
        case BugFound():
            d["error"] = event.message
            return "AssertionFailure", d
        case _ if isinstance(event, MonitorEvent):
            return _monitor_entry(event, d)
        case _ if isinstance(event, MessageEvent):
            return _message_entry(event, d)
        case _:
            return _lifecycle_entry(event, d)


def _lifecycle_entry(event: LifecycleEvent, d: Details) -> tuple[str, Details] | None:
    match event:
        case RandomChoice():
            return None
        case MachineCreated():
            d |= {"id": event.machine, "creatorName": event.creator}
            d["creatorType"] = event.creator_type
            return "CreateStateMachine", d
        case StateEntered() | StateExited():
            d |= {"id": event.machine, "state": event.state}
            d["isEntry"] = isinstance(event, StateEntered)
            return "StateTransition", d
        case GotoTransition():
            d["log"] = (
                f"{event.machine} is transitioning from state '{event.from_state}' "
                f"to state '{event.to_state}'."
            )
            d |= {"id": event.machine, "startState": event.from_state, "endState": event.to_state}
            d["payload"] = "null"
            return "GotoState", d
        case DefaultHandler():
            d |= {"id": event.machine, "state": event.state}
            return "DefaultEventHandler", d
        case PoppedUnhandled():
            d |= {"id": event.machine, "event": p_event_name(event.event), "state": event.state}
            return "PopStateUnhandledEvent", d
        case ExceptionThrown() | ExceptionHandled():
            d |= {"id": event.machine, "state": event.state, "action": event.action}
            d["exception"] = event.exception
            return type(event).__name__, d
        case MachineHalted():
            d |= {"id": event.machine, "haltInboxSize": event.inbox_size}
            return "Halt", d
        case _:
            assert_never(event)


def _message_entry(event: MessageEvent, d: Details) -> tuple[str, Details] | None:
    match event:
        case EventRaised() | EventDequeued() | EventReceived():
            d |= {"id": event.machine, "event": p_event_name(event.event), "state": event.state}
            if isinstance(event, EventReceived):
                d["wasBlocked"] = event.was_blocked
                return "ReceiveEvent", d
            return ("RaiseEvent" if isinstance(event, EventRaised) else "DequeueEvent"), d
        case EventSent():
            d |= {"event": p_event_name(event.event), "state": event.state}
            d |= {"sender": event.machine, "target": event.target}
            d["isTargetHalted"] = event.target_halted
            return "SendEvent", d
        case ReceiveWaiting():
            names = [p_event_name(e) for e in event.awaited]
            if len(names) == 1:
                d |= {"id": event.machine, "state": event.state}
                d["eventType"] = awaited_types_text(event.awaited).strip("'")
                return "WaitEvent", d
            d |= {"id": event.machine, "eventTypes": list[JsonValue](names)}
            return "WaitMultipleEvents", d
        case EventEnqueued():
            return None
        case Announced():
            payload = (
                "" if event.payload is None else f" with payload {to_trace_string(event.payload)}"
            )
            d["log"] = f"{event.machine} announced event {p_event_name(event.event)}{payload}."
            d |= {"id": event.machine, "event": p_event_name(event.event)}
            return "Announce", d
        case _:
            assert_never(event)


def _monitor_entry(event: MonitorEvent, d: Details) -> tuple[str, Details]:
    log = d["log"]
    assert isinstance(log, str)
    match event:
        case MonitorCreated():
            d |= {"log": f"{event.monitor} was created.", "monitor": event.monitor}
            return "CreateMonitor", d
        case MonitorStateEntered() | MonitorStateExited():
            d["log"] = log.removeprefix("PImplementation.")
            d |= {"state": event.state, "isEntry": isinstance(event, MonitorStateEntered)}
            if event.temperature is not Temperature.WARM:
                d["isInHotState"] = event.temperature is Temperature.HOT
            d["monitor"] = event.monitor
            return "MonitorStateTransition", d
        case MonitorProcessed():
            d |= {"event": p_event_name(event.event), "state": event.state}
            d |= {"sender": event.sender, "monitor": event.monitor}
            return "MonitorProcessEvent", d
        case MonitorRaised() | MonitorGoto():
            name = event.event if isinstance(event, MonitorRaised) else GOTO_EVENT
            d |= {"event": p_event_name(name), "state": event.state, "monitor": event.monitor}
            return "MonitorRaiseEvent", d
        case _:
            assert_never(event)


def _ordered(details: Details) -> Details:
    present = {k: v for k, v in details.items() if v is not None or k == "payload"}
    return dict(sorted(present.items(), key=lambda kv: _RANK.get(kv[0], len(_RANK))))


def json_entries(trace: Trace) -> list[dict[str, JsonValue]]:
    """The JSON trace's entries (before serialisation)."""
    entries: list[dict[str, JsonValue]] = []
    clocks = VectorClocks()
    has_bug_entry = False

    def add(entry_type: str, details: Details) -> None:
        details = _ordered(details)
        clock = clocks.stamp(entry_type, details)
        if clock is not None:
            details["clock"] = dict[str, JsonValue](clock)
        entries.append({"type": entry_type, "details": details})

    for event in trace.events:
        entry = json_entry(event)
        if entry is not None:
            add(*entry)
            has_bug_entry = has_bug_entry or isinstance(event, BugFound)
    if trace.bug is not None:
        if not has_bug_entry:
            message = trace.bug.message
            add("AssertionFailure", {"log": message, "error": message, "payload": "null"})
        add(
            "StrategyDescription",
            {
                "log": f"Found bug using '{trace.strategy}' strategy.",
                "payload": "null",
                "strategy": trace.strategy,
                "strategyDescription": trace.strategy_description,
            },
        )
    return entries


def write_json_trace(trace: Trace) -> str:
    """P's `.trace.json` for a trace (2-space indentation, no trailing newline)."""
    return json.dumps(json_entries(trace), indent=2, allow_nan=False)


# ------------------------------------------------------------------------------------------
# Reading

_TEXT_TAGS = {
    "RaiseEvent": "RaiseLog",
    "SendEvent": "SendLog",
    "DequeueEvent": "DequeueLog",
    "ReceiveEvent": "ReceiveLog",
    "MonitorProcessEvent": "MonitorLog",
    "MonitorRaiseEvent": "MonitorLog",
}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ANNOUNCE_LOG = re.compile(r"\S+ announced event \S+ with payload (.*)\.", re.DOTALL)
_IGNORED_TYPES = frozenset({"PushState", "PopState", "StrategyDescription"})


def value_from_json(obj: Any) -> Any:
    """Best-effort runtime value of a JSON payload (the reverse of `to_json_payload`)."""
    if obj is None or obj == "null":
        return None
    if isinstance(obj, bool | int | str):
        return obj
    if isinstance(obj, float):
        return obj
    if isinstance(obj, list):
        return PSeq(value_from_json(item) for item in obj)
    if isinstance(obj, dict) and obj:
        keys = list(obj)
        if keys == [str(i) for i in range(len(keys))]:
            return tuple(value_from_json(obj[k]) for k in keys)
        if all(_IDENT.fullmatch(k) for k in keys):
            return PNamedTuple(tuple(keys), tuple(value_from_json(obj[k]) for k in keys))
        return PMap((parse_payload(k), value_from_json(v)) for k, v in obj.items())
    return RawPayload(json.dumps(obj))


class _Entry:
    """Typed access to one entry's details, raising one-line errors."""

    def __init__(self, index: int, entry_type: str, details: dict[str, Any]) -> None:
        self.index, self.type, self.details = index, entry_type, details

    def error(self, message: str) -> TraceFormatError:
        return TraceFormatError(0, f"entry {self.index} ({self.type}): {message}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.details.get(key, default)
        if not isinstance(value, str):
            raise self.error(f"missing or non-string '{key}'")
        return value

    def opt_str(self, key: str) -> str | None:
        value = self.details.get(key)
        return value if isinstance(value, str) else None

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.details.get(key, default)
        return value if isinstance(value, bool) else default

    def machine(self, key: str = "id") -> dict[str, Any]:
        display = self.text(key)
        machine_id, interface = split_display_id(display)
        return {"machine": display, "machine_id": machine_id, "machine_type": interface}

    def event(self) -> str:
        name: str = event_from_p_name(self.text("event"))
        return name

    def payload(self) -> Any:
        raw = self.details.get("payload", "null")
        if raw == "null" or raw is None:
            return None
        parsed = self._payload_from_log()
        if parsed is not None and not isinstance(parsed, RawPayload):
            return parsed
        if isinstance(raw, str) and raw in ("NaN", "Infinity", "-Infinity"):
            converted: Any = float(raw.replace("Infinity", "inf"))
        else:
            converted = value_from_json(raw)
        # Text the log gave but could not parse unambiguously beats a JSON value that would
        # render differently (the JSON payload loses set/seq and string/ref distinctions).
        if isinstance(parsed, RawPayload) and to_trace_string(converted) != parsed.text:
            return parsed
        return converted

    def _payload_from_log(self) -> Any:
        """The payload as rendered in the entry's `log` (None if there is none)."""
        log = self.details.get("log")
        if not isinstance(log, str):
            return None
        if self.type == "Announce":
            found = _ANNOUNCE_LOG.fullmatch(log)
            return None if found is None else parse_payload(found.group(1))
        tag = _TEXT_TAGS.get(self.type)
        try:
            return None if tag is None else getattr(parse_text_record(tag, log), "payload", None)
        except TraceFormatError:
            return None


def _event_of(e: _Entry) -> TraceEvent | None:
    s = UNKNOWN_STEP
    match e.type:
        case "CreateStateMachine":
            creator_type = e.opt_str("creatorType")
            return MachineCreated(
                step=s, creator=e.opt_str("creatorName"), creator_type=creator_type, **e.machine()
            )
        case "CreateMonitor":
            return MonitorCreated(step=s, monitor=strip_namespace(e.text("monitor")))
        case "StateTransition":
            cls = StateEntered if e.flag("isEntry") else StateExited
            return cls(step=s, state=e.text("state"), **e.machine())
        case "GotoState":
            target = e.text("endState").split(".")[-1]
            return GotoTransition(
                step=s, from_state=e.text("startState"), to_state=target, **e.machine()
            )
        case "RaiseEvent" | "DequeueEvent" | "ReceiveEvent" | "SendEvent":
            return _message_event(e)
        case "WaitEvent" | "WaitMultipleEvents":
            return _waiting(e)
        case "DefaultEventHandler":
            return DefaultHandler(step=s, state=e.text("state"), **e.machine())
        case "PopStateUnhandledEvent":
            return PoppedUnhandled(step=s, state=e.text("state"), event=e.event(), **e.machine())
        case "ExceptionThrown" | "ExceptionHandled":
            cls3 = ExceptionThrown if e.type == "ExceptionThrown" else ExceptionHandled
            return cls3(
                step=s,
                state=e.text("state", ""),
                action=e.text("action", ""),
                exception=e.text("exception", ""),
                **e.machine(),
            )
        case "Halt":
            size = e.details.get("haltInboxSize", 0)
            return MachineHalted(
                step=s, inbox_size=size if isinstance(size, int) else 0, **e.machine()
            )
        case _:
            return _monitor_or_other(e)


def entry_event(index: int, entry_type: str, details: dict[str, Any]) -> TraceEvent | None:
    """The event of one JSON trace entry (None for entries that carry none), for readers
    that walk the entries themselves (conformance checking keeps each entry's line)."""
    return _event_of(_Entry(index, entry_type, details))


def _message_event(e: _Entry) -> TraceEvent:
    s = UNKNOWN_STEP
    match e.type:
        case "RaiseEvent" | "DequeueEvent":
            cls2 = EventRaised if e.type == "RaiseEvent" else EventDequeued
            return cls2(
                step=s, state=e.text("state"), event=e.event(), payload=e.payload(), **e.machine()
            )
        case "ReceiveEvent":
            return EventReceived(
                step=s,
                state=e.text("state"),
                event=e.event(),
                payload=e.payload(),
                was_blocked=e.flag("wasBlocked"),
                **e.machine(),
            )
        case _:
            target = e.text("target")
            return EventSent(
                step=s,
                state=e.text("state", ""),
                event=e.event(),
                payload=e.payload(),
                target=target,
                target_id=split_display_id(target)[0],
                target_halted=e.flag("isTargetHalted"),
                **e.machine("sender"),
            )


def _waiting(e: _Entry) -> TraceEvent:
    if e.type == "WaitEvent":
        awaited: tuple[str, ...] = (event_from_p_name(e.text("eventType")),)
        state = e.text("state", "")
    else:
        names = e.details.get("eventTypes")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise e.error("'eventTypes' must be an array of strings")
        awaited = tuple(event_from_p_name(n) for n in names)
        found = re.search(r"in state '([^']*)'\.$", e.text("log", ""))
        state = found.group(1) if found else ""
    return ReceiveWaiting(step=UNKNOWN_STEP, state=state, awaited=awaited, **e.machine())


def _monitor_or_other(e: _Entry) -> TraceEvent | None:
    s = UNKNOWN_STEP
    match e.type:
        case "MonitorStateTransition":
            hot = e.details.get("isInHotState")
            temperature = (
                Temperature.WARM
                if not isinstance(hot, bool)
                else (Temperature.HOT if hot else Temperature.COLD)
            )
            cls = MonitorStateEntered if e.flag("isEntry") else MonitorStateExited
            monitor = strip_namespace(e.text("monitor"))
            return cls(step=s, monitor=monitor, state=e.text("state"), temperature=temperature)
        case "MonitorProcessEvent":
            return MonitorProcessed(
                step=s,
                monitor=strip_namespace(e.text("monitor")),
                state=e.text("state"),
                event=e.event(),
                payload=e.payload(),
                sender=e.opt_str("sender"),
            )
        case "MonitorRaiseEvent":
            monitor, state = strip_namespace(e.text("monitor")), e.text("state")
            if e.event() == GOTO_EVENT:
                return MonitorGoto(step=s, monitor=monitor, state=state, to_state=None)
            return MonitorRaised(
                step=s, monitor=monitor, state=state, event=e.event(), payload=e.payload()
            )
        case "Print":
            return Printed(step=s, text=e.text("log", ""))
        case "Announce":
            return Announced(step=s, event=e.event(), payload=e.payload(), **e.machine())
        case "AssertionFailure":
            message = e.opt_str("error") or e.text("log", "")
            return BugFound(step=s, bug_kind=classify_bug_message(message), message=message)
        case _ if e.type in _IGNORED_TYPES:
            return None
        case _:
            raise e.error("unknown entry type")


def _parse_entries(text: str) -> list[_Entry]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TraceFormatError(
            exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"
        ) from None
    if not isinstance(data, list):
        raise TraceFormatError(0, "a JSON trace must be an array of entries")
    entries: list[_Entry] = []
    for index, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise TraceFormatError(0, f"entry {index}: expected an object with a string 'type'")
        details = item.get("details", {})
        if not isinstance(details, dict):
            raise TraceFormatError(0, f"entry {index}: 'details' must be an object")
        entries.append(_Entry(index, item["type"], details))
    return entries


def load_json_trace(text: str) -> Trace:
    """A `Trace` from a JSON trace: the events plus the strategy and bug."""
    events: list[TraceEvent] = []
    types: dict[int, str] = {}
    strategy = description = ""
    for entry in _parse_entries(text):
        if entry.type == "StrategyDescription":
            strategy = entry.opt_str("strategy") or ""
            description = entry.opt_str("strategyDescription") or ""
        creator, creator_type = entry.opt_str("creatorName"), entry.opt_str("creatorType")
        if entry.type == "CreateStateMachine" and creator and creator_type:
            types[split_display_id(creator)[0]] = creator_type
        event = _event_of(entry)
        if event is not None:
            events.append(event)
    bugs = [e for e in events if isinstance(e, BugFound)]
    return Trace(
        test_name="",
        strategy=strategy,
        strategy_description=description,
        events=tuple(refine_imported(events, types)),
        bug=Bug(bugs[0].bug_kind, bugs[0].message) if bugs else None,
    )


def read_json_trace(text: str) -> list[TraceEvent]:
    """The events of a JSON trace (see `load_json_trace` for the metadata)."""
    return list(load_json_trace(text).events)


__all__ = [
    "entry_event",
    "json_entries",
    "load_json_trace",
    "read_json_trace",
    "value_from_json",
    "write_json_trace",
]
