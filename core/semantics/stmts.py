"""Statement checking: AST statements -> typed IR (reference 6.2, 6.5).

Each `check_stmt` returns the IR statement and whether it "surely returns" in the reference's
syntactic sense (6.5): `return`, `goto`, `raise` and `assert false` do; a block does if any
statement in it does; an `if` if both branches do; a `receive` if every case does; loops
never do. Function checking uses that flag for the missing-return rule.
"""

from __future__ import annotations

from typing import Literal, assert_never

from pide.core.diagnostics import Note
from pide.core.runtime.values import PEvent
from pide.core.semantics import ir
from pide.core.semantics.context import BodyContext
from pide.core.semantics.exprs import bad, check_call, check_expr, check_new, expect, payload_of
from pide.core.semantics.types import (
    BOOL,
    ERROR,
    EVENT,
    INT,
    MACHINE,
    NULL,
    STRING,
    MapType,
    NamedTupleType,
    PType,
    SeqType,
    SetType,
    TupleType,
    is_assignable,
    same_type,
)
from pide.core.source import Span
from pide.core.syntax import ast

Checked = tuple[ir.Stmt, bool]


def check_block(ctx: BodyContext, stmts: tuple[ast.Stmt, ...], span: Span) -> tuple[ir.Block, bool]:
    out: list[ir.Stmt] = []
    returns = False
    for s in stmts:
        checked, r = check_stmt(ctx, s)
        out.append(checked)
        returns = returns or r
    return ir.Block(tuple(out), span), returns


def check_stmt(ctx: BodyContext, s: ast.Stmt) -> Checked:
    match s:
        case ast.BlockStmt(stmts=stmts, span=span):
            return check_block(ctx, stmts, span)
        case ast.EmptyStmt(span=span):
            return ir.Block((), span), False
        case ast.AssertStmt(condition=cond, message=msg, span=span):
            c = check_expr(ctx, cond)
            expect(ctx, c, BOOL, "P0306", "an assertion")
            m = None
            if msg is not None:
                m = check_expr(ctx, msg)
                expect(ctx, m, STRING, "P0307", "an assertion message")
            always_fails = isinstance(c, ir.Const) and c.value is False
            return ir.Assert(c, m, span), always_fails
        case ast.AssumeStmt(condition=cond, span=span):
            check_expr(ctx, cond)
            ctx.bag.error(
                "P0902", "'assume' statements are only supported by the PVerifier backend", span
            )
            return ir.Block((), span), False
        case ast.PrintStmt(value=value, span=span):
            v = check_expr(ctx, value)
            expect(ctx, v, STRING, "P0307", "the value printed")
            return ir.Print(v, span), False
        case ast.ReturnStmt():
            return check_return(ctx, s), True
        case ast.BreakStmt(span=span):
            if ctx.loop_depth == 0:
                ctx.bag.error("P0502", "'break' outside a while or foreach loop", span)
            return ir.Break(span), False
        case ast.ContinueStmt(span=span):
            if ctx.loop_depth == 0:
                ctx.bag.error("P0503", "'continue' outside a while or foreach loop", span)
            return ir.Continue(span), False
        case ast.AssignStmt(target=target, value=value, span=span):
            lv = check_lvalue(ctx, target)
            v = check_expr(ctx, value)
            if lv is not None:
                check_assignable(ctx, v, lv.type, value)
                return ir.Assign(lv, v, span), False
            return ir.Block((), span), False
        case ast.InsertStmt() | ast.AddStmt() | ast.RemoveStmt():
            return check_collection_update(ctx, s), False
        case ast.WhileStmt(condition=cond, body=body, span=span):
            c = check_expr(ctx, cond)
            expect(ctx, c, BOOL, "P0306", "a while condition")
            ctx.loop_depth += 1
            b, _ = check_stmt(ctx, body)
            ctx.loop_depth -= 1
            return ir.While(c, b, span), False
        case ast.ForeachStmt():
            return check_foreach(ctx, s), False
        case ast.IfStmt(condition=cond, then=then, otherwise=otherwise, span=span):
            c = check_expr(ctx, cond)
            expect(ctx, c, BOOL, "P0306", "an if condition")
            t, tr = check_stmt(ctx, then)
            o, orr = check_stmt(ctx, otherwise) if otherwise is not None else (None, False)
            return ir.If(c, t, o, span), tr and orr
        case ast.NewStmt(new=new, span=span):
            return ir.ExprStmt(check_new(ctx, new, statement=True), span), False
        case ast.CallStmt(call=call, span=span):
            return ir.ExprStmt(check_call(ctx, call), span), False
        case ast.RaiseStmt(event=event, args=args, span=span):
            require_no_result(ctx, "raise", span)
            ev, payload = check_event_emission(ctx, event, args, "raising", span)
            ctx.effects.raises = ctx.effects.raises or span
            return ir.Raise(ev, payload, span), True
        case ast.SendStmt():
            return check_send(ctx, s), False
        case ast.AnnounceStmt(event=event, args=args, span=span):
            ctx.spec_forbids("'announce'", span)
            ev, payload = check_event_emission(ctx, event, args, "announcing", span)
            if not ctx.in_spec:
                ctx.effects.sends = ctx.effects.sends or span
            return ir.Announce(ev, payload, span), False
        case ast.GotoStmt():
            return check_goto(ctx, s), True
        case ast.ReceiveStmt():
            return check_receive(ctx, s)
        case _:
            assert_never(s)


