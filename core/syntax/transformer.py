"""Builds AST nodes from lark's LALR reductions (an inline transformer: no parse tree).

The parser runs with `keep_all_tokens=True`, so each callback receives the keyword and
punctuation tokens of its rule as well. That is what gives every node an exact span (from its
first token to its last) and lets one callback serve several grammar variants by looking at
which tokens are present. Callbacks never raise: problems they can see locally (an integer
literal out of range, a PVerifier-only construct) become diagnostics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from pide.core.diagnostics import DiagnosticBag
from pide.core.source import Span
from pide.core.syntax import ast
from pide.core.syntax.lexer import Tok as Token

if TYPE_CHECKING:
    # mypy checks every `make.X(...)` / `new_span(...)` against the real constructor.
    from pide.core.source import Span as new_span
    from pide.core.syntax import ast as make
else:
    from pide.core.syntax.fastnew import fast_namespace, fast_new

    make = fast_namespace(ast)  # the nodes' constructors, without frozen-dataclass overhead
    new_span = fast_new(Span)

# Node types that carry a `span` field: a span's edges come from these or from tokens.
# (Read from `__slots__`, which every node has: `__dataclass_fields__` would be built.)
_SPANNED = frozenset(
    cls
    for cls in vars(ast).values()
    if isinstance(cls, type) and "span" in cls.__dict__.get("__slots__", ())
)

INT32_MAX = 2147483647

_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    '"': '"',
    "'": "'",
    "\\": "\\",
}


def unescape(body: str) -> str:
    """Interpret C#-style escapes of a string literal's body (without the quotes)."""
    if "\\" not in body:
        return body
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 >= len(body):
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "u" and i + 6 <= len(body):
            digits = body[i + 2 : i + 6]
            try:
                out.append(chr(int(digits, 16)))
                i += 6
                continue
            except ValueError:
                pass
        out.append(_ESCAPES.get(nxt, nxt))
        i += 2
    return "".join(out)


def _edge(items: Any, last: bool) -> Any:
    """The first (or last) positioned leaf of a possibly nested child list."""
    seq = items
    while True:
        if isinstance(seq, Token) or not isinstance(seq, (list, tuple)):
            return seq
        candidates = reversed(seq) if last else iter(seq)
        for item in candidates:
            if item is not None and (
                not isinstance(item, (list, tuple)) or isinstance(item, Token) or item
            ):
                seq = item
                break
        else:
            return None


