"""The P type system (reference section 5): type values, assignability and defaults.

Types are frozen, hashable values, compared structurally. Aliases are expanded when a type
expression is resolved, so `type T = int;` simply *is* `int` here (the reference's
alias-on-the-source-side quirk of 5.2 is deliberately not copied).

`ERROR` is the type of anything that already produced a diagnostic. It is assignable to and
from every type and supports every operation, so one mistake is reported once instead of
cascading through every expression that uses the broken value.

Permission types (interfaces, machine names, event sets) carry their concrete event set;
"receives everything" is expanded to every declared event plus `halt` when symbols are
built, so permission comparisons are plain set comparisons.
"""

from __future__ import annotations

from typing import Literal

from pide.core.fastdataclass import dataclass

PrimKind = Literal["bool", "int", "float", "string", "event", "machine", "data", "any", "null"]


@dataclass(frozen=True, slots=True)
class PrimType:
    kind: PrimKind

    def __str__(self) -> str:
        return self.kind


@dataclass(frozen=True, slots=True)
class ErrorType:
    def __str__(self) -> str:
        return "<error>"


@dataclass(frozen=True, slots=True)
class EnumType:
    name: str
    elements: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        return self.name

    @property
    def default_value(self) -> int:
        return min(value for _, value in self.elements) if self.elements else 0


@dataclass(frozen=True, slots=True)
class TupleType:
    elements: tuple[PType, ...]

    def __str__(self) -> str:
        return "(" + ", ".join(str(e) for e in self.elements) + ")"


@dataclass(frozen=True, slots=True)
class NamedTupleType:
    names: tuple[str, ...]
    types: tuple[PType, ...]

    def __str__(self) -> str:
        inner = ", ".join(f"{n}: {t}" for n, t in zip(self.names, self.types))
        return f"({inner})"

    def field_index(self, name: str) -> int | None:
        try:
            return self.names.index(name)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class SeqType:
    element: PType

    def __str__(self) -> str:
        return f"seq[{self.element}]"


@dataclass(frozen=True, slots=True)
class SetType:
    element: PType

    def __str__(self) -> str:
        return f"set[{self.element}]"


@dataclass(frozen=True, slots=True)
class MapType:
    key: PType
    value: PType

    def __str__(self) -> str:
        return f"map[{self.key}, {self.value}]"


PermissionKind = Literal["interface", "machine", "eventset"]


@dataclass(frozen=True, slots=True)
class PermissionType:
    """A machine reference typed by an interface, machine name or event set."""

    name: str
    kind: PermissionKind
    events: frozenset[str]

    def __str__(self) -> str:
        return self.name

    def __eq__(self, other: object) -> bool:
        # Permission types are equal when their event sets are (reference 5.2 rule 5).
        return isinstance(other, PermissionType) and other.events == self.events

    def __hash__(self) -> int:
        return hash(self.events)


@dataclass(frozen=True, slots=True)
class ForeignType:
    name: str

    def __str__(self) -> str:
        return self.name


PType = (
    PrimType
    | ErrorType
    | EnumType
    | TupleType
    | NamedTupleType
    | SeqType
    | SetType
    | MapType
    | PermissionType
    | ForeignType
)

BOOL = PrimType("bool")
INT = PrimType("int")
FLOAT = PrimType("float")
STRING = PrimType("string")
EVENT = PrimType("event")
MACHINE = PrimType("machine")
DATA = PrimType("data")
ANY = PrimType("any")
NULL = PrimType("null")
ERROR = ErrorType()


def is_error(t: PType) -> bool:
    return isinstance(t, ErrorType)


def contains_error(t: PType) -> bool:
    match t:
        case ErrorType():
            return True
        case TupleType(elements=elements):
            return any(contains_error(e) for e in elements)
        case NamedTupleType(types=types):
            return any(contains_error(e) for e in types)
        case SeqType(element=e) | SetType(element=e):
            return contains_error(e)
        case MapType(key=k, value=v):
            return contains_error(k) or contains_error(v)
        case _:
            return False


def carries_no_permissions(t: PType) -> bool:
    """Whether a value of type `t` can never contain a machine reference (rule 12)."""
    match t:
        case ErrorType():
            return True
        case PrimType(kind=kind):
            return kind not in ("machine", "any")
        case EnumType():
            return True
        case TupleType(elements=elements):
            return all(carries_no_permissions(e) for e in elements)
        case NamedTupleType(types=types):
            return all(carries_no_permissions(e) for e in types)
        case SeqType(element=e) | SetType(element=e):
            return carries_no_permissions(e)
        case MapType(key=k, value=v):
            return carries_no_permissions(k) and carries_no_permissions(v)
        case PermissionType(events=events):
            return not events
        case ForeignType():
            return False


def is_assignable(source: PType, target: PType) -> bool:
    """`source ≤ target`: a value of static type `source` may be stored where `target` is
    expected (reference 5.2)."""
    if isinstance(source, ErrorType) or isinstance(target, ErrorType):
        return True
    match target:
        case PrimType(kind="any"):
            return True
        case PrimType(kind="data"):
            return carries_no_permissions(source)
        case PrimType(kind="event"):
            return source in (EVENT, NULL)
        case PrimType(kind="machine"):
            return source in (MACHINE, NULL) or isinstance(source, PermissionType)
        case PrimType():
            return source == target
        case PermissionType():
            return isinstance(source, PermissionType) and source.events == target.events
        case EnumType() | ForeignType():
            return source == target
        case SeqType(element=te):
            return isinstance(source, SeqType) and is_assignable(source.element, te)
        case SetType(element=te):
            return isinstance(source, SetType) and is_assignable(source.element, te)
        case MapType(key=tk, value=tv):
            return (
                isinstance(source, MapType)
                and is_assignable(source.key, tk)
                and is_assignable(source.value, tv)
            )
        case TupleType(elements=te):
            return (
                isinstance(source, TupleType)
                and len(source.elements) == len(te)
                and all(is_assignable(s, t) for s, t in zip(source.elements, te))
            )
        case NamedTupleType(names=names, types=types):
            return (
                isinstance(source, NamedTupleType)
                and source.names == names
                and all(is_assignable(s, t) for s, t in zip(source.types, types))
            )


def same_type(a: PType, b: PType) -> bool:
    return is_assignable(a, b) and is_assignable(b, a)


def is_numeric(t: PType) -> bool:
    return t in (INT, FLOAT) or isinstance(t, ErrorType)


def element_type(t: PType) -> PType | None:
    """Element type of a seq or set (what `foreach` and `choose` yield)."""
    if isinstance(t, (SeqType, SetType)):
        return t.element
    if isinstance(t, ErrorType):
        return ERROR
    return None


def type_name(t: PType) -> str:
    return str(t)