def require_no_result(ctx: BodyContext, what: str, span: Span) -> None:
    if ctx.has_return_type:
        # Inside a receive case it is the enclosing function's `receive` that raises or
        # changes state: reported there, as the reference does.
        ctx.bag.error(
            "P0408",
            f"'{what}' is not allowed in '{ctx.function_name}', which returns a value "
            "(raise and goto abandon the handler, so no value could be returned)",
            ctx.receive_span or span,
            *([Note(f"the '{what}' in a case of this receive", span)] if ctx.receive_span else []),
        )


def check_assignable(ctx: BodyContext, value: ir.Expr, target: PType, node: ast.Expr) -> bool:
    if is_assignable(value.type, target):
        return True
    if isinstance(value, ir.Call) and value.type == NULL:
        ctx.bag.error(
            "P0325",
            f"'{value.function}' returns no value, so it cannot be used as a {target}",
            node.span,
        )
        return False
    ctx.bag.error(
        "P0301", f"a value of type {value.type} cannot be assigned to {target}", node.span
    )
    return False


def check_return(ctx: BodyContext, s: ast.ReturnStmt) -> ir.Return:
    if s.value is None:
        if ctx.has_return_type and not is_assignable(NULL, ctx.return_type):
            ctx.bag.error("P0303", f"'{ctx.function_name}' must return a {ctx.return_type}", s.span)
        return ir.Return(None, s.span)
    value = check_expr(ctx, s.value)
    if ctx.receive_depth:
        ctx.bag.error(
            "P0504", "a receive case body cannot return a value ('return;' is allowed)", s.span
        )
        return ir.Return(value, s.span)
    if not ctx.has_return_type:
        # The reference checks `type(e) <= return type` here too, and a function without a
        # return type has the type of null: `return null;` or returning a void call passes.
        if value.type != NULL:
            ctx.bag.error(
                "P0303",
                f"'{ctx.function_name}' has no return type, so it cannot return a value",
                s.value.span,
            )
    elif not is_assignable(value.type, ctx.return_type):
        ctx.bag.error(
            "P0303",
            f"'{ctx.function_name}' returns {ctx.return_type}, not {value.type}",
            s.value.span,
        )
    return ir.Return(value, s.span)


# -- lvalues and collection updates ------------------------------------------------------------------


