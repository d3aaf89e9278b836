"""Value operations the compiled code calls: P's equality, arithmetic, collections, casts.

Compiled P code (see `codegen`) inlines whatever Python already does the P way (tuple
indexing, `len`, set membership) and calls these helpers where P's rules differ from
Python's: ints wrap and truncate, seq indices are never negative, a missing map key or a bad
cast is a *runtime error* of the model (`PRuntimeError`, turned into a bug by the runtime),
and `==` through `any`/`data` never equates an int with a float or a bool.

`default_value` and `inhabits_checker` work on static types once, at compile time; the
results are constants (values are immutable, so one default value can be shared by every
variable that starts with it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, assert_never

from pide.core.runtime.printing import to_print_string
from pide.core.runtime.values import (
    EMPTY_MAP,
    EMPTY_SEQ,
    EMPTY_SET,
    INT_MAX,
    INT_MIN,
    MachineRef,
    PEvent,
    PMap,
    PNamedTuple,
    PSeq,
    PSet,
    wrap,
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

CHOOSE_LIMIT = 10000
"""`choose(x)` accepts at most this many alternatives (reference 8.3)."""


class PRuntimeError(Exception):
    """A runtime error of the model (reference 8.9): index out of range, missing key, ...

    Raised by compiled code and helpers; the runtime turns it into a `runtime_error` bug
    with the machine, state and source position where it happened."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def show(value: Any) -> str:
    """A value in an error message: its print form, or `null`."""
    return "null" if value is None else to_print_string(value)


# ------------------------------------------------------------------------------------------
# Equality


def p_equal(a: Any, b: Any) -> bool:
    """P's structural equality (reference 8.2): values of different runtime kinds are never
    equal (int vs float vs bool, named vs unnamed tuple), machine refs compare by id."""
    if a is b:
        return True
    ta = type(a)
    if ta is not type(b):
        return False
    if ta is int or ta is str or ta is bool or ta is float:
        return bool(a == b)
    if ta is tuple or ta is PSeq:
        return len(a) == len(b) and all(p_equal(x, y) for x, y in zip(a, b))
    if ta is PNamedTuple:
        return a.names == b.names and all(p_equal(x, y) for x, y in zip(a.values, b.values))
    if ta is PMap:
        if len(a) != len(b):
            return False
        return all(key in b and p_equal(a.get(key), b.get(key)) for key in a)
    return bool(a == b)


# ------------------------------------------------------------------------------------------
# Arithmetic


def int_div(a: int, b: int) -> int:
    """int `/`: truncates toward zero; division by zero is a runtime error, and so is the
    one quotient that does not fit 64 bits (.NET throws an OverflowException for it)."""
    if b == 0:
        raise PRuntimeError("division by zero")
    if b == -1 and a == INT_MIN:
        raise PRuntimeError(f"arithmetic overflow: {INT_MIN} / -1")
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def int_mod(a: int, b: int) -> int:
    """int `%`: the truncated remainder (sign of the dividend). Like `/`, the smallest int
    modulo -1 overflows on .NET (C# spec: `x % y` throws when `x / y` would)."""
    if b == 0:
        raise PRuntimeError("division by zero (remainder)")
    if b == -1 and a == INT_MIN:
        raise PRuntimeError(f"arithmetic overflow: {INT_MIN} % -1")
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def float_div(a: float, b: float) -> float:
    """float `/`: IEEE, so dividing by zero gives an infinity or NaN instead of an error."""
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def float_mod(a: float, b: float) -> float:
    """float `%`: C's `fmod` (sign of the dividend); NaN where C gives NaN."""
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


def float_to_int(value: float) -> int:
    """`f to int`: truncates toward zero."""
    if math.isnan(value) or math.isinf(value):
        raise PRuntimeError(f"cannot convert {show(value)} to int")
    return wrap(int(value))


def int_neg(value: int) -> int:
    return wrap(-value)


