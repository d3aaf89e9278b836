"""The helpers compiled P code calls: send, `new`, receive, choices, announce, assert.

`NAMESPACE` is the initial globals dict of every generated module. The helpers that touch
other machines honour *replay mode* (`m.replaying`, see `machine.py`): while a suspended
handler is being rebuilt from its journal they must not send, create, notify monitors or
draw choices again; they feed back the journaled results instead, and they still yield at
the same scheduling points so the replay can count them.

A send is split in two around its scheduling point (`_send` before, `_deliver` after, with
a bare `yield` between them in the generated code) so no generator object is allocated per
send: monitors observe the event before the point and the target sees it only after
(reference 8.7), which is what lets other machines run in between.
"""

from __future__ import annotations

from typing import Any

from pide.core.runtime import ops
from pide.core.runtime.codegen import ReceiveInfo
from pide.core.runtime.machine import (
    ACTIVE,
    BLOCKED,
    CHANGED,
    HALTED,
    IDLE,
    INBOX_READ,
    WOKEN,
    Gen,
    MachineInstance,
)
from pide.core.runtime.monitor import observe
from pide.core.runtime.ops import CHOOSE_LIMIT
from pide.core.runtime.printing import format_string, to_print_string
from pide.core.runtime.signals import BugSignal, GotoSignal, RaiseSignal
from pide.core.runtime.values import PEvent, PNamedTuple, wrap
from pide.core.source import Span
from pide.core.trace.events import BugKind
from pide.core.trace.model import Bug

Pending = tuple[MachineInstance | None, str, Any]

_APPEND = CHANGED | INBOX_READ
_WAKE = CHANGED | INBOX_READ | WOKEN
"""`dirty` bits of a delivery's target: appended to, and woken (see `machine.py`)."""


def _bug(m: Any, kind: str, message: str) -> BugSignal:
    return BugSignal(Bug(kind, message, m.name, m.state.name))


def send(m: MachineInstance, target: Any, event: str | None, payload: Any) -> Pending:
    """The part of `send` before its scheduling point: checks and monitors (8.7 steps 1-3)."""
    rt = m.rt
    if m.replaying:
        return (rt.machines[target.id], event or "", payload)
    if event is None:
        raise _bug(
            m,
            "send_error",
            f"Machine cannot send a null event. {m.name} in state {m.state.name}.",
        )
    if target is None:
        raise _bug(
            m,
            "send_error",
            f"Target in send cannot be null. Machine {m.name} trying to send event {event} "
            f"to null target in state {m.state.name}.",
        )
    sends = m.sends
    if sends is not None and event not in sends:
        raise _bug(
            m, "send_error", f"Event {event} is not in the sends set of the Machine {m.type.name}"
        )
    permissions = target.permissions
    if permissions is not None and event not in permissions:
        raise _bug(
            m,
            "send_error",
            f"Event {event} is not in the permissions set of the target machine {target!r}",
        )
    monitors = m.observers.get(event)
    if monitors is not None:
        for mon in monitors:
            observe(mon, event, payload, m)
    if m.journal is not None:
        m.jpoints += 1
    return (rt.machines[target.id], event, payload)


def deliver(m: MachineInstance, pending: Pending) -> None:
    """The part of `send` after its scheduling point: delivery (8.7 step 5)."""
    if m.replaying:
        return
    target, event, payload = pending
    assert target is not None
    rt = m.rt
    rec = rt.rec
    status = target.status
    if status == HALTED:
        if rec is not None:
            rec.sent(m, target, event, payload, halted=True)
        return
    if rec is not None:
        rec.sent(m, target, event, payload, halted=False)
    if status == BLOCKED and event in target.awaiting.awaited:
        target.dirty |= _WAKE
        target.received = (event, payload)
        target.status = ACTIVE
        target.awaiting = None
        rt.blocked -= 1
        rt.enable(target.id)
        if rec is not None:
            rec.received(target, event, payload, was_blocked=True)
        return
    target.inbox.append((event, payload))
    if rec is not None:
        rec.enqueued(target, event, payload, m)
    if status == IDLE:
        target.dirty |= _WAKE
        st = target.state
        if event not in st.deferred and event not in st.ignored:
            target.status = ACTIVE
            rt.enable(target.id)
    else:
        target.dirty |= _APPEND


def new(m: MachineInstance, interface: str, payload: Any) -> Gen:
    """`new I(v)`: a scheduling point in the creator, then the machine exists (8.5)."""
    if not m.replaying:
        rt = m.rt
        linked = rt.test.links.get(interface, interface)
        creates = m.type.creates
        if creates and interface not in creates and linked not in creates:
            raise _bug(
                m,
                "create_error",
                f"Machine {m.type.name} cannot create interface {interface}, "
                "not in its creates set",
            )
        if m.journal is not None:
            m.jpoints += 1
    yield
    if m.replaying:
        assert m.journal is not None
        ref = m.journal[m.jidx]
        m.jidx += 1
        return ref
    ref = m.rt.create(interface, payload, m)
    if m.journal is not None:
        m.journal.append(ref)
    return ref


