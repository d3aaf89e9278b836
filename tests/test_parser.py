"""Parser: precedence, AST shapes, spans and error recovery."""

from __future__ import annotations

import pytest
from pide.core.syntax import ast
from pide.core.syntax.parser import parse_text


def expr_of(src: str) -> ast.Expr:
    unit, diags = parse_text(f"fun f() {{ x = {src}; }}")
    assert diags == []
    fun = unit.decls[0]
    assert isinstance(fun, ast.FunDecl) and fun.body is not None
    stmt = fun.body.stmts[0]
    assert isinstance(stmt, ast.AssignStmt)
    return stmt.value


def show(e: ast.Expr) -> str:
    match e:
        case ast.BinaryExpr(op=op, left=left, right=right):
            return f"({show(left)} {op} {show(right)})"
        case ast.UnaryExpr(op=op, operand=operand):
            return f"({op}{show(operand)})"
        case ast.CastExpr(operand=operand):
            return f"({show(operand)} as T)"
        case ast.CoerceExpr(operand=operand):
            return f"({show(operand)} to T)"
        case ast.NameExpr(name=name):
            return name.text
        case ast.IntLit(value=value):
            return str(value)
        case ast.FloatLit(value=value):
            return str(value)
        case ast.TupleIndexExpr(target=target, index=index):
            return f"{show(target)}.{index}"
        case ast.FieldExpr(target=target, field=field):
            return f"{show(target)}.{field.text}"
        case ast.TupleExpr(elements=elements):
            return "<" + ",".join(show(x) for x in elements) + ">"
        case _:
            return type(e).__name__


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a + b as int", "((a + b) as T)"),
        ("a as int + 1", "((a as T) + 1)"),
        ("a as int * b", "((a as T) * b)"),
        ("x == E to int", "(x == (E to T))"),
        ("a < b as int", "(a < (b as T))"),
        ("!x in s", "((!x) in s)"),
        ("x in s == true", "((x in s) == BoolLit)"),
        ("-t.0", "(-t.0)"),
        ("a || b && c", "(a || (b && c))"),
        ("a && b || c", "((a && b) || c)"),
        ("a == b && c != d", "((a == b) && (c != d))"),
        ("a < b == c > d", "((a < b) == (c > d))"),
        ("3.25 + .5", "(3.25 + 0.5)"),
        ("t.0.1", "t.0.1"),
        ("t .0 .1", "t.0.1"),
        ("1 . 5", "1.5"),
        ("1. 5 + 1 .25", "(1.5 + 1.25)"),
        (". 5", "0.5"),
        ("2 . 05 * t. 1", "(2.05 * t.1)"),
        ("(5)", "5"),
        ("(5,)", "<5>"),
        ("(1, 2)", "<1,2>"),
        ("p.a.b", "p.a.b"),
    ],
)
def test_precedence(src: str, expected: str) -> None:
    assert show(expr_of(src)) == expected


def test_insert_and_add_forms() -> None:
    unit, diags = parse_text("fun f() { s += (1, 2); s += ((1, 2)); s += (3); s -= 1; }")
    assert diags == []
    fun = unit.decls[0]
    assert isinstance(fun, ast.FunDecl) and fun.body is not None
    kinds = [type(s).__name__ for s in fun.body.stmts]
    assert kinds == ["InsertStmt", "AddStmt", "AddStmt", "RemoveStmt"]


def test_spans_are_one_based_and_exact() -> None:
    unit, _ = parse_text("event eA;\nmachine M {\n  start state S { }\n}\n", "m.p")
    machine = unit.decls[1]
    assert isinstance(machine, ast.MachineDecl)
    assert (machine.name.span.line, machine.name.span.col) == (2, 9)
    state = machine.body.states[0]
    assert (state.span.line, state.span.col, state.span.end_col) == (3, 3, 20)


SYNTAX_ERRORS = [
    ("missing semicolon", "fun f() { x = 3\n y = 4; }", [(2, 2, "P0102")]),
    (
        "two statements",
        "fun f() { x = ; y = 5 5; }\nevent e1 e2;",
        [(1, 15, "P0102"), (1, 23, "P0102"), (2, 10, "P0102")],
    ),
    ("invalid character", "fun f() { x = 3 ? 4; }", [(1, 17, "P0101")]),
    ("unterminated string", 'fun f() { print "abc; }\nevent e;', [(1, 17, "P0103")]),
    ("unterminated comment", "event e; /* abc ", [(1, 10, "P0103")]),
    ("reserved word", "machine M { var data: int; start state S { } }", [(1, 17, "P0107")]),
    ("defer null", "machine M { start state S { defer null; } }", [(1, 35, "P0102")]),
    ("stray semicolon in state", "machine M { start state S { ; } }", [(1, 29, "P0102")]),
    ("literal on the left", "fun f() { 3 = x; }", [(1, 11, "P0102")]),
    ("print with two values", 'fun f() { print "a", b; }', [(1, 20, "P0102")]),
    ("locals after statements", "fun f() { x = 1; var y: int; }", [(1, 18, "P0102")]),
    ("5. is not a float", "fun f() { x = 5.; }", [(1, 17, "P0102")]),
    ("int out of range", "fun f() { x = 3000000000; }", [(1, 15, "P0104")]),
    ("end of file", "machine M { start state S {", [(1, 28, "P0102")]),
    ("verifier construct", "pure f(x: int): int;", [(1, 1, "P0901")]),
]


@pytest.mark.parametrize(
    ("name", "src", "expected"), SYNTAX_ERRORS, ids=[c[0] for c in SYNTAX_ERRORS]
)
def test_syntax_errors_recover_and_point_at_the_token(
    name: str, src: str, expected: list[tuple[int, int, str]]
) -> None:
    _, diags = parse_text(src)
    assert [(d.span.line, d.span.col, d.code) for d in diags] == expected


def test_missing_semicolon_is_reported_at_the_next_token_with_a_note() -> None:
    """Like the reference's parser, the error is at the token that shows the `;` is missing
    (its line is the one P reports); the note points where the `;` belongs."""
    _, diags = parse_text("fun f() { x = 3\n\n  // c\n  y = 4; }")
    assert diags[0].message == "missing ';' at the end of line 1 (before name 'y')"
    assert (diags[0].span.line, diags[0].span.col) == (4, 3)
    note = diags[0].notes[0]
    assert note.span is not None and (note.span.line, note.span.col) == (1, 16)


def test_recovery_keeps_later_declarations() -> None:
    unit, diags = parse_text("machine M { start state S { entry { x = ; } } }\nevent eLater;")
    assert len(diags) == 1
    assert any(isinstance(d, ast.EventDecl) and d.name.text == "eLater" for d in unit.decls)


def test_long_operator_chains_and_deep_nesting_are_checked() -> None:
    """`a + b + ...` is left-nested: thousands of terms must not exhaust Python's stack."""
    from pide.core.api import compile_sources
    from pide.core.source import SourceFile

    chain = " + ".join(["1"] * 3000)
    nested = "(" * 400 + "1" + ")" * 400
    ifs = "n = n + 1;"
    for i in range(300):
        ifs = f"if (n > {i}) {{ {ifs} }} else {{ n = 0; }}"
    text = (
        f"machine Main {{ start state S {{ entry {{ var n: int; n = {chain}; n = n + {nested};"
        f" {ifs} assert n > 0; }} }} }}"
    )
    result = compile_sources([SourceFile("deep.p", text)])
    assert result.errors == []