def check_lvalue(ctx: BodyContext, e: ast.Expr) -> ir.LValue | None:
    """Resolve an assignment target; None (after a diagnostic) when it is not writable."""
    match e:
        case ast.NameExpr(name=name):
            slot = ctx.lookup_local(name.text)
            if slot is not None:
                return ir.LocalRef(slot, name.text, ctx.locals[slot].type, name.span)
            if ctx.machine is not None and name.text in ctx.machine.fields:
                f = ctx.machine.fields[name.text]
                return ir.FieldRef(f.slot, name.text, f.type, name.span)
            if name.text in ctx.table.params:
                ctx.bag.error(
                    "P0313",
                    f"global param '{name.text}' is read-only (tests set its value)",
                    name.span,
                )
                return None
            ctx.bag.error("P0202", f"cannot find variable '{name.text}'", name.span)
            return None
        case ast.FieldExpr(target=target, field=fname, span=span):
            base = check_lvalue(ctx, target)
            if base is None:
                return None
            t = base.type
            if bad(t):
                return None
            if isinstance(t, NamedTupleType):
                index = t.field_index(fname.text)
                if index is not None:
                    return ir.TupleGet(base, index, True, t.types[index], span)
            what = (
                "a machine reference"
                if t == MACHINE or t.__class__.__name__ == "PermissionType"
                else str(t)
            )
            ctx.bag.error("P0308", f"{what} has no field '{fname.text}'", fname.span)
            return None
        case ast.TupleIndexExpr(target=target, index=index, index_span=ispan, span=span):
            base = check_lvalue(ctx, target)
            if base is None or bad(base.type):
                return None
            t = base.type
            if isinstance(t, TupleType) and index < len(t.elements):
                return ir.TupleGet(base, index, False, t.elements[index], span)
            ctx.bag.error("P0309", f"'.{index}' is not a position of {t}", ispan)
            return None
        case ast.IndexExpr(target=target, index=index_expr, span=span):
            base = check_lvalue(ctx, target)
            index_ir = check_expr(ctx, index_expr)
            if base is None or bad(base.type):
                return None
            t = base.type
            if isinstance(t, SeqType):
                if not bad(index_ir.type) and index_ir.type != INT:
                    ctx.bag.error(
                        "P0310", f"a seq index must be an int, not {index_ir.type}", index_expr.span
                    )
                    return None
                return ir.IndexGet(base, index_ir, "seq", t.element, span)
            if isinstance(t, MapType):
                if not is_assignable(index_ir.type, t.key):
                    ctx.bag.error(
                        "P0310", f"a key of type {index_ir.type} cannot index {t}", index_expr.span
                    )
                    return None
                return ir.IndexGet(base, index_ir, "map", t.value, span)
            if isinstance(t, SetType):
                ctx.bag.error(
                    "P0313", "set elements cannot be assigned (use += and -= to change a set)", span
                )
                return None
            ctx.bag.error("P0310", f"cannot index a value of type {t}", span)
            return None
        case _:
            ctx.bag.error("P0313", "this expression is not an assignable location", e.span)
            return None


def check_collection_update(
    ctx: BodyContext, s: ast.InsertStmt | ast.AddStmt | ast.RemoveStmt
) -> ir.Stmt:
    target = check_lvalue(ctx, s.target)
    t = target.type if target is not None else ERROR
    match s:
        case ast.InsertStmt(key=key, value=value, span=span):
            k, v = check_expr(ctx, key), check_expr(ctx, value)
            if target is None or bad(t):
                return ir.Block((), span)
            if isinstance(t, SeqType):
                if not is_assignable(k.type, INT) or k.type == NULL:
                    ctx.bag.error(
                        "P0316", f"the insert position must be an int, not {k.type}", key.span
                    )
                check_assignable(ctx, v, t.element, value)
                return ir.Insert(target, k, v, "seq", span)
            if isinstance(t, MapType):
                if not is_assignable(k.type, t.key):
                    ctx.bag.error("P0316", f"a key of type {k.type} does not fit {t}", key.span)
                check_assignable(ctx, v, t.value, value)
                return ir.Insert(target, k, v, "map", span)
            hint = (
                " (to add a tuple to a set write s += ((a, b));)" if isinstance(t, SetType) else ""
            )
            ctx.bag.error(
                "P0316", f"'+= (key, value)' needs a seq or map, not {t}{hint}", s.target.span
            )
            return ir.Block((), span)
        case ast.AddStmt(value=value, span=span):
            v = check_expr(ctx, value)
            if target is None or bad(t):
                return ir.Block((), span)
            if isinstance(t, SetType):
                check_assignable(ctx, v, t.element, value)
                return ir.AddToSet(target, v, span)
            ctx.bag.error(
                "P0316",
                f"'+= (value)' adds to a set, not to {t} (seq and map take (key, value))",
                s.target.span,
            )
            return ir.Block((), span)
        case ast.RemoveStmt(value=value, span=span):
            v = check_expr(ctx, value)
            if target is None or bad(t):
                return ir.Block((), span)
            if isinstance(t, SeqType):
                if not bad(v.type) and v.type != INT:
                    ctx.bag.error(
                        "P0316", f"'-=' on a seq takes an index (int), not {v.type}", value.span
                    )
                return ir.Remove(target, v, "seq", span)
            if isinstance(t, MapType):
                if not is_assignable(v.type, t.key):
                    ctx.bag.error("P0316", f"'-=' on {t} takes a key, not {v.type}", value.span)
                return ir.Remove(target, v, "map", span)
            if isinstance(t, SetType):
                if not is_assignable(v.type, t.element):
                    ctx.bag.error(
                        "P0316", f"'-=' on {t} takes an element, not {v.type}", value.span
                    )
                return ir.Remove(target, v, "set", span)
            ctx.bag.error("P0316", f"'-=' needs a seq, set or map, not {t}", s.target.span)
            return ir.Block((), span)


