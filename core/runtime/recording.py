"""Trace recording: the runtime's events as `pide.core.trace` events, plus world snapshots.

Recording is off on the hot path (`Runtime.rec is None`): the checker re-runs a buggy
schedule with a `Recorder` attached to produce its `Trace`. Nothing here is fast, because
nothing here runs more than once per reported bug.

Source spans come from the Python stack: the generated module maps each line to the P
statement it came from, so the innermost generated frame names the statement that caused
an event without the compiled code passing spans around.
"""

from __future__ import annotations

import sys
from typing import Any

from pide.core.runtime.machine import BLOCKED, HALTED, IDLE
from pide.core.runtime.structures import StateInfo
from pide.core.source import Span
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
    Temperature,
    TraceEvent,
)
from pide.core.trace.model import (
    Bug,
    MachineSnapshot,
    MachineStatus,
    MonitorSnapshot,
    WorldSnapshot,
)

_STATUS = {IDLE: MachineStatus.IDLE, BLOCKED: MachineStatus.BLOCKED, HALTED: MachineStatus.HALTED}


def _who(m: Any) -> dict[str, Any]:
    return {"machine": m.name, "machine_id": m.id, "machine_type": m.type.name}


class Recorder:
    """Collects the events and snapshots of one schedule."""

    def __init__(self) -> None:
        self.events: list[TraceEvent] = []
        self.snapshots: list[WorldSnapshot] = []
        self.rt: Any = None
        self._machine_cache: dict[int, tuple[tuple[Any, ...], MachineSnapshot]] = {}
        self._monitor_cache: dict[int, tuple[tuple[Any, ...], MonitorSnapshot]] = {}

    def attach(self, rt: Any) -> None:
        self.rt = rt

    @property
    def step(self) -> int:
        return max(len(self.rt.sched) - 1, 0)

    def site(self) -> Span | None:
        """The span of the innermost P statement on the Python stack."""
        filename = self.rt.compiled.filename
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename == filename:
                return self.rt.compiled.span_of_line(frame.f_lineno)  # type: ignore[no-any-return]
            frame = frame.f_back  # type: ignore[assignment]
        return None

    def add(self, event: TraceEvent) -> None:
        self.events.append(event)

    # -- machines ---------------------------------------------------------------------------

    def machine_created(self, m: Any, creator: Any, payload: Any) -> None:
        self.add(
            MachineCreated(
                step=self.step,
                creator=None if creator is None else creator.name,
                creator_type=None if creator is None else creator.type.name,
                payload=payload,
                span=self.site(),
                **_who(m),
            )
        )

    def state_entered(self, m: Any, st: StateInfo) -> None:
        self.add(StateEntered(step=self.step, state=st.name, span=st.span, **_who(m)))

    def state_exited(self, m: Any, st: StateInfo) -> None:
        self.add(StateExited(step=self.step, state=st.name, span=st.span, **_who(m)))

    def goto(self, m: Any, st: StateInfo, target: StateInfo, payload: Any) -> None:
        self.add(
            GotoTransition(
                step=self.step,
                from_state=st.name,
                to_state=target.name,
                payload=payload,
                span=self.site(),
                **_who(m),
            )
        )

    def raised(self, m: Any, event: str, payload: Any) -> None:
        self.add(
            EventRaised(
                step=self.step,
                state=m.state.name,
                event=event,
                payload=payload,
                span=self.site(),
                **_who(m),
            )
        )

    def dequeued(self, m: Any, event: str, payload: Any) -> None:
        self.add(
            EventDequeued(
                step=self.step, state=m.state.name, event=event, payload=payload, **_who(m)
            )
        )

    def default_handler(self, m: Any) -> None:
        self.add(DefaultHandler(step=self.step, state=m.state.name, **_who(m)))

    def popped(self, m: Any, st: StateInfo, event: str) -> None:
        self.add(PoppedUnhandled(step=self.step, state=st.name, event=event, **_who(m)))

    def exception(self, m: Any, st: StateInfo, *, handled: bool) -> None:
        cls = ExceptionHandled if handled else ExceptionThrown
        self.add(
            cls(
                step=self.step,
                state=st.name,
                action="",
                exception="UnhandledEventException",
                **_who(m),
            )
        )

    def halted(self, m: Any, dropped: int) -> None:
        self.add(MachineHalted(step=self.step, inbox_size=dropped, **_who(m)))

    def choice(self, m: Any, value: bool | int) -> None:
        self.add(RandomChoice(step=self.step, value=value, span=self.site(), **_who(m)))

    # -- messages ---------------------------------------------------------------------------

    def sent(self, m: Any, target: Any, event: str, payload: Any, *, halted: bool) -> None:
        self.add(
            EventSent(
                step=self.step,
                state=m.state.name,
                event=event,
                payload=payload,
                target=target.name,
                target_id=target.id,
                target_halted=halted,
                span=self.site(),
                **_who(m),
            )
        )

    def enqueued(self, target: Any, event: str, payload: Any, sender: Any) -> None:
        self.add(
            EventEnqueued(
                step=self.step, event=event, payload=payload, sender=sender.name, **_who(target)
            )
        )

    def received(self, m: Any, event: str, payload: Any, *, was_blocked: bool) -> None:
        self.add(
            EventReceived(
                step=self.step,
                state=m.state.name,
                event=event,
                payload=payload,
                was_blocked=was_blocked,
                **_who(m),
            )
        )

    def receive_waiting(self, m: Any, awaited: tuple[str, ...]) -> None:
        self.add(
            ReceiveWaiting(
                step=self.step, state=m.state.name, awaited=awaited, span=self.site(), **_who(m)
            )
        )

    def announced(self, m: Any, event: str, payload: Any) -> None:
        self.add(
            Announced(step=self.step, event=event, payload=payload, span=self.site(), **_who(m))
        )

    def printed(self, m: Any, text: str) -> None:
        self.add(Printed(step=self.step, text=text, machine=m.name, span=self.site()))

    # -- monitors ---------------------------------------------------------------------------

    def monitor_created(self, mon: Any) -> None:
        self.add(MonitorCreated(step=self.step, monitor=mon.name, span=mon.type.ir.span))

    def monitor_state(self, mon: Any, st: StateInfo, *, entered: bool) -> None:
        cls = MonitorStateEntered if entered else MonitorStateExited
        temperature = Temperature(st.temperature)
        self.add(
            cls(
                step=self.step,
                monitor=mon.name,
                state=st.name,
                temperature=temperature,
                span=st.span,
            )
        )

    def monitor_processed(self, mon: Any, event: str, payload: Any, sender: Any) -> None:
        self.add(
            MonitorProcessed(
                step=self.step,
                monitor=mon.name,
                state=mon.state.name,
                event=event,
                payload=payload,
                sender=sender.name,
                span=self.site(),
            )
        )

    def monitor_raised(self, mon: Any, event: str, payload: Any) -> None:
        self.add(
            MonitorRaised(
                step=self.step,
                monitor=mon.name,
                state=mon.state.name,
                event=event,
                payload=payload,
                span=self.site(),
            )
        )

    def monitor_goto(self, mon: Any, target: StateInfo, payload: Any) -> None:
        self.add(
            MonitorGoto(
                step=self.step,
                monitor=mon.name,
                state=mon.state.name,
                to_state=target.name,
                payload=payload,
                span=self.site(),
            )
        )

    # -- end --------------------------------------------------------------------------------

    def bug(self, bug: Bug) -> None:
        self.add(
            BugFound(
                step=self.step,
                bug_kind=bug.kind,
                message=bug.message,
                machine=bug.machine,
                state=bug.state,
                span=bug.span,
            )
        )

    def finish(self, step: int) -> None:
        self.snapshot(max(step, 0))

    def snapshot(self, step: int) -> None:
        """Record the world as it is after `step` (sharing unchanged machine snapshots)."""
        rt = self.rt
        machines = tuple(self._machine(m) for m in rt.machines[1:])
        monitors = tuple(self._monitor(mon) for mon in rt.monitors)
        snap = WorldSnapshot(step, machines, monitors)
        if self.snapshots and self.snapshots[-1].step == step:
            self.snapshots[-1] = snap
        else:
            self.snapshots.append(snap)

    def _machine(self, m: Any) -> MachineSnapshot:
        awaiting = m.awaiting.logged if m.status == BLOCKED and m.awaiting is not None else None
        key = (m.state, m.status, awaiting, *m.fields, *m.inbox)
        cached = self._machine_cache.get(m.id)
        if cached is not None and _same(cached[0], key):
            return cached[1]
        snap = MachineSnapshot(
            id=m.id,
            name=m.name,
            type=m.type.name,
            state=m.state.name,
            status=_STATUS.get(m.status, MachineStatus.ACTIVE),
            fields=tuple(zip(m.type.field_names, m.fields)),
            inbox=tuple(m.inbox),
            awaiting=awaiting,
        )
        self._machine_cache[m.id] = (key, snap)
        return snap

    def _monitor(self, mon: Any) -> MonitorSnapshot:
        key = (mon.state, mon.hot_steps, *mon.fields)
        cached = self._monitor_cache.get(mon.index)
        if cached is not None and _same(cached[0], key):
            return cached[1]
        snap = MonitorSnapshot(
            name=mon.name,
            state=mon.state.name,
            temperature=Temperature(mon.state.temperature),
            fields=tuple(zip(mon.type.field_names, mon.fields)),
            hot_steps=mon.hot_steps,
        )
        self._monitor_cache[mon.index] = (key, snap)
        return snap


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))
