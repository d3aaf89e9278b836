"""Runtime representation of P values.

P has value semantics: assignment, argument passing, sends and insertions all copy. pide makes
every value immutable instead, so a "copy" is just sharing a reference, a whole world can be
snapshotted by keeping references, and fingerprinted by hashing. The mapping is:

=================  ==================================================================
P type             Python value
=================  ==================================================================
null               ``None``
bool               ``bool``
int, enum          ``int`` (always within the signed 64-bit range; see `wrap`)
float              ``float``
string             ``str``
event              `PEvent` (the null event is ``None``)
machine refs       `MachineRef` (equality and hash by machine id only)
unnamed tuple      ``tuple``
named tuple        `PNamedTuple`
seq                `PSeq` (a ``tuple`` subclass that never equals a plain tuple)
set                `PSet` (insertion-ordered, immutable)
map                `PMap` (insertion-ordered, immutable)
foreign            any Python object supplied by foreign code
=================  ==================================================================

Insertion order is kept for sets and maps because P iterates them in insertion order and
`choose(set)` indices in `.schedule` files refer to that order. Python's own ``set``/``dict``
iteration order must never decide a schedule.

Known deviation: Python treats ``1 == 1.0 == True``; P does not. Comparisons whose static
types are equal cannot observe this, and `p_equal` implements P's rule where values meet
through `any`/`data`. Sets and maps typed with `any` that mix bools, ints and floats can still
merge such elements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1
_INT_SPAN = 1 << 64


def wrap(value: int) -> int:
    """Wrap an int result to the signed 64-bit range (P ints overflow like C#'s `long`)."""
    if INT_MIN <= value <= INT_MAX:
        return value
    return ((value - INT_MIN) % _INT_SPAN) + INT_MIN


class PEvent:
    """An event name. One instance per declared event per program; compared by name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PEvent) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("PEvent", self.name))

    def __repr__(self) -> str:
        return f"PEvent({self.name!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PEvent, (self.name,))


HALT = PEvent("halt")
"""The predefined `halt` event."""


class MachineRef:
    """A reference to a machine: its id, the interface it was created through, and the
    permission set of the static interface it was obtained through (None = every event)."""

    __slots__ = ("id", "interface", "permissions")

    def __init__(self, id: int, interface: str, permissions: frozenset[str] | None) -> None:
        self.id = id
        self.interface = interface
        self.permissions = permissions

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MachineRef) and other.id == self.id

    def __hash__(self) -> int:
        # No tuple to build: world fingerprints hash every ref a machine holds, every step.
        return self.id ^ 0x4D616368

    def __repr__(self) -> str:
        return f"{self.interface}({self.id})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (MachineRef, (self.id, self.interface, self.permissions))

    def with_permissions(self, permissions: frozenset[str] | None) -> MachineRef:
        return MachineRef(self.id, self.interface, permissions)


class PNamedTuple:
    """A named tuple: field names are part of the value (and of equality)."""

    __slots__ = ("names", "values", "_hash")

    def __init__(self, names: tuple[str, ...], values: tuple[Any, ...]) -> None:
        self.names = names
        self.values = values
        self._hash: int | None = None

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, PNamedTuple)
            and other.names == self.names
            and other.values == self.values
        )

    def __hash__(self) -> int:
        h = self._hash
        if h is None:
            h = self._hash = hash((self.names, self.values))
        return h

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self.names, self.values))
        return f"({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PNamedTuple, (self.names, self.values))

    def get(self, name: str) -> Any:
        return self.values[self.names.index(name)]

    def replace(self, index: int, value: Any) -> PNamedTuple:
        values = list(self.values)
        values[index] = value
        return PNamedTuple(self.names, tuple(values))


class PSeq(tuple):  # type: ignore[type-arg]
    """A P sequence. A tuple subclass for fast indexing and iteration, but never equal to a
    plain tuple (which represents an unnamed P tuple)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PSeq) and tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return tuple.__hash__(self) ^ 0x5E9

    def __repr__(self) -> str:
        return f"seq{list(self)!r}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PSeq, (tuple(self),))


EMPTY_SEQ = PSeq()


class PSet:
    """An immutable insertion-ordered set."""

    __slots__ = ("_d", "_hash")

    def __init__(self, items: Iterable[Any] = ()) -> None:
        self._d: dict[Any, None] = dict.fromkeys(items)
        self._hash: int | None = None

    @classmethod
    def _of(cls, d: dict[Any, None]) -> PSet:
        s = cls.__new__(cls)
        s._d = d
        s._hash = None
        return s

    def __contains__(self, item: object) -> bool:
        return item in self._d

    def __iter__(self) -> Iterator[Any]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PSet) and self._d.keys() == other._d.keys()

    def __hash__(self) -> int:
        h = self._hash
        if h is None:
            h = self._hash = hash(frozenset(self._d))
        return h

    def __repr__(self) -> str:
        return f"set{list(self._d)!r}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PSet, (tuple(self._d),))

    def add(self, item: Any) -> PSet:
        if item in self._d:
            return self
        d = self._d.copy()
        d[item] = None
        return PSet._of(d)

    def remove(self, item: Any) -> PSet:
        if item not in self._d:
            return self
        d = self._d.copy()
        del d[item]
        return PSet._of(d)

    def at(self, index: int) -> Any:
        """The element at an insertion-order position (caller checks the range)."""
        for i, item in enumerate(self._d):
            if i == index:
                return item
        raise IndexError(index)

    def items(self) -> tuple[Any, ...]:
        return tuple(self._d)


EMPTY_SET = PSet()


class PMap:
    """An immutable insertion-ordered map."""

    __slots__ = ("_d", "_hash")

    def __init__(self, items: Iterable[tuple[Any, Any]] = ()) -> None:
        self._d: dict[Any, Any] = dict(items)
        self._hash: int | None = None

    @classmethod
    def _of(cls, d: dict[Any, Any]) -> PMap:
        m = cls.__new__(cls)
        m._d = d
        m._hash = None
        return m

    def __contains__(self, key: object) -> bool:
        return key in self._d

    def __iter__(self) -> Iterator[Any]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PMap) and self._d == other._d

    def __hash__(self) -> int:
        h = self._hash
        if h is None:
            h = self._hash = hash(frozenset(self._d.items()))
        return h

    def __repr__(self) -> str:
        return f"map{self._d!r}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PMap, (tuple(self._d.items()),))

    def get(self, key: Any) -> Any:
        """The value for `key` (raises KeyError when absent; the caller reports it)."""
        return self._d[key]

    def set(self, key: Any, value: Any) -> PMap:
        d = self._d.copy()
        d[key] = value
        return PMap._of(d)

    def remove(self, key: Any) -> PMap:
        if key not in self._d:
            return self
        d = self._d.copy()
        del d[key]
        return PMap._of(d)

    def keys(self) -> PSeq:
        return PSeq(self._d)

    def values(self) -> PSeq:
        return PSeq(self._d.values())

    def items(self) -> tuple[tuple[Any, Any], ...]:
        return tuple(self._d.items())

    def key_at(self, index: int) -> Any:
        for i, key in enumerate(self._d):
            if i == index:
                return key
        raise IndexError(index)


EMPTY_MAP = PMap()
