"""Logged payloads -> the runtime's P values, guided by the event's declared payload type.

A log written by an implementation carries JSON, and JSON cannot say whether `[1, 2]` is a
seq, a set or a tuple, whether `"OK"` is a string or an enum element, or whether
`"Client(4)"` is a machine. The event's payload type can, so conversion is type-directed:
each P type accepts the JSON shapes listed in docs/conformance.md and anything else is a
`PayloadError` naming the path inside the payload (`payload.accounts[2].id`), which the
caller reports as a payload type violation instead of feeding a monitor a value it was
never meant to see.

P's own traces are read by pide's trace readers into best-guess runtime values (their
payload text is ambiguous: an empty `()` may be a seq, set or map, an integral float prints
as an int, enums print as numbers); `from_trace` settles those guesses with the type.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from pide.core.runtime.printing import to_trace_string
from pide.core.runtime.values import (
    EMPTY_MAP,
    INT_MAX,
    INT_MIN,
    MachineRef,
    PEvent,
    PMap,
    PNamedTuple,
    PSeq,
    PSet,
)
from pide.core.semantics.types import (
    EnumType,
    ErrorType,
    ForeignType,
    MapType,
    NamedTupleType,
    PermissionType,
    PrimType,
    PType,
    SeqType,
    SetType,
    TupleType,
)
from pide.core.trace.events import RawPayload

_DISPLAY_ID = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\((\d+)\)")
_SPECIAL_FLOATS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}

NAMED_MACHINE_IDS = 1_000_000_001
"""First id given to machines a log names by a free-form string (`"client-7"`), far above
the ids of `Name(n)` references so the two never meet in practice."""


class PayloadError(ValueError):
    """A payload that does not inhabit its type; `path` locates the offending part."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ValueContext:
    """What conversion needs besides the type: the declared events (for `event` values)
    and the machine names met so far (free-form names get stable ids)."""

    def __init__(self, events: frozenset[str]) -> None:
        self.events = events
        self._named: dict[str, int] = {}

    def machine(self, text: str, perms: frozenset[str] | None) -> MachineRef:
        """`Name(n)` is machine n created through `Name`; any other text names a machine
        by itself (equal texts, same machine)."""
        found = _DISPLAY_ID.fullmatch(text)
        if found is not None:
            return MachineRef(int(found.group(2)), found.group(1), perms)
        number = self._named.get(text)
        if number is None:
            number = self._named[text] = NAMED_MACHINE_IDS + len(self._named)
        return MachineRef(number, text, perms)

    def event(self, name: str, path: str) -> PEvent:
        if name not in self.events:
            raise PayloadError(path, f"'{name}' is not an event of the model")
        return PEvent(name)


def describe_json(obj: Any) -> str:
    """A JSON value in an error message."""
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, int | float):
        return f"the number {obj}"
    if isinstance(obj, str):
        text = obj if len(obj) <= 40 else obj[:37] + "..."
        return f'the string "{text}"'
    if isinstance(obj, list):
        return f"an array of {len(obj)}"
    if isinstance(obj, dict):
        return "an object"
    return type(obj).__name__


def _expected(path: str, ptype: PType | str, obj: Any) -> PayloadError:
    return PayloadError(path, f"expected {ptype}, got {describe_json(obj)}")


def _int(obj: Any, path: str, ptype: PType | str = "int") -> int:
    if type(obj) is not int:
        raise _expected(path, ptype, obj)
    if not INT_MIN <= obj <= INT_MAX:
        raise PayloadError(path, f"{obj} is out of the range of P's 64-bit int")
    return obj


# ------------------------------------------------------------------------------------------
# JSON (pide's JSON Lines log)


def from_json(obj: Any, ptype: PType, ctx: ValueContext, path: str = "payload") -> Any:
    """The runtime value of JSON `obj` read as P type `ptype` (PayloadError if it is not)."""
    match ptype:
        case PrimType(kind=kind):
            return _prim_from_json(obj, kind, ctx, path)
        case EnumType(name=name, elements=elements):
            if isinstance(obj, str):
                for element, value in elements:
                    if element == obj:
                        return value
                raise PayloadError(path, f"'{obj}' is not an element of enum {name}")
            number = _int(obj, path, ptype)
            if any(value == number for _, value in elements):
                return number
            raise PayloadError(path, f"{number} is not a value of enum {name}")
        case TupleType(elements=elements):
            items = _tuple_items(obj, len(elements), path, ptype)
            return tuple(
                from_json(item, t, ctx, f"{path}[{i}]")
                for i, (item, t) in enumerate(zip(items, elements))
            )
        case NamedTupleType(names=names, types=types):
            if not isinstance(obj, dict):
                raise _expected(path, ptype, obj)
            _check_fields(obj, names, path)
            return PNamedTuple(
                names, tuple(from_json(obj[n], t, ctx, f"{path}.{n}") for n, t in zip(names, types))
            )
        case SeqType(element=element):
            if not isinstance(obj, list):
                raise _expected(path, ptype, obj)
            return PSeq(from_json(x, element, ctx, f"{path}[{i}]") for i, x in enumerate(obj))
        case SetType(element=element):
            if not isinstance(obj, list):
                raise _expected(path, ptype, obj)
            return PSet(from_json(x, element, ctx, f"{path}[{i}]") for i, x in enumerate(obj))
        case MapType(key=key, value=value):
            return _map_from_json(obj, key, value, ctx, path)
        case PermissionType(name=name, events=events):
            if obj is None:
                return None
            return _machine_from_json(obj, ctx, path, name, events)
        case ForeignType() | ErrorType():
            return obj