# ------------------------------------------------------------------------------------------
# Collections


def seq_get(seq: PSeq, index: int) -> Any:
    if 0 <= index < len(seq):
        return seq[index]
    raise PRuntimeError(f"seq index {index} is out of range (size {len(seq)})")


def seq_set(seq: PSeq, index: int, value: Any) -> PSeq:
    if 0 <= index < len(seq):
        return PSeq((*seq[:index], value, *seq[index + 1 :]))
    raise PRuntimeError(f"seq index {index} is out of range for assignment (size {len(seq)})")


def seq_insert(seq: PSeq, index: int, value: Any) -> PSeq:
    if 0 <= index <= len(seq):
        return PSeq((*seq[:index], value, *seq[index:]))
    raise PRuntimeError(f"cannot insert at position {index} of a seq of size {len(seq)}")


def seq_remove(seq: PSeq, index: int) -> PSeq:
    if 0 <= index < len(seq):
        return PSeq(seq[:index] + seq[index + 1 :])
    raise PRuntimeError(f"cannot remove index {index} from a seq of size {len(seq)}")


def set_get(items: PSet, index: int) -> Any:
    if 0 <= index < len(items):
        return items.at(index)
    raise PRuntimeError(f"set index {index} is out of range (size {len(items)})")


def map_get(mapping: PMap, key: Any) -> Any:
    try:
        return mapping._d[key]
    except KeyError:
        raise PRuntimeError(f"key {show(key)} is not in the map") from None


def map_add(mapping: PMap, key: Any, value: Any) -> PMap:
    if key in mapping:
        raise PRuntimeError(f"key {show(key)} is already in the map (use assignment to update)")
    return mapping.set(key, value)


def tuple_set(value: tuple[Any, ...], index: int, item: Any) -> tuple[Any, ...]:
    return (*value[:index], item, *value[index + 1 :])


def named_set(value: PNamedTuple, index: int, item: Any) -> PNamedTuple:
    return value.replace(index, item)


def choice_count(kind: str, collection: Any) -> int:
    """How many alternatives `choose(collection)` has; errors per reference 8.3."""
    if kind == "int":
        if collection < 0:
            raise PRuntimeError(f"choose expects a non-negative number, got {collection}")
        if collection > CHOOSE_LIMIT:
            raise PRuntimeError(
                f"choose expects a parameter with at most {CHOOSE_LIMIT} choices, got {collection}"
            )
        return int(collection)
    size = len(collection)
    if size == 0:
        raise PRuntimeError(f"Trying to choose from an empty {kind}!")
    if size > CHOOSE_LIMIT:
        raise PRuntimeError(
            f"choose expects a parameter with at most {CHOOSE_LIMIT} choices, "
            f"but the {kind} has {size}"
        )
    return size


def chosen(kind: str, collection: Any, index: int) -> Any:
    """The value `choose` returns for an index (the number itself for `choose(n)`)."""
    if kind == "int":
        return index
    if kind == "seq":
        return collection[index]
    if kind == "set":
        return collection.at(index)
    return collection.key_at(index)


# ------------------------------------------------------------------------------------------
# Types: defaults and membership


def default_value(ptype: PType) -> Any:
    """The default value of a type (reference 5.3)."""
    match ptype:
        case PrimType(kind=kind):
            return {"bool": False, "int": 0, "float": 0.0, "string": ""}.get(kind)
        case EnumType():
            return ptype.default_value
        case TupleType(elements=elements):
            return tuple(default_value(e) for e in elements)
        case NamedTupleType(names=names, types=types):
            return PNamedTuple(names, tuple(default_value(t) for t in types))
        case SeqType():
            return EMPTY_SEQ
        case SetType():
            return EMPTY_SET
        case MapType():
            return EMPTY_MAP
        case PermissionType() | ForeignType() | ErrorType():
            return None
        case _:
            assert_never(ptype)


