"""Expression checking: AST expression -> typed IR expression (reference 6.1).

`check_expr` never fails: a broken sub-expression becomes an `ErrorExpr` of type `ERROR`,
which every later rule accepts silently, so each mistake is reported exactly once.
"""

from __future__ import annotations

from typing import Literal, assert_never

from pide.core.runtime.printing import format_string, parse_format_placeholders
from pide.core.runtime.values import HALT, PEvent
from pide.core.semantics import ir
from pide.core.semantics.context import BodyContext
from pide.core.semantics.types import (
    ANY,
    BOOL,
    DATA,
    ERROR,
    EVENT,
    FLOAT,
    INT,
    MACHINE,
    NULL,
    STRING,
    EnumType,
    ErrorType,
    MapType,
    NamedTupleType,
    PermissionType,
    PrimType,
    PType,
    SeqType,
    SetType,
    TupleType,
    is_assignable,
)
from pide.core.source import Span
from pide.core.syntax import ast

CHOOSE_LIMIT = 10000


def error(span: Span) -> ir.ErrorExpr:
    return ir.ErrorExpr(ERROR, span)


def bad(t: PType) -> bool:
    return isinstance(t, ErrorType)


def machine_permission(ctx: BodyContext) -> PType:
    m = ctx.machine
    assert m is not None
    receives = m.receives if m.receives is not None else ctx.table.all_events
    return PermissionType(m.name, "machine", receives)


def check_expr(ctx: BodyContext, e: ast.Expr) -> ir.Expr:
    match e:
        case ast.IntLit(value=value, span=span):
            return ir.Const(value, INT, span)
        case ast.FloatLit(value=value, span=span):
            return ir.Const(value, FLOAT, span)
        case ast.BoolLit(value=value, span=span):
            return ir.Const(value, BOOL, span)
        case ast.StringLit():
            return check_string_literal(ctx, e)
        case ast.NullLit(span=span):
            return ir.Const(None, NULL, span)
        case ast.NondetExpr(fair=fair, span=span):
            symbol = "$$" if fair else "$"
            if not ctx.spec_forbids(f"nondeterministic choice '{symbol}'", span):
                ctx.effects.nondeterministic = ctx.effects.nondeterministic or span
            return ir.Nondet(fair, BOOL, span)
        case ast.HaltExpr(span=span):
            return ir.Const(HALT, EVENT, span)
        case ast.ThisExpr(span=span):
            return check_this(ctx, span)
        case ast.NameExpr(name=name):
            return check_name(ctx, name)
        case ast.TupleExpr(elements=elements, span=span):
            items = tuple(check_expr(ctx, x) for x in elements)
            return ir.TupleBuild(items, TupleType(tuple(x.type for x in items)), span)
        case ast.NamedTupleExpr(fields=fields, span=span):
            return check_named_tuple(ctx, fields, span)
        case ast.FieldExpr():
            return check_field(ctx, e)
        case ast.TupleIndexExpr():
            return check_tuple_index(ctx, e)
        case ast.IndexExpr():
            return check_index(ctx, e)
        case ast.KeysExpr(operand=operand, span=span) | ast.ValuesExpr(operand=operand, span=span):
            op: Literal["keys", "values"] = "keys" if isinstance(e, ast.KeysExpr) else "values"
            target = check_expr(ctx, operand)
            t = target.type
            if bad(t):
                return error(span)
            if not isinstance(t, MapType):
                ctx.bag.error("P0316", f"{op}() expects a map, not {t}", operand.span)
                return error(span)
            return ir.CollectionOp(op, target, SeqType(t.key if op == "keys" else t.value), span)
        case ast.SizeofExpr(operand=operand, span=span):
            target = check_expr(ctx, operand)
            if not bad(target.type) and not isinstance(target.type, (SeqType, SetType, MapType)):
                ctx.bag.error(
                    "P0316", f"sizeof() expects a seq, set or map, not {target.type}", operand.span
                )
            return ir.CollectionOp("sizeof", target, INT, span)
        case ast.DefaultExpr(type=texpr, span=span):
            return ir.DefaultValue(ctx.declarer.resolve_type(texpr), span)
        case ast.NewExpr():
            return check_new(ctx, e)
        case ast.CallExpr():
            return check_call(ctx, e)
        case ast.ChooseExpr():
            return check_choose(ctx, e)
        case ast.FormatExpr(format=fmt, args=args, span=span):
            items = tuple(check_expr(ctx, a) for a in args)
            check_format_arity(ctx, fmt.value, len(items), fmt.span)
            return ir.Format(fmt.value, items, STRING, span)
        case ast.UnaryExpr():
            return check_unary(ctx, e)
        case ast.BinaryExpr():
            return check_binary(ctx, e)
        case ast.CastExpr(operand=operand, type=texpr, span=span):
            return check_cast(ctx, operand, texpr, span)
        case ast.CoerceExpr():
            return check_coerce(ctx, e)
        case ast.UnsupportedExpr(span=span):
            return error(span)
        case _:
            assert_never(e)


