"""Type-directed conversion of logged payloads into runtime values (docs/conformance.md)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pide.core.conformance.values import (
    NAMED_MACHINE_IDS,
    PayloadError,
    ValueContext,
    from_json,
    from_trace,
)
from pide.core.runtime.values import MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet
from pide.core.semantics.types import (
    ANY,
    BOOL,
    DATA,
    EVENT,
    FLOAT,
    INT,
    MACHINE,
    NULL,
    STRING,
    EnumType,
    MapType,
    NamedTupleType,
    PermissionType,
    SeqType,
    SetType,
    TupleType,
)
from pide.core.trace.events import RawPayload
from pide.core.trace.payload_text import parse_payload

COLOR = EnumType("tColor", (("RED", 0), ("GREEN", 5)))
POINT = NamedTupleType(("x", "y"), (INT, INT))
CLIENT = PermissionType("Client", "interface", frozenset({"eReq"}))


def ctx() -> ValueContext:
    return ValueContext(frozenset({"eReq", "eResp"}))


JSON_CASES: list[tuple[Any, Any, Any]] = [
    (True, BOOL, True),
    (-42, INT, -42),
    (2, FLOAT, 2.0),
    (2.5, FLOAT, 2.5),
    ("NaN", FLOAT, "nan"),
    ("-Infinity", FLOAT, -math.inf),
    ("hi", STRING, "hi"),
    (None, NULL, None),
    ("GREEN", COLOR, 5),
    (5, COLOR, 5),
    ("eResp", EVENT, PEvent("eResp")),
    (None, EVENT, None),
    ([1, True], TupleType((INT, BOOL)), (1, True)),
    ({"0": 1, "1": False}, TupleType((INT, BOOL)), (1, False)),
    ({"x": 1, "y": 2}, POINT, PNamedTuple(("x", "y"), (1, 2))),
    ({"y": 2, "x": 1}, POINT, PNamedTuple(("x", "y"), (1, 2))),
    ([3, 1, 3], SeqType(INT), PSeq((3, 1, 3))),
    ([3, 1, 3], SetType(INT), PSet((3, 1))),
    ({"a": 1}, MapType(STRING, INT), PMap([("a", 1)])),
    ({"7": True, "-1": False}, MapType(INT, BOOL), PMap([(7, True), (-1, False)])),
    ({"RED": 1, "5": 2}, MapType(COLOR, INT), PMap([(0, 1), (5, 2)])),
    ([[[1, 2], "p"]], MapType(TupleType((INT, INT)), STRING), PMap([((1, 2), "p")])),
    ("Client(4)", CLIENT, MachineRef(4, "Client", None)),
    (4, MACHINE, MachineRef(4, "machine", None)),
    (None, CLIENT, None),
    ([1, {"a": "b"}], ANY, PSeq((1, PNamedTuple(("a",), ("b",))))),
    (3.5, DATA, 3.5),
]


@pytest.mark.parametrize(("obj", "ptype", "expected"), JSON_CASES)
def test_json_values(obj: Any, ptype: Any, expected: Any) -> None:
    value = from_json(obj, ptype, ctx())
    if expected == "nan":
        assert math.isnan(value)
        return
    assert value == expected
    assert type(value) is type(expected)


def test_machine_permissions_come_from_the_type() -> None:
    ref = from_json("Client(4)", CLIENT, ctx())
    assert ref.permissions == frozenset({"eReq"})


def test_free_form_machine_names_get_stable_ids() -> None:
    c = ctx()
    a1 = from_json("client-a", MACHINE, c)
    b = from_json("client-b", MACHINE, c)
    a2 = from_json("client-a", MACHINE, c)
    assert a1 == a2 and a1 != b
    assert a1.id == NAMED_MACHINE_IDS and b.id == NAMED_MACHINE_IDS + 1
    assert a1.interface == "client-a"


JSON_ERRORS: list[tuple[Any, Any, str]] = [
    (1, BOOL, "payload: expected bool, got the number 1"),
    (True, INT, "payload: expected int, got true"),
    (1.5, INT, "payload: expected int, got the number 1.5"),
    (2**63, INT, "out of the range of P's 64-bit int"),
    ("1", FLOAT, 'expected float, got the string "1"'),
    (3, STRING, "expected string, got the number 3"),
    (0, NULL, "the event carries no payload, got the number 0"),
    ("BLUE", COLOR, "'BLUE' is not an element of enum tColor"),
    (3, COLOR, "3 is not a value of enum tColor"),
    ("eNope", EVENT, "'eNope' is not an event of the model"),
    ([1], TupleType((INT, BOOL)), "(2 elements), got 1"),
    ([1, 2], TupleType((INT, BOOL)), "payload[1]: expected bool"),
    ({"x": 1}, POINT, "payload: missing field 'y'"),
    ({"x": 1, "y": 2, "z": 3}, POINT, "payload: unexpected field 'z'"),
    ({"x": 1, "y": "2"}, POINT, "payload.y: expected int"),
    ({"a": 1}, SeqType(INT), "expected seq[int], got an object"),
    ([1, "x"], SetType(INT), "payload[1]: expected int"),
    ({"k": 1}, MapType(INT, INT), "key 'k': expected an int key"),
    ({"a": "b"}, MapType(STRING, INT), "payload['a']: expected int"),
    ([[1]], MapType(INT, INT), "payload[0]: expected a [key, value] pair"),
    ({"x": 1}, MapType(TupleType((INT,)), INT), "written as an array of [key, value] pairs"),
    ([], CLIENT, "expected a machine"),
]


@pytest.mark.parametrize(("obj", "ptype", "message"), JSON_ERRORS)
def test_json_errors(obj: Any, ptype: Any, message: str) -> None:
    with pytest.raises(PayloadError) as error:
        from_json(obj, ptype, ctx())
    assert message in str(error.value)


TRACE_CASES: list[tuple[str, Any, Any]] = [
    ("3", FLOAT, 3.0),
    ("5", COLOR, 5),
    ("()", SetType(INT), PSet()),
    ("()", MapType(STRING, INT), PMap()),
    ("(<1>, <2>)", SetType(INT), PSet((1, 2))),
    ('(<"a"->1>)', MapType(STRING, INT), PMap([("a", 1)])),
    ("<x:1, y:2, >", POINT, PNamedTuple(("x", "y"), (1, 2))),
    ("<1,True,>", TupleType((INT, BOOL)), (1, True)),
    ("<word,3,>", TupleType((STRING, INT)), ("word", 3)),
    ("eResp", EVENT, PEvent("eResp")),
    ("Client(4)", CLIENT, MachineRef(4, "Client", None)),
]


@pytest.mark.parametrize(("text", "ptype", "expected"), TRACE_CASES)
def test_trace_values(text: str, ptype: Any, expected: Any) -> None:
    value = from_trace(parse_payload(text), ptype, ctx())
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("value", "ptype", "message"),
    [
        (RawPayload("<<<"), INT, "cannot read the payload text '<<<' as int"),
        (PSeq((1,)), SetType(INT), "expected set[int], got (1)"),
        (PNamedTuple(("x",), (1,)), POINT, "expected (x: int, y: int)"),
        ("s", INT, 'expected int, got "s"'),
        (7, COLOR, "7 is not a value of enum tColor"),
    ],
)
def test_trace_errors(value: Any, ptype: Any, message: str) -> None:
    with pytest.raises(PayloadError) as error:
        from_trace(value, ptype, ctx())
    assert message in str(error.value)
