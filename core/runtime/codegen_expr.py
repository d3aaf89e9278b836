"""IR expressions -> Python expression text (the hot path of the checker).

Each IR expression becomes one Python expression, so P's left-to-right evaluation order is
Python's own. Scheduling points inside expressions (`new`, calls of functions that may reach
one) become `(yield from ...)`, which Python allows anywhere in a generator. What Python
already does the P way is inlined (tuple indexing, `len`, membership, string concatenation);
everything else calls a helper bound in the module's globals (see `rtlib.NAMESPACE`).

Int `+ - *` wrap to 64 bits with an inline range test on a walrus temporary: overflow is
rare, and a function call per arithmetic operation would cost more than the operation.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, assert_never

from pide.core.runtime.ops import default_value, inhabits_checker
from pide.core.runtime.printing import parse_format_placeholders
from pide.core.runtime.values import INT_MAX, INT_MIN, PEvent
from pide.core.semantics import ir
from pide.core.semantics.types import INT, PermissionType, PType

_ARITH_OPS = frozenset({"+", "-", "*"})
_COMPARE_OPS = frozenset({"<", ">", "<=", ">="})


class ConstPool:
    """Values the generated module refers to by name (`_K<n>`): events, defaults, names."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self._by_key: dict[tuple[str, Any], str] = {}

    def add(self, value: Any, key: Any = None) -> str:
        """The global name holding `value`; equal keys share one name."""
        lookup = (type(value).__name__, key if key is not None else id(value))
        name = self._by_key.get(lookup)
        if name is None:
            name = f"_K{len(self.values)}"
            self.values[name] = value
            self._by_key[lookup] = name
        return name


