"""Trace events: what happened during one schedule, one immutable record per happening.

The runtime appends events while it executes a schedule; the debugger walks them; the codecs
write them in P's text and JSON trace formats and in pide's own lossless format. Each kind is
a frozen slotted dataclass (cheap, hashable, safe to share between snapshots) and
`TraceEvent` is their union, so consumers `match` on it and mypy proves they cover every
kind (`assert_never`).

Conventions shared by all events:

* `step` is the index of the scheduling step during which the event happened (events read
  from P's trace files have no step information and carry `UNKNOWN_STEP`).
* `machine` is a machine's display id (`Client(4)`: the interface it was created through and
  its id), `machine_id` the number alone, `machine_type` its declared machine type. For a
  send, `machine` is the sender. Monitors are named by their declaration name.
* Event names are P names: the halt event is `halt` and the null event `null` (the P formats
  write `PHalt` and `DefaultEvent`; the codecs translate).
* `payload` is a runtime value (`pide.core.runtime.values`) or None.
* `span` is the source location of the statement that caused the event, when known.

Field names are part of pide's trace format (`pide_json`); renaming one is a format change.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar

from pide.core.fastdataclass import dataclass
from pide.core.source import Span

UNKNOWN_STEP = -1
"""`step` of events imported from P's trace files, which do not record steps."""


class EventKind(StrEnum):
    """Serialised names of the event kinds (`TraceEvent.kind`)."""

    MACHINE_CREATED = "machine_created"
    MONITOR_CREATED = "monitor_created"
    STATE_ENTERED = "state_entered"
    STATE_EXITED = "state_exited"
    GOTO = "goto"
    RAISED = "raised"
    SENT = "sent"
    ENQUEUED = "enqueued"
    DEQUEUED = "dequeued"
    RECEIVE_WAITING = "receive_waiting"
    RECEIVED = "received"
    DEFAULT_HANDLER = "default_handler"
    POPPED_UNHANDLED = "popped_unhandled"
    EXCEPTION_THROWN = "exception_thrown"
    EXCEPTION_HANDLED = "exception_handled"
    HALTED = "halted"
    RANDOM_CHOICE = "random_choice"
    MONITOR_STATE_ENTERED = "monitor_state_entered"
    MONITOR_STATE_EXITED = "monitor_state_exited"
    MONITOR_PROCESSED = "monitor_processed"
    MONITOR_RAISED = "monitor_raised"
    MONITOR_GOTO = "monitor_goto"
    PRINTED = "printed"
    ANNOUNCED = "announced"
    BUG = "bug"


class Temperature(StrEnum):
    """A monitor state's temperature."""

    HOT = "hot"
    COLD = "cold"
    WARM = "warm"


class BugKind(StrEnum):
    """Suggested values of `BugFound.kind` / `Bug.kind` (the fields are plain strings so the
    checker can add kinds; a StrEnum member is a str)."""

    ASSERTION = "assertion"
    UNHANDLED_EVENT = "unhandled_event"
    DEADLOCK = "deadlock"
    LIVENESS = "liveness"
    LIVENESS_TEMPERATURE = "liveness_temperature"
    MAX_STEPS = "max_steps"
    RUNTIME_ERROR = "runtime_error"


def classify_bug_message(message: str) -> BugKind:
    """Guess a bug's kind from the reference's message text (reference 8.9)."""
    if message.startswith("Assertion Failed"):
        return BugKind.ASSERTION
    if message.startswith("Deadlock detected."):
        return BugKind.DEADLOCK
    if "detected potential liveness bug" in message:
        return BugKind.LIVENESS_TEMPERATURE
    if "detected liveness bug" in message:
        return BugKind.LIVENESS
    if "that cannot be handled." in message:
        return BugKind.UNHANDLED_EVENT
    if message.startswith("Scheduling steps bound of"):
        return BugKind.MAX_STEPS
    return BugKind.RUNTIME_ERROR