Checker = Callable[[Any], bool]


def _true(_value: Any) -> bool:
    return True


def _carries_no_refs(value: Any) -> bool:
    if isinstance(value, MachineRef):
        return False
    if isinstance(value, tuple):  # unnamed tuples and PSeq
        return all(_carries_no_refs(v) for v in value)
    if isinstance(value, PNamedTuple):
        return all(_carries_no_refs(v) for v in value.values)
    if isinstance(value, PSet):
        return all(_carries_no_refs(v) for v in value)
    if isinstance(value, PMap):
        return all(_carries_no_refs(k) and _carries_no_refs(v) for k, v in value.items())
    return True


def _prim_checker(kind: str) -> Checker:
    exact: dict[str, type] = {"bool": bool, "int": int, "float": float, "string": str}
    if kind in exact:
        wanted = exact[kind]
        return lambda v: type(v) is wanted
    if kind == "event":
        return lambda v: v is None or type(v) is PEvent
    if kind == "machine":
        return lambda v: v is None or type(v) is MachineRef
    if kind == "null":
        return lambda v: v is None
    if kind == "data":
        return _carries_no_refs
    return _true


def inhabits_checker(ptype: PType) -> Checker:
    """A predicate "value inhabits `ptype`" (the deep `as` check recommended by 8.3): null
    inhabits only any, data, event, machine, permission and foreign types."""
    match ptype:
        case PrimType(kind=kind):
            return _prim_checker(kind)
        case EnumType(elements=elements):
            values = frozenset(v for _, v in elements)
            return lambda v: type(v) is int and v in values
        case TupleType(elements=elements):
            checks = tuple(inhabits_checker(e) for e in elements)
            return lambda v: (
                type(v) is tuple and len(v) == len(checks) and all(c(x) for c, x in zip(checks, v))
            )
        case NamedTupleType(names=names, types=types):
            checks = tuple(inhabits_checker(t) for t in types)
            return lambda v: (
                type(v) is PNamedTuple
                and v.names == names
                and all(c(x) for c, x in zip(checks, v.values))
            )
        case SeqType(element=element):
            check = inhabits_checker(element)
            return lambda v: type(v) is PSeq and all(check(x) for x in v)
        case SetType(element=element):
            check = inhabits_checker(element)
            return lambda v: type(v) is PSet and all(check(x) for x in v)
        case MapType(key=key, value=value):
            kcheck, vcheck = inhabits_checker(key), inhabits_checker(value)
            return lambda v: type(v) is PMap and all(kcheck(k) and vcheck(x) for k, x in v.items())
        case PermissionType():
            return lambda v: v is None or type(v) is MachineRef
        case ForeignType() | ErrorType():
            return _true
        case _:
            assert_never(ptype)


def cast_failed(value: Any, ptype: PType) -> PRuntimeError:
    return PRuntimeError(f"value {show(value)} is not a member of type {ptype} (failed 'as')")


def coerce_permission(value: Any, name: str, events: frozenset[str]) -> MachineRef:
    """`ref to I`: the reference's permissions must include I's receive set."""
    if value is None:
        raise PRuntimeError(f"cannot convert null to interface {name}")
    ref: MachineRef = value
    if ref.permissions is not None and not events <= ref.permissions:
        missing = ", ".join(sorted(events - ref.permissions))
        raise PRuntimeError(
            f"cannot convert {ref!r} to interface {name}: its permissions lack {missing}"
        )
    return ref.with_permissions(events)


def int_to_enum(value: int, ptype: EnumType) -> int:
    if any(v == value for _, v in ptype.elements):
        return value
    raise PRuntimeError(f"{value} is not a value of enum {ptype.name}")


__all__ = [
    "CHOOSE_LIMIT",
    "INT_MAX",
    "INT_MIN",
    "PRuntimeError",
    "default_value",
    "inhabits_checker",
    "p_equal",
]