# -- literals and names --------------------------------------------------------------------


def check_format_arity(ctx: BodyContext, template: str, count: int, span: Span) -> bool:
    indices, problem = parse_format_placeholders(template)
    if problem is not None:
        hint = "" if "(write" in problem else " (write '{{' and '}}' for literal braces)"
        ctx.bag.error("P0105", f"malformed format string: {problem}{hint}", span)
        return False
    expected = max(indices) + 1 if indices else 0
    if expected != count:
        ctx.bag.error(
            "P0106",
            f"the format string uses {expected} argument(s) but {count} "
            f"{'is' if count == 1 else 'are'} given",
            span,
        )
        return False
    return True


def check_string_literal(ctx: BodyContext, e: ast.StringLit) -> ir.Expr:
    if not check_format_arity(ctx, e.value, 0, e.span):
        return ir.Const(e.value, STRING, e.span)
    return ir.Const(format_string(e.value, ()), STRING, e.span)


def check_this(ctx: BodyContext, span: Span) -> ir.Expr:
    if ctx.machine is None:
        ctx.bag.error("P0210", "'this' can only be used inside a machine", span)
        return error(span)
    if ctx.spec_forbids("'this'", span):
        return error(span)
    return ir.ThisRef(machine_permission(ctx), span)


def check_name(ctx: BodyContext, name: ast.Name) -> ir.Expr:
    text, span = name.text, name.span
    slot = ctx.lookup_local(text)
    if slot is not None:
        ctx.locals_read.add(slot)
        return ir.LocalRef(slot, text, ctx.locals[slot].type, span)
    if ctx.machine is not None and text in ctx.machine.fields:
        f = ctx.machine.fields[text]
        ctx.usage.fields_read.add((ctx.machine.name, text))
        return ir.FieldRef(f.slot, text, f.type, span)
    param = ctx.table.params.get(text)
    if param is not None:
        return ir.GlobalParamRef(text, param.type, span)
    element = ctx.table.enum_elements.get(text)
    if element is not None:
        sym = ctx.table.type_names[element.enum]
        assert isinstance(sym.type, EnumType)
        return ir.Const(element.value, sym.type, span)
    if text in ctx.table.events and text != "null":
        ctx.usage.events_mentioned.add(text)
        return ir.Const(PEvent(text), EVENT, span)
    ctx.bag.error(
        "P0202", f"cannot find '{text}': no variable, enum element or event has this name", span
    )
    return error(span)


def check_named_tuple(
    ctx: BodyContext, fields: tuple[tuple[ast.Name, ast.Expr], ...], span: Span
) -> ir.Expr:
    seen: set[str] = set()
    for fname, _ in fields:
        if fname.text in seen:
            ctx.bag.error(
                "P0209", f"field '{fname.text}' appears twice in this named tuple", fname.span
            )
        seen.add(fname.text)
    items = tuple(check_expr(ctx, x) for _, x in fields)
    names = tuple(f.text for f, _ in fields)
    return ir.NamedTupleBuild(
        names, items, NamedTupleType(names, tuple(x.type for x in items)), span
    )