class AstBuilder:
    """Lark callbacks: one method per `-> alias` of `p.lark`."""

    def __init__(self) -> None:
        self.path = "<input>"
        self.diagnostics = DiagnosticBag()

    # -- helpers ----------------------------------------------------------------------

    def _tok_span(self, tok: Token) -> Span:
        start = tok.start_pos
        column = tok.column
        n = len(tok)
        return new_span(self.path, start, start + n, tok.line, column, tok.line, column + n)

    def _leaf_span(self, leaf: Any) -> Span:
        if isinstance(leaf, Token):
            return self._tok_span(leaf)
        if isinstance(leaf, Span):
            return leaf
        span = getattr(leaf, "span", None)
        if isinstance(span, Span):
            return span
        raise TypeError(f"no span for {leaf!r}")

    def span(self, *items: Any) -> Span:
        """From the first token or node of `items` to the last (lists nest)."""
        if len(items) == 1 and type(items[0]) is list and items[0]:
            # The common case, read straight off the edge children (no Span per token).
            a, b = items[0][0], items[0][-1]
            ta, tb = type(a), type(b)
            if ta is Token:
                start, line, col = a.start_pos, a.line, a.column
            elif ta in _SPANNED:
                sa = a.span
                start, line, col = sa.start, sa.line, sa.col
            else:
                return self._span_slow(items)
            if tb is Token:
                n = len(b)
                end, end_line, end_col = b.start_pos + n, b.line, b.column + n
            elif tb in _SPANNED:
                sb = b.span
                end, end_line, end_col = sb.end, sb.end_line, sb.end_col
            else:
                return self._span_slow(items)
            return new_span(self.path, start, end, line, col, end_line, end_col)
        return self._span_slow(items)

    def _span_slow(self, items: tuple[Any, ...]) -> Span:
        first = _edge(items, last=False)
        if first is None:
            return new_span(self.path, 0, 0, 1, 1, 1, 1)
        a = self._leaf_span(first)
        b = self._leaf_span(_edge(items, last=True))
        return new_span(self.path, a.start, b.end, a.line, a.col, b.end_line, b.end_col)

    @staticmethod
    def nodes(children: list[Any]) -> list[Any]:
        """Children without the keyword/punctuation tokens."""
        return [c for c in children if type(c) is not Token]

    def unsupported(self, what: str, span: Span) -> None:
        self.diagnostics.error(
            "P0901",
            f"{what}: only the PVerifier backend supports this; pide checks models (PChecker mode)",
            span,
        )

    # -- names and lists ----------------------------------------------------------------

    def name(self, c: list[Any]) -> ast.Name:
        tok = c[0]
        return make.Name(str(tok), self._tok_span(tok))

    def halt_name(self, c: list[Any]) -> ast.Name:
        return make.Name("halt", self._tok_span(c[0]))

    def null_name(self, c: list[Any]) -> ast.Name:
        return make.Name("null", self._tok_span(c[0]))

    def name_list(self, c: list[Any]) -> tuple[ast.Name, ...]:
        return tuple(self.nodes(c))

    def ev_list(self, c: list[Any]) -> tuple[ast.Name, ...]:
        return tuple(self.nodes(c))

    def args(self, c: list[Any]) -> tuple[ast.Expr, ...]:
        return tuple(self.nodes(c))

    def params(self, c: list[Any]) -> tuple[ast.Param, ...]:
        return tuple(self.nodes(c))

    def param(self, c: list[Any]) -> ast.Param:
        name, typ = self.nodes(c)
        return make.Param(name, typ, self.span(c))

    def start(self, c: list[Any]) -> list[ast.Decl]:
        return [d for d in c if d is not None and not isinstance(d, Token)]

    # -- types --------------------------------------------------------------------------

    def prim_type(self, c: list[Any]) -> ast.PrimitiveTypeExpr:
        return make.PrimitiveTypeExpr(cast(Any, str(c[0])), self.span(c))

    def named_type(self, c: list[Any]) -> ast.NamedTypeExpr:
        return make.NamedTypeExpr(c[0], c[0].span)

    def seq_type(self, c: list[Any]) -> ast.SeqTypeExpr:
        return make.SeqTypeExpr(self.nodes(c)[0], self.span(c))

    def set_type(self, c: list[Any]) -> ast.SetTypeExpr:
        return make.SetTypeExpr(self.nodes(c)[0], self.span(c))

    def map_type(self, c: list[Any]) -> ast.MapTypeExpr:
        key, value = self.nodes(c)
        return make.MapTypeExpr(key, value, self.span(c))

    def tuple_type(self, c: list[Any]) -> ast.TupleTypeExpr:
        return make.TupleTypeExpr(tuple(self.nodes(c)), self.span(c))

    def named_tuple_type(self, c: list[Any]) -> ast.NamedTupleTypeExpr:
        parts = self.nodes(c)
        fields = tuple((parts[i], parts[i + 1]) for i in range(0, len(parts), 2))
        return make.NamedTupleTypeExpr(fields, self.span(c))

    # -- top-level declarations ---------------------------------------------------------

    def foreign_type_decl(self, c: list[Any]) -> ast.TypeDecl:
        return make.TypeDecl(self.nodes(c)[0], None, self.span(c))

    def alias_decl(self, c: list[Any]) -> ast.TypeDecl:
        name, typ = self.nodes(c)
        return make.TypeDecl(name, typ, self.span(c))

    def enum_plain(self, c: list[Any]) -> ast.EnumElement:
        return make.EnumElement(c[0], None, c[0].span)

    def enum_valued(self, c: list[Any]) -> ast.EnumElement:
        name, tok = c[0], c[2]
        return make.EnumElement(name, self._int_value(tok), self.span(c))

    def enum_decl(self, c: list[Any]) -> ast.EnumDecl:
        parts = self.nodes(c)
        return make.EnumDecl(parts[0], tuple(parts[1:]), self.span(c))

    def event_decl(self, c: list[Any]) -> ast.EventDecl:
        parts = self.nodes(c)
        return make.EventDecl(parts[0], parts[1] if len(parts) > 1 else None, self.span(c))

    def eventset_decl(self, c: list[Any]) -> ast.EventSetDecl:
        name, events = self.nodes(c)
        return make.EventSetDecl(name, events, self.span(c))

    def interface_decl(self, c: list[Any]) -> ast.InterfaceDecl:
        name = c[1]
        payload: ast.TypeExpr | None = None
        receives: tuple[ast.Name, ...] = ()
        for part in c[2:]:
            if isinstance(part, tuple):
                receives = part
            elif not isinstance(part, Token):
                payload = part
        return make.InterfaceDecl(name, payload, receives, self.span(c))

    def receives_clause(self, c: list[Any]) -> tuple[str, tuple[ast.Name, ...]]:
        events = self.nodes(c)
        return ("receives", events[0] if events else ())

    def sends_clause(self, c: list[Any]) -> tuple[str, tuple[ast.Name, ...]]:
        events = self.nodes(c)
        return ("sends", events[0] if events else ())

    def machine_decl(self, c: list[Any]) -> ast.MachineDecl:
        name = c[1]
        receives: list[ast.Name] | None = None
        sends: list[ast.Name] | None = None
        for clause in c[2:-1]:
            kind, events = clause
            if kind == "receives":
                receives = (receives or []) + list(events)
            else:
                sends = (sends or []) + list(events)
        return make.MachineDecl(
            name,
            tuple(receives) if receives is not None else None,
            tuple(sends) if sends is not None else None,
            c[-1],
            self.span(c),
        )

    def spec_decl(self, c: list[Any]) -> ast.SpecDecl:
        return make.SpecDecl(c[1], c[3], c[4], False, self.span(c))

    def scenario_decl(self, c: list[Any]) -> ast.SpecDecl:
        return make.SpecDecl(c[1], c[3], c[4], True, self.span(c))

    def param_decl(self, c: list[Any]) -> ast.GlobalParamDecl:
        names, typ = self.nodes(c)
        return make.GlobalParamDecl(names, typ, self.span(c))

    def ret_type(self, c: list[Any]) -> ast.TypeExpr:
        return cast(ast.TypeExpr, c[1])

    def creates_clause(self, c: list[Any]) -> tuple[str, ast.Name]:
        return ("creates", c[1])

    def contract(self, c: list[Any]) -> Span:
        self.unsupported(f"'{c[0]}' clause", self._tok_span(c[0]))
        return self.span(c)

    def _fun_parts(
        self, c: list[Any]
    ) -> tuple[ast.Name, tuple[ast.Param, ...], ast.TypeExpr | None, list[Any]]:
        name = c[1]
        params: tuple[ast.Param, ...] = ()
        ret: ast.TypeExpr | None = None
        rest: list[Any] = []
        closed = False
        for part in c[2:]:
            if isinstance(part, Token):
                if part == ")":
                    closed = True
                continue
            if not closed and isinstance(part, tuple):
                params = part
            elif (
                closed
                and ret is None
                and not rest
                and not isinstance(part, (ast.FunctionBody, tuple, Span))
            ):
                ret = part
            else:
                rest.append(part)
        return name, params, ret, rest

    def fun_decl(self, c: list[Any]) -> ast.FunDecl:
        name, params, ret, rest = self._fun_parts(c)
        return make.FunDecl(name, params, ret, rest[-1], None, self.span(c))

    def foreign_fun_decl(self, c: list[Any]) -> ast.FunDecl:
        name, params, ret, rest = self._fun_parts(c)
        creates = next((r[1] for r in rest if isinstance(r, tuple) and r[0] == "creates"), None)
        return make.FunDecl(name, params, ret, None, creates, self.span(c))

    def verifier_fun_decl(self, c: list[Any]) -> ast.FunDecl:
        name, params, _, _ = self._fun_parts(c)
        if any(isinstance(t, Token) and t == "return" for t in c):
            self.unsupported("a foreign function with a named 'return'", self.span(c))
        return make.FunDecl(name, params, None, None, None, self.span(c))

    # -- machine bodies -----------------------------------------------------------------

    def machine_body(self, c: list[Any]) -> ast.MachineBody:
        members = self.nodes(c)
        return make.MachineBody(
            tuple(m for m in members if isinstance(m, ast.VarDecl)),
            tuple(m for m in members if isinstance(m, ast.FunDecl)),
            tuple(m for m in members if isinstance(m, ast.StateDecl)),
            self.span(c),
        )

    def var_decl(self, c: list[Any]) -> ast.VarDecl:
        names, typ = self.nodes(c)
        return make.VarDecl(names, typ, self.span(c))

    def temperature(self, c: list[Any]) -> Token:
        return cast(Token, c[0])

    def state_mods(self, c: list[Any]) -> list[Token]:
        return list(c)

    def state_decl(self, c: list[Any]) -> ast.StateDecl:
        mods: list[Token] = c[0]
        is_start = any(m == "start" for m in mods)
        temp = next((str(m) for m in mods if m in ("hot", "cold")), None)
        parts = self.nodes(c[1:])
        name, items = parts[0], parts[1:]
        return make.StateDecl(name, is_start, cast(Any, temp), tuple(items), self.span(mods, c[1:]))

    def entry_anon(self, c: list[Any]) -> ast.EntryItem:
        return make.EntryItem(c[1], self.span(c))

    def entry_named(self, c: list[Any]) -> ast.EntryItem:
        return make.EntryItem(c[1], self.span(c))

    def exit_anon(self, c: list[Any]) -> ast.ExitItem:
        return make.ExitItem(c[1], self.span(c))

    def exit_named(self, c: list[Any]) -> ast.ExitItem:
        return make.ExitItem(c[1], self.span(c))

    def defer_item(self, c: list[Any]) -> ast.DeferItem:
        return make.DeferItem(c[1], self.span(c))

    def ignore_item(self, c: list[Any]) -> ast.IgnoreItem:
        return make.IgnoreItem(c[1], self.span(c))

    def on_do_named(self, c: list[Any]) -> ast.OnDoItem:
        return make.OnDoItem(c[1], c[3], self.span(c))

    def on_do_anon(self, c: list[Any]) -> ast.OnDoItem:
        return make.OnDoItem(c[1], c[3], self.span(c))

    def on_goto(self, c: list[Any]) -> ast.OnGotoItem:
        return make.OnGotoItem(c[1], c[3], None, self.span(c))

    def on_goto_anon(self, c: list[Any]) -> ast.OnGotoItem:
        return make.OnGotoItem(c[1], c[3], c[5], self.span(c))

    def on_goto_named(self, c: list[Any]) -> ast.OnGotoItem:
        return make.OnGotoItem(c[1], c[3], c[5], self.span(c))

    def anon_handler(self, c: list[Any]) -> ast.AnonHandler:
        parts = self.nodes(c)
        param = parts[0] if len(parts) == 2 else None
        return make.AnonHandler(param, parts[-1], self.span(c))

    def anon_handler_many(self, c: list[Any]) -> ast.AnonHandler:
        parts = self.nodes(c)
        self.diagnostics.error(
            "P0406", "an anonymous handler takes at most one parameter", self.span(c[:-1])
        )
        return make.AnonHandler(parts[0], parts[-1], self.span(c))

    def function_body(self, c: list[Any]) -> ast.FunctionBody:
        parts = self.nodes(c)
        local_vars = tuple(p for p in parts if isinstance(p, ast.VarDecl))
        stmts = tuple(p for p in parts if not isinstance(p, ast.VarDecl))
        return make.FunctionBody(local_vars, stmts, self.span(c))

    # -- statements ---------------------------------------------------------------------

    def block(self, c: list[Any]) -> ast.BlockStmt:
        return make.BlockStmt(tuple(self.nodes(c)), self.span(c))

    def assert_stmt(self, c: list[Any]) -> ast.AssertStmt:
        parts = self.nodes(c)
        return make.AssertStmt(parts[0], parts[1] if len(parts) > 1 else None, self.span(c))

    def assume_stmt(self, c: list[Any]) -> ast.AssumeStmt:
        parts = self.nodes(c)
        return make.AssumeStmt(parts[0], parts[1] if len(parts) > 1 else None, self.span(c))

    def print_stmt(self, c: list[Any]) -> ast.PrintStmt:
        return make.PrintStmt(c[1], self.span(c))

    def return_stmt(self, c: list[Any]) -> ast.ReturnStmt:
        parts = self.nodes(c)
        return make.ReturnStmt(parts[0] if parts else None, self.span(c))

    def break_stmt(self, c: list[Any]) -> ast.BreakStmt:
        return make.BreakStmt(self.span(c))

    def continue_stmt(self, c: list[Any]) -> ast.ContinueStmt:
        return make.ContinueStmt(self.span(c))

    def assign_stmt(self, c: list[Any]) -> ast.AssignStmt:
        target, value = self.nodes(c)
        return make.AssignStmt(target, value, self.span(c))

    def insert_stmt(self, c: list[Any]) -> ast.InsertStmt:
        target, key, value = self.nodes(c)
        return make.InsertStmt(target, key, value, self.span(c))

    def add_stmt(self, c: list[Any]) -> ast.AddStmt:
        target, value = self.nodes(c)
        return make.AddStmt(target, value, self.span(c))

    def remove_stmt(self, c: list[Any]) -> ast.RemoveStmt:
        target, value = self.nodes(c)
        return make.RemoveStmt(target, value, self.span(c))

    def while_stmt(self, c: list[Any]) -> ast.WhileStmt:
        cond, body = self.nodes(c)
        return make.WhileStmt(cond, body, self.span(c))

    def loop_invariant(self, c: list[Any]) -> ast.Expr:
        self.unsupported("a loop 'invariant'", self._tok_span(c[0]))
        return cast(ast.Expr, c[1])

    def foreach_stmt(self, c: list[Any]) -> ast.ForeachStmt:
        parts = self.nodes(c)
        var, coll, invariants, body = parts[0], parts[1], parts[2:-1], parts[-1]
        return make.ForeachStmt(var, coll, body, tuple(invariants), self.span(c))

    def if_stmt(self, c: list[Any]) -> ast.IfStmt:
        parts = self.nodes(c)
        return make.IfStmt(parts[0], parts[1], parts[2] if len(parts) > 2 else None, self.span(c))

    def new_stmt(self, c: list[Any]) -> ast.NewStmt:
        expr = self.new_expr(c[:-1])
        return make.NewStmt(expr, self.span(c))

    def call_stmt(self, c: list[Any]) -> ast.CallStmt:
        expr = self.call_expr(c[:-1])
        return make.CallStmt(expr, self.span(c))

    def raise_stmt(self, c: list[Any]) -> ast.RaiseStmt:
        parts = self.nodes(c)
        args = parts[1] if len(parts) > 1 else ()
        return make.RaiseStmt(parts[0], args, self.span(c))

    def send_stmt(self, c: list[Any]) -> ast.SendStmt:
        parts = self.nodes(c)
        args = parts[2] if len(parts) > 2 else ()
        return make.SendStmt(parts[0], parts[1], args, self.span(c))

    def announce_stmt(self, c: list[Any]) -> ast.AnnounceStmt:
        parts = self.nodes(c)
        args = parts[1] if len(parts) > 1 else ()
        return make.AnnounceStmt(parts[0], args, self.span(c))

    def goto_stmt(self, c: list[Any]) -> ast.GotoStmt:
        parts = self.nodes(c)
        args = parts[1] if len(parts) > 1 else ()
        return make.GotoStmt(parts[0], args, self.span(c))

    def recv_case(self, c: list[Any]) -> ast.ReceiveCase:
        return make.ReceiveCase(c[1], c[3], self.span(c))

    def receive_stmt(self, c: list[Any]) -> ast.ReceiveStmt:
        return make.ReceiveStmt(tuple(self.nodes(c)), self.span(c))

    def empty_stmt(self, c: list[Any]) -> ast.EmptyStmt:
        return make.EmptyStmt(self.span(c))

    # -- expressions --------------------------------------------------------------------

    def _int_value(self, tok: Token) -> int:
        value = int(str(tok))
        if value > INT32_MAX:
            self.diagnostics.error(
                "P0104",
                f"integer literal {tok} is out of range (the largest is {INT32_MAX})",
                self._tok_span(tok),
            )
        return value

    def int_lit(self, c: list[Any]) -> ast.IntLit:
        return make.IntLit(self._int_value(c[0]), self._tok_span(c[0]))

    def float_lit(self, c: list[Any]) -> ast.FloatLit:
        return make.FloatLit(float(str(c[0])), self._tok_span(c[0]))

    def spaced_float(self, c: list[Any]) -> ast.FloatLit:
        # `1 . 5`, `1. 5`, `1 .5`, `. 5`: a float literal is three tokens in P (1.1), so
        # whitespace between them is allowed; `1.5` and `.5` arrive as one FLOAT token.
        text = "".join(str(t) for t in c)
        return make.FloatLit(float(text), self.span(c))

    def true_lit(self, c: list[Any]) -> ast.BoolLit:
        return make.BoolLit(True, self._tok_span(c[0]))

    def false_lit(self, c: list[Any]) -> ast.BoolLit:
        return make.BoolLit(False, self._tok_span(c[0]))

    def null_lit(self, c: list[Any]) -> ast.NullLit:
        return make.NullLit(self._tok_span(c[0]))

    def string_lit(self, c: list[Any]) -> ast.StringLit:
        text = str(c[0])
        return make.StringLit(unescape(text[1:-1]), self._tok_span(c[0]))

    def nondet(self, c: list[Any]) -> ast.NondetExpr:
        return make.NondetExpr(False, self._tok_span(c[0]))

    def fair_nondet(self, c: list[Any]) -> ast.NondetExpr:
        return make.NondetExpr(True, self._tok_span(c[0]))

    def halt_expr(self, c: list[Any]) -> ast.HaltExpr:
        return make.HaltExpr(self._tok_span(c[0]))

    def this_expr(self, c: list[Any]) -> ast.ThisExpr:
        return make.ThisExpr(self._tok_span(c[0]))

    def name_expr(self, c: list[Any]) -> ast.NameExpr:
        return make.NameExpr(c[0], c[0].span)

    def paren_expr(self, c: list[Any]) -> ast.Expr:
        return cast(ast.Expr, c[1])

    def tuple_expr(self, c: list[Any]) -> ast.TupleExpr:
        return make.TupleExpr(tuple(self.nodes(c)), self.span(c))

    def named_tuple_expr(self, c: list[Any]) -> ast.NamedTupleExpr:
        parts = self.nodes(c)
        fields = tuple((parts[i], parts[i + 1]) for i in range(0, len(parts), 2))
        return make.NamedTupleExpr(fields, self.span(c))

    def field_expr(self, c: list[Any]) -> ast.FieldExpr:
        return make.FieldExpr(c[0], c[2], self.span(c))

    def tuple_index_expr(self, c: list[Any]) -> ast.TupleIndexExpr:
        tok = c[2]
        return make.TupleIndexExpr(c[0], self._int_value(tok), self._tok_span(tok), self.span(c))

    def index_expr(self, c: list[Any]) -> ast.IndexExpr:
        return make.IndexExpr(c[0], c[2], self.span(c))

    def keys_expr(self, c: list[Any]) -> ast.KeysExpr:
        return make.KeysExpr(c[2], self.span(c))

    def values_expr(self, c: list[Any]) -> ast.ValuesExpr:
        return make.ValuesExpr(c[2], self.span(c))

    def sizeof_expr(self, c: list[Any]) -> ast.SizeofExpr:
        return make.SizeofExpr(c[2], self.span(c))

    def default_expr(self, c: list[Any]) -> ast.DefaultExpr:
        return make.DefaultExpr(c[2], self.span(c))

    def new_expr(self, c: list[Any]) -> ast.NewExpr:
        parts = self.nodes(c)
        args = parts[1] if len(parts) > 1 else ()
        return make.NewExpr(parts[0], args, self.span(c))

    def call_expr(self, c: list[Any]) -> ast.CallExpr:
        parts = self.nodes(c)
        args = parts[1] if len(parts) > 1 else ()
        return make.CallExpr(parts[0], args, self.span(c))

    def choose_expr(self, c: list[Any]) -> ast.ChooseExpr:
        parts = self.nodes(c)
        return make.ChooseExpr(parts[0] if parts else None, self.span(c))

    def format_expr(self, c: list[Any]) -> ast.FormatExpr:
        fmt = self.string_lit([c[2]])
        args = tuple(p for p in self.nodes(c[3:]))
        return make.FormatExpr(fmt, args, self.span(c))

    def float_pair(self, c: list[Any]) -> ast.UnsupportedExpr:
        span = self.span(c)
        self.diagnostics.error(
            "P0904", "the float(b, e) literal form is not supported; write e.g. 3.25", span
        )
        return make.UnsupportedExpr("float(b, e)", span)

    def neg_expr(self, c: list[Any]) -> ast.UnaryExpr:
        return make.UnaryExpr("-", c[1], self.span(c))

    def not_expr(self, c: list[Any]) -> ast.UnaryExpr:
        return make.UnaryExpr("!", c[1], self.span(c))

    def binary(self, c: list[Any]) -> ast.BinaryExpr:
        left, op, right = c
        return make.BinaryExpr(cast(Any, str(op)), left, right, self._tok_span(op), self.span(c))

    def cast(self, c: list[Any]) -> ast.CastExpr | ast.CoerceExpr:
        operand, op, typ = c
        if op == "as":
            return make.CastExpr(operand, typ, self.span(c))
        return make.CoerceExpr(operand, typ, self.span(c))

    def _verifier_expr(self, what: str, c: list[Any]) -> ast.UnsupportedExpr:
        span = self.span(c)
        self.unsupported(what, span)
        return make.UnsupportedExpr(what, span)

    def verifier_binary(self, c: list[Any]) -> ast.UnsupportedExpr:
        return self._verifier_expr(f"the '{c[1]}' operator", c)

    def verifier_prefix(self, c: list[Any]) -> ast.UnsupportedExpr:
        return self._verifier_expr(f"the '{c[0]}' expression", c)

    def verifier_postfix(self, c: list[Any]) -> ast.UnsupportedExpr:
        return self._verifier_expr(f"the '{c[1]}' expression", c)

    def quantifier(self, c: list[Any]) -> ast.UnsupportedExpr:
        return self._verifier_expr(f"the '{c[0]}' quantifier", c)

    # -- modules and tests --------------------------------------------------------------

    def module_decl(self, c: list[Any]) -> ast.ModuleDecl:
        name, mod = self.nodes(c)
        return make.ModuleDecl(name, mod, self.span(c))

    def binding(self, c: list[Any]) -> ast.Binding:
        parts = self.nodes(c)
        return make.Binding(parts[0], parts[1] if len(parts) > 1 else None, self.span(c))

    def primitive_module(self, c: list[Any]) -> ast.PrimitiveModule:
        return make.PrimitiveModule(tuple(self.nodes(c)), self.span(c))

    def named_module(self, c: list[Any]) -> ast.NamedModule:
        return make.NamedModule(c[0], c[0].span)

    def paren_module(self, c: list[Any]) -> ast.ModuleExpr:
        return cast(ast.ModuleExpr, c[1])

    def union_module(self, c: list[Any]) -> ast.UnionModule:
        return make.UnionModule(tuple(self.nodes(c)), self.span(c))

    def compose_module(self, c: list[Any]) -> ast.ComposeModule:
        return make.ComposeModule(tuple(self.nodes(c)), self.span(c))

    def assert_module(self, c: list[Any]) -> ast.AssertModule:
        names, mod = self.nodes(c)
        return make.AssertModule(names, mod, self.span(c))

    def hidee_module(self, c: list[Any]) -> ast.HideEventsModule:
        events, mod = self.nodes(c)
        return make.HideEventsModule(events, mod, self.span(c))

    def hidei_module(self, c: list[Any]) -> ast.HideInterfacesModule:
        names, mod = self.nodes(c)
        return make.HideInterfacesModule(names, mod, self.span(c))

    def rename_module(self, c: list[Any]) -> ast.RenameModule:
        old, new, mod = self.nodes(c)
        return make.RenameModule(old, new, mod, self.span(c))

    def main_module(self, c: list[Any]) -> ast.MainModule:
        name, mod = self.nodes(c)
        return make.MainModule(name, mod, self.span(c))

    def main_clause(self, c: list[Any]) -> ast.Name:
        return cast(ast.Name, c[3])

    def param_true(self, c: list[Any]) -> ast.ParamLiteral:
        return make.ParamLiteral(True, self.span(c))

    def param_false(self, c: list[Any]) -> ast.ParamLiteral:
        return make.ParamLiteral(False, self.span(c))

    def param_int(self, c: list[Any]) -> ast.ParamLiteral:
        return make.ParamLiteral(self._int_value(c[0]), self.span(c))

    def param_neg_int(self, c: list[Any]) -> ast.ParamLiteral:
        return make.ParamLiteral(-self._int_value(c[1]), self.span(c))

    def param_values(self, c: list[Any]) -> ast.TestParam:
        parts = self.nodes(c)
        return make.TestParam(parts[0], tuple(parts[1:]), self.span(c))

    def test_params(self, c: list[Any]) -> tuple[ast.TestParam, ...]:
        return tuple(self.nodes(c))

    def test_assume(self, c: list[Any]) -> tuple[str, ast.Expr]:
        return ("assume", c[1])

    def pairwise(self, c: list[Any]) -> tuple[str, int, Span, bool]:
        return ("twise", 2, self.span(c), True)

    def twise(self, c: list[Any]) -> tuple[str, int, Span, bool]:
        return ("twise", self._int_value(c[1]), self.span(c), False)

    def test_decl(self, c: list[Any]) -> ast.TestDecl:
        params: tuple[ast.TestParam, ...] = ()
        assume: ast.Expr | None = None
        twise: int | None = None
        twise_span: Span | None = None
        pairwise = False
        names: list[ast.Name] = []
        modules: list[ast.ModuleExpr] = []
        for part in c[1:]:
            if isinstance(part, Token):
                continue
            if isinstance(part, tuple) and part and isinstance(part[0], ast.TestParam):
                params = part
            elif isinstance(part, tuple) and part and part[0] == "assume":
                assume = part[1]
            elif isinstance(part, tuple) and part and part[0] == "twise":
                twise, twise_span, pairwise = part[1], part[2], part[3]
            elif isinstance(part, ast.Name):
                names.append(part)
            else:
                modules.append(part)
        return make.TestDecl(
            names[0],
            names[1],
            modules[0],
            params,
            assume,
            twise,
            twise_span,
            None,
            self.span(c),
            pairwise,
        )

    def refines_test_decl(self, c: list[Any]) -> ast.TestDecl:
        parts = self.nodes(c)
        name, main, left, right = parts
        return make.TestDecl(name, main, left, (), None, None, None, right, self.span(c))

    def impl_decl(self, c: list[Any]) -> ast.ImplementationDecl:
        parts = self.nodes(c)
        if len(parts) == 3:
            return make.ImplementationDecl(parts[0], parts[1], parts[2], self.span(c))
        return make.ImplementationDecl(parts[0], None, parts[1], self.span(c))

    def verifier_part(self, c: list[Any]) -> list[Any]:
        return c

    def verifier_decl(self, c: list[Any]) -> ast.UnsupportedDecl:
        keyword = str(c[0])
        span = self.span(c)
        self.unsupported(f"'{keyword}' declarations", self._tok_span(c[0]))
        return make.UnsupportedDecl(keyword, span)
