"""The state shared while one function body is checked: scopes, slots, effects, usage.

A `BodyContext` lives for one function (named method, global function or anonymous handler).
`receive` case bodies push a scope onto the same context: their parameter and locals become
extra slots of the enclosing function (the IR has one flat slot list per function), which is
what lets a case body read and write the enclosing function's locals (reference 3.1).
"""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass, field
from pide.core.semantics import ir
from pide.core.semantics.declare import Declarer
from pide.core.semantics.symbols import MachineSym, SymbolTable
from pide.core.semantics.types import PType
from pide.core.source import Span
from pide.core.syntax import ast


@dataclass(slots=True)
class DirectEffects:
    """What a body does itself, plus whom it calls (closed transitively in effects.py)."""

    raises: Span | None = None
    changes_state: Span | None = None
    creates: Span | None = None
    sends: Span | None = None
    receives: Span | None = None
    nondeterministic: Span | None = None
    calls: list[tuple[str | None, str, Span]] = field(default_factory=list)
    created_interfaces: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Usage:
    """Program-wide usage facts for warnings (unused events, fields, locals)."""

    events_emitted: set[str] = field(default_factory=set)
    events_mentioned: set[str] = field(default_factory=set)
    fields_read: set[tuple[str, str]] = field(default_factory=set)
    goto_targets: set[tuple[str, str]] = field(default_factory=set)


@dataclass(slots=True)
class BodyContext:
    table: SymbolTable
    declarer: Declarer
    bag: DiagnosticBag
    usage: Usage
    machine: MachineSym | None
    function_name: str
    return_type: PType
    has_return_type: bool
    locals: list[ir.LocalVar] = field(default_factory=list)
    scopes: list[dict[str, int]] = field(default_factory=lambda: [{}])
    loop_depth: int = 0
    receive_depth: int = 0
    receive_span: Span | None = None  # the outermost `receive` being checked, if any
    effects: DirectEffects = field(default_factory=DirectEffects)
    locals_read: set[int] = field(default_factory=set)
    local_decl_spans: dict[int, Span] = field(default_factory=dict)

    @property
    def in_spec(self) -> bool:
        return self.machine is not None and self.machine.is_monitor

    def declare_local(self, name: ast.Name, ptype: PType, what: str = "variable") -> int:
        scope = self.scopes[-1]
        if name.text in scope:
            first = self.locals[scope[name.text]].span
            self.bag.error(
                "P0201",
                f"{what} '{name.text}' is already declared in this scope",
                name.span,
                Note("first declared here", first),
            )
        param = self.table.params.get(name.text)
        if param is not None:
            self.bag.error(
                "P0208",
                f"{what} '{name.text}' has the name of a global param (global params cannot "
                "be redeclared or shadowed)",
                name.span,
                Note("the global param", param.span),
            )
        slot = len(self.locals)
        self.locals.append(ir.LocalVar(name.text, ptype, name.span))
        scope.setdefault(name.text, slot)
        self.local_decl_spans[slot] = name.span
        return slot

    def lookup_local(self, name: str) -> int | None:
        for scope in reversed(self.scopes):
            slot = scope.get(name)
            if slot is not None:
                return slot
        return None

    def spec_forbids(self, what: str, span: Span) -> bool:
        """Report a construct a spec monitor may not use; True when reported."""
        if not self.in_spec:
            return False
        assert self.machine is not None
        self.bag.error(
            "P0409",
            f"{what} is not allowed in {self.machine.kind} '{self.machine.name}' "
            "(monitors only observe; they cannot send, create, receive or choose)",
            span,
        )
        return True