def check_foreach(ctx: BodyContext, s: ast.ForeachStmt) -> ir.Stmt:
    var = check_lvalue(ctx, ast.NameExpr(s.variable, s.variable.span))
    coll = check_expr(ctx, s.collection)
    ctx.loop_depth += 1
    body, _ = check_stmt(ctx, s.body)
    ctx.loop_depth -= 1
    ct = coll.type
    if var is None or bad(ct) or bad(var.type):
        return ir.Block((), s.span)
    if isinstance(ct, (SeqType, SetType)):
        if not same_type(var.type, ct.element):
            ctx.bag.error(
                "P0314",
                f"the loop variable '{s.variable.text}' has type {var.type}, but the elements are {ct.element}",
                s.variable.span,
            )
        kind: Literal["seq", "set"] = "seq" if isinstance(ct, SeqType) else "set"
        return ir.Foreach(var, coll, kind, body, s.span)
    hint = " (iterate keys(m) or values(m))" if isinstance(ct, MapType) else ""
    ctx.bag.error("P0314", f"foreach needs a seq or set, not {ct}{hint}", s.collection.span)
    return ir.Block((), s.span)


# -- events ------------------------------------------------------------------------------------------


def check_event_emission(
    ctx: BodyContext, event: ast.Expr, args: tuple[ast.Expr, ...], what: str, stmt: Span
) -> tuple[ir.Expr, ir.Expr | None]:
    """Check the event and payload of raise/send/announce (a payload that does not fit is
    reported at the statement `stmt`, as the reference does)."""
    if isinstance(event, ast.NullLit):
        ctx.bag.error("P0318", f"{what} the null event is not allowed", event.span)
        checked_args = tuple(check_expr(ctx, a) for a in args)
        return ir.ErrorExpr(ERROR, event.span), checked_args[0] if checked_args else None
    if isinstance(event, ast.NameExpr) and event.name.text in ctx.table.params:
        pass
    ev = check_expr(ctx, event)
    checked = tuple(check_expr(ctx, a) for a in args)
    if bad(ev.type):
        payload, _ = payload_of(ctx, checked, ERROR, event.span, what)
        return ev, payload
    if not is_assignable(ev.type, EVENT) or ev.type == NULL:
        ctx.bag.error("P0322", f"expected an event, found a value of type {ev.type}", event.span)
        payload, _ = payload_of(ctx, checked, ERROR, event.span, what)
        return ir.ErrorExpr(ERROR, event.span), payload
    if isinstance(ev, ir.Const) and isinstance(ev.value, PEvent):
        name = ev.value.name
        ctx.usage.events_emitted.add(name)
        payload, _ = payload_of(
            ctx, checked, ctx.table.events[name].payload, stmt, f"event '{name}'"
        )
        return ev, payload
    payload, _ = payload_of(ctx, checked, ERROR, event.span, what)
    return ev, payload


def check_send(ctx: BodyContext, s: ast.SendStmt) -> ir.Stmt:
    forbidden = ctx.spec_forbids("'send'", s.span)
    target = check_expr(ctx, s.target)
    if not bad(target.type) and not is_assignable(target.type, MACHINE):
        ctx.bag.error(
            "P0323", f"the target of send must be a machine, not {target.type}", s.target.span
        )
    ev, payload = check_event_emission(ctx, s.event, s.args, "sending", s.span)
    if not forbidden:
        ctx.effects.sends = ctx.effects.sends or s.span
    return ir.Send(target, ev, payload, s.span)


