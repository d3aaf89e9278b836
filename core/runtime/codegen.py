"""IR functions -> Python source: one module per program, executed once with `exec`.

Why source text rather than closures or an AST walker: CPython runs straight-line bytecode
of a real function far faster than any interpretive dispatch, and P's locals become Python
fast locals. Each P function becomes `def fn<k>(m, l0, l1, ...)` where `m` is the running
machine (or monitor), `F = m.fields` its field list and `l<slot>` its locals.

Functions that can reach a scheduling point (send, `new`, receive, or a call of such a
function) are generators: a scheduling point is a bare `yield` (the scheduler decides who
runs next while the machine is suspended there) and calls use `yield from`. Everything else
compiles to a plain function. The generator set is computed here from the IR, not taken
from `Effects`, because `announce` counts as "sends" for the capability rules but is no
scheduling point.

`raise`/`goto` are Python exceptions (`RaiseSignal`/`GotoSignal`) that unwind the handler;
values are immutable, so assignment is sharing and a nested update such as `a.b[3].c = v`
rebuilds the path functionally. Every generated line remembers the span of the statement it
came from (`CodeModule.spans`), which is how runtime errors and trace events get a source
position without any bookkeeping on the hot path.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_never

from pide.core.fastdataclass import dataclass, field
from pide.core.runtime.codegen_expr import ConstPool, ExprCompiler, literal, skippable
from pide.core.runtime.values import PEvent
from pide.core.semantics import ir
from pide.core.semantics.types import ANY, DATA, ErrorType, PType, TupleType
from pide.core.source import Span

LOOP_CHECK_EVERY = 1000
"""The runtime's loop guard runs every this many loop iterations.