def literal(value: Any, pool: ConstPool) -> str:
    """Python source for a constant value."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value) if value >= 0 else f"({value})"
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value) if value >= 0 else f"({value!r})"
        return pool.add(value, ("float", repr(value)))
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, PEvent):
        return pool.add(value, ("event", value.name))
    return pool.add(value)


def skippable(expr: ir.Expr) -> bool:
    """Whether evaluating `expr` can be left out when its value is not needed: it draws no
    choice, creates nothing, calls nothing and cannot fail at runtime.

    `print` and assertion messages rely on it: their value only matters when a trace is
    recorded (or the assertion fails), but an expression that can fail (an index, a map
    lookup, a division, a cast, a `choose`) must still be evaluated, because its runtime
    error is a bug (reference 8.3, 8.4)."""
    match expr:
        case ir.Nondet() | ir.Choose() | ir.NewMachine() | ir.Call() | ir.ErrorExpr():
            return False
        case ir.IndexGet() | ir.Cast():
            return False
        case ir.Const() | ir.LocalRef() | ir.FieldRef() | ir.GlobalParamRef() | ir.ThisRef():
            return True
        case ir.DefaultValue():
            return True
        case ir.TupleBuild(elements=items) | ir.NamedTupleBuild(elements=items):
            return all(skippable(e) for e in items)
        case ir.Format(args=items):
            return all(skippable(e) for e in items)
        case ir.TupleGet(target=a) | ir.CollectionOp(operand=a) | ir.Unary(operand=a):
            return skippable(a)
        case ir.Coerce(operand=a, kind=kind):
            return kind in ("identity", "enum_to_int", "int_to_float") and skippable(a)
        case ir.Binary(left=a, right=b, op=op, kind=kind):
            if kind == "int" and op in ("/", "%"):
                return False
            return skippable(a) and skippable(b)
        case ir.Contains(element=a, collection=b):
            return skippable(a) and skippable(b)
        case _:
            assert_never(expr)


class ExprCompiler:
    """Compiles the expressions of one function.

    `is_gen(owner, name)` says whether a callee is compiled as a generator; `function_name`
    gives the global name of a compiled function.
    """

    def __init__(
        self,
        pool: ConstPool,
        is_gen: Callable[[str | None, str], bool],
        function_name: Callable[[str | None, str], str],
        is_foreign: Callable[[str | None, str], bool],
        param_index: Callable[[str], int],
    ) -> None:
        self.pool = pool
        self.is_gen = is_gen
        self.function_name = function_name
        self.is_foreign = is_foreign
        self.param_index = param_index
        self.uses_fields = False
        self.temps = 0

    def temp(self) -> str:
        self.temps += 1
        return f"_t{self.temps}"

    def expr(self, e: ir.Expr) -> str:
        match e:
            case ir.Const(value=value):
                return literal(value, self.pool)
            case ir.LocalRef(slot=slot):
                return f"l{slot}"
            case ir.FieldRef(index=index):
                self.uses_fields = True
                return f"F[{index}]"
            case ir.GlobalParamRef(name=name):
                return f"m.rt.params[{self.param_index(name)}]"
            case ir.ThisRef():
                return "m.ref"
            case ir.Nondet(fair=fair):
                return f"_choose_bool(m, {fair!r})"
            case ir.Choose(operand=operand, kind=kind):
                return f"_choose(m, {kind!r}, {self.expr(operand)})"
            case ir.TupleBuild(elements=elements):
                return self.tuple_text(elements)
            case ir.NamedTupleBuild(names=names, elements=elements):
                return f"_NT({self.pool.add(names, ('names', names))}, {self.tuple_text(elements)})"
            case ir.TupleGet(target=target, index=index, named=named):
                inner = self.expr(target)
                return f"{inner}.values[{index}]" if named else f"{inner}[{index}]"
            case ir.IndexGet(target=target, index=index, kind=kind):
                helper = {"seq": "_seq_get", "map": "_map_get", "set": "_set_get"}[kind]
                return f"{helper}({self.expr(target)}, {self.expr(index)})"
            case ir.CollectionOp(op=op, operand=operand):
                inner = self.expr(operand)
                return f"len({inner})" if op == "sizeof" else f"{inner}.{op}()"
            case ir.DefaultValue(type=ptype):
                return self.default(ptype)
            case ir.NewMachine(interface=interface, payload=payload):
                arg = "None" if payload is None else self.expr(payload)
                return f"(yield from _new(m, {interface!r}, {arg}))"
            case ir.Call():
                return self.call(e)
            case ir.Format(template=template, args=args):
                return self.format(template, args)
            case ir.Unary(op=op, operand=operand):
                inner = self.expr(operand)
                if op == "!":
                    return f"(not {inner})"
                return f"_int_neg({inner})" if e.type == INT else f"(-{inner})"
            case ir.Binary():
                return self.binary(e)
            case ir.Contains(element=element, collection=collection):
                return f"({self.expr(element)} in {self.expr(collection)})"
            case ir.Cast(operand=operand, type=ptype):
                check = self.pool.add(inhabits_checker(ptype))
                shown = self.pool.add(ptype)
                return f"_cast({self.expr(operand)}, {check}, {shown})"
            case ir.Coerce():
                return self.coerce(e)
            case ir.ErrorExpr():
                return "_error_expr()"
            case _:
                assert_never(e)

    def tuple_text(self, elements: tuple[ir.Expr, ...]) -> str:
        if not elements:
            return "()"
        return "(" + "".join(self.expr(x) + ", " for x in elements) + ")"

    def default(self, ptype: PType) -> str:
        value = default_value(ptype)
        if value is None or isinstance(value, bool | int | str):
            return literal(value, self.pool)
        return self.pool.add(value, ("default", ptype))

    def call(self, e: ir.Call) -> str:
        if self.is_foreign(e.owner, e.function):
            values = ", ".join(self.expr(a) for a in e.args)
            return f"{self.function_name(e.owner, e.function)}({values})"
        args = "".join(", " + self.expr(a) for a in e.args)
        name = self.function_name(e.owner, e.function)
        if self.is_gen(e.owner, e.function):
            return f"(yield from {name}(m{args}))"
        return f"{name}(m{args})"

    def format(self, template: str, args: tuple[ir.Expr, ...]) -> str:
        setup, joined = self.format_split(template, args)
        if not setup:
            return joined
        assigns = ", ".join(f"({t} := {v})" for t, v in setup)
        return f"({assigns}, {joined})[-1]"

    def evaluate_now(self, e: ir.Expr) -> tuple[list[tuple[str, str]], str]:
        """Split `e` into (temp, text) assignments that evaluate everything that can fail or
        has effects, left to right, and the text that builds the value from those temps.

        For a `format` only the arguments are evaluated up front: the string itself is built
        later, and only when it is needed (`print` while recording, a failed assertion)."""
        if isinstance(e, ir.Format):
            return self.format_split(e.template, e.args)
        t = self.temp()
        return [(t, self.expr(e))], t

    def format_split(
        self, template: str, args: tuple[ir.Expr, ...]
    ) -> tuple[list[tuple[str, str]], str]:
        """`evaluate_now` of `format(template, args...)`."""
        indices, problem = parse_format_placeholders(template)
        values = [self.expr(a) for a in args]
        if problem is not None or any(i >= len(values) for i in indices):
            # Statically rejected; keep the runtime behaviour of `format_string`.
            t = self.temp()
            return [(t, f"_format({template!r}, ({''.join(v + ', ' for v in values)}))")], t
        temps = [self.temp() for _ in values]
        parts: list[str] = []
        for literal_text, index in _format_pieces(template):
            if literal_text:
                parts.append(repr(literal_text))
            if index is not None:
                parts.append(f"_ps({temps[index]})")
        return list(zip(temps, values)), " + ".join(parts) if parts else "''"

    def binary(self, e: ir.Binary) -> str:
        op, kind = e.op, e.kind
        left, right = self.expr(e.left), self.expr(e.right)
        if op == "&&":
            return f"({left} and {right})"
        if op == "||":
            return f"({left} or {right})"
        if op in ("==", "!="):
            if kind == "generic":
                text = f"_p_equal({left}, {right})"
                return text if op == "==" else f"(not {text})"
            return f"({left} {op} {right})"
        if op in _COMPARE_OPS:
            return f"({left} {op} {right})"
        if kind == "int":
            if op in _ARITH_OPS:
                t = self.temp()
                return (
                    f"({t} if {INT_MIN} <= ({t} := {left} {op} {right}) <= {INT_MAX} "
                    f"else _wrap({t}))"
                )
            return f"{'_int_div' if op == '/' else '_int_mod'}({left}, {right})"
        if kind == "float":
            if op in _ARITH_OPS:
                return f"({left} {op} {right})"
            return f"{'_float_div' if op == '/' else '_float_mod'}({left}, {right})"
        # string `+` (the only arithmetic the type checker lets through for strings)
        return f"({left} {op} {right})"

    def coerce(self, e: ir.Coerce) -> str:
        inner = self.expr(e.operand)
        match e.kind:
            case "identity" | "enum_to_int":
                return inner
            case "int_to_float":
                return f"float({inner})"
            case "float_to_int":
                return f"_float_to_int({inner})"
            case "permission":
                target = e.type
                assert isinstance(target, PermissionType)
                events = self.pool.add(target.events, ("events", target.events))
                return f"_coerce_permission({inner}, {target.name!r}, {events})"
            case _:
                assert_never(e.kind)


def _format_pieces(template: str) -> list[tuple[str, int | None]]:
    """Split a valid template into (literal text, placeholder index or None) pieces."""
    pieces: list[tuple[str, int | None]] = []
    text: list[str] = []
    i, n = 0, len(template)
    while i < n:
        char = template[i]
        if char in "{}" and template.startswith(char, i + 1):
            text.append(char)
            i += 2
        elif char == "{":
            close = template.index("}", i)
            pieces.append(("".join(text), int(template[i + 1 : close])))
            text = []
            i = close + 1
        else:
            text.append(char)
            i += 1
    if text:
        pieces.append(("".join(text), None))
    return pieces