# -- access ----------------------------------------------------------------------------------


def check_field(ctx: BodyContext, e: ast.FieldExpr) -> ir.Expr:
    target = check_expr(ctx, e.target)
    t = target.type
    if bad(t):
        return error(e.span)
    if isinstance(t, NamedTupleType):
        index = t.field_index(e.field.text)
        if index is not None:
            return ir.TupleGet(target, index, True, t.types[index], e.span)
        ctx.bag.error("P0308", f"{t} has no field '{e.field.text}'", e.field.span)
        return error(e.span)
    if isinstance(t, PermissionType) or t == MACHINE:
        ctx.bag.error(
            "P0308",
            f"cannot access field '{e.field.text}' of a machine reference: machines share no "
            "memory; send an event to ask for the value",
            e.field.span,
        )
        return error(e.span)
    ctx.bag.error(
        "P0308", f"cannot access field '{e.field.text}' of a value of type {t}", e.field.span
    )
    return error(e.span)


def check_tuple_index(ctx: BodyContext, e: ast.TupleIndexExpr) -> ir.Expr:
    target = check_expr(ctx, e.target)
    t = target.type
    if bad(t):
        return error(e.span)
    if isinstance(t, TupleType):
        if e.index < len(t.elements):
            return ir.TupleGet(target, e.index, False, t.elements[e.index], e.span)
        ctx.bag.error(
            "P0309",
            f"tuple index {e.index} is out of range for {t} ({len(t.elements)} elements)",
            e.index_span,
        )
        return error(e.span)
    if isinstance(t, NamedTupleType):
        ctx.bag.error(
            "P0309",
            f"{t} is a named tuple: access its fields by name, not by position",
            e.index_span,
        )
        return error(e.span)
    ctx.bag.error("P0309", f"cannot index a value of type {t} with '.{e.index}'", e.index_span)
    return error(e.span)


def check_index(ctx: BodyContext, e: ast.IndexExpr) -> ir.Expr:
    target = check_expr(ctx, e.target)
    index = check_expr(ctx, e.index)
    t, it = target.type, index.type
    if bad(t):
        return error(e.span)
    if isinstance(t, (SeqType, SetType)):
        if not is_assignable(it, INT) or it == NULL:
            ctx.bag.error(
                "P0310",
                f"the index of a {'seq' if isinstance(t, SeqType) else 'set'} must be an int, not {it}",
                e.index.span,
            )
            return error(e.span)
        return ir.IndexGet(
            target, index, "seq" if isinstance(t, SeqType) else "set", t.element, e.span
        )
    if isinstance(t, MapType):
        if not is_assignable(it, t.key):
            ctx.bag.error("P0310", f"a key of type {it} cannot index {t}", e.index.span)
            return error(e.span)
        return ir.IndexGet(target, index, "map", t.value, e.span)
    ctx.bag.error("P0310", f"cannot index a value of type {t}", e.span)
    return error(e.span)


# -- calls and creation --------------------------------------------------------------------------


def payload_of(
    ctx: BodyContext, args: tuple[ir.Expr, ...], expected: PType, span: Span, what: str
) -> tuple[ir.Expr | None, bool]:
    """Apply the payload rule (reference 6.2) for `new`/`raise`/`send`/`announce`.

    Returns the payload expression (None for no argument; a tuple for several) and whether
    it fits `expected` (errors are reported here, at `span`: the whole statement or `new`
    expression, where the reference reports them, with a note at the argument).
    """
    if not args:
        ok = expected == NULL or bad(expected)
        if not ok:
            ctx.bag.error("P0304", f"{what} needs a payload of type {expected}", span)
        return None, ok
    if len(args) == 1:
        arg = args[0]
        ok = is_assignable(arg.type, expected)
        if not ok:
            if expected == NULL:
                ctx.bag.error(
                    "P0304", f"{what} carries no payload, but one is given", _head(span, arg)
                )
            else:
                ctx.bag.error(
                    "P0304",
                    f"{what} expects a payload of type {expected}, not {arg.type}",
                    _head(span, arg),
                )
        return arg, ok
    tuple_type = TupleType(tuple(a.type for a in args))
    payload = ir.TupleBuild(args, tuple_type, args[0].span.merge(args[-1].span))
    if bad(expected):
        return payload, True
    if not isinstance(expected, TupleType) or len(expected.elements) != len(args):
        shown = "no payload" if expected == NULL else f"a payload of type {expected}"
        ctx.bag.error(
            "P0304",
            f"{what} expects {shown}, but {len(args)} values are given",
            _head(span, payload),
        )
        return payload, False
    ok = True
    for arg, t in zip(args, expected.elements):
        if not is_assignable(arg.type, t):
            ctx.bag.error(
                "P0304", f"payload element of type {arg.type} does not fit {t}", _head(span, arg)
            )
            ok = False
    return payload, ok


