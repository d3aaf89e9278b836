"""The P abstract syntax tree: frozen, slotted dataclasses, each carrying its source `Span`.

The tree mirrors the grammar of the reference (section 2) closely and resolves nothing: names
are plain `Name`s, lvalues are ordinary expressions. Semantic analysis turns it into the typed
IR (`pide.core.semantics.ir`). Node unions (`Expr`, `Stmt`, `TypeExpr`, `Decl`, ...) let every
pass `match` over them with `assert_never` so mypy proves each pass covers every node.

PVerifier-only constructs are kept as `Unsupported*` nodes so the parser accepts them and the
analyzer can say "not supported" at the right place instead of reporting a syntax error.
"""

from __future__ import annotations

from typing import Literal

from pide.core.fastdataclass import dataclass
from pide.core.source import Span


@dataclass(frozen=True, slots=True)
class Name:
    """An identifier occurrence (also used for `halt`/`null` in event lists)."""

    text: str
    span: Span


# ---------------------------------------------------------------------------------------
# Types


@dataclass(frozen=True, slots=True)
class PrimitiveTypeExpr:
    """`bool int float string event machine data any`."""

    kind: Literal["bool", "int", "float", "string", "event", "machine", "data", "any"]
    span: Span


@dataclass(frozen=True, slots=True)
class NamedTypeExpr:
    """A type written as an identifier: enum, alias, foreign type, interface, machine, event set."""

    name: Name
    span: Span