def receive(m: MachineInstance, info: ReceiveInfo) -> Gen:
    """`receive`: take a queued awaited event (a point) or block until one is handed over
    (the blocking is the point; the hand-over is not). Returns (event, payload)."""
    if not m.replaying:
        rt = m.rt
        inbox = m.inbox
        awaited = info.awaited
        for i, item in enumerate(inbox):
            if item[0] in awaited:
                del inbox[i]
                m.received = item
                if rt.rec is not None:
                    rt.rec.received(m, item[0], item[1], was_blocked=False)
                break
        else:
            m.received = None
            m.status = BLOCKED
            m.awaiting = info
            rt.blocked += 1
            rt.enabled.remove(m.id)
            if rt.rec is not None:
                rt.rec.receive_waiting(m, info.logged)
        if m.journal is not None:
            m.jpoints += 1
    yield
    if m.replaying:
        assert m.journal is not None
        item = m.journal[m.jidx]
        m.jidx += 1
        return item
    received = m.received
    m.received = None
    if m.journal is not None:
        m.journal.append(received)
    return received


def choose_bool(m: Any, fair: bool) -> bool:
    if m.replaying:
        value: bool = m.journal[m.jidx]
        m.jidx += 1
        return value
    value = m.rt.next_bool(m, fair)
    if m.journal is not None:
        m.journal.append(value)
    return value


def choose(m: Any, kind: str, collection: Any) -> Any:
    if kind == "int" and 0 <= collection <= CHOOSE_LIMIT:
        count = collection  # the common `choose(n)`, without the checks' call
    else:
        count = ops.choice_count(kind, collection)
    if m.replaying:
        index: int = m.journal[m.jidx]
        m.jidx += 1
    else:
        index = m.rt.next_int(m, count)
        if m.journal is not None:
            m.journal.append(index)
    if kind == "int":
        return index
    return ops.chosen(kind, collection, index)


def announce(m: Any, event: str | None, payload: Any) -> None:
    if m.replaying:
        return
    if event is None:
        raise _bug(
            m,
            "announce_error",
            f"Incorrect use of announce by Machine {m.name}: cannot announce a null event",
        )
    rec = m.rt.rec
    if rec is not None:
        rec.announced(m, event, payload)
    monitors = m.observers.get(event)
    if monitors is not None:
        for mon in monitors:
            observe(mon, event, payload, m)


def assert_failed(m: Any, message: Any, span: Span) -> None:
    text = f"Assertion Failed: {span.file}:{span.line}:{span.col}"
    if message is not None:
        text += f" {message}"
    raise BugSignal(Bug(BugKind.ASSERTION, text, m.name, m.state.name, span))


def printed(m: Any, text: str) -> None:
    if not m.replaying:
        m.rt.rec.printed(m, text)


def loop_guard(m: Any) -> None:
    m.rt.loop_guard(m)


def raise_signal(event: str | None, payload: Any) -> RaiseSignal:
    if event is None:
        raise ops.PRuntimeError("cannot raise the null event")
    return RaiseSignal(event, payload)


def event_name(value: PEvent | None) -> str | None:
    return None if value is None else value.name


def fit(payload: Any, unwrap: bool) -> Any:
    if unwrap and type(payload) is tuple and len(payload) == 1:
        return payload[0]
    return payload


def cast(value: Any, check: Any, ptype: Any) -> Any:
    if check(value):
        return value
    raise ops.cast_failed(value, ptype)


def error_expr() -> Any:
    raise ops.PRuntimeError("evaluated an expression that failed to compile")


NAMESPACE: dict[str, Any] = {
    "_LC": 0,
    "_send": send,
    "_deliver": deliver,
    "_new": new,
    "_receive": receive,
    "_choose_bool": choose_bool,
    "_choose": choose,
    "_announce": announce,
    "_assert_failed": assert_failed,
    "_printed": printed,
    "_loop_guard": loop_guard,
    "_raise_signal": raise_signal,
    "_GotoSignal": GotoSignal,
    "_event_name": event_name,
    "_fit": fit,
    "_cast": cast,
    "_error_expr": error_expr,
    "_NT": PNamedTuple,
    "_ps": to_print_string,
    "_format": format_string,
    "_p_equal": ops.p_equal,
    "_wrap": wrap,
    "_int_div": ops.int_div,
    "_int_mod": ops.int_mod,
    "_int_neg": ops.int_neg,
    "_float_div": ops.float_div,
    "_float_mod": ops.float_mod,
    "_float_to_int": ops.float_to_int,
    "_coerce_permission": ops.coerce_permission,
    "_seq_get": ops.seq_get,
    "_seq_set": ops.seq_set,
    "_seq_insert": ops.seq_insert,
    "_seq_remove": ops.seq_remove,
    "_set_get": ops.set_get,
    "_map_get": ops.map_get,
    "_map_add": ops.map_add,
    "_tuple_set": ops.tuple_set,
    "_named_set": ops.named_set,
}
