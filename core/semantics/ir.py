"""The typed intermediate representation: what analysis produces and the runtime executes.

Compared with the AST, every name is resolved (a local slot, a machine field, a global
param, an event, an enum value, a function, a state), every expression carries its type,
implicit things are explicit (multi-argument payloads are tuples, anonymous handlers are
ordinary functions of their machine, receive-case locals are hoisted into the enclosing
function with unique slots), and nothing needs the symbol table any more.

Nodes are frozen dataclasses. Functions and machines are looked up by name in `ProgramIR`
(call nodes hold names, not object references), so the IR stays a tree that pickles cheaply
to worker processes.
"""

from __future__ import annotations

from typing import Any, Literal

from pide.core.fastdataclass import dataclass, field
from pide.core.semantics.types import PType
from pide.core.source import Span

# ---------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True)
class Const:
    """A compile-time value: literal, enum element, event name (a `PEvent`), `null`."""

    value: Any
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class LocalRef:
    """A parameter or local of the enclosing function (slot = index in `FunctionIR.locals`)."""

    slot: int
    name: str
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class FieldRef:
    """A field of the machine (or spec) running the code."""

    index: int
    name: str
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class GlobalParamRef:
    name: str
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class ThisRef:
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Nondet:
    """`$` / `$$` / `choose()`: a boolean choice point."""

    fair: bool
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Choose:
    """`choose(e)`: `kind` says how to draw (an int below e, an element, a map key)."""

    operand: Expr
    kind: Literal["int", "seq", "set", "map"]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class TupleBuild:
    elements: tuple[Expr, ...]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class NamedTupleBuild:
    names: tuple[str, ...]
    elements: tuple[Expr, ...]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class TupleGet:
    """`e.N` or `e.name` (resolved to its index); `named` tells the value representation."""

    target: Expr
    index: int
    named: bool
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class IndexGet:
    """`e[i]` on a seq, a map (by key) or a set (by position)."""

    target: Expr
    index: Expr
    kind: Literal["seq", "map", "set"]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class CollectionOp:
    """`keys(m)`, `values(m)`, `sizeof(c)`."""

    op: Literal["keys", "values", "sizeof"]
    operand: Expr
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class DefaultValue:
    """`default(T)`; the runtime builds the default value of `type`."""

    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class NewMachine:
    """`new I(payload)`; `payload` is None when no argument was given."""

    interface: str
    payload: Expr | None
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Call:
    """A call of a machine method (`owner` = the machine) or global function (owner None)."""

    function: str
    owner: str | None
    args: tuple[Expr, ...]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Format:
    template: str
    args: tuple[Expr, ...]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Unary:
    op: Literal["-", "!"]
    operand: Expr
    type: PType
    span: Span


BinaryKind = Literal["int", "float", "string", "bool", "generic"]


@dataclass(frozen=True, slots=True)
class Binary:
    """A binary operator. `kind` is the operand kind that decides the runtime operation:
    int arithmetic wraps and truncates, float follows IEEE, `==` on `generic` operands (any,
    data, collections...) uses P's structural equality."""

    op: Literal["*", "/", "%", "+", "-", "<", ">", "<=", ">=", "==", "!=", "&&", "||"]
    left: Expr
    right: Expr
    kind: BinaryKind
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Contains:
    """`x in c`: membership in a seq or set, key membership in a map."""

    element: Expr
    collection: Expr
    kind: Literal["seq", "set", "map"]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Cast:
    """`e as T`: a runtime check that the value inhabits T."""

    operand: Expr
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Coerce:
    """`e to T`: int<->float, enum->int, or machine reference -> interface permissions."""

    operand: Expr
    kind: Literal["identity", "int_to_float", "float_to_int", "enum_to_int", "permission"]
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class ErrorExpr:
    """Stands for an expression that already produced a diagnostic."""

    type: PType
    span: Span


Expr = (
    Const
    | LocalRef
    | FieldRef
    | GlobalParamRef
    | ThisRef
    | Nondet
    | Choose
    | TupleBuild
    | NamedTupleBuild
    | TupleGet
    | IndexGet
    | CollectionOp
    | DefaultValue
    | NewMachine
    | Call
    | Format
    | Unary
    | Binary
    | Contains
    | Cast
    | Coerce
    | ErrorExpr
)

# ---------------------------------------------------------------------------------------
# Statements

LValue = LocalRef | FieldRef | TupleGet | IndexGet
"""Assignable locations: a variable, or a tuple field / seq or map element of one."""


@dataclass(frozen=True, slots=True)
class Block:
    stmts: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Assert:
    condition: Expr
    message: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Print:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Break:
    span: Span


@dataclass(frozen=True, slots=True)
class Continue:
    span: Span


@dataclass(frozen=True, slots=True)
class Assign:
    target: LValue
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Insert:
    """`seq += (i, v)` or `map += (k, v)` (`kind` says which)."""

    target: LValue
    key: Expr
    value: Expr
    kind: Literal["seq", "map"]
    span: Span


@dataclass(frozen=True, slots=True)
class AddToSet:
    target: LValue
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Remove:
    target: LValue
    value: Expr
    kind: Literal["seq", "set", "map"]
    span: Span


