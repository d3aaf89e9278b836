"""Fast constructors for frozen, slotted dataclasses (AST nodes and spans).

A frozen dataclass's `__init__` must go through `object.__setattr__` once per field, which
makes building a node about four times dearer than building a plain slotted object; the
parser builds tens of thousands of nodes and spans per file, so that cost dominated it.

`fast_new(cls)` returns a function taking the same positional arguments as `cls` that fills
the slots of a plain twin class (same `__slots__`, so the same memory layout) with ordinary
attribute stores and then switches the object's class to `cls`. The result is an ordinary,
immutable `cls` instance: equality, hashing, `repr`, `match`, `dataclasses.replace` and
pickling behave exactly as for one built by `cls(...)`. Only classes without `__post_init__`
or default factories qualify (the maker asserts it), because their `__init__` does nothing
but store its arguments.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any, TypeVar

T = TypeVar("T")


def fast_new(cls: type[T]) -> Callable[..., T]:
    """A constructor equivalent to `cls(*args)` (positional arguments only), but cheaper."""
    assert dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__, cls
    assert not hasattr(cls, "__post_init__"), cls
    fields = dataclasses.fields(cls)
    assert all(f.default_factory is dataclasses.MISSING for f in fields), cls
    twin = type(f"_Mutable{cls.__name__}", (), {"__slots__": cls.__dict__["__slots__"]})
    params = []
    defaults: dict[str, Any] = {}
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            defaults[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
    body = "".join(f"    o.{f.name} = {f.name}\n" for f in fields)
    source = (
        f"def make({', '.join(params)}):\n"
        "    o = _new(_twin)\n"
        f"{body}"
        "    o.__class__ = _cls\n"
        "    return o\n"
    )
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls, **defaults}
    exec(source, namespace)  # the source is built from the dataclass's own field names
    make: Callable[..., T] = namespace["make"]
    make.__qualname__ = f"fast_new({cls.__name__})"
    make.__doc__ = f"Build a {cls.__name__} (see pide.core.syntax.fastnew)."
    return make


def fast_namespace(module: ModuleType) -> SimpleNamespace:
    """`fast_new` of every frozen, slotted dataclass defined in `module`, by class name."""
    makers = {
        name: fast_new(obj)
        for name, obj in vars(module).items()
        if isinstance(obj, type)
        and obj.__module__ == module.__name__
        and dataclasses.is_dataclass(obj)
        and "__slots__" in obj.__dict__
    }
    return SimpleNamespace(**makers)
