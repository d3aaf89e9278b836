"""Spec and scenario monitors (reference 8.8): synchronous observers of sends/announces.

A monitor never blocks and never creates a scheduling point, so it is plain code: observing
an event runs its handler to completion inside the sender's step, including any raise
(dispatched immediately in the monitor's current state) and goto (the transition happens
right after the handler is abandoned). Liveness bookkeeping (reference 8.11) lives here
too: entering a cold state resets the temperature, and while liveness checking is on the
runtime keeps the list of hot spec monitors so each step only touches those.

A *liveness-only* spec (`Runtime(spec_safety=False)`, the checker's synthesised
`DefaultImpl`) reports no safety bug: when one of its handlers fails (an assertion, an
unhandled event, a runtime error) it is detached for the rest of the schedule instead. It
moves to a copy of its current state that handles nothing, ignores everything and has no
temperature, so it can no longer report a liveness bug either, and a world snapshot tells
it apart from the attached monitor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pide.core.runtime.machine import call
from pide.core.runtime.signals import BugSignal, GotoSignal, RaiseSignal, Signal
from pide.core.runtime.structures import FnInfo, MachineType, StateInfo
from pide.core.trace.events import BugKind
from pide.core.trace.model import Bug

if TYPE_CHECKING:
    from pide.core.runtime.runtime import Runtime

MONITOR_RAISE_LIMIT = 100_000
"""Raises/gotos one observation may chain before the monitor is reported as looping."""


class MonitorInstance:
    """One attached monitor. `hot_steps` is its temperature (reference 8.11)."""

    __slots__ = (
        "dirty",
        "fields",
        "hot_steps",
        "index",
        "is_spec",
        "liveness_only",
        "journal",
        "name",
        "replaying",
        "rt",
        "snap",
        "state",
        "type",
        "watched",
    )

    def __init__(self, rt: Runtime, index: int, mtype: MachineType, watched: frozenset[str]):
        self.rt = rt
        self.index = index
        self.type = mtype
        self.name = mtype.name
        self.is_spec = mtype.is_spec
        self.liveness_only = mtype.is_spec and not rt.spec_safety
        self.watched = watched
        self.fields: list[Any] = list(mtype.field_defaults)
        assert mtype.start is not None
        self.state: StateInfo = mtype.start
        self.hot_steps = 0
        self.replaying = False
        self.journal = None
        self.dirty = True
        self.snap: Any = None

    def __repr__(self) -> str:
        return f"<monitor {self.name}>"

    def reset(self) -> None:
        """Back to the state before its start (a new schedule reuses the instance)."""
        self.fields[:] = self.type.field_defaults
        assert self.type.start is not None
        self.state = self.type.start
        self.hot_steps = 0
        self.dirty = True
        self.snap = None


def start_monitor(mon: MonitorInstance) -> None:
    """Enter the start state at test start (its entry runs without payload)."""
    if mon.rt.rec is not None:
        mon.rt.rec.monitor_created(mon)
    try:
        _run(mon, 0, "", None)
    except BugSignal:
        if not mon.liveness_only:
            raise
        detach(mon)


def observe(mon: MonitorInstance, event: str, payload: Any, sender: Any) -> None:
    """`mon` processes an event sent or announced by `sender` (a machine instance)."""
    try:
        _observe(mon, event, payload, sender)
    except BugSignal:
        if not mon.liveness_only:
            raise
        detach(mon)


class _Everything:
    """The ignore set of a detached monitor's state."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING: Any = _Everything()


def detach(mon: MonitorInstance) -> None:
    """A liveness-only spec failed a safety check: it stops observing (module docstring)."""
    st = mon.state
    detached = object.__new__(StateInfo)
    for slot in StateInfo.__slots__:
        setattr(detached, slot, getattr(st, slot))
    detached.handlers = {}
    detached.ignored = _EVERYTHING
    detached.temperature = "warm"
    detached.hot = detached.cold = False
    detached.entry = detached.exit = None
    mon.state = detached
    mon.hot_steps = 0
    mon.dirty = True
    if mon in mon.rt.hot:
        mon.rt.hot.remove(mon)