@dataclass(frozen=True, slots=True)
class SeqTypeExpr:
    element: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class SetTypeExpr:
    element: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class MapTypeExpr:
    key: TypeExpr
    value: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class TupleTypeExpr:
    elements: tuple[TypeExpr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class NamedTupleTypeExpr:
    fields: tuple[tuple[Name, TypeExpr], ...]
    span: Span


TypeExpr = (
    PrimitiveTypeExpr
    | NamedTypeExpr
    | SeqTypeExpr
    | SetTypeExpr
    | MapTypeExpr
    | TupleTypeExpr
    | NamedTupleTypeExpr
)


# ---------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True)
class IntLit:
    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class FloatLit:
    value: float
    span: Span


@dataclass(frozen=True, slots=True)
class BoolLit:
    value: bool
    span: Span


@dataclass(frozen=True, slots=True)
class StringLit:
    """A string literal; `value` has escapes already interpreted (C# rules)."""

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class NullLit:
    span: Span


@dataclass(frozen=True, slots=True)
class NondetExpr:
    """`$` (fair=False) or `$$` (fair=True)."""

    fair: bool
    span: Span


@dataclass(frozen=True, slots=True)
class HaltExpr:
    """The `halt` event used as a value."""

    span: Span


@dataclass(frozen=True, slots=True)
class ThisExpr:
    span: Span


@dataclass(frozen=True, slots=True)
class NameExpr:
    name: Name
    span: Span


@dataclass(frozen=True, slots=True)
class TupleExpr:
    elements: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class NamedTupleExpr:
    fields: tuple[tuple[Name, Expr], ...]
    span: Span


@dataclass(frozen=True, slots=True)
class FieldExpr:
    """`e.name`."""

    target: Expr
    field: Name
    span: Span


@dataclass(frozen=True, slots=True)
class TupleIndexExpr:
    """`e.N` with a literal N."""

    target: Expr
    index: int
    index_span: Span
    span: Span


@dataclass(frozen=True, slots=True)
class IndexExpr:
    """`e[i]`."""

    target: Expr
    index: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class KeysExpr:
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ValuesExpr:
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class SizeofExpr:
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class DefaultExpr:
    type: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class NewExpr:
    """`new I(args)` (also the expression inside a `new` statement)."""

    interface: Name
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class CallExpr:
    function: Name
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ChooseExpr:
    """`choose()` (operand None) or `choose(e)`."""

    operand: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class FormatExpr:
    """`format("...", args)`."""

    format: StringLit
    args: tuple[Expr, ...]
    span: Span


UnaryOp = Literal["-", "!"]
BinaryOp = Literal["*", "/", "%", "+", "-", "<", ">", "<=", ">=", "in", "==", "!=", "&&", "||"]


@dataclass(frozen=True, slots=True)
class UnaryExpr:
    op: UnaryOp
    operand: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class BinaryExpr:
    op: BinaryOp
    left: Expr
    right: Expr
    op_span: Span
    span: Span


@dataclass(frozen=True, slots=True)
class CastExpr:
    """`e as T`."""

    operand: Expr
    type: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class CoerceExpr:
    """`e to T`."""

    operand: Expr
    type: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class UnsupportedExpr:
    """A PVerifier-only expression form (`forall`, `exists`, `is`, `==>`, ...)."""

    what: str
    span: Span


Expr = (
    IntLit
    | FloatLit
    | BoolLit
    | StringLit
    | NullLit
    | NondetExpr
    | HaltExpr
    | ThisExpr
    | NameExpr
    | TupleExpr
    | NamedTupleExpr
    | FieldExpr
    | TupleIndexExpr
    | IndexExpr
    | KeysExpr
    | ValuesExpr
    | SizeofExpr
    | DefaultExpr
    | NewExpr
    | CallExpr
    | ChooseExpr
    | FormatExpr
    | UnaryExpr
    | BinaryExpr
    | CastExpr
    | CoerceExpr
    | UnsupportedExpr
)


# ---------------------------------------------------------------------------------------
# Statements


@dataclass(frozen=True, slots=True)
class BlockStmt:
    stmts: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class AssertStmt:
    condition: Expr
    message: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class AssumeStmt:
    """PVerifier-only; parsed so the analyzer can reject it with P0902."""

    condition: Expr
    message: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class PrintStmt:
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class ReturnStmt:
    value: Expr | None
    span: Span


@dataclass(frozen=True, slots=True)
class BreakStmt:
    span: Span


@dataclass(frozen=True, slots=True)
class ContinueStmt:
    span: Span


@dataclass(frozen=True, slots=True)
class AssignStmt:
    """`lv = e;` (`target` is a NameExpr, FieldExpr, TupleIndexExpr or IndexExpr)."""

    target: Expr
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class InsertStmt:
    """`lv += (i, v);` (seq insert / map insert)."""

    target: Expr
    key: Expr
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class AddStmt:
    """`lv += (v);` (set add)."""

    target: Expr
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class RemoveStmt:
    """`lv -= e;`."""

    target: Expr
    value: Expr
    span: Span


@dataclass(frozen=True, slots=True)
class WhileStmt:
    condition: Expr
    body: Stmt
    span: Span


@dataclass(frozen=True, slots=True)
class ForeachStmt:
    variable: Name
    collection: Expr
    body: Stmt
    invariants: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class IfStmt:
    condition: Expr
    then: Stmt
    otherwise: Stmt | None
    span: Span


@dataclass(frozen=True, slots=True)
class NewStmt:
    new: NewExpr
    span: Span


@dataclass(frozen=True, slots=True)
class CallStmt:
    call: CallExpr
    span: Span


@dataclass(frozen=True, slots=True)
class RaiseStmt:
    event: Expr
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class SendStmt:
    target: Expr
    event: Expr
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class AnnounceStmt:
    event: Expr
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class GotoStmt:
    state: Name
    args: tuple[Expr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ReceiveCase:
    events: tuple[Name, ...]
    handler: AnonHandler
    span: Span


@dataclass(frozen=True, slots=True)
class ReceiveStmt:
    cases: tuple[ReceiveCase, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class EmptyStmt:
    span: Span


Stmt = (
    BlockStmt
    | AssertStmt
    | AssumeStmt
    | PrintStmt
    | ReturnStmt
    | BreakStmt
    | ContinueStmt
    | AssignStmt
    | InsertStmt
    | AddStmt
    | RemoveStmt
    | WhileStmt
    | ForeachStmt
    | IfStmt
    | NewStmt
    | CallStmt
    | RaiseStmt
    | SendStmt
    | AnnounceStmt
    | GotoStmt
    | ReceiveStmt
    | EmptyStmt
)


# ---------------------------------------------------------------------------------------
# Functions, handlers, states, machines


@dataclass(frozen=True, slots=True)
class VarDecl:
    """`var a, b: T;`."""

    names: tuple[Name, ...]
    type: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class Param:
    name: Name
    type: TypeExpr
    span: Span


@dataclass(frozen=True, slots=True)
class FunctionBody:
    """`{ var...; stmt... }`: locals may only open the body."""

    locals: tuple[VarDecl, ...]
    stmts: tuple[Stmt, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class FunDecl:
    """A named function; `body` is None for a foreign function."""

    name: Name
    params: tuple[Param, ...]
    return_type: TypeExpr | None
    body: FunctionBody | None
    creates: Name | None
    span: Span


@dataclass(frozen=True, slots=True)
class AnonHandler:
    """An anonymous handler: at most one parameter and a body."""

    param: Param | None
    body: FunctionBody
    span: Span


HandlerRef = AnonHandler | Name
"""A handler written inline or as the name of a machine method."""


@dataclass(frozen=True, slots=True)
class EntryItem:
    handler: HandlerRef
    span: Span


@dataclass(frozen=True, slots=True)
class ExitItem:
    handler: HandlerRef
    span: Span


@dataclass(frozen=True, slots=True)
class DeferItem:
    events: tuple[Name, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class IgnoreItem:
    events: tuple[Name, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class OnDoItem:
    events: tuple[Name, ...]
    handler: HandlerRef
    span: Span


@dataclass(frozen=True, slots=True)
class OnGotoItem:
    events: tuple[Name, ...]
    target: Name
    handler: HandlerRef | None
    span: Span


StateItem = EntryItem | ExitItem | DeferItem | IgnoreItem | OnDoItem | OnGotoItem

Temperature = Literal["hot", "cold"]


@dataclass(frozen=True, slots=True)
class StateDecl:
    name: Name
    is_start: bool
    temperature: Temperature | None
    items: tuple[StateItem, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class MachineBody:
    """Members in source order (vars, functions and states may interleave)."""

    vars: tuple[VarDecl, ...]
    functions: tuple[FunDecl, ...]
    states: tuple[StateDecl, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class MachineDecl:
    """`machine M receives ...; sends ...; { ... }`.

    `receives`/`sends` are None when no such clause was written ("all events"); several
    clauses of one kind are already united here.
    """

    name: Name
    receives: tuple[Name, ...] | None
    sends: tuple[Name, ...] | None
    body: MachineBody
    span: Span


@dataclass(frozen=True, slots=True)
class SpecDecl:
    """A `spec` monitor, or a `scenario` (coverage monitor) when `is_scenario`."""

    name: Name
    observes: tuple[Name, ...]
    body: MachineBody
    is_scenario: bool
    span: Span


# ---------------------------------------------------------------------------------------
# Other top-level declarations


@dataclass(frozen=True, slots=True)
class TypeDecl:
    """`type T = U;` (alias) or `type T;` (foreign type, `type` None)."""

    name: Name
    type: TypeExpr | None
    span: Span


@dataclass(frozen=True, slots=True)
class EnumElement:
    name: Name
    value: int | None
    span: Span


@dataclass(frozen=True, slots=True)
class EnumDecl:
    name: Name
    elements: tuple[EnumElement, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class EventDecl:
    name: Name
    payload: TypeExpr | None
    span: Span


@dataclass(frozen=True, slots=True)
class EventSetDecl:
    name: Name
    events: tuple[Name, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class InterfaceDecl:
    name: Name
    payload: TypeExpr | None
    receives: tuple[Name, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class GlobalParamDecl:
    names: tuple[Name, ...]
    type: TypeExpr
    span: Span


# Module expressions ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Binding:
    """`M` (interface None: M's own interface) or `M -> I`."""

    machine: Name
    interface: Name | None
    span: Span


@dataclass(frozen=True, slots=True)
class PrimitiveModule:
    bindings: tuple[Binding, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class NamedModule:
    name: Name
    span: Span


@dataclass(frozen=True, slots=True)
class UnionModule:
    modules: tuple[ModuleExpr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ComposeModule:
    modules: tuple[ModuleExpr, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class AssertModule:
    specs: tuple[Name, ...]
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class HideEventsModule:
    events: tuple[Name, ...]
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class HideInterfacesModule:
    interfaces: tuple[Name, ...]
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class RenameModule:
    old: Name
    new: Name
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class MainModule:
    """`main M in m`: parsed; behaves exactly like `m` (as the reference does)."""

    machine: Name
    module: ModuleExpr
    span: Span


ModuleExpr = (
    PrimitiveModule
    | NamedModule
    | UnionModule
    | ComposeModule
    | AssertModule
    | HideEventsModule
    | HideInterfacesModule
    | RenameModule
    | MainModule
)


@dataclass(frozen=True, slots=True)
class ModuleDecl:
    name: Name
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class ParamLiteral:
    """A literal in a parameterised test's value list: an int (sign folded in) or a bool."""

    value: int | bool
    span: Span


@dataclass(frozen=True, slots=True)
class TestParam:
    name: Name
    values: tuple[ParamLiteral, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class TestDecl:
    """`test [param (...)] [assume e] [twise] Name [main = M]: module [refines module];`.

    `twise` is None (keep all combinations), or the t of `(t wise)` / 2 for `pairwise`;
    `twise_span` locates it for diagnostics.
    """

    name: Name
    main: Name
    module: ModuleExpr
    params: tuple[TestParam, ...]
    assume: Expr | None
    twise: int | None
    twise_span: Span | None
    refines: ModuleExpr | None
    span: Span
    pairwise: bool = False


@dataclass(frozen=True, slots=True)
class ImplementationDecl:
    name: Name
    main: Name | None
    module: ModuleExpr
    span: Span


@dataclass(frozen=True, slots=True)
class UnsupportedDecl:
    """A PVerifier-only top-level declaration (`pure`, `invariant`, `axiom`, `Proof`, ...)."""

    what: str
    span: Span


Decl = (
    TypeDecl
    | EnumDecl
    | EventDecl
    | EventSetDecl
    | InterfaceDecl
    | MachineDecl
    | SpecDecl
    | FunDecl
    | GlobalParamDecl
    | ModuleDecl
    | TestDecl
    | ImplementationDecl
    | UnsupportedDecl
)


@dataclass(frozen=True, slots=True)
class SourceUnit:
    """One parsed file."""

    path: str
    decls: tuple[Decl, ...]
    from_included_project: bool = False


@dataclass(frozen=True, slots=True)
class Program:
    """All files of a project: one global namespace."""

    units: tuple[SourceUnit, ...]

    def decls(self) -> list[Decl]:
        return [d for u in self.units for d in u.decls]
