"""`TraceCursor`: the trace debugger's logic, with no user interface.

The debugger replays a recorded `Trace` one event at a time. Everything it shows is
computed here, headless, so it is unit-tested without Textual and any front end (the TUI
view, a future web view) only draws:

* `TraceTimeline` (computed once per trace): one *lane* per machine and per monitor, in
  creation order (the columns of a sequence diagram), the lane of every event, and the
  *messages*: each `sent` event paired with the `dequeued`/`received` event that took it
  out of the receiver's inbox (the arrows), or with nothing when it was dropped (the target
  had halted) or was still queued when the trace ended.
* `TraceCursor`: a position over the events with the moves a debugger offers (step, jump,
  next event of a machine, next message, the bug) and the world at the position: every
  machine's state, variables and inbox and every monitor's state.

Which world goes with an event: the runtime records one `WorldSnapshot` per scheduling step
(the world when the step had finished), so the cursor shows the snapshot of the current
event's step, and the previous step's snapshot tells what that step changed. Traces read
from P's own files carry no snapshots and no steps; for them the cursor *derives* a world
from the events up to and including the current one (states from state entries, inboxes
from the message pairing, halts), without variables, and says so (`world_is_derived`).

Pairing sends with receives: P inboxes are FIFO but `defer` and `receive` can take a later
event first, so a dequeue of event `e` by machine `m` takes the oldest pending send of `e`
to `m`. A halt drops what was still pending for the halted machine.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import StrEnum

from pide.core.fastdataclass import dataclass, field
from pide.core.source import Span
from pide.core.trace.events import (
    UNKNOWN_STEP,
    BugFound,
    EventDequeued,
    EventEnqueued,
    EventReceived,
    EventSent,
    GotoTransition,
    MachineCreated,
    MachineHalted,
    MonitorCreated,
    MonitorStateEntered,
    Printed,
    ReceiveWaiting,
    StateEntered,
    Temperature,
    TraceEvent,
)
from pide.core.trace.model import (
    MachineSnapshot,
    MachineStatus,
    MonitorSnapshot,
    Trace,
    WorldSnapshot,
)


class LaneKind(StrEnum):
    MACHINE = "machine"
    MONITOR = "monitor"


@dataclass(frozen=True, slots=True)
class Lane:
    """One column of the timeline: a machine (`name` its display id, e.g. `Client(4)`) or a
    monitor (its declaration name). `events` are the indices of the lane's events."""

    name: str
    kind: LaneKind
    type: str
    events: tuple[int, ...]
    machine_id: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """One sent event and what became of it. `receive` is the index of the `dequeued` or
    `received` event that took it (None if it never was); `dropped` means the target had
    halted (at the send, or before taking it)."""

    send: int
    sender: str
    target: str
    target_id: int
    event: str
    enqueue: int | None = None
    receive: int | None = None
    dropped_at: int | None = None
    """Index of the send (target already halted) or of the target's halt that dropped it."""

    @property
    def dropped(self) -> bool:
        return self.dropped_at is not None

    def in_flight(self, index: int) -> bool:
        """Sent at or before event `index` and still in the target's inbox after it."""
        if self.send > index or self.dropped_at == self.send:
            return False
        taken = self.receive is not None and self.receive <= index
        lost = self.dropped_at is not None and self.dropped_at <= index
        return not (taken or lost)


def event_lane(event: TraceEvent) -> str | None:
    """The lane an event belongs to: its machine, or its monitor; None for the test driver's
    prints and for bugs not tied to a machine."""
    if isinstance(event, Printed | BugFound):
        return event.machine
    name = getattr(event, "monitor", None) or getattr(event, "machine", None)
    return None if name is None else str(name)