def check_goto(ctx: BodyContext, s: ast.GotoStmt) -> ir.Stmt:
    ctx.effects.changes_state = ctx.effects.changes_state or s.span
    args = tuple(check_expr(ctx, a) for a in s.args)
    if ctx.has_return_type:
        # The reference checks the return type first and stops there (one error even in a
        # global function, where the state could not be found either).
        require_no_result(ctx, "goto", s.span)
        return ir.Block((), s.span)
    if ctx.machine is None:
        ctx.bag.error(
            "P0413",
            f"'goto {s.state.text}' in a global function: there is no machine whose state could change",
            s.span,
        )
        return ir.Block((), s.span)
    state = ctx.machine.states.get(s.state.text)
    if state is None:
        ctx.bag.error("P0204", f"'{ctx.machine.name}' has no state '{s.state.text}'", s.state.span)
        return ir.Block((), s.span)
    from pide.core.semantics.handlers import entry_parameter  # handlers imports this module

    ctx.usage.goto_targets.add((ctx.machine.name, s.state.text))
    count, ptype = entry_parameter(ctx.declarer, ctx.machine, state)
    payload: ir.Expr | None = None
    if bad(ptype):
        payload = args[0] if args else None  # the entry's problem is reported already
    elif len(args) != count:
        ctx.bag.error(
            "P0304",
            f"the entry of state '{s.state.text}' takes {count} argument(s), but goto passes {len(args)}",
            s.span,
        )
    elif args:
        payload = args[0]
        if not is_assignable(payload.type, ptype):
            ctx.bag.error(
                "P0304",
                f"state '{s.state.text}' expects a {ptype}, not {payload.type}",
                payload.span,
            )
    return ir.Goto(s.state.text, payload, s.span)


def check_receive(ctx: BodyContext, s: ast.ReceiveStmt) -> Checked:
    if not ctx.spec_forbids("'receive'", s.span):  # reported there, marks nothing
        ctx.effects.receives = ctx.effects.receives or s.span
    seen: set[str] = set()
    cases: list[ir.ReceiveCase] = []
    all_return = True
    for case in s.cases:
        events: list[str] = []
        for name in case.events:
            if name.text not in ctx.table.events:
                ctx.declarer.unknown_event(name)
                continue
            if name.text in seen:
                ctx.bag.error(
                    "P0412", f"event '{name.text}' already has a case in this receive", name.span
                )
            seen.add(name.text)
            ctx.usage.events_mentioned.add(name.text)
            events.append(name.text)
        ctx.scopes.append({})
        saved_loop = ctx.loop_depth
        ctx.loop_depth = 0
        ctx.receive_depth += 1
        outer_receive = ctx.receive_span
        ctx.receive_span = outer_receive or s.span
        param_slot = None
        handler = case.handler
        if handler.param is not None:
            ptype = ctx.declarer.resolve_type(handler.param.type)
            param_slot = ctx.declare_local(handler.param.name, ptype, "parameter")
            ctx.locals_read.add(param_slot)
            for ev in events:
                payload = ctx.table.events[ev].payload
                # No 1-tuple leniency here (unlike handlers, 6.3): the reference checks
                # payload <= parameter for receive cases.
                if not is_assignable(payload, ptype):
                    ctx.bag.error(
                        "P0321",
                        f"event '{ev}' carries {payload}, which does not fit the case parameter of type {ptype}",
                        handler.param.span,
                    )
        else:
            for ev, name in zip(events, [n for n in case.events if n.text in ctx.table.events]):
                payload = ctx.table.events[ev].payload
                if payload != NULL and not bad(payload):
                    ctx.bag.error(
                        "P0321",
                        f"event '{ev}' carries a {payload}: this case needs a parameter to receive it",
                        name.span,
                    )
        for var in handler.body.locals:
            vtype = ctx.declarer.resolve_type(var.type)
            for n in var.names:
                ctx.declare_local(n, vtype)
        body, returns = check_block(ctx, handler.body.stmts, handler.body.span)
        ctx.receive_depth -= 1
        ctx.receive_span = outer_receive
        ctx.loop_depth = saved_loop
        ctx.scopes.pop()
        all_return = all_return and returns
        cases.append(ir.ReceiveCase(tuple(events), param_slot, body, case.span))
    return ir.Receive(tuple(cases), s.span), all_return