def _observe(mon: MonitorInstance, event: str, payload: Any, sender: Any) -> None:
    rt = mon.rt
    if rt.rec is not None:
        rt.rec.monitor_processed(mon, event, payload, sender)
    mon.dirty = True
    h = mon.state.handlers.get(event)
    if h is None or h.target is not None or h.fn is None:
        _run(mon, 1, event, payload)
        return
    # The common case, a `do` handler: no loop unless it raises or gotos.
    rt.cov[h.cov] = 1
    try:
        call(h.fn, mon, payload)
    except RaiseSignal as sig:
        if rt.rec is not None:
            rt.rec.monitor_raised(mon, sig.event, sig.payload)
        _run(mon, 1, sig.event, sig.payload)
    except GotoSignal as sig:
        target = mon.type.states[sig.state]
        if rt.rec is not None:
            rt.rec.monitor_goto(mon, target, sig.payload)
        _run(mon, 2, sig.state, sig.payload)
    except Signal:
        raise
    except Exception as exc:
        raise BugSignal(rt.error_bug(exc, mon)) from None


def _run(mon: MonitorInstance, action: int, event: str, payload: Any) -> None:
    """Process an event (action 1), the start (0) or a goto to state `event` (2), then
    every raise/goto that follows."""
    rt = mon.rt
    target: StateInfo | None = mon.type.states[event] if action == 2 else None
    for _ in range(MONITOR_RAISE_LIMIT):
        try:
            if action == 1:
                _dispatch(mon, event, payload)
            elif action == 0:
                assert mon.type.start is not None
                _enter(mon, mon.type.start, None)
            else:
                assert target is not None
                _transition(mon, mon.state, target, None, payload)
            return
        except RaiseSignal as sig:
            if rt.rec is not None:
                rt.rec.monitor_raised(mon, sig.event, sig.payload)
            event, payload, action = sig.event, sig.payload, 1
        except GotoSignal as sig:
            target, payload, action = mon.type.states[sig.state], sig.payload, 2
            if rt.rec is not None:
                rt.rec.monitor_goto(mon, target, payload)
        except Signal:
            raise
        except Exception as exc:
            raise BugSignal(rt.error_bug(exc, mon)) from None
    message = (
        f"{mon.name} in state '{mon.state.name}' processed more than {MONITOR_RAISE_LIMIT} "
        "raised events and gotos for one observed event (a raise/goto cycle?)"
    )
    raise BugSignal(Bug("execution_bound", message, mon.name, mon.state.name))


def _dispatch(mon: MonitorInstance, event: str, payload: Any) -> None:
    st = mon.state
    h = st.handlers.get(event)
    if h is None:
        if event in st.ignored:
            return
        message = (
            f"PImplementation.{mon.name} received event 'PImplementation.{event}' "
            "that cannot be handled."
        )
        raise BugSignal(Bug(BugKind.UNHANDLED_EVENT, message, mon.name, st.name))
    mon.rt.cov[h.cov] = 1
    if h.target is None:
        assert h.fn is not None
        call(h.fn, mon, payload)
    else:
        _transition(mon, st, h.target, h.fn, payload)


def _transition(
    mon: MonitorInstance, st: StateInfo, target: StateInfo, with_fn: FnInfo | None, payload: Any
) -> None:
    rt = mon.rt
    if rt.rec is not None:
        rt.rec.monitor_state(mon, st, entered=False)
    if st.exit is not None:
        st.exit.py(mon)
    if with_fn is not None:
        call(with_fn, mon, payload)
    _enter(mon, target, payload)


def _enter(mon: MonitorInstance, st: StateInfo, payload: Any) -> None:
    rt = mon.rt
    mon.state = st
    rt.cov[st.cov] = 1
    if st.cold:
        mon.hot_steps = 0
    if rt.threshold > 0 and mon.is_spec:
        hot = rt.hot
        if st.hot:
            if mon not in hot:
                hot.append(mon)
        elif mon in hot:
            hot.remove(mon)
    if rt.rec is not None:
        rt.rec.monitor_state(mon, st, entered=True)
    if st.entry is not None:
        call(st.entry, mon, payload)