@dataclass(frozen=True, slots=True)
class TraceTimeline:
    """Lanes and messages of a trace (see the module docstring)."""

    lanes: tuple[Lane, ...]
    lane_of: tuple[int | None, ...]
    """Index into `lanes` of each event's lane (None: no lane)."""
    messages: tuple[Message, ...]
    message_at: dict[int, Message] = field(default_factory=dict)
    """Event index (send, enqueue or receive) -> its message."""

    @staticmethod
    def of(trace: Trace) -> TraceTimeline:
        lanes: dict[str, tuple[LaneKind, str, int | None]] = {}
        lane_events: dict[str, list[int]] = {}
        lane_names: list[str | None] = []
        for index, event in enumerate(trace.events):
            name = event_lane(event)
            lane_names.append(name)
            if name is None:
                continue
            if name not in lanes:
                lanes[name] = _lane_identity(trace, event, name)
            lane_events.setdefault(name, []).append(index)
        # Machines first (creation order), then monitors: the sequence diagram's columns.
        ordered = sorted(lanes, key=lambda n: lanes[n][0] != LaneKind.MACHINE)
        built = tuple(
            Lane(n, lanes[n][0], lanes[n][1], tuple(lane_events[n]), lanes[n][2]) for n in ordered
        )
        position = {lane.name: i for i, lane in enumerate(built)}
        lane_of = tuple(None if n is None else position[n] for n in lane_names)
        messages = _pair_messages(trace.events)
        message_at: dict[int, Message] = {}
        for message in messages:
            for at in (message.send, message.enqueue, message.receive):
                if at is not None:
                    message_at[at] = message
        return TraceTimeline(built, lane_of, messages, message_at)

    def lane_named(self, name: str) -> int | None:
        return next((i for i, lane in enumerate(self.lanes) if lane.name == name), None)


def _lane_identity(trace: Trace, event: TraceEvent, name: str) -> tuple[LaneKind, str, int | None]:
    """Kind, type and machine id of the lane `name`, from the first event that tells: a
    print or a bug names its machine without saying what it is."""
    for candidate in (event, *trace.events):
        if getattr(candidate, "monitor", None) == name:
            return LaneKind.MONITOR, "spec", None
        machine_type = getattr(candidate, "machine_type", None)
        if getattr(candidate, "machine", None) == name and machine_type is not None:
            return LaneKind.MACHINE, str(machine_type), int(getattr(candidate, "machine_id", 0))
    return LaneKind.MACHINE, "", None


def _pair_messages(events: Sequence[TraceEvent]) -> tuple[Message, ...]:
    """Pair every send with the enqueue and the dequeue/receive of the same message."""
    found: list[Message] = []
    pending: dict[int, list[int]] = {}  # target machine id -> indices into `found`

    for index, event in enumerate(events):
        match event:
            case EventSent():
                found.append(
                    Message(
                        index,
                        event.machine,
                        event.target,
                        event.target_id,
                        event.event,
                        dropped_at=index if event.target_halted else None,
                    )
                )
                if not event.target_halted:
                    pending.setdefault(event.target_id, []).append(len(found) - 1)
            case EventEnqueued():
                queue = pending.get(event.machine_id, [])
                for position in reversed(queue):
                    message = found[position]
                    if message.event == event.event and message.enqueue is None:
                        found[position] = replace(message, enqueue=index)
                        break
            case EventDequeued() | EventReceived():
                queue = pending.get(event.machine_id, [])
                for k, position in enumerate(queue):
                    if found[position].event == event.event:
                        found[position] = replace(found[position], receive=index)
                        del queue[k]
                        break
            case MachineHalted():
                for position in pending.pop(event.machine_id, []):
                    found[position] = replace(found[position], dropped_at=index)
            case _:
                pass
    return tuple(found)


def _is_message(event: TraceEvent) -> bool:
    return isinstance(event, EventSent | EventDequeued | EventReceived)


