"""PEP 562 lazy exports for a package's `__init__`.

A package that re-exports names from heavy submodules (the runtime, the trace codecs) lets
`pide compile` and the IDE's build import it without loading what only running or reading
traces needs: each name's module is imported when the name is first read.
"""

import importlib
from collections.abc import Callable
from typing import Any


def lazy_getattr(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `package.<table[name]>` on first use and caches
    the value in the package's namespace."""

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
