"""Fast constructors for frozen, slotted dataclasses (AST nodes and spans).

A frozen dataclass's `__init__` must store each field through the slot's descriptor (or
`object.__setattr__`), which makes building a node dearer than building a plain slotted
object; the parser builds tens of thousands of nodes and spans per file, so that cost
dominated it.

`fast_new(cls)` returns a function taking the same positional arguments as `cls` that fills
the slots of a plain twin class (same `__slots__`, so the same memory layout) with ordinary
attribute stores and then switches the object's class to `cls`. The result is an ordinary,
immutable `cls` instance: equality, hashing, `repr`, `match`, `dataclasses.replace` and
pickling behave exactly as for one built by `cls(...)`. Only classes without `__post_init__`
or default factories qualify (the maker asserts it), because their `__init__` does nothing
but store its arguments.

The maker's code is compiled once per field count and renamed per class (see
`pide.core.fasttemplates`, kept across runs), and `fast_namespace` builds a class's maker
on first use, so importing the parser compiles nothing per node class.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType, ModuleType
from typing import Any, TypeVar

from pide.core.fastdataclass import MISSING, record_fields
from pide.core.fasttemplates import rename_placeholders, template

T = TypeVar("T")


def _factory(n: int) -> FunctionType:
    """`factory(_new, _twin, _cls)` returning `make(_pa0..)` that stores `_pf0..`."""

    def source() -> str:
        params = ", ".join(f"_pa{i}" for i in range(n))
        body = "".join(f"        o._pf{i} = _pa{i}\n" for i in range(n))
        return (
            "def factory(_new, _twin, _cls):\n"
            f"    def make({params}):\n"
            "        o = _new(_twin)\n"
            f"{body}"
            "        o.__class__ = _cls\n"
            "        return o\n"
            "    return make\n"
        )

    return template(f"fastnew.{n}", source)


def fast_new(cls: type[T]) -> Callable[..., T]:
    """A constructor equivalent to `cls(*args)` (positional arguments only), but cheaper."""
    assert "__slots__" in cls.__dict__ and not hasattr(cls, "__post_init__"), cls
    names, defaults = _fields(cls)
    twin = type(f"_Mutable{cls.__name__}", (), {"__slots__": cls.__dict__["__slots__"]})
    make: FunctionType = _factory(len(names))(object.__new__, twin, cls)
    make.__code__ = rename_placeholders(make.__code__, names, params=True)
    make.__defaults__ = defaults or None
    make.__qualname__ = f"fast_new({cls.__name__})"
    make.__doc__ = f"Build a {cls.__name__} (see pide.core.syntax.fastnew)."
    return make


def _fields(cls: type) -> tuple[list[str], tuple[Any, ...]]:
    """The field names and trailing defaults of a dataclass without default factories."""
    specs = record_fields(cls)
    if specs is None:  # built by the stdlib
        import dataclasses

        assert dataclasses.is_dataclass(cls), cls
        specs = tuple(dataclasses.fields(cls))  # type: ignore[arg-type]
        missing: Any = dataclasses.MISSING
    else:
        missing = MISSING
    assert all(f.default_factory is missing for f in specs), cls
    names = [f.name for f in specs]
    return names, tuple(f.default for f in specs if f.default is not missing)


class _Makers:
    """`fast_new` of a module's frozen, slotted dataclasses, by class name, each built on
    first use and then kept as a plain attribute."""

    def __init__(self, module: ModuleType) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        cls = getattr(self._module, name, None)
        if not (
            isinstance(cls, type)
            and cls.__module__ == self._module.__name__
            and "__dataclass_fields__" in cls.__dict__
            and "__slots__" in cls.__dict__
        ):
            raise AttributeError(f"{self._module.__name__} has no slotted dataclass {name!r}")
        make: Callable[..., Any] = fast_new(cls)
        setattr(self, name, make)
        return make


def fast_namespace(module: ModuleType) -> Any:
    """`fast_new` of every frozen, slotted dataclass defined in `module`, by class name."""
    return _Makers(module)
