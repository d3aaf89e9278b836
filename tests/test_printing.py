"""String forms of runtime values (reference 8.2, trace formats 2.3 and 3.3)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pide.core.runtime.printing import (
    format_float,
    format_string,
    parse_format_placeholders,
    to_json_payload,
    to_print_string,
    to_trace_string,
)
from pide.core.runtime.values import HALT, MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet

FLOATS = [
    (0.1 + 0.2, "0.30000000000000004"),
    (1e16, "1E+16"),
    (1e-5, "1E-05"),
    (123456789012345.0, "123456789012345"),
    (1e15, "1E+15"),
    (1e14, "100000000000000"),
    (0.0001, "0.0001"),
    (0.00012345, "0.00012345"),
    (0.000012345, "1.2345E-05"),
    (-0.0, "-0"),
    (0.0, "0"),
    (math.nan, "NaN"),
    (math.inf, "Infinity"),
    (-math.inf, "-Infinity"),
    (2.0, "2"),
    (2.5, "2.5"),
    (-60.0, "-60"),
    (100.0, "100"),
    (1e20, "1E+20"),
    (1.5e300, "1.5E+300"),
    (1234567890123456.0, "1234567890123456"),
    (1.2345678901234566e17, "1.2345678901234566E+17"),
    (1.5e17, "1.5E+17"),
    (5e-324, "5E-324"),
    (1.7976931348623157e308, "1.7976931348623157E+308"),
    (-123.456, "-123.456"),
    (1 / 3, "0.3333333333333333"),
]


@pytest.mark.parametrize(("value", "expected"), FLOATS)
def test_float_formatting(value: float, expected: str) -> None:
    assert format_float(value) == expected
    assert to_print_string(value) == expected


ORDERED_SET = PSet(["b", "a", "B"])
MAP = PMap([("y", 2), ("x", None)])
REF = MachineRef(4, "Client", None)

VALUES: list[tuple[Any, str, str]] = [
    # value, print form, escaped trace form
    (None, "", "null"),
    (True, "True", "True"),
    (False, "False", "False"),
    (42, "42", "42"),
    (-3, "-3", "-3"),
    (2.0, "2", "2"),
    ("hi", "hi", '"hi"'),
    ('say "x"\\n', 'say "x"\\n', '"say \\"x\\"\\n"'),
    ("it's\nok", "it's\nok", '"it\'s\nok"'),
    (PEvent("eReq"), "eReq", "eReq"),
    (HALT, "PHalt", "PHalt"),
    (REF, "Client(4)", "Client(4)"),
    (PSeq([1, 2, 3]), "(1, 2, 3)", "(1, 2, 3)"),
    (PSeq(), "()", "()"),
    (PSeq(["a", None]), "(a, )", '("a", null)'),
    (PSet([2, 10, 1]), "(<1>, <10>, <2>)", "(<2>, <10>, <1>)"),
    (ORDERED_SET, "(<B>, <a>, <b>)", '(<"b">, <"a">, <"B">)'),
    (MAP, "(<x->>, <y->2>)", '(<"y"->2>, <"x"->null>)'),
    (PMap([(2, "b"), (1, "a")]), "(<1->a>, <2->b>)", '(<2->"b">, <1->"a">)'),
    ((1, True), "<1,True,>", "<1,True,>"),
    (("a", None, 3), "<a,,3,>", "<a,,3,>"),
    ((PEvent("x"), 3), "<x,3,>", "<x,3,>"),
    ((PSet(["b", "a"]),), "<(<a>, <b>),>", "<(<a>, <b>),>"),
    (PNamedTuple(("id", "ok"), (1, True)), "<id:1, ok:True, >", "<id:1, ok:True, >"),
    (PNamedTuple(("s",), ("v",)), "<s:v, >", '<s:"v", >'),
    (
        PNamedTuple(("source", "accountId"), (REF, 0)),
        "<source:Client(4), accountId:0, >",
        "<source:Client(4), accountId:0, >",
    ),
    (PSeq([PNamedTuple(("a",), (("x", 1),))]), "(<a:<x,1,>, >)", "(<a:<x,1,>, >)"),
]


@pytest.mark.parametrize(("value", "printed", "escaped"), VALUES)
def test_print_and_trace_forms(value: Any, printed: str, escaped: str) -> None:
    assert to_print_string(value) == printed
    assert to_trace_string(value) == escaped


def test_sorting_is_ordinal_utf16() -> None:
    # By code point U+FF5E < U+1F600, but U+1F600 is the surrogate pair D83D DE00 in UTF-16,
    # and .NET's ordinal order compares code units.
    assert to_print_string(PSet(["\uff5e", "\U0001f600"])) == "(<\U0001f600>, <\uff5e>)"


FORMATS: list[tuple[str, list[Any], str]] = [
    ("x = {0}", [3], "x = 3"),
    ("{1}{0}{1}", ["a", "b"], "bab"),
    ("{1}", ["never", 2.5], "2.5"),
    ("{{ok}}", [], "{ok}"),
    ("{{{0}}}", [True], "{True}"),
    ("{0}", [PSet([2, 1])], "(<1>, <2>)"),
    ("{0}", [None], ""),
    ("{00}", ["z"], "z"),
    ("no placeholders", [], "no placeholders"),
    ("", [], ""),
    # Never crashes: malformed templates are left alone, missing arguments kept as written.
    ("bad {x}", [1], "bad {x}"),
    ("lone }", [], "lone }"),
    ("{0} and {3}", ["a"], "a and {3}"),
]


@pytest.mark.parametrize(("template", "args", "expected"), FORMATS)
def test_format_string(template: str, args: list[Any], expected: str) -> None:
    assert format_string(template, args) == expected


PLACEHOLDERS: list[tuple[str, list[int], str | None]] = [
    ("", [], None),
    ("{0} {1} {0}", [0, 1, 0], None),
    ("{2}", [2], None),
    ("{{0}}", [], None),
    ("{{{0}}}", [0], None),
    ("}}{{", [], None),
    ("{12}", [12], None),
    ("{", [], "unterminated"),
    ("a {0", [], "unterminated"),
    ("}", [], "lone '}'"),
    ("{0}}", [0], "lone '}'"),
    ("{}", [], "only digits"),
    ("{x}", [], "only digits"),
    ("{0,5}", [], "only digits"),
    ("{0:F2}", [], "only digits"),
    ("{ 0}", [], "only digits"),
    ("{0} {-1}", [0], "only digits"),
    ("{\u0661}", [], "only digits"),  # a non-ASCII digit
]


@pytest.mark.parametrize(("template", "indices", "error"), PLACEHOLDERS)
def test_parse_format_placeholders(template: str, indices: list[int], error: str | None) -> None:
    found, message = parse_format_placeholders(template)
    assert found == indices
    if error is None:
        assert message is None
    else:
        assert message is not None and error in message and "\n" not in message


JSON_PAYLOADS: list[tuple[Any, Any]] = [
    (None, "null"),
    (7, 7),
    (2.5, 2.5),
    (math.nan, "NaN"),
    (-math.inf, "-Infinity"),
    (True, True),
    ("s", "s"),
    (REF, "Client(4)"),
    (HALT, "PHalt"),
    (PSeq([1, None]), [1, "null"]),
    (PSet(["a", "b"]), ["a", "b"]),
    (PMap([("k", 1), (3, None)]), {'"k"': 1, "3": "null"}),
    (PNamedTuple(("id", "ok"), (1, True)), {"id": 1, "ok": True}),
    (("a", 3), {"0": "a", "1": 3}),
    (PSeq([("a", PSeq([REF]))]), [{"0": "a", "1": ["Client(4)"]}]),
]


@pytest.mark.parametrize(("value", "expected"), JSON_PAYLOADS)
def test_json_payload(value: Any, expected: Any) -> None:
    assert to_json_payload(value) == expected


def test_json_payload_verbose_nulls() -> None:
    assert to_json_payload(PSeq([None]), nested_null=None) == [None]
