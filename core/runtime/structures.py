"""Compiled machine structure: the tables the event loop consults on every dispatch.

Plain `__slots__` classes rather than frozen dataclasses: they are built once per program,
then read millions of times, and attribute access on a slotted class is the cheapest read
Python has. States hold direct references to their handler functions and to their target
states, so dispatch is one dict lookup keyed by the event name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pide.core.semantics import ir
from pide.core.source import Span


class FnInfo:
    """A compiled P function as a handler: its Python function, whether it takes the payload,
    whether it is a generator (may reach a scheduling point), and whether a 1-tuple payload
    is unwrapped for its parameter (handler rule 6.3)."""

    __slots__ = ("gen", "name", "nparams", "py", "unwrap")

    def __init__(
        self, py: Callable[..., Any], name: str, nparams: int, gen: bool, unwrap: bool
    ) -> None:
        self.py = py
        self.name = name
        self.nparams = nparams
        self.gen = gen
        self.unwrap = unwrap


class HandlerInfo:
    """`on e do F` (target None) or `on e goto T [with F]`; `cov` is its coverage slot."""

    __slots__ = ("cov", "event", "fn", "target")

    def __init__(self, event: str, fn: FnInfo | None, target: StateInfo | None, cov: int) -> None:
        self.event = event
        self.fn = fn
        self.target = target
        self.cov = cov


class StateInfo:
    """One state of a machine or monitor.

    `default` is the `on null` handler; `plain` is true when the state neither defers nor
    ignores anything, so the next inbox event is simply the first one."""

    __slots__ = (
        "cold",
        "cov",
        "default",
        "deferred",
        "entry",
        "exit",
        "handlers",
        "hot",
        "ignored",
        "name",
        "owner",
        "plain",
        "span",
        "temperature",
    )

    def __init__(self, owner: str, state: ir.StateIR, cov: int) -> None:
        self.owner = owner
        self.name = state.name
        self.temperature = state.temperature
        self.hot = state.temperature == "hot"
        self.cold = state.temperature == "cold"
        self.deferred = state.deferred
        self.ignored = state.ignored
        self.plain = not state.deferred and not state.ignored
        self.span: Span = state.span
        self.cov = cov
        self.entry: FnInfo | None = None
        self.exit: FnInfo | None = None
        self.handlers: dict[str, HandlerInfo] = {}
        self.default: HandlerInfo | None = None

    def __repr__(self) -> str:
        return f"<state {self.owner}.{self.name}>"


class MachineType:
    """A compiled machine, spec or scenario."""

    __slots__ = (
        "creates",
        "field_defaults",
        "field_names",
        "ir",
        "is_monitor",
        "is_spec",
        "kind",
        "name",
        "receives",
        "sends",
        "start",
        "states",
    )

    def __init__(self, machine: ir.MachineIR, field_defaults: tuple[Any, ...]) -> None:
        self.ir = machine
        self.name = machine.name
        self.kind = machine.kind
        self.is_monitor = machine.kind != "machine"
        self.is_spec = machine.kind == "spec"
        self.field_names = tuple(f.name for f in machine.fields)
        self.field_defaults = field_defaults
        self.receives = machine.receives
        self.sends = machine.sends
        self.creates = machine.creates
        self.states: dict[str, StateInfo] = {}
        self.start: StateInfo | None = None

    def __repr__(self) -> str:
        return f"<machine type {self.name}>"
