"""Checking one function body (named function, method or anonymous handler) into IR."""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass
from pide.core.semantics import ir
from pide.core.semantics.context import BodyContext, DirectEffects, Usage
from pide.core.semantics.declare import Declarer
from pide.core.semantics.stmts import check_block
from pide.core.semantics.symbols import MachineSym, SymbolTable
from pide.core.semantics.types import NULL, PType
from pide.core.source import Span
from pide.core.syntax import ast


@dataclass(frozen=True, slots=True)
class CheckedFunction:
    function: ir.FunctionIR
    effects: DirectEffects
    unread_locals: tuple[tuple[str, Span], ...]


@dataclass(slots=True)
class FunctionChecker:
    table: SymbolTable
    declarer: Declarer
    bag: DiagnosticBag
    usage: Usage

    def check(
        self,
        *,
        name: str,
        display_name: str,
        machine: MachineSym | None,
        params: list[tuple[ast.Name, PType]],
        return_type: PType,
        has_return_type: bool,
        body: ast.FunctionBody | None,
        span: Span,
        anonymous: bool = False,
    ) -> CheckedFunction:
        ctx = BodyContext(
            self.table,
            self.declarer,
            self.bag,
            self.usage,
            machine,
            display_name,
            return_type,
            has_return_type,
        )
        for pname, ptype in params:
            slot = ctx.declare_local(pname, ptype, "parameter")
            ctx.locals_read.add(slot)
        block = None
        if body is not None:
            for var in body.locals:
                vtype = self.declarer.resolve_type(var.type)
                for n in var.names:
                    ctx.declare_local(n, vtype)
            block, returns = check_block(ctx, body.stmts, body.span)
            if has_return_type and not returns:
                # At the body's `{`, where the reference reports it (on the name's line in
                # the usual layout), with a note at the name.
                b = body.span
                self.bag.error(
                    "P0501",
                    f"'{display_name}' must return a {return_type}, but it can reach its end "
                    "without a return",
                    Span(b.file, b.start, b.start + 1, b.line, b.col, b.line, b.col + 1),
                    Note(f"'{display_name}' is declared here", span),
                )
        unread = tuple(
            (local.name, local.span)
            for slot, local in enumerate(ctx.locals)
            if slot >= len(params) and slot not in ctx.locals_read
        )
        function = ir.FunctionIR(
            name,
            machine.name if machine is not None else None,
            len(params),
            tuple(ctx.locals),
            return_type,
            block,
            span,
            is_anonymous=anonymous,
        )
        return CheckedFunction(function, ctx.effects, unread)


def named_params(declarer: Declarer, decl: ast.FunDecl) -> list[tuple[ast.Name, PType]]:
    return [(p.name, declarer.resolve_type(p.type)) for p in decl.params]


def check_named_function(
    checker: FunctionChecker, decl: ast.FunDecl, machine: MachineSym | None
) -> CheckedFunction:
    ret = checker.declarer.resolve_type(decl.return_type) if decl.return_type else NULL
    owner = f"{machine.name}." if machine is not None else ""
    return checker.check(
        name=decl.name.text,
        display_name=f"{owner}{decl.name.text}",
        machine=machine,
        params=named_params(checker.declarer, decl),
        return_type=ret,
        has_return_type=decl.return_type is not None,
        body=decl.body,
        span=decl.name.span,
    )