Iterations are counted in one module-wide counter (`_LC`) shared by every loop of every
function, so a runaway made of nested loops, or of a loop calling a function with a loop,
reaches the guard as quickly as a flat one."""

FunctionKey = tuple[str | None, str]


@dataclass(frozen=True, slots=True)
class ReceiveInfo:
    """What a `receive` waits for: `awaited` (case events plus `halt`) and `logged` (the
    order P's wait record lists them)."""

    awaited: frozenset[str]
    logged: tuple[str, ...]


@dataclass(slots=True)
class CodeModule:
    """The generated source, its constants and the span of every line (index = line - 1)."""

    lines: list[str] = field(default_factory=list)
    spans: list[Span | None] = field(default_factory=list)
    names: dict[FunctionKey, str] = field(default_factory=dict)
    generators: set[FunctionKey] = field(default_factory=set)
    pool: ConstPool = field(default_factory=ConstPool)

    @property
    def source(self) -> str:
        return "\n".join(self.lines) + "\n"


def _all_functions(program: ir.ProgramIR) -> Iterator[ir.FunctionIR]:
    yield from program.functions.values()
    for machine in program.machines.values():
        yield from machine.functions.values()


def _stmt_children(stmt: ir.Stmt) -> Iterator[ir.Stmt | ir.Expr]:
    match stmt:
        case ir.Block(stmts=stmts):
            yield from stmts
        case ir.Assert(condition=c, message=msg):
            yield c
            if msg is not None:
                yield msg
        case ir.Print(value=v) | ir.ExprStmt(expr=v):
            yield v
        case ir.Return(value=v):
            if v is not None:
                yield v
        case ir.Break() | ir.Continue():
            pass
        case ir.Assign(target=t, value=v) | ir.AddToSet(target=t, value=v):
            yield t
            yield v
        case ir.Insert(target=t, key=k, value=v):
            yield from (t, k, v)
        case ir.Remove(target=t, value=v):
            yield from (t, v)
        case ir.While(condition=c, body=b):
            yield from (c, b)
        case ir.Foreach(variable=var, collection=c, body=b):
            yield from (var, c, b)
        case ir.If(condition=c, then=t, otherwise=o):
            yield from (c, t)
            if o is not None:
                yield o
        case ir.Raise(event=e, payload=p) | ir.Announce(event=e, payload=p):
            yield e
            if p is not None:
                yield p
        case ir.Send(target=t, event=e, payload=p):
            yield from (t, e)
            if p is not None:
                yield p
        case ir.Goto(payload=p):
            if p is not None:
                yield p
        case ir.Receive(cases=cases):
            yield from (c.body for c in cases)
        case _:
            assert_never(stmt)


def _expr_children(expr: ir.Expr) -> Iterator[ir.Expr]:
    match expr:
        case ir.TupleBuild(elements=items) | ir.NamedTupleBuild(elements=items):
            yield from items
        case ir.Format(args=items) | ir.Call(args=items):
            yield from items
        case ir.TupleGet(target=a) | ir.CollectionOp(operand=a) | ir.Unary(operand=a):
            yield a
        case ir.Cast(operand=a) | ir.Coerce(operand=a) | ir.Choose(operand=a):
            yield a
        case ir.IndexGet(target=a, index=b) | ir.Binary(left=a, right=b):
            yield from (a, b)
        case ir.Contains(element=a, collection=b):
            yield from (a, b)
        case ir.NewMachine(payload=p):
            if p is not None:
                yield p
        case _:
            pass


_STMT_TYPES = (
    ir.Block, ir.Assert, ir.Print, ir.Return, ir.Break, ir.Continue, ir.Assign, ir.Insert,
    ir.AddToSet, ir.Remove, ir.While, ir.Foreach, ir.If, ir.ExprStmt, ir.Raise, ir.Send,
    ir.Announce, ir.Goto, ir.Receive,
)  # fmt: skip


def _direct_facts(body: ir.Block) -> tuple[bool, set[FunctionKey]]:
    """(whether the body itself reaches a scheduling point, the functions it calls)."""
    blocks = False
    calls: set[FunctionKey] = set()
    todo: list[ir.Stmt | ir.Expr] = [body]
    while todo:
        node = todo.pop()
        if isinstance(node, _STMT_TYPES):
            if isinstance(node, ir.Send | ir.Receive):
                blocks = True
            todo.extend(_stmt_children(node))
        else:
            if isinstance(node, ir.NewMachine):
                blocks = True
            elif isinstance(node, ir.Call):
                calls.add((node.owner, node.function))
            todo.extend(_expr_children(node))
    return blocks, calls


def generator_functions(program: ir.ProgramIR) -> set[FunctionKey]:
    """Functions that can reach a scheduling point, directly or through calls (fixpoint)."""
    facts: dict[FunctionKey, tuple[bool, set[FunctionKey]]] = {}
    for f in _all_functions(program):
        if f.body is not None:
            facts[(f.owner, f.name)] = _direct_facts(f.body)
    result = {key for key, (blocks, _) in facts.items() if blocks}
    changed = True
    while changed:
        changed = False
        for key, (_, calls) in facts.items():
            if key not in result and calls & result:
                result.add(key)
                changed = True
    return result


class FunctionCodegen:
    """Emits one function's `def`."""

    def __init__(
        self, module: CodeModule, fn: ir.FunctionIR, program: ir.ProgramIR, params: list[str]
    ) -> None:
        self.module = module
        self.fn = fn
        self.program = program
        self.gen = (fn.owner, fn.name) in module.generators
        self.exprs = ExprCompiler(
            module.pool,
            lambda owner, name: (owner, name) in module.generators,
            lambda owner, name: module.names[(owner, name)],
            lambda owner, name: program.function(name, owner).is_foreign,
            params.index,
        )
        self.body: list[tuple[str, Span | None]] = []
        self.depth = 1
        self.loops = False

    def emit(self, text: str, span: Span | None) -> None:
        self.body.append(("    " * self.depth + text, span))

    def temp(self) -> str:
        return self.exprs.temp()

    def expr(self, e: ir.Expr) -> str:
        return self.exprs.expr(e)

    def compile(self) -> None:
        fn = self.fn
        assert fn.body is not None
        self.block(fn.body)
        if not self.body:
            self.emit("pass", fn.span)
        params = "".join(f", l{i}" for i in range(fn.param_count))
        name = self.module.names[(fn.owner, fn.name)]
        head: list[tuple[str, Span | None]] = [(f"def {name}(m{params}):", fn.span)]
        if self.loops:
            head.append(("    global _LC", fn.span))
        if self.exprs.uses_fields:
            head.append(("    F = m.fields", fn.span))
        for slot in range(fn.param_count, len(fn.locals)):
            local = fn.locals[slot]
            head.append((f"    l{slot} = {self.exprs.default(local.type)}", local.span))
        if self.gen and not any("yield" in text for text, _ in self.body):
            self.body.append(("    if False:\n        yield", None))
        for text, span in [*head, *self.body, ("", None)]:
            self.module.lines.append(text)
            self.module.spans.append(span)

    # -- statements -------------------------------------------------------------------------

    def block(self, block: ir.Block) -> None:
        for stmt in block.stmts:
            self.stmt(stmt)

    def nested(self, stmt: ir.Stmt) -> None:
        self.depth += 1
        before = len(self.body)
        self.stmt(stmt)
        if len(self.body) == before:
            self.emit("pass", stmt.span)
        self.depth -= 1

    def stmt(self, s: ir.Stmt) -> None:
        match s:
            case ir.Block():
                self.block(s)
            case ir.Assert(condition=cond, message=msg, span=span):
                self.emit_assert(cond, msg, span)
            case ir.Print(value=value, span=span):
                self.print_(value, span)
            case ir.Return(value=value, span=span):
                self.emit("return" if value is None else f"return {self.expr(value)}", span)
            case ir.Break(span=span):
                self.emit("break", span)
            case ir.Continue(span=span):
                self.emit("continue", span)
            case ir.Assign(target=target, value=value, span=span):
                self.store(target, lambda _read: self.expr(value), span)
            case ir.Insert(target=target, key=key, value=value, kind=kind, span=span):
                helper = "_seq_insert" if kind == "seq" else "_map_add"
                self.store(
                    target,
                    lambda read: f"{helper}({read}, {self.expr(key)}, {self.expr(value)})",
                    span,
                )
            case ir.AddToSet(target=target, value=value, span=span):
                self.store(target, lambda read: f"{read}.add({self.expr(value)})", span)
            case ir.Remove(target=target, value=value, kind=kind, span=span):
                if kind == "seq":
                    self.store(
                        target, lambda read: f"_seq_remove({read}, {self.expr(value)})", span
                    )
                else:
                    self.store(target, lambda read: f"{read}.remove({self.expr(value)})", span)
            case ir.While(condition=cond, body=body, span=span):
                self.while_(cond, body, span)
            case ir.Foreach(variable=var, collection=coll, body=body, span=span):
                item = self.temp()
                self.emit(f"for {item} in {self.expr(coll)}:", span)
                self.depth += 1
                self.count_iteration(span)
                self.store(var, lambda _read: item, span)
                self.depth -= 1
                self.nested(body)
            case ir.If():
                self.if_(s)
            case ir.ExprStmt(expr=e, span=span):
                self.emit(self.expr(e), span)
            case ir.Raise(event=event, payload=payload, span=span):
                self.emit(
                    f"raise _raise_signal({self.event(event)}, {self.payload(payload)})", span
                )
            case ir.Goto(state=state, payload=payload, span=span):
                self.emit(f"raise _GotoSignal({state!r}, {self.payload(payload)})", span)
            case ir.Send(target=target, event=event, payload=payload, span=span):
                t = self.temp()
                args = f"{self.expr(target)}, {self.event(event)}, {self.payload(payload)}"
                self.emit(f"{t} = _send(m, {args})", span)
                self.emit("yield", span)
                self.emit(f"_deliver(m, {t})", span)
            case ir.Announce(event=event, payload=payload, span=span):
                self.emit(f"_announce(m, {self.event(event)}, {self.payload(payload)})", span)
            case ir.Receive():
                self.receive(s)
            case _:
                assert_never(s)

    def event(self, e: ir.Expr) -> str:
        if isinstance(e, ir.Const) and isinstance(e.value, PEvent):
            return repr(e.value.name)
        return f"_event_name({self.expr(e)})"

    def payload(self, e: ir.Expr | None) -> str:
        return "None" if e is None else self.expr(e)

    def print_(self, value: ir.Expr, span: Span) -> None:
        """`print e`: the text is only built while a trace is recorded, but `e` is always
        evaluated unless that can neither fail nor have an effect (reference 8.4: a runtime
        error inside a printed expression is a bug like any other)."""
        if skippable(value):
            self.emit(f"if m.rt.rec is not None: _printed(m, _ps({self.expr(value)}))", span)
            return
        setup, text = self.exprs.evaluate_now(value)
        for t, v in setup:
            self.emit(f"{t} = {v}", span)
        if not isinstance(value, ir.Format):
            text = f"_ps({text})"
        self.emit(f"if m.rt.rec is not None: _printed(m, {text})", span)

    def emit_assert(self, cond: ir.Expr, msg: ir.Expr | None, span: Span) -> None:
        """`assert c, msg`: the condition, then the message (evaluated like an argument of
        the assertion, so its runtime errors are bugs even when `c` holds); the message
        text is only built when the assertion fails."""
        where = literal(span, self.module.pool)
        if msg is None or skippable(msg):
            text = "None" if msg is None else self.expr(msg)
            self.emit(f"if not {self.expr(cond)}: _assert_failed(m, {text}, {where})", span)
            return
        c = self.temp()
        self.emit(f"{c} = {self.expr(cond)}", span)
        setup, text = self.exprs.evaluate_now(msg)
        for t, v in setup:
            self.emit(f"{t} = {v}", span)
        self.emit(f"if not {c}: _assert_failed(m, {text}, {where})", span)

    def while_(self, cond: ir.Expr, body: ir.Stmt, span: Span) -> None:
        self.emit(f"while {self.expr(cond)}:", span)
        self.depth += 1
        self.count_iteration(span)
        self.depth -= 1
        self.nested(body)

    def count_iteration(self, span: Span) -> None:
        """Count one loop iteration towards the runtime's loop and time bounds."""
        self.loops = True
        self.emit("_LC += 1", span)
        self.emit(f"if _LC >= {LOOP_CHECK_EVERY}: _LC = 0; _loop_guard(m)", span)

    def if_(self, s: ir.If) -> None:
        self.emit(f"if {self.expr(s.condition)}:", s.span)
        self.nested(s.then)
        other = s.otherwise
        while other is not None:
            if isinstance(other, ir.If):
                self.emit(f"elif {self.expr(other.condition)}:", other.span)
                self.nested(other.then)
                other = other.otherwise
            else:
                self.emit("else:", other.span)
                self.nested(other)
                other = None

    def receive(self, s: ir.Receive) -> None:
        events: list[str] = []
        for case in s.cases:
            events.extend(case.events)
        logged = tuple(events) if "halt" in events else (*events, "halt")
        info = ReceiveInfo(frozenset(logged), logged)
        r, e = self.temp(), self.temp()
        self.emit(f"{r} = yield from _receive(m, {self.module.pool.add(info)})", s.span)
        self.emit(f"{e} = {r}[0]", s.span)
        keyword = "if"
        for case in s.cases:
            if not case.events:
                continue
            test = " or ".join(f"{e} == {ev!r}" for ev in case.events)
            self.emit(f"{keyword} {test}:", case.span)
            self.depth += 1
            if case.param_slot is not None:
                value = f"_fit({r}[1], True)" if self.unwraps(case) else f"{r}[1]"
                self.emit(f"l{case.param_slot} = {value}", case.span)
            self.depth -= 1
            self.nested(case.body)
            keyword = "elif"
        if "halt" not in events:
            if keyword == "if":
                self.emit("raise _raise_signal('halt', None)", s.span)
            else:
                self.emit("else:", s.span)
                self.emit("    raise _raise_signal('halt', None)", s.span)

    def unwraps(self, case: ir.ReceiveCase) -> bool:
        """Whether a 1-tuple payload of one of the case's events must be unwrapped."""
        assert case.param_slot is not None
        if not unwraps_single_tuples(self.fn.locals[case.param_slot].type):
            return False
        events = self.program.events
        return any(e in events and single_tuple(events[e].payload) for e in case.events)

    # -- assignment -------------------------------------------------------------------------

    def store(self, target: ir.LValue, new_value: object, span: Span) -> None:
        """Emit `target = new_value(read)`, where `read` is the text reading the target's
        current value. Index expressions on the path are evaluated once, first."""
        indices: dict[int, str] = {}
        for node in _path(target):
            if isinstance(node, ir.IndexGet):
                index = node.index
                if isinstance(index, ir.Const | ir.LocalRef):
                    indices[id(node)] = self.expr(index)
                else:
                    t = self.temp()
                    self.emit(f"{t} = {self.expr(index)}", span)
                    indices[id(node)] = t
        assert callable(new_value)
        value_text = new_value(self.read(target, indices))
        self.emit(self.write(target, value_text, indices), span)

    def read(self, lv: ir.Expr, indices: dict[int, str]) -> str:
        match lv:
            case ir.TupleGet(target=base, index=i, named=named):
                inner = self.read(base, indices)
                return f"{inner}.values[{i}]" if named else f"{inner}[{i}]"
            case ir.IndexGet(target=base, kind=kind):
                helper = {"seq": "_seq_get", "map": "_map_get", "set": "_set_get"}[kind]
                return f"{helper}({self.read(base, indices)}, {indices[id(lv)]})"
            case _:
                return self.expr(lv)

    def write(self, lv: ir.Expr, value: str, indices: dict[int, str]) -> str:
        match lv:
            case ir.LocalRef(slot=slot):
                return f"l{slot} = {value}"
            case ir.FieldRef(index=index):
                self.exprs.uses_fields = True
                return f"F[{index}] = {value}"
            case ir.TupleGet(target=base, index=i, named=named):
                helper = "_named_set" if named else "_tuple_set"
                return self.write(
                    base, f"{helper}({self.read(base, indices)}, {i}, {value})", indices
                )
            case ir.IndexGet(target=base, kind=kind):
                key = indices[id(lv)]
                current = self.read(base, indices)
                if kind == "seq":
                    return self.write(base, f"_seq_set({current}, {key}, {value})", indices)
                return self.write(base, f"{current}.set({key}, {value})", indices)
            case _:
                raise AssertionError(f"not an lvalue: {lv!r}")


def single_tuple(ptype: PType) -> bool:
    return isinstance(ptype, TupleType) and len(ptype.elements) == 1


def unwraps_single_tuples(ptype: PType) -> bool:
    """Whether a parameter of this type receives the element of a 1-tuple payload (handler
    rule 6.3 lets `(v,)` fit a parameter that `v` fits) rather than the tuple itself."""
    if isinstance(ptype, TupleType) and len(ptype.elements) == 1:
        return False
    return ptype not in (ANY, DATA) and not isinstance(ptype, ErrorType)


def _path(lv: ir.Expr) -> list[ir.Expr]:
    """The lvalue's nodes from the variable outwards."""
    nodes: list[ir.Expr] = []
    node = lv
    while isinstance(node, ir.TupleGet | ir.IndexGet):
        nodes.append(node)
        node = node.target
    nodes.append(node)
    return nodes[::-1]


def foreign_global(owner: str | None, name: str) -> str:
    """The global name a foreign function's implementation is bound to."""
    return f"_foreign_{name}" if owner is None else f"_foreign_{owner}__{name}"


def generate(program: ir.ProgramIR) -> CodeModule:
    """Generate the module for a whole program."""
    module = CodeModule()
    module.generators = generator_functions(program)
    params = sorted(program.global_params)
    functions = [f for f in _all_functions(program) if f.body is not None]
    for index, f in enumerate(functions):
        module.names[(f.owner, f.name)] = f"fn{index}"
    for f in _all_functions(program):
        if f.is_foreign:
            module.names[(f.owner, f.name)] = foreign_global(f.owner, f.name)
    for f in functions:
        FunctionCodegen(module, f, program, params).compile()
    return module