class TraceCursor:
    """A position over a trace's events, the moves between them and the world at each.

    `index` is always a valid event index (0 for an empty trace, where `event` is None).
    Every move returns whether the position changed, so a front end can ring a bell at
    the ends instead of redrawing.
    """

    def __init__(self, trace: Trace, index: int = 0) -> None:
        self.trace = trace
        self.timeline = TraceTimeline.of(trace)
        self._steps = [event.step for event in trace.events]
        self._stepped = any(step != UNKNOWN_STEP for step in self._steps)
        self._derived: dict[int, WorldSnapshot] = {}
        self.index = 0
        self.go_to(index)

    # --- position ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.trace.events)

    @property
    def event(self) -> TraceEvent | None:
        events = self.trace.events
        return events[self.index] if events else None

    @property
    def step(self) -> int | None:
        """The current event's scheduling step (None when the trace does not record steps)."""
        event = self.event
        return event.step if event is not None and event.step != UNKNOWN_STEP else None

    @property
    def span(self) -> Span | None:
        event = self.event
        return event.span if event is not None else None

    @property
    def lane(self) -> Lane | None:
        """The lane (machine or monitor) of the current event."""
        if not self.trace.events:
            return None
        position = self.timeline.lane_of[self.index]
        return None if position is None else self.timeline.lanes[position]

    @property
    def message(self) -> Message | None:
        """The message the current event sends, enqueues or takes, if any."""
        return self.timeline.message_at.get(self.index)

    @property
    def bug_index(self) -> int | None:
        """Index of the trace's `bug` event (the last one), or None."""
        for index in range(len(self.trace.events) - 1, -1, -1):
            if isinstance(self.trace.events[index], BugFound):
                return index
        return None

    # --- moves --------------------------------------------------------------------------

    def go_to(self, index: int) -> bool:
        """Move to `index`, clamped to the trace."""
        target = max(0, min(index, len(self.trace.events) - 1)) if self.trace.events else 0
        moved = target != self.index
        self.index = target
        return moved

    def forward(self, count: int = 1) -> bool:
        return self.go_to(self.index + count)

    def back(self, count: int = 1) -> bool:
        return self.go_to(self.index - count)

    def to_start(self) -> bool:
        return self.go_to(0)

    def to_end(self) -> bool:
        return self.go_to(len(self.trace.events) - 1)

    def to_bug(self) -> bool:
        """Move to the bug event; False (and no move) when the trace has none."""
        index = self.bug_index
        return index is not None and self.go_to(index)

    def to_step(self, step: int) -> bool:
        """Move to the first event of scheduling step `step` or later (or the last event)."""
        if not self._stepped:
            return False
        position = next(
            (i for i, s in enumerate(self._steps) if s >= step), len(self.trace.events) - 1
        )
        return self.go_to(position)

    def _find(self, direction: int, accept: Callable[[int], bool]) -> bool:
        index = self.index + direction
        while 0 <= index < len(self.trace.events):
            if accept(index):
                return self.go_to(index)
            index += direction
        return False

    def next_in_lane(self, lane: str | None = None) -> bool:
        """The next event of machine/monitor `lane` (default: the current event's lane)."""
        return self._lane_move(1, lane)

    def previous_in_lane(self, lane: str | None = None) -> bool:
        return self._lane_move(-1, lane)

    def _lane_move(self, direction: int, lane: str | None) -> bool:
        position = self.timeline.lane_named(lane) if lane is not None else self._lane_position()
        if position is None:
            return False
        events = self.timeline.lanes[position].events
        if direction > 0:
            k = bisect.bisect_right(events, self.index)
            return k < len(events) and self.go_to(events[k])
        k = bisect.bisect_left(events, self.index) - 1
        return k >= 0 and self.go_to(events[k])

    def _lane_position(self) -> int | None:
        return self.timeline.lane_of[self.index] if self.trace.events else None

    def next_message(self) -> bool:
        """The next send, dequeue or receive of any machine."""
        return self._find(1, lambda i: _is_message(self.trace.events[i]))

    def previous_message(self) -> bool:
        return self._find(-1, lambda i: _is_message(self.trace.events[i]))

    def to_partner(self) -> bool:
        """From a send to the event that took the message, and back."""
        message = self.message
        if message is None:
            return False
        if self.index == message.receive:
            return self.go_to(message.send)
        return message.receive is not None and self.go_to(message.receive)

    # --- the world ------------------------------------------------------------------------

    @property
    def world_is_derived(self) -> bool:
        """True when the trace has no snapshots and the world is rebuilt from events
        (machine variables are then unknown)."""
        return not self.trace.snapshots

    @property
    def world(self) -> WorldSnapshot | None:
        """Every machine and monitor at the cursor (see the module docstring)."""
        if not self.trace.events:
            return None
        if self.trace.snapshots:
            step = self.trace.events[self.index].step
            return self.trace.snapshot_at(step) if step != UNKNOWN_STEP else None
        return self._derived_world(self.index)

    @property
    def previous_world(self) -> WorldSnapshot | None:
        """The world before the current event's step (before the current event, for a
        derived world): what `changed` compares with."""
        if not self.trace.events:
            return None
        if self.trace.snapshots:
            step = self.trace.events[self.index].step
            return self.trace.snapshot_at(step - 1) if step != UNKNOWN_STEP else None
        return self._derived_world(self.index - 1) if self.index > 0 else None

    def changed(self) -> set[str]:
        """Names of the machines and monitors whose snapshot differs from `previous_world`
        (all of them are new at the start)."""
        now, before = self.world, self.previous_world
        if now is None:
            return set()
        old: dict[str, MachineSnapshot | MonitorSnapshot] = {}
        if before is not None:
            old.update((m.name, m) for m in before.machines)
            old.update((m.name, m) for m in before.monitors)
        items: list[MachineSnapshot | MonitorSnapshot] = [*now.machines, *now.monitors]
        return {item.name for item in items if old.get(item.name) != item}

    def _derived_world(self, upto: int) -> WorldSnapshot:
        cached = self._derived.get(upto)
        if cached is None:
            cached = derive_world(self.trace.events, self.timeline, upto)
            self._derived[upto] = cached
        return cached


