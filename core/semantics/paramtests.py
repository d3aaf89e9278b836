"""Parameterised tests (reference 7.3): value lists, the assume filter, t-wise reduction.

Combinations are enumerated odometer-style with the first parameter changing fastest; the
`assume` expression is evaluated by a tiny evaluator over int/bool literals and the params;
`(t wise)` keeps a greedy cover of every t-subset of parameter values, ties broken by
enumeration order. Generated tests are named `<Name>___<p1>_<v1>__<p2>_<v2>...`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from pide.core.diagnostics import DiagnosticBag
from pide.core.fastdataclass import dataclass
from pide.core.semantics.symbols import SymbolTable
from pide.core.semantics.types import BOOL, INT
from pide.core.syntax import ast

Value = int | bool


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    values: dict[str, Value]


class _NotEvaluable(Exception):
    """The assume expression uses something the reference's evaluator does not support."""


def _truncating_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def evaluate(e: ast.Expr, env: dict[str, Value]) -> Value:
    match e:
        case ast.IntLit(value=v):
            return v
        case ast.BoolLit(value=v):
            return v
        case ast.NameExpr(name=name):
            if name.text not in env:
                raise _NotEvaluable(f"'{name.text}' is not a parameter of this test")
            return env[name.text]
        case ast.UnaryExpr(op="-", operand=o):
            v = evaluate(o, env)
            if isinstance(v, bool):
                raise _NotEvaluable("'-' needs an int")
            return -v
        case ast.UnaryExpr(op="!", operand=o):
            v = evaluate(o, env)
            if not isinstance(v, bool):
                raise _NotEvaluable("'!' needs a bool")
            return not v
        case ast.BinaryExpr(op=op, left=left, right=right):
            a, b = evaluate(left, env), evaluate(right, env)
            if op in ("&&", "||"):
                if not (isinstance(a, bool) and isinstance(b, bool)):
                    raise _NotEvaluable(f"'{op}' needs bools")
                return (a and b) if op == "&&" else (a or b)
            if op in ("==", "!="):
                if isinstance(a, bool) != isinstance(b, bool):
                    raise _NotEvaluable(f"'{op}' compares an int with a bool")
                return (a == b) if op == "==" else (a != b)
            if isinstance(a, bool) or isinstance(b, bool):
                raise _NotEvaluable(f"'{op}' needs ints")
            if op in ("/", "%") and b == 0:
                raise _NotEvaluable("division by zero")
            results: dict[str, Callable[[], Value]] = {
                "+": lambda: a + b,
                "-": lambda: a - b,
                "*": lambda: a * b,
                "/": lambda: _truncating_div(a, b),
                "%": lambda: a - b * _truncating_div(a, b),
                "<": lambda: a < b,
                "<=": lambda: a <= b,
                ">": lambda: a > b,
                ">=": lambda: a >= b,
            }
            if op not in results:
                raise _NotEvaluable(f"'{op}' is not supported in an assume expression")
            return results[op]()
        case _:
            raise _NotEvaluable(
                "only literals, parameters and arithmetic/logic operators are allowed"
            )


def _value_name(v: Value) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return f"neg{-v}" if v < 0 else str(v)


def expand(decl: ast.TestDecl, table: SymbolTable, bag: DiagnosticBag) -> list[Variant] | None:
    """The variants of a parameterised test, or None after reporting a problem."""
    names: list[str] = []
    lists: list[list[Value]] = []
    ok = True
    for p in decl.params:
        sym = table.params.get(p.name.text)
        if sym is None:
            bag.error("P0609", f"'{p.name.text}' is not a declared global param", p.name.span)
            ok = False
            continue
        if p.name.text in names:
            bag.error("P0609", f"parameter '{p.name.text}' is listed twice", p.name.span)
            ok = False
            continue
        if sym.type not in (INT, BOOL):
            bag.error(
                "P0609", f"tests can only set int or bool params, not {sym.type}", p.name.span
            )
            ok = False
            continue
        values: list[Value] = []
        for lit in p.values:
            if isinstance(lit.value, bool) != (sym.type == BOOL):
                bag.error("P0609", f"'{p.name.text}' is a {sym.type}; this value is not", lit.span)
                ok = False
            elif not isinstance(lit.value, bool) and lit.value in values:
                bag.error("P0609", f"value {lit.value} appears twice for '{p.name.text}'", lit.span)
                ok = False
            else:
                values.append(lit.value)
        names.append(p.name.text)
        lists.append(values)
    twise = decl.twise
    out_of_range = twise is not None and (twise < 1 or twise > len(decl.params))
    # The reference does not range-check `pairwise`.
    if out_of_range and decl.twise_span is not None and not decl.pairwise:
        bag.error(
            "P0610",
            f"a {twise}-wise test needs between 1 and {len(decl.params)} parameters",
            decl.twise_span,
        )
        ok = False
    if not ok:
        return None
    combos = [
        dict(zip(names, reversed(c))) for c in itertools.product(*reversed(lists))
    ]  # first parameter changes fastest
    if decl.assume is not None:
        kept = []
        for combo in combos:
            try:
                verdict = evaluate(decl.assume, combo)
            except _NotEvaluable as problem:
                bag.error(
                    "P0609", f"cannot evaluate the assume expression: {problem}", decl.assume.span
                )
                return None
            if not isinstance(verdict, bool):
                bag.error("P0609", "the assume expression must be a bool", decl.assume.span)
                return None
            if verdict:
                kept.append(combo)
        combos = kept
    if twise is not None and twise != len(names):
        combos = _twise_cover(combos, names, lists, twise)
    base = decl.name.text
    return [
        Variant(base + "___" + "__".join(f"{n}_{_value_name(c[n])}" for n in names), c)
        for c in combos
    ]


def _twise_cover(
    combos: list[dict[str, Value]], names: list[str], lists: list[list[Value]], t: int
) -> list[dict[str, Value]]:
    if t > len(names):
        return []

    def obligations(combo: dict[str, Value]) -> set[tuple[tuple[str, int], ...]]:
        indexed = [(n, lists[i].index(combo[n])) for i, n in enumerate(names)]
        return {tuple(sub) for sub in itertools.combinations(indexed, t)}

    covers = [obligations(c) for c in combos]
    remaining: set[tuple[tuple[str, int], ...]] = set().union(*covers) if covers else set()
    picked: list[dict[str, Value]] = []
    while remaining:
        best = max(range(len(combos)), key=lambda i: (len(covers[i] & remaining), -i))
        gain = covers[best] & remaining
        if not gain:
            break
        picked.append(combos[best])
        remaining -= gain
    return picked