@dataclass(frozen=True, slots=True)
class While:
    condition: Expr
    body: Stmt
    span: Span


@dataclass(frozen=True, slots=True)
class Foreach:
    variable: LValue
    collection: Expr
    kind: Literal["seq", "set"]
    body: Stmt
    span: Span


@dataclass(frozen=True, slots=True)
class If:
    condition: Expr
    then: Stmt
    otherwise: Stmt | None
    span: Span


@dataclass(frozen=True, slots=True)
class ExprStmt:
    """A call or `new` whose result is discarded."""

    expr: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class Raise:
    event: Expr
    payload: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Send:
    target: Expr
    event: Expr
    payload: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Announce:
    event: Expr
    payload: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class Goto:
    state: str
    payload: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class ReceiveCase:
    """One `case`: its events, the local slot receiving the payload (None: no parameter)."""

    events: tuple[str, ...]
    param_slot: int | None
    body: Block
    span: Span


@dataclass(frozen=True, slots=True)
class Receive:
    cases: tuple[ReceiveCase, ...]
    span: Span


Stmt = (
    Block
    | Assert
    | Print
    | Return
    | Break
    | Continue
    | Assign
    | Insert
    | AddToSet
    | Remove
    | While
    | Foreach
    | If
    | ExprStmt
    | Raise
    | Send
    | Announce
    | Goto
    | Receive
)

# ---------------------------------------------------------------------------------------
# Functions, states, machines, tests


@dataclass(frozen=True, slots=True)
class LocalVar:
    name: str
    type: PType
    span: Span


@dataclass(frozen=True, slots=True)
class Effects:
    """What a function may do, directly or through its callees (reference 6.4)."""

    raises: bool = False
    changes_state: bool = False
    creates: bool = False
    sends: bool = False
    receives: bool = False
    nondeterministic: bool = False

    @property
    def may_block(self) -> bool:
        """Whether running it can reach a scheduling point (send, new, receive)."""
        return self.creates or self.sends or self.receives


@dataclass(frozen=True, slots=True)
class FunctionIR:
    """A function: named method, global function, anonymous handler or foreign function.

    `locals` lists parameters first (`param_count` of them), then declared locals, then
    hoisted receive-case parameters and locals. `body` is None for a foreign function.
    """

    name: str
    owner: str | None
    param_count: int
    locals: tuple[LocalVar, ...]
    return_type: PType
    body: Block | None
    span: Span
    effects: Effects = Effects()
    is_anonymous: bool = False

    @property
    def is_foreign(self) -> bool:
        return self.body is None

    @property
    def params(self) -> tuple[LocalVar, ...]:
        return self.locals[: self.param_count]


@dataclass(frozen=True, slots=True)
class DoHandler:
    function: str
    span: Span


@dataclass(frozen=True, slots=True)
class GotoHandler:
    target: str
    function: str | None
    span: Span


Handler = DoHandler | GotoHandler


@dataclass(frozen=True, slots=True)
class StateIR:
    name: str
    temperature: Literal["hot", "cold", "warm"]
    entry: str | None
    exit: str | None
    handlers: dict[str, Handler]
    deferred: frozenset[str]
    ignored: frozenset[str]
    span: Span


@dataclass(frozen=True, slots=True)
class MachineIR:
    """A machine, spec or scenario. `receives`/`sends` None means "every event"."""

    name: str
    kind: Literal["machine", "spec", "scenario"]
    fields: tuple[LocalVar, ...]
    functions: dict[str, FunctionIR]
    states: dict[str, StateIR]
    start_state: str
    receives: frozenset[str] | None
    sends: frozenset[str] | None
    observes: frozenset[str]
    creates: frozenset[str]
    span: Span


@dataclass(frozen=True, slots=True)
class EventIR:
    name: str
    payload: PType
    span: Span


@dataclass(frozen=True, slots=True)
class InterfaceIR:
    name: str
    payload: PType
    receives: frozenset[str]
    span: Span


@dataclass(frozen=True, slots=True)
class MonitorAttachment:
    """A monitor of a test and the interfaces whose sends/announces it observes."""

    monitor: str
    watched: frozenset[str]


@dataclass(frozen=True, slots=True)
class TestCaseIR:
    """A runnable configuration: a `test`, an `implementation`, a generated parameterised
    variant, or the synthesised `DefaultImpl`."""

    name: str
    main: str
    bindings: dict[str, str]  # interface -> machine implementing it
    monitors: tuple[MonitorAttachment, ...]
    param_values: dict[str, Any]
    kind: Literal["test", "implementation", "default"]
    span: Span
    links: dict[str, str] = field(default_factory=dict)  # created interface -> bound one (rename)


@dataclass(frozen=True, slots=True)
class ProgramIR:
    events: dict[str, EventIR]
    interfaces: dict[str, InterfaceIR]
    machines: dict[str, MachineIR]
    functions: dict[str, FunctionIR]  # global and foreign functions
    global_params: dict[str, PType]
    tests: dict[str, TestCaseIR]
    enums: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def function(self, name: str, owner: str | None) -> FunctionIR:
        if owner is not None:
            return self.machines[owner].functions[name]
        return self.functions[name]