def _head(span: Span, arg: ir.Expr) -> Span:
    """The argument itself when it starts on the construct's first line (the usual case,
    and the most precise caret), else the construct's first token."""
    if arg.span.line == span.line:
        return arg.span
    return Span(span.file, span.start, span.start + 1, span.line, span.col, span.line, span.col + 1)


def check_new(ctx: BodyContext, e: ast.NewExpr, statement: bool = False) -> ir.Expr:
    args = tuple(check_expr(ctx, a) for a in e.args)
    name = e.interface.text
    # A `new` expression in a spec is reported where written; the statement `new M(...);`
    # only marks the function as creating (the reference's statement form has no spec
    # check), so the spec function is reported at its head (effects.check_capabilities).
    forbidden = False if statement else ctx.spec_forbids("'new'", e.span)
    iface = ctx.table.interfaces.get(name)
    if iface is None:
        m = ctx.table.machines.get(name)
        if m is not None and m.is_monitor:
            ctx.bag.error(
                "P0414",
                f"cannot create {m.kind} '{name}': monitors are attached by tests, not created",
                e.interface.span,
            )
        else:
            ctx.bag.error("P0207", f"unknown interface or machine '{name}'", e.interface.span)
        return error(e.span)
    if not forbidden:
        ctx.effects.creates = ctx.effects.creates or e.span
        ctx.effects.created_interfaces.add(name)
    payload, _ = payload_of(ctx, args, iface.payload, e.span, f"creating '{name}'")
    kind: Literal["machine", "interface"] = "machine" if iface.machine else "interface"
    return ir.NewMachine(name, payload, PermissionType(name, kind, iface.receives), e.span)


def check_call(ctx: BodyContext, e: ast.CallExpr) -> ir.Call | ir.ErrorExpr:
    args = tuple(check_expr(ctx, a) for a in e.args)
    name = e.function.text
    sym = None
    if ctx.machine is not None:
        sym = ctx.machine.methods.get(name)
    if sym is None:
        sym = ctx.table.functions.get(name)
    if sym is None:
        ctx.bag.error("P0203", f"unknown function '{name}'", e.function.span)
        return error(e.span)
    if len(args) != len(sym.params):
        ctx.bag.error(
            "P0302",
            f"'{name}' takes {len(sym.params)} argument(s) but {len(args)} "
            f"{'was' if len(args) == 1 else 'were'} given",
            e.span,
        )
    else:
        for arg, param in zip(args, sym.params):
            if not is_assignable(arg.type, param.type):
                ctx.bag.error(
                    "P0301",
                    f"argument of type {arg.type} does not fit parameter '{param.name}' of type {param.type}",
                    _head(e.span, arg),  # the reference reports the call
                )
    ctx.effects.calls.append((sym.owner, name, e.span))
    return ir.Call(name, sym.owner, args, sym.return_type, e.span)


