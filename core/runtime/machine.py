"""Machine instances and their event loop (reference 8.5), written as one generator.

A machine's whole life is the generator `run_machine`: it yields exactly at the scheduling
points of reference 8.10 / trace formats 4.2, and the scheduler resumes whichever machine
the strategy picks. Between two yields a machine runs atomically. Points of the loop
itself:

* in a state with an `on null` handler, each time it looks for its next event ("consult"),
  and again right after the default handler is taken;
* after taking an event from the inbox, before handling it — except for the first event
  after the machine was woken from idle (its wake-up was already a decision);
* when the machine goes idle (nothing takeable) or halts: "the operation finished".

Handlers and everything they call may add points of their own (send, `new`, `receive`).
One dispatch of an inbox event together with the raises and gotos it triggers is a *chain*;
while a machine is suspended inside a chain its continuation is a Python frame, which
cannot be copied. For snapshots (exhaustive search) a machine therefore records, when
journaling is on, the chain's input (mode, event, state and fields at its start) and a
journal of every value the chain received from outside since (choices, created refs,
received events) plus the number of points passed: re-running the chain in *replay* mode,
with its external effects suppressed and those values fed back, rebuilds the frame (see
`snapshot.py`). `m.cont` always says where the machine is suspended.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from pide.core.runtime.signals import BugSignal, GotoSignal, RaiseSignal
from pide.core.runtime.structures import FnInfo, MachineType, StateInfo
from pide.core.runtime.values import MachineRef
from pide.core.trace.events import BugKind
from pide.core.trace.model import Bug

if TYPE_CHECKING:
    from pide.core.runtime.monitor import MonitorInstance
    from pide.core.runtime.runtime import Runtime

Gen = Generator[None, None, Any]

FRESH, ACTIVE, IDLE, BLOCKED, HALTED = 0, 1, 2, 3, 4
"""Machine status codes (FRESH: created, start entry not run yet)."""

M_START, M_DISPATCH, M_DEFAULT, M_LOOP, M_AFTER_CONSULT, M_CHAIN, M_HALTED = range(7)
"""Continuation modes: where a suspended machine resumes."""

CONT_AFTER_CONSULT = (M_AFTER_CONSULT, None)
CONT_DEFAULT = (M_DEFAULT, None)
CONT_IDLE = (M_LOOP, True)
CONT_CHAIN = (M_CHAIN, None)
CONT_HALTED = (M_HALTED, None)

CHANGED, INBOX_READ, WOKEN = 1, 2, 4
"""Bits of `dirty` (any true value means the machine's record must be rebuilt). A step that
appends to another machine's inbox marks it CHANGED | INBOX_READ, and also WOKEN when that
changes the target's status (woken from idle, or handed the event a `receive` waits for); a
machine whose step depended on its inbox holding nothing takeable marks itself INBOX_READ.
The exhaustive search reads these bits as the step's footprint (see `check/dfs.py`)."""

CHAIN_CHECK_EVERY = 1000
"""A chain asks the runtime whether it is stuck every this many raises/gotos."""


class MachineInstance:
    """One machine of a running test."""

    __slots__ = (
        "awaiting",
        "chain",
        "chain_hash",
        "cont",
        "dirty",
        "epoch",
        "gen",
        "id",
        "ident",
        "inbox",
        "interface",
        "jidx",
        "journal",
        "jpoints",
        "meta",
        "name",
        "observers",
        "received",
        "ref",
        "replaying",
        "rt",
        "sends",
        "snap",
        "state",
        "status",
        "type",
        "fields",
    )

    def __init__(
        self, rt: Runtime, id: int, interface: str, mtype: MachineType, payload: Any
    ) -> None:
        self.rt = rt
        self.id = id
        self.interface = interface
        self.name = f"{interface}({id})"
        self.type = mtype
        self.sends = mtype.sends
        self.ref = MachineRef(id, interface, mtype.receives)
        self.fields: list[Any] = list(mtype.field_defaults)
        assert mtype.start is not None
        self.state: StateInfo = mtype.start
        self.inbox: list[tuple[str, Any]] = []
        self.status = FRESH
        self.gen: Gen | None = None
        self.cont: tuple[int, Any] = (M_START, payload)
        self.received: tuple[str, Any] | None = None
        self.awaiting: Any = None
        self.observers: dict[str, tuple[MonitorInstance, ...]] = rt.observers_for(interface)
        self.replaying = False
        self.journal: list[Any] | None = [] if rt.journaling else None
        self.jidx = 0
        self.jpoints = 0
        self.chain: tuple[Any, ...] | None = None
        self.chain_hash: int | None = None  # of `chain`, once a snapshot needed it
        self.dirty: int = CHANGED
        self.epoch = 0
        self.snap: Any = None
        # Identity for snapshots (exhaustive search only).
        self.meta = (id, interface, mtype.name) if rt.journaling else None
        self.ident = hash(self.meta) if rt.journaling else 0

    def __repr__(self) -> str:
        return f"<machine {self.name}>"

    def make_gen(self) -> Gen:
        """A generator resuming the machine at `cont` (rebuilding a chain by replay)."""
        mode, arg = self.cont
        if mode == M_CHAIN:
            return rebuild_chain(self)
        return run_machine(self, mode, arg)


def run_machine(m: MachineInstance, mode: int, arg: Any) -> Gen:
    """The event loop, started in `mode` (reference 8.5, scheduling points of 8.10).

    The chain (dispatch plus the raises/gotos it leads to) is inlined rather than a
    generator of its own: every generator level a handler's `yield` has to pass through
    costs time on every scheduling point."""
    rt = m.rt
    cov = rt.cov
    fresh = False
    skip_consult = mode == M_AFTER_CONSULT
    pending = mode if mode in (M_START, M_DISPATCH, M_DEFAULT) else -1
    if mode == M_LOOP:
        fresh = arg
    while True:
        if pending < 0:
            if m.status == HALTED:
                break
            st = m.state
            if st.default is not None:
                if skip_consult:
                    skip_consult = False
                else:
                    m.cont = CONT_AFTER_CONSULT
                    yield
            inbox = m.inbox
            item = None
            if inbox:
                item = inbox.pop(0) if st.plain else take(inbox, st)
            if item is not None:
                if not fresh:
                    m.cont = (M_DISPATCH, item)
                    yield
                fresh = False
                pending, arg = M_DISPATCH, item
            elif st.default is not None:
                if rt.rec is not None:
                    rt.rec.default_handler(m)
                m.dirty |= INBOX_READ  # the step depended on the inbox having nothing
                m.cont = CONT_DEFAULT
                yield
                pending, arg = M_DEFAULT, None
            else:
                m.status = IDLE
                rt.enabled.remove(m.id)
                m.cont = CONT_IDLE
                yield
                fresh = True
                continue
        # -- the chain ---------------------------------------------------------------------
        if rt.journaling and not m.replaying:
            m.chain = (pending, arg, m.state, tuple(m.fields))
            m.chain_hash = None
            m.journal = []
            m.jpoints = 0
        m.cont = CONT_CHAIN
        action = 1
        event = "null"
        payload: Any = None
        target: StateInfo | None = None
        if pending == M_START:
            action = 0
            payload = arg
        elif pending == M_DISPATCH:
            event, payload = arg
            if rt.rec is not None:
                rt.rec.dequeued(m, event, payload)
        pending = -1
        count = 0
        guard = -1
        while True:
            try:
                if action == 1:
                    st = m.state
                    h = st.handlers.get(event)
                    if h is None:
                        # A raised event the state ignores is dropped (a deferred one too:
                        # reference quirk); anything else is unhandled.
                        if event not in st.deferred and event not in st.ignored:
                            yield from unhandled(m, st, event)
                    elif h.target is None:
                        cov[h.cov] = 1
                        f = h.fn
                        assert f is not None
                        if not f.nparams:
                            result = f.py(m)
                        elif f.unwrap and type(payload) is tuple and len(payload) == 1:
                            result = f.py(m, payload[0])
                        else:
                            result = f.py(m, payload)
                        if f.gen:
                            yield from result
                    else:
                        cov[h.cov] = 1
                        yield from transition(m, st, h.target, h.fn, payload)
                elif action == 0:
                    # Enter the start state (`enter`, inlined: it happens once per machine).
                    start = m.type.start
                    assert start is not None
                    st = m.state = start
                    cov[st.cov] = 1
                    if rt.rec is not None:
                        rt.rec.state_entered(m, st)
                    f = st.entry
                    if f is not None:
                        if f.gen:
                            yield from call(f, m, payload)
                        else:
                            call(f, m, payload)
                else:
                    assert target is not None
                    yield from transition(m, m.state, target, None, payload)
                break
            except RaiseSignal as sig:
                event, payload, action = sig.event, sig.payload, 1
                if rt.rec is not None:
                    rt.rec.raised(m, event, payload)
            except GotoSignal as sig:
                target, payload, action = m.type.states[sig.state], sig.payload, 2
            count += 1
            if count >= CHAIN_CHECK_EVERY:
                count = 0
                guard = rt.progress_guard(m, guard, CHAIN_CHECK_EVERY, "raised events and gotos")
    m.cont = CONT_HALTED
    yield


def rebuild_chain(m: MachineInstance) -> Gen:
    """Re-run the chain `m` is suspended in, in replay mode, up to its current point (the
    generator of a machine restored from a snapshot, see `snapshot.py`)."""
    assert m.chain is not None
    mode, arg, state0, fields0 = m.chain
    state, fields, status = m.state, tuple(m.fields), m.status
    received, awaiting = m.received, m.awaiting
    m.state = state0
    m.fields[:] = fields0
    m.replaying = True
    m.jidx = 0
    gen = run_machine(m, mode, arg)
    try:
        for _ in range(m.jpoints):
            next(gen)
    finally:
        m.replaying = False
    m.state, m.status = state, status
    m.fields[:] = fields
    m.received, m.awaiting = received, awaiting
    m.cont = CONT_CHAIN
    return gen


def take(inbox: list[tuple[str, Any]], st: StateInfo) -> tuple[str, Any] | None:
    """Remove and return the first takeable event: ignored events before it are dropped,
    deferred ones stay (reference 8.5 step 2)."""
    deferred, ignored = st.deferred, st.ignored
    i = 0
    while i < len(inbox):
        event = inbox[i][0]
        if event in ignored:
            del inbox[i]
        elif event in deferred:
            i += 1
        else:
            return inbox.pop(i)
    return None


def call(f: FnInfo, m: Any, payload: Any) -> Any:
    """Call a handler function with the payload if it takes one (the caller handles `gen`)."""
    if not f.nparams:
        return f.py(m)
    if f.unwrap and type(payload) is tuple and len(payload) == 1:
        payload = payload[0]
    return f.py(m, payload)


def transition(
    m: MachineInstance, st: StateInfo, target: StateInfo, with_fn: FnInfo | None, payload: Any
) -> Gen:
    """Exit `st`, run the `with` handler, enter `target` (reference 8.5 Transition)."""
    rec = m.rt.rec
    if rec is not None:
        rec.goto(m, st, target, payload)
    yield from exit_state(m, st)
    if with_fn is not None:
        if with_fn.gen:
            yield from call(with_fn, m, payload)
        else:
            call(with_fn, m, payload)
    yield from enter(m, target, payload)


def enter(m: MachineInstance, st: StateInfo, payload: Any) -> Gen:
    m.state = st
    rt = m.rt
    rt.cov[st.cov] = 1
    if rt.rec is not None:
        rt.rec.state_entered(m, st)
    f = st.entry
    if f is not None:
        if f.gen:
            yield from call(f, m, payload)
        else:
            call(f, m, payload)


def exit_state(m: MachineInstance, st: StateInfo) -> Gen:
    if m.rt.rec is not None:
        m.rt.rec.state_exited(m, st)
    f = st.exit
    if f is not None:
        if f.gen:
            yield from f.py(m)
        else:
            f.py(m)


def unhandled(m: MachineInstance, st: StateInfo, event: str) -> Gen:
    """No handler: exit the state, then halt (for `halt`) or fail."""
    rec = m.rt.rec
    yield from exit_state(m, st)
    if rec is not None:
        rec.popped(m, st, event)
        rec.exception(m, st, handled=False)
    if event == "halt":
        if rec is not None:
            rec.exception(m, st, handled=True)
        halt(m)
        return
    message = f"{m.name} received event 'PImplementation.{event}' that cannot be handled."
    raise BugSignal(Bug(BugKind.UNHANDLED_EVENT, message, m.name, st.name))


def halt(m: MachineInstance) -> None:
    """The machine halts: its inbox is discarded and it never runs again."""
    rt = m.rt
    dropped = len(m.inbox)
    m.inbox.clear()
    m.status = HALTED
    rt.enabled.remove(m.id)
    if rt.rec is not None:
        rt.rec.halted(m, dropped)


class Driver:
    """Operation 0, the test driver: one point before it creates the main machine, one more
    when it finishes (trace formats 4.2)."""

    __slots__ = ("dirty", "epoch", "gen", "id", "name", "rt", "status")

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.id = 0
        self.name = "TestDriver"
        self.status = FRESH
        self.gen: Gen | None = None
        self.dirty = True
        self.epoch = 0

    def make_gen(self) -> Gen:
        return self._run()

    def _run(self) -> Gen:
        rt = self.rt
        rt.create_main()
        self.status = HALTED
        rt.enabled.remove(0)
        yield