@dataclass(frozen=True, slots=True)
class RawPayload:
    """A payload known only by its rendered text: what P's trace files give for values pide
    could not parse back. Prints (in every form) as that text."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True, kw_only=True)
class MachineCreated:
    """A machine was created (`creator` None: by the test driver, i.e. the main machine)."""

    kind: ClassVar[EventKind] = EventKind.MACHINE_CREATED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    creator: str | None = None
    creator_type: str | None = None
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorCreated:
    """A monitor was instantiated at test start."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_CREATED
    step: int
    monitor: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StateEntered:
    """A machine entered a state (before running its entry function)."""

    kind: ClassVar[EventKind] = EventKind.STATE_ENTERED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StateExited:
    """A machine exited a state (before running its exit function)."""

    kind: ClassVar[EventKind] = EventKind.STATE_EXITED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class GotoTransition:
    """A goto transition (statement or `on e goto`) started, before the source's exit."""

    kind: ClassVar[EventKind] = EventKind.GOTO
    step: int
    machine: str
    machine_id: int
    machine_type: str
    from_state: str
    to_state: str
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRaised:
    """`raise` executed in a machine."""

    kind: ClassVar[EventKind] = EventKind.RAISED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    event: str
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSent:
    """A send took effect (after its scheduling point); `machine` is the sender."""

    kind: ClassVar[EventKind] = EventKind.SENT
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    event: str
    payload: Any = None
    target: str
    target_id: int
    target_halted: bool = False
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventEnqueued:
    """An event reached `machine`'s inbox (or its blocked receive). pide-only: not written
    to P's formats."""

    kind: ClassVar[EventKind] = EventKind.ENQUEUED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    event: str
    payload: Any = None
    sender: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDequeued:
    """The event loop took an event from the inbox."""

    kind: ClassVar[EventKind] = EventKind.DEQUEUED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    event: str
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReceiveWaiting:
    """A `receive` blocked. `awaited` lists what it waits for as P logs it: the case events
    in case order, then `halt` unless a case lists it."""

    kind: ClassVar[EventKind] = EventKind.RECEIVE_WAITING
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    awaited: tuple[str, ...]
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReceived:
    """A `receive` obtained its event (`was_blocked`: it had blocked first)."""

    kind: ClassVar[EventKind] = EventKind.RECEIVED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    event: str
    payload: Any = None
    was_blocked: bool = False
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DefaultHandler:
    """An `on null` handler fired."""

    kind: ClassVar[EventKind] = EventKind.DEFAULT_HANDLER
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PoppedUnhandled:
    """An event was unhandled in `state` (logged right after the state's exit)."""

    kind: ClassVar[EventKind] = EventKind.POPPED_UNHANDLED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    event: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExceptionThrown:
    """A handler threw (`action` empty and `exception` `UnhandledEventException` for an
    unhandled event)."""

    kind: ClassVar[EventKind] = EventKind.EXCEPTION_THROWN
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    action: str
    exception: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExceptionHandled:
    """The runtime handled a thrown exception (an unhandled `halt`: the machine halts)."""

    kind: ClassVar[EventKind] = EventKind.EXCEPTION_HANDLED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    state: str
    action: str
    exception: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MachineHalted:
    """A machine halted, dropping `inbox_size` queued events."""

    kind: ClassVar[EventKind] = EventKind.HALTED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    inbox_size: int
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RandomChoice:
    """A `$`, `$$` or `choose()` (bool) or `choose(x)` (int: the number, or the index picked
    from a collection, exactly what the schedule records)."""

    kind: ClassVar[EventKind] = EventKind.RANDOM_CHOICE
    step: int
    machine: str
    machine_id: int
    machine_type: str
    value: bool | int
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorStateEntered:
    """A monitor entered a state (including its start state at test start)."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_STATE_ENTERED
    step: int
    monitor: str
    state: str
    temperature: Temperature
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorStateExited:
    """A monitor exited a state."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_STATE_EXITED
    step: int
    monitor: str
    state: str
    temperature: Temperature
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorProcessed:
    """A monitor received an observed event (sent or announced by `sender`)."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_PROCESSED
    step: int
    monitor: str
    state: str
    event: str
    payload: Any = None
    sender: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorRaised:
    """`raise` inside a monitor handler."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_RAISED
    step: int
    monitor: str
    state: str
    event: str
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonitorGoto:
    """`goto` inside a monitor handler (P logs it as a raise of `GotoStateEvent`; when read
    from P's files, `to_state` comes from the following state entry, if any)."""

    kind: ClassVar[EventKind] = EventKind.MONITOR_GOTO
    step: int
    monitor: str
    state: str
    to_state: str | None
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Printed:
    """`print` output; `machine` is the printing machine or monitor, when known."""

    kind: ClassVar[EventKind] = EventKind.PRINTED
    step: int
    text: str
    machine: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Announced:
    """`announce` executed."""

    kind: ClassVar[EventKind] = EventKind.ANNOUNCED
    step: int
    machine: str
    machine_id: int
    machine_type: str
    event: str
    payload: Any = None
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BugFound:
    """The schedule's first bug. `kind` is a `BugKind` value (or a checker-defined string);
    `message` the reference's message text (reference 8.9)."""

    kind: ClassVar[EventKind] = EventKind.BUG
    step: int
    bug_kind: str
    message: str
    machine: str | None = None
    state: str | None = None
    span: Span | None = None


LifecycleEvent = (
    MachineCreated
    | StateEntered
    | StateExited
    | GotoTransition
    | DefaultHandler
    | PoppedUnhandled
    | ExceptionThrown
    | ExceptionHandled
    | MachineHalted
    | RandomChoice
)
"""What a machine does to itself: creation, states, handler failures, halting, choices."""

MessageEvent = (
    EventRaised
    | EventSent
    | EventEnqueued
    | EventDequeued
    | ReceiveWaiting
    | EventReceived
    | Announced
)
"""A machine raising, sending, receiving or announcing an event."""

MonitorEvent = (
    MonitorCreated
    | MonitorStateEntered
    | MonitorStateExited
    | MonitorProcessed
    | MonitorRaised
    | MonitorGoto
)
"""What a spec monitor does."""

TraceEvent = LifecycleEvent | MessageEvent | MonitorEvent | Printed | BugFound
"""Every trace event kind."""

EVENT_CLASSES: dict[EventKind, type[TraceEvent]] = {
    cls.kind: cls
    for cls in (
        MachineCreated,
        MonitorCreated,
        StateEntered,
        StateExited,
        GotoTransition,
        EventRaised,
        EventSent,
        EventEnqueued,
        EventDequeued,
        ReceiveWaiting,
        EventReceived,
        DefaultHandler,
        PoppedUnhandled,
        ExceptionThrown,
        ExceptionHandled,
        MachineHalted,
        RandomChoice,
        MonitorStateEntered,
        MonitorStateExited,
        MonitorProcessed,
        MonitorRaised,
        MonitorGoto,
        Printed,
        Announced,
        BugFound,
    )
}
"""The class of each kind (the codecs' dispatch table)."""