def check_choose(ctx: BodyContext, e: ast.ChooseExpr) -> ir.Expr:
    # Also in a spec: like the reference, `choose` only marks the function nondeterministic,
    # and a spec function that is (even through calls) is reported at the function
    # (effects.check_capabilities), unlike `$`/`$$`, which are reported where they occur.
    ctx.effects.nondeterministic = ctx.effects.nondeterministic or e.span
    if e.operand is None:
        return ir.Nondet(False, BOOL, e.span)
    operand = check_expr(ctx, e.operand)
    t = operand.type
    if bad(t):
        return error(e.span)
    if t == INT:
        if isinstance(operand, ir.Const) and operand.value > CHOOSE_LIMIT:
            ctx.bag.error(
                "P0315",
                f"choose() can pick among at most {CHOOSE_LIMIT} values, not {operand.value}",
                operand.span,
            )
        return ir.Choose(operand, "int", INT, e.span)
    if isinstance(t, SeqType):
        return ir.Choose(operand, "seq", t.element, e.span)
    if isinstance(t, SetType):
        return ir.Choose(operand, "set", t.element, e.span)
    if isinstance(t, MapType):
        return ir.Choose(operand, "map", t.key, e.span)
    ctx.bag.error("P0315", f"choose() expects an int or a collection, not {t}", operand.span)
    return error(e.span)


# -- operators -----------------------------------------------------------------------------------


def check_unary(ctx: BodyContext, e: ast.UnaryExpr) -> ir.Expr:
    operand = check_expr(ctx, e.operand)
    t = operand.type
    if bad(t):
        return error(e.span)
    if e.op == "-":
        if t in (INT, FLOAT):
            if isinstance(operand, ir.Const) and t == INT:
                return ir.Const(-operand.value, INT, e.span)
            return ir.Unary("-", operand, t, e.span)
        ctx.bag.error("P0305", f"unary '-' expects an int or a float, not {t}", e.span)
        return error(e.span)
    if t == BOOL:
        return ir.Unary("!", operand, BOOL, e.span)
    ctx.bag.error("P0305", f"'!' expects a bool, not {t}", e.span)
    return error(e.span)


_PRIMITIVE_KIND: dict[object, ir.BinaryKind] = {
    INT: "int",
    FLOAT: "float",
    STRING: "string",
    BOOL: "bool",
}


def _operand_error(
    ctx: BodyContext, e: ast.BinaryExpr, lt: PType, rt: PType, wants: str
) -> ir.Expr:
    # Where the reference reports it (it matters when an expression spans lines): at the
    # operator for `+ - * /` and orderings, at the operand that is not a bool for `&&`/`||`,
    # at the whole expression for `%`.
    where = e.op_span
    if e.op in ("&&", "||"):
        where = e.left.span if lt != BOOL else e.right.span
    elif e.op == "%":
        where = e.span
    ctx.bag.error("P0305", f"'{e.op}' expects {wants}, not {lt} and {rt}", where)
    return error(e.span)


def check_binary(ctx: BodyContext, e: ast.BinaryExpr) -> ir.Expr:
    left = check_expr(ctx, e.left)
    right = check_expr(ctx, e.right)
    lt, rt = left.type, right.type
    if bad(lt) or bad(rt):
        return error(e.span)
    op = e.op
    if op == "in":
        return check_in(ctx, e, left, right)
    if op in ("&&", "||"):
        if lt == BOOL and rt == BOOL:
            return ir.Binary(op, left, right, "bool", BOOL, e.span)
        return _operand_error(ctx, e, lt, rt, "two bools")
    if op in ("==", "!="):
        if not (is_assignable(lt, rt) or is_assignable(rt, lt)):
            ctx.bag.error(  # at the whole comparison, as the reference reports it
                "P0319", f"cannot compare {lt} with {rt}: neither type fits the other", e.span
            )
            return error(e.span)
        kind = _PRIMITIVE_KIND.get(lt) if lt == rt else None
        if kind is None and isinstance(lt, EnumType) and lt == rt:
            kind = "int"
        return ir.Binary(op, left, right, kind or "generic", BOOL, e.span)
    same = lt == rt and lt in (INT, FLOAT, STRING)
    if op in ("<", ">", "<=", ">="):
        if same:
            return ir.Binary(op, left, right, _PRIMITIVE_KIND[lt], BOOL, e.span)
        return _operand_error(ctx, e, lt, rt, "two ints, two floats or two strings")
    if op == "+":
        if same:
            return ir.Binary(op, left, right, _PRIMITIVE_KIND[lt], lt, e.span)
        return _operand_error(ctx, e, lt, rt, "two ints, two floats or two strings")
    if lt == rt and lt in (INT, FLOAT):
        return ir.Binary(op, left, right, _PRIMITIVE_KIND[lt], lt, e.span)
    return _operand_error(ctx, e, lt, rt, "two ints or two floats")


