"""Expression semantics (reference 8.2/8.3), table-driven: each case prints values.

The expected strings are P's print forms, so each row checks evaluation and printing
together: int wrap-around and truncating division, IEEE floats, structural equality across
kinds, collections and their iteration order, casts and coercions, defaults, format.
"""

from __future__ import annotations

import pytest

from tests.runtime.helpers import in_main, run

DECLS = """
enum Color { RED = 5, GREEN = 2, BLUE = 9 }
enum Plain { P0, P1 }
type tPair = (a: int, b: string);
fun Twice(x: int): int { return x * 2; }
"""

# (case id, local declarations, statements, expected printed lines)
CASES: list[tuple[str, list[str], str, list[str]]] = [
    ("int arithmetic", [], 'print format("{0} {1} {2}", 1 + 2 * 3, 7 - 10, 6 * -7);', ["7 -3 -42"]),
    (
        "int division truncates",
        [],
        'print format("{0} {1} {2} {3}", 7 / 2, -7 / 2, 7 / -2, -7 / -2);',
        ["3 -3 -3 3"],
    ),
    (
        "int remainder has sign of dividend",
        [],
        'print format("{0} {1} {2}", -7 % 2, 7 % -2, 7 % 3);',
        ["-1 1 1"],
    ),
    (
        "int overflow wraps",
        ["x: int", "i: int"],
        'x = 1; while (i < 63) { x = x * 2; i = i + 1; } print format("{0} {1} {2}", x, x - 1, -x);',
        ["-9223372036854775808 9223372036854775807 -9223372036854775808"],
    ),
    (
        "int multiply wraps",
        ["x: int"],
        'x = 2147483647; x = x * x * x; print format("{0}", x);',
        ["4611686024869838847"],
    ),
    (
        "float arithmetic prints .NET style",
        [],
        'print format("{0} {1} {2}", 2.5 * 2.0, 1.0 / 4.0, 10.22 % 1.34);',
        ["5 0.25 0.8400000000000001"],
    ),
    (
        "float division by zero is IEEE",
        [],
        'print format("{0} {1}", 1.0 / 0.0, -1.0 / 0.0);',
        ["Infinity -Infinity"],
    ),
    ("float remainder is fmod", [], 'print format("{0}", -7.5 % 2.0);', ["-1.5"]),
    (
        "comparisons",
        [],
        'print format("{0} {1} {2} {3}", 1 < 2, 2.5 >= 2.5, "ab" < "b", "b" <= "a");',
        ["True True True False"],
    ),
    (
        "boolean operators short-circuit",
        ["s: seq[int]"],
        'print format("{0} {1}", false && s[3] == 1, true || s[3] == 1);',
        ["False True"],
    ),
    (
        "not and unary minus",
        [],
        'print format("{0} {1} {2}", !true, -(3), -(2.5));',
        ["False -3 -2.5"],
    ),
    (
        "string concatenation",
        ["s: string"],
        's = "ab"; print s + "c" + format("{0}", 1);',
        ["abc1"],
    ),
    (
        "tuple values",
        ["t: (int, bool)"],
        't = (1, true); print format("{0} {1} {2}", t, t.0, t.1);',
        ["<1,True,> 1 True"],
    ),
    (
        "named tuple values",
        ["p: tPair"],
        'p = (a = 3, b = "x"); print format("{0} {1}", p, p.b);',
        ["<a:3, b:x, > x"],
    ),
    (
        "defaults",
        ["p: tPair", "c: Color", "m: map[int, bool]", "f: float", "e: event", "q: seq[int]"],
        'print format("{0}|{1}|{2}|{3}|{4}|{5}", p, c, m, f, e, q);',
        ["<a:0, b:, >|2|()|0||()"],
    ),
    (
        "default expression",
        [],
        'print format("{0} {1}", default((int, string)), default(Plain));',
        ["<0,,> 0"],
    ),
    (
        "enum values are ints",
        ["c: Color"],
        'c = BLUE; print format("{0} {1}", c, c to int);',
        ["9 9"],
    ),
    (
        "seq insert, index, remove",
        ["q: seq[int]"],
        'q += (0, 1); q += (1, 3); q += (1, 2); q -= 0; print format("{0} {1} {2}", q, q[1], sizeof(q));',
        ["(2, 3) 3 2"],
    ),
    (
        "seq element assignment",
        ["q: seq[int]"],
        'q += (0, 1); q += (1, 2); q[0] = 7; print format("{0}", q);',
        ["(7, 2)"],
    ),
    (
        "set add, remove, membership, order",
        ["s: set[int]"],
        's += (3); s += (1); s += (3); s += (2); s -= 1; s -= 10; print format("{0} {1} {2} {3}", s, 3 in s, 1 in s, s[0]);',
        ["(<2>, <3>) True False 3"],
    ),
    (
        "map insert, overwrite, remove, keys, values",
        ["m: map[string, int]"],
        'm["b"] = 1; m += ("a", 2); m["b"] = 3; m -= "zz"; print format("{0} {1} {2} {3} {4}", m, keys(m), values(m), "a" in m, m["b"]);',
        ["(<a->2>, <b->3>) (b, a) (3, 2) True 3"],
    ),
    (
        "nested updates rebuild the path",
        ["g: seq[map[int, tPair]]", "h: seq[map[int, tPair]]"],
        'g += (0, default(map[int, tPair])); g[0][4] = (a = 1, b = "y"); h = g; g[0][4].a = 9; print format("{0} {1}", g[0][4].a, h[0][4].a);',
        ["9 1"],
    ),
    (
        "value semantics: assignment copies",
        ["a: seq[int]", "b: seq[int]"],
        'a += (0, 1); b = a; b += (1, 2); print format("{0} {1}", a, b);',
        ["(1) (1, 2)"],
    ),
    (
        "structural equality",
        ["x: any", "y: any", "a: seq[int]", "b: seq[int]"],
        'x = 1; y = 1.0; a += (0, 1); b += (0, 1); print format("{0} {1} {2} {3} {4}", x == y, x == 1, a == b, (1, 2) == (1, 2), (a = 1,) == (a = 1,));',
        ["False True True True True"],
    ),
    (
        "equality: bool is not int, named is not unnamed",
        ["x: any", "y: any", "u: any", "v: any"],
        'x = true; y = 1; u = (1,); v = (a = 1,); print format("{0} {1} {2}", x == y, u == v, x != y);',
        ["False False True"],
    ),
    (
        "null equality",
        ["m: machine", "x: any"],
        'print format("{0} {1} {2}", m == null, x == null, x != 0);',
        ["True True True"],
    ),
    (
        "map and set equality ignore insertion order",
        ["a: set[int]", "b: set[int]", "m: map[int, int]", "n: map[int, int]"],
        'a += (1); a += (2); b += (2); b += (1); m[1] = 1; m[2] = 2; n[2] = 2; n[1] = 1; print format("{0} {1}", a == b, m == n);',
        ["True True"],
    ),
    (
        "casts that succeed",
        ["x: any", "s: seq[int]"],
        'x = 5; print format("{0}", (x as int) + 1); x = s; s = x as seq[int]; print format("{0}", s);',
        ["6", "()"],
    ),
    (
        "coercions",
        [],
        'print format("{0} {1} {2} {3}", 3 to float, 2.9 to int, -2.9 to int, GREEN to int);',
        ["3 2 -2 2"],
    ),
    ("function calls and this", [], 'print format("{0} {1}", Twice(21), this);', ["42 Main(1)"]),
    (
        "foreach, while, break, continue",
        ["q: seq[int]", "i: int", "sum: int"],
        'while (i < 6) { i = i + 1; if (i == 2) { continue; } if (i == 5) { break; } q += (sizeof(q), i); } foreach (i in q) { sum = sum + i; } print format("{0} {1} {2}", q, sum, i);',
        ["(1, 3, 4) 8 4"],
    ),
    (
        "foreach iterates a snapshot",
        ["q: seq[int]", "x: int"],
        'q += (0, 1); q += (1, 2); foreach (x in q) { q += (sizeof(q), x * 10); } print format("{0}", q);',
        ["(1, 2, 10, 20)"],
    ),
    (
        "foreach over a set and keys",
        ["s: set[string]", "m: map[int, int]", "t: string", "k: int"],
        's += ("b"); s += ("a"); m[5] = 1; m[3] = 2; foreach (t in s) { print t; } foreach (k in keys(m)) { print format("{0}", k); }',
        ["b", "a", "5", "3"],
    ),
    ("format with repeats and braces", [], 'print format("{{{0}}} {1} {0}", 1, "x");', ["{1} x 1"]),
    (
        "print of collections",
        ["s: set[string]", "m: map[int, string]"],
        's += ("b"); s += ("a"); m[2] = "y"; m[1] = "x"; print format("{0} {1}", s, m);',
        ["(<a>, <b>) (<1->x>, <2->y>)"],
    ),
    (
        "if / else chains",
        ["i: int"],
        'i = 2; if (i == 1) { print "one"; } else if (i == 2) { print "two"; } else { print "other"; }',
        ["two"],
    ),
]


@pytest.mark.parametrize(
    ("locals_", "body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_expression(locals_: list[str], body: str, expected: list[str]) -> None:
    result = run(in_main(body, decls=DECLS, locals_=locals_))
    assert result.outcome.bug is None, result.outcome.bug
    assert result.prints == expected


def test_choices_come_from_the_strategy() -> None:
    from tests.runtime.helpers import Scripted

    body = (
        "q += (0, 10); q += (1, 20); q += (2, 30); s += (7); s += (8); m[4] = true; m[6] = false;\n"
        'print format("{0} {1} {2} {3} {4} {5}", $, $$, choose(5), choose(q), choose(s), choose(m));'
    )
    locals_ = ["q: seq[int]", "s: set[int]", "m: map[int, bool]"]
    result = run(in_main(body, locals_=locals_), Scripted(bools=[True, False], ints=[3, 2, 1, 1]))
    assert result.prints == ["True False 3 30 8 6"]
    # decisions 0 and 1, then six choices; going idle leaves nothing enabled: no decision
    assert result.sched == [0, 1, -2, -1, -6, -5, -4, -4]