def _prim_from_json(obj: Any, kind: str, ctx: ValueContext, path: str) -> Any:
    if kind == "bool":
        if type(obj) is not bool:
            raise _expected(path, kind, obj)
        return obj
    if kind == "int":
        return _int(obj, path)
    if kind == "float":
        if isinstance(obj, str) and obj in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[obj]
        if type(obj) is int or type(obj) is float:
            return float(obj)
        raise _expected(path, kind, obj)
    if kind == "string":
        if not isinstance(obj, str):
            raise _expected(path, kind, obj)
        return obj
    if kind == "event":
        if obj is None:
            return None
        if not isinstance(obj, str):
            raise _expected(path, kind, obj)
        return ctx.event(obj, path)
    if kind == "machine":
        return None if obj is None else _machine_from_json(obj, ctx, path, None, None)
    if kind == "null":
        if obj is not None:
            raise PayloadError(path, f"the event carries no payload, got {describe_json(obj)}")
        return None
    return _untyped(obj, path)  # any, data


def _machine_from_json(
    obj: Any, ctx: ValueContext, path: str, interface: str | None, perms: frozenset[str] | None
) -> MachineRef:
    if isinstance(obj, str) and obj:
        return ctx.machine(obj, perms)
    if type(obj) is int and obj >= 0:
        return MachineRef(obj, interface or "machine", perms)
    raise _expected(path, 'a machine ("Name(id)", a name or an id)', obj)


def _tuple_items(obj: Any, size: int, path: str, ptype: PType) -> list[Any]:
    if isinstance(obj, list):
        items = obj
    elif isinstance(obj, dict) and list(obj) == [str(i) for i in range(len(obj))]:
        items = list(obj.values())  # P's JSON trace writes tuples as {"0": .., "1": ..}
    else:
        raise _expected(path, ptype, obj)
    if len(items) != size:
        raise PayloadError(path, f"expected {ptype} ({size} elements), got {len(items)}")
    return items


def _check_fields(obj: dict[str, Any], names: tuple[str, ...], path: str) -> None:
    missing = [n for n in names if n not in obj]
    if missing:
        raise PayloadError(
            path,
            f"missing field{'s' if len(missing) > 1 else ''} "
            + ", ".join(f"'{n}'" for n in missing),
        )
    extra = [k for k in obj if k not in names]
    if extra:
        raise PayloadError(
            path,
            f"unexpected field{'s' if len(extra) > 1 else ''} "
            + ", ".join(f"'{k}'" for k in extra),
        )


def _map_from_json(obj: Any, key: PType, value: PType, ctx: ValueContext, path: str) -> PMap:
    if isinstance(obj, dict):
        read_key = _key_reader(key, ctx, path)
        return PMap(
            (read_key(k), from_json(v, value, ctx, f"{path}[{k!r}]")) for k, v in obj.items()
        )
    if isinstance(obj, list):
        pairs: list[tuple[Any, Any]] = []
        for i, pair in enumerate(obj):
            where = f"{path}[{i}]"
            if not isinstance(pair, list) or len(pair) != 2:
                raise _expected(where, "a [key, value] pair", pair)
            pairs.append(
                (
                    from_json(pair[0], key, ctx, f"{where}[0]"),
                    from_json(pair[1], value, ctx, f"{where}[1]"),
                )
            )
        return PMap(pairs)
    raise _expected(path, MapType(key, value), obj)