def check_in(ctx: BodyContext, e: ast.BinaryExpr, left: ir.Expr, right: ir.Expr) -> ir.Expr:
    lt, rt = left.type, right.type
    if isinstance(rt, MapType):
        if is_assignable(lt, rt.key):
            return ir.Contains(left, right, "map", BOOL, e.span)
        ctx.bag.error("P0305", f"'in' checks keys of {rt}: {lt} is not a key type", e.left.span)
        return error(e.span)
    if isinstance(rt, (SeqType, SetType)):
        if is_assignable(lt, rt.element):
            return ir.Contains(
                left, right, "seq" if isinstance(rt, SeqType) else "set", BOOL, e.span
            )
        ctx.bag.error(
            "P0305", f"'in' on {rt} needs an element of type {rt.element}, not {lt}", e.left.span
        )
        return error(e.span)
    ctx.bag.error("P0305", f"'in' expects a seq, set or map on its right, not {rt}", e.right.span)
    return error(e.span)


def check_cast(ctx: BodyContext, operand: ast.Expr, texpr: ast.TypeExpr, span: Span) -> ir.Expr:
    inner = check_expr(ctx, operand)
    to = ctx.declarer.resolve_type(texpr)
    if bad(inner.type) or bad(to):
        return error(span)
    if not (is_assignable(to, inner.type) or is_assignable(inner.type, to)):
        ctx.bag.error(
            "P0311", f"cannot cast {inner.type} to {to}: the types are incomparable", span
        )
        return error(span)
    return ir.Cast(inner, to, span)


def check_coerce(ctx: BodyContext, e: ast.CoerceExpr) -> ir.Expr:
    inner = check_expr(ctx, e.operand)
    target = ctx.declarer.resolve_type(e.type)
    s = inner.type
    if bad(s) or bad(target):
        return error(e.span)
    if not (target in (INT, FLOAT) or isinstance(target, PermissionType)):
        ctx.bag.error(
            "P0312",
            f"'to' converts only to int, float or an interface, not to {target}",
            e.type.span,
        )
        return error(e.span)
    kind: str | None = None
    if target == INT:
        kind = "identity" if s == INT else "float_to_int" if s == FLOAT else None
        if isinstance(s, EnumType):
            kind = "enum_to_int"
    elif target == FLOAT:
        kind = "int_to_float" if s == INT else "identity" if s == FLOAT else None
    elif isinstance(target, PermissionType):
        if s == MACHINE:
            kind = "permission"
        elif isinstance(s, PermissionType):
            if target.events <= s.events:
                kind = "identity" if target.events == s.events else "permission"
            else:
                missing = ", ".join(sorted(target.events - s.events))
                ctx.bag.error(
                    "P0312",
                    f"illegal coercion from {s} to {target}: {s} does not permit {missing}",
                    e.span,
                )
                return error(e.span)
    if kind is None:
        ctx.bag.error(
            "P0312", f"cannot convert {s} to {target}: the types are incomparable", e.span
        )
        return error(e.span)
    return ir.Coerce(inner, kind, target, e.span)  # type: ignore[arg-type]


def expect(ctx: BodyContext, expr: ir.Expr, wanted: PrimType, code: str, what: str) -> None:
    """Require exactly `wanted` (conditions must be bool, messages string)."""
    if bad(expr.type) or expr.type == wanted:
        return
    ctx.bag.error(code, f"{what} must be a {wanted}, not {expr.type}", expr.span)


__all__ = ["ANY", "DATA", "check_expr", "expect", "payload_of"]