def derive_world(events: Sequence[TraceEvent], timeline: TraceTimeline, upto: int) -> WorldSnapshot:
    """The world after events[0..upto] as far as the events tell: machines with their
    state, status and inbox (no variables), monitors with their state and temperature."""
    machines: dict[int, MachineSnapshot] = {}
    monitors: dict[str, MonitorSnapshot] = {}
    for index in range(upto + 1):
        event = events[index]
        match event:
            case MachineCreated():
                machines[event.machine_id] = MachineSnapshot(
                    event.machine_id,
                    event.machine,
                    event.machine_type,
                    "",
                    MachineStatus.ACTIVE,
                )
            case StateEntered() | GotoTransition() | ReceiveWaiting() | EventReceived():
                old = machines.get(event.machine_id)
                if old is None:
                    continue
                state = event.to_state if isinstance(event, GotoTransition) else event.state
                status = (
                    MachineStatus.BLOCKED
                    if isinstance(event, ReceiveWaiting)
                    else MachineStatus.ACTIVE
                )
                machines[event.machine_id] = MachineSnapshot(
                    old.id, old.name, old.type, state, status
                )
            case MachineHalted():
                old = machines.get(event.machine_id)
                if old is not None:
                    machines[event.machine_id] = MachineSnapshot(
                        old.id, old.name, old.type, old.state, MachineStatus.HALTED
                    )
            case MonitorCreated():
                monitors[event.monitor] = MonitorSnapshot(event.monitor, "", Temperature.WARM)
            case MonitorStateEntered():
                monitors[event.monitor] = MonitorSnapshot(
                    event.monitor, event.state, event.temperature
                )
            case _:
                pass
    inboxes: dict[int, list[tuple[str, object]]] = {}
    for message in timeline.messages:
        if message.in_flight(upto):
            payload = getattr(events[message.send], "payload", None)
            inboxes.setdefault(message.target_id, []).append((message.event, payload))
    built = tuple(
        MachineSnapshot(
            m.id, m.name, m.type, m.state, m.status, (), tuple(inboxes.get(m.id, ())), None
        )
        for _, m in sorted(machines.items())
    )
    return WorldSnapshot(UNKNOWN_STEP, built, tuple(monitors.values()))