def _key_reader(key: PType, ctx: ValueContext, path: str) -> Callable[[str], Any]:
    """How an object member name is read as a map key of type `key` (JSON names are strings,
    so int, bool and enum keys are written as their text)."""

    def read(text: str) -> Any:
        where = f"{path} key {text!r}"
        match key:
            case PrimType(kind="int"):
                if re.fullmatch(r"-?\d+", text) is None:
                    raise PayloadError(where, "expected an int key (decimal digits)")
                return _int(int(text), where)
            case PrimType(kind="bool"):
                if text not in ("true", "false"):
                    raise PayloadError(where, "expected a bool key (true or false)")
                return text == "true"
            case EnumType():
                if re.fullmatch(r"-?\d+", text) is not None:
                    return from_json(int(text), key, ctx, where)
                return from_json(text, key, ctx, where)
            case _:
                return from_json(text, key, ctx, where)

    if isinstance(key, PrimType) and key.kind in ("int", "bool", "string", "event", "machine"):
        return read
    if isinstance(key, EnumType | PermissionType):
        return read
    raise PayloadError(path, f"a map with {key} keys is written as an array of [key, value] pairs")


def _untyped(obj: Any, path: str) -> Any:
    """A JSON value where the type says `any` or `data`: the natural reading."""
    if obj is None or isinstance(obj, bool | str):
        return obj
    if isinstance(obj, int):
        return _int(obj, path)
    if isinstance(obj, float):
        return obj
    if isinstance(obj, list):
        return PSeq(_untyped(x, f"{path}[{i}]") for i, x in enumerate(obj))
    if isinstance(obj, dict):
        names = tuple(obj)
        return PNamedTuple(names, tuple(_untyped(obj[n], f"{path}.{n}") for n in names))
    raise _expected(path, "a JSON value", obj)


# ------------------------------------------------------------------------------------------
# P's trace files (values already parsed by pide's trace readers)


def from_trace(value: Any, ptype: PType, ctx: ValueContext, path: str = "payload") -> Any:
    """Settle a value read from P's trace text with the declared type (PayloadError if it
    cannot be one)."""
    if isinstance(value, RawPayload):
        raise PayloadError(path, f"cannot read the payload text {value.text!r} as {ptype}")
    match ptype:
        case PrimType(kind=kind):
            return _prim_from_trace(value, kind, ctx, path)
        case EnumType():
            if isinstance(value, PEvent | str):
                return from_json(value if isinstance(value, str) else value.name, ptype, ctx, path)
            return from_json(value, ptype, ctx, path)
        case TupleType(elements=elements):
            if type(value) is not tuple or len(value) != len(elements):
                raise _expected_value(path, ptype, value)
            return tuple(
                from_trace(x, t, ctx, f"{path}[{i}]")
                for i, (x, t) in enumerate(zip(value, elements))
            )
        case NamedTupleType(names=names, types=types):
            if type(value) is not PNamedTuple or value.names != names:
                raise _expected_value(path, ptype, value)
            return PNamedTuple(
                names,
                tuple(
                    from_trace(x, t, ctx, f"{path}.{n}")
                    for n, x, t in zip(names, value.values, types)
                ),
            )
        case SeqType(element=element):
            if type(value) is not PSeq:
                raise _expected_value(path, ptype, value)
            return PSeq(from_trace(x, element, ctx, f"{path}[{i}]") for i, x in enumerate(value))
        case SetType(element=element):
            if type(value) is PSeq and not value:
                return PSet()
            if type(value) is not PSet:
                raise _expected_value(path, ptype, value)
            return PSet(from_trace(x, element, ctx, f"{path}[{i}]") for i, x in enumerate(value))
        case MapType(key=key, value=vtype):
            if type(value) is PSeq and not value:
                return EMPTY_MAP
            if type(value) is not PMap:
                raise _expected_value(path, ptype, value)
            return PMap(
                (from_trace(k, key, ctx, f"{path} key"), from_trace(v, vtype, ctx, f"{path}[{k}]"))
                for k, v in value.items()
            )
        case PermissionType(events=events):
            if value is None:
                return None
            if type(value) is not MachineRef:
                raise _expected_value(path, ptype, value)
            return value.with_permissions(events)
        case ForeignType() | ErrorType():
            return value


def _prim_from_trace(value: Any, kind: str, ctx: ValueContext, path: str) -> Any:
    if kind == "float" and type(value) is int:
        return float(value)  # an integral float prints like an int
    if kind == "string" and type(value) is PEvent:
        return value.name  # a bare word outside an unnamed tuple reads as an event
    if kind == "event" and type(value) is str:
        return ctx.event(value, path)
    wanted: dict[str, Callable[[Any], bool]] = {
        "bool": lambda v: type(v) is bool,
        "int": lambda v: type(v) is int,
        "float": lambda v: type(v) is float,
        "string": lambda v: type(v) is str,
        "event": lambda v: v is None or type(v) is PEvent,
        "machine": lambda v: v is None or type(v) is MachineRef,
        "null": lambda v: v is None,
    }
    check = wanted.get(kind)
    if check is not None and not check(value):
        raise _expected_value(path, kind, value)
    return value


def _expected_value(path: str, ptype: PType | str, value: Any) -> PayloadError:
    return PayloadError(path, f"expected {ptype}, got {to_trace_string(value)}")
