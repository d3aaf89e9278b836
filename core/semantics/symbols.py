"""The global symbol table: every declaration of a program, by namespace.

Built by `declare.py` in one pass over all files (P has no forward-declaration rule, so every
later pass sees every name). Symbols are mutable while the table is being built (types of
aliases, payloads and signatures are filled in as they are resolved) and read-only after.
"""

from __future__ import annotations

from typing import Literal

from pide.core.fastdataclass import dataclass, field
from pide.core.semantics.types import NULL, PType
from pide.core.source import NO_SPAN, Span
from pide.core.syntax import ast


@dataclass(slots=True)
class EventSym:
    name: str
    payload: PType
    span: Span
    decl: ast.EventDecl | None = None


@dataclass(slots=True)
class EnumElementSym:
    name: str
    enum: str
    value: int
    span: Span


@dataclass(slots=True)
class TypeNameSym:
    """An enum, type alias or foreign type: something that names a type."""

    name: str
    kind: Literal["enum", "alias", "foreign"]
    span: Span
    decl: ast.EnumDecl | ast.TypeDecl
    type: PType | None = None  # resolved lazily for aliases
    resolving: bool = False


@dataclass(slots=True)
class EventSetSym:
    name: str
    events: frozenset[str]
    span: Span
    decl: ast.EventSetDecl


@dataclass(slots=True)
class InterfaceSym:
    """A declared interface, or the implicit interface of a machine (`machine` set)."""

    name: str
    payload: PType
    receives: frozenset[str]
    span: Span
    machine: str | None = None
    decl: ast.InterfaceDecl | None = None


@dataclass(slots=True)
class VarSym:
    """A machine field, function parameter or local."""

    name: str
    type: PType
    span: Span
    slot: int


@dataclass(slots=True)
class FunctionSym:
    name: str
    owner: str | None
    params: list[VarSym]
    return_type: PType
    span: Span
    decl: ast.FunDecl | None
    is_foreign: bool = False
    creates: str | None = None


@dataclass(slots=True)
class MachineSym:
    name: str
    kind: Literal["machine", "spec", "scenario"]
    span: Span
    decl: ast.MachineDecl | ast.SpecDecl
    fields: dict[str, VarSym] = field(default_factory=dict)
    field_list: list[VarSym] = field(default_factory=list)
    methods: dict[str, FunctionSym] = field(default_factory=dict)
    states: dict[str, ast.StateDecl] = field(default_factory=dict)
    receives: frozenset[str] | None = None  # None: every event
    sends: frozenset[str] | None = None
    observes: frozenset[str] = frozenset()
    start_state: str | None = None
    payload: PType = NULL  # the start state's entry parameter type
    entry_params: dict[str, tuple[int, PType]] = field(default_factory=dict)

    @property
    def is_monitor(self) -> bool:
        return self.kind != "machine"


@dataclass(slots=True)
class GlobalParamSym:
    name: str
    type: PType
    span: Span


@dataclass(slots=True)
class SymbolTable:
    events: dict[str, EventSym] = field(default_factory=dict)
    enum_elements: dict[str, EnumElementSym] = field(default_factory=dict)
    type_names: dict[str, TypeNameSym] = field(default_factory=dict)
    event_sets: dict[str, EventSetSym] = field(default_factory=dict)
    interfaces: dict[str, InterfaceSym] = field(default_factory=dict)
    machines: dict[str, MachineSym] = field(default_factory=dict)
    functions: dict[str, FunctionSym] = field(default_factory=dict)
    params: dict[str, GlobalParamSym] = field(default_factory=dict)
    modules: dict[str, ast.ModuleDecl] = field(default_factory=dict)
    tests: dict[str, ast.TestDecl | ast.ImplementationDecl] = field(default_factory=dict)
    included_files: frozenset[str] = frozenset()
    # Interfaces, machines and monitors whose receives/sends/observes list names something
    # that is no event (reported there): module checks that compare these sets skip them.
    incomplete: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.events["halt"] = EventSym("halt", NULL, NO_SPAN)
        self.events["null"] = EventSym("null", NULL, NO_SPAN)

    @property
    def all_events(self) -> frozenset[str]:
        """Every declared event plus `halt` (the universal permission set)."""
        return frozenset(name for name in self.events if name != "null")
