"""Trace events and values as short human text, for the debugger and diagram exports.

P's own trace lines (`ptext`) are long and fixed by the reference ("'Client(4)' in state
'Banking' sent event 'eDepositReq with payload (...)' to 'BankServer(3)'."). The debugger
shows the actor in its own column, so here each event says only what happened, in a
few words (`send eDepositReq (amount=50) → BankServer(3)`); `describe_event(..., actor=True)`
prefixes the machine or monitor for places without columns. One function per concern keeps
the wording in one place for the TUI, the exports and their tests.
"""

from __future__ import annotations

import json
from typing import Any, assert_never

from pide.core.trace.events import (
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
    MachineCreated,
    MachineHalted,
    MonitorCreated,
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
    TraceEvent,
)


def format_value(value: Any, limit: int | None = None) -> str:
    """A runtime value as P writes it (`map{1: 100}`, `(id=7, ok=true)`), strings quoted;
    cut to `limit` characters with `…` when given."""
    if value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    return text


def with_payload(event: str, payload: Any, limit: int | None = 40) -> str:
    """`eReq` or `eReq (id=7)`: an event name and its payload, if it has one."""
    if payload is None:
        return event
    return f"{event} {format_value(payload, limit)}"


def event_actor(event: TraceEvent) -> str | None:
    """The machine or monitor that did `event` (None for the test driver)."""
    if isinstance(event, Printed | BugFound):
        return event.machine
    name = getattr(event, "monitor", None) or getattr(event, "machine", None)
    return None if name is None else str(name)


def describe_event(event: TraceEvent, *, actor: bool = False, limit: int | None = 40) -> str:
    """What `event` did, in a few words; `actor` prefixes who did it (`Client(4): ...`);
    payloads are cut to `limit` characters."""
    text = _describe(event, limit)
    who = event_actor(event) if actor else None
    return f"{who}: {text}" if who else text


def _describe(event: TraceEvent, limit: int | None) -> str:
    match event:
        case MachineCreated():
            by = f" by {event.creator}" if event.creator else ""
            arg = f" with {format_value(event.payload, limit)}" if event.payload is not None else ""
            return f"created as {event.machine_type}{by}{arg}"
        case MonitorCreated():
            return "spec created"
        case StateEntered():
            return f"enter {event.state}"
        case StateExited():
            return f"exit {event.state}"
        case GotoTransition():
            return f"goto {event.to_state} (from {event.from_state})"
        case EventRaised():
            return f"raise {with_payload(event.event, event.payload, limit)}"
        case EventSent():
            dropped = " (dropped: target halted)" if event.target_halted else ""
            sent = with_payload(event.event, event.payload, limit)
            return f"send {sent} → {event.target}{dropped}"
        case EventEnqueued():
            source = f" from {event.sender}" if event.sender else ""
            return f"queue {event.event}{source}"
        case EventDequeued():
            return f"dequeue {with_payload(event.event, event.payload, limit)} in {event.state}"
        case ReceiveWaiting():
            return f"wait in receive for {', '.join(event.awaited)}"
        case EventReceived():
            return f"receive {with_payload(event.event, event.payload, limit)} in {event.state}"
        case DefaultHandler():
            return f"null handler in {event.state}"
        case PoppedUnhandled():
            return f"{event.event} unhandled in {event.state}"
        case ExceptionThrown():
            action = f" in {event.action}" if event.action else ""
            return f"threw {event.exception}{action}"
        case ExceptionHandled():
            return f"handled {event.exception}"
        case MachineHalted():
            lost = f", {event.inbox_size} queued event(s) dropped" if event.inbox_size else ""
            return f"halted{lost}"
        case RandomChoice():
            return f"choice: {format_value(event.value)}"
        case MonitorStateEntered():
            return f"enter {event.state} ({event.temperature})"
        case MonitorStateExited():
            return f"exit {event.state}"
        case MonitorProcessed():
            source = f" from {event.sender}" if event.sender else ""
            return f"observe {with_payload(event.event, event.payload, limit)}{source}"
        case MonitorRaised():
            return f"raise {with_payload(event.event, event.payload, limit)}"
        case MonitorGoto():
            return f"goto {event.to_state or '?'} (from {event.state})"
        case Printed():
            return f"print {format_value(event.text, limit)}"
        case Announced():
            return f"announce {with_payload(event.event, event.payload, limit)}"
        case BugFound():
            return f"BUG ({event.bug_kind}): {event.message}"
        case _:
            assert_never(event)
