"""Foreign functions: P functions declared without a body, implemented in Python.

A project's `PForeign/` folder (`Project.foreign_dirs`) holds Python files; every public
top-level function in them implements the P foreign function of the same name. It receives
and returns runtime values (`pide.core.runtime.values`: ints, strs, `PSeq`, `PMap`,
`PNamedTuple`, ...), which are immutable, so it must build new values rather than mutate
its arguments. A function of a machine is looked up as `Machine.f` first, then `f`. See
`docs/foreign-functions.md`.

Loading never raises: problems (a file that fails to import, two files defining the same
name) come back as messages, and a foreign function left without an implementation is
reported by the checker before any schedule runs (`missing_foreign_message`).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FunctionType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pide.core.runtime.compiled import CompiledProgram

ForeignTable = dict[str, Callable[..., Any]]


def load_foreign_functions(directories: Iterable[Path]) -> tuple[ForeignTable, list[str]]:
    """Collect the public functions of every `*.py` file under `directories` (a path may
    also name one file).

    Returns the table and a list of problems (one line each)."""
    table: ForeignTable = {}
    origin: dict[str, Path] = {}
    problems: list[str] = []
    for index, directory in enumerate(directories):
        root = Path(directory)
        paths = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in paths:
            module_name = f"pide_foreign_{index}_{path.stem}"
            try:
                spec = importlib.util.spec_from_file_location(module_name, path)
                assert spec is not None and spec.loader is not None
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            except Exception as exc:
                problems.append(f"{path}: cannot load foreign code: {type(exc).__name__}: {exc}")
                continue
            for name, value in vars(module).items():
                if name.startswith("_") or not isinstance(value, FunctionType):
                    continue
                if value.__module__ != module_name:
                    continue  # imported from elsewhere, not defined here
                if name in table:
                    problems.append(
                        f"{path}: foreign function '{name}' is already defined in {origin[name]}"
                    )
                    continue
                table[name] = value
                origin[name] = path
    return table, problems


def missing_foreign_message(compiled: CompiledProgram) -> str:
    """The error shown when foreign functions have no implementation."""
    names = compiled.missing_foreign
    listed = ", ".join(f"'{n}'" for n in names)
    plain = names[0].rpartition(".")[2]
    return (
        f"foreign function{'s' if len(names) > 1 else ''} {listed} "
        f"{'have' if len(names) > 1 else 'has'} no Python implementation: define "
        f"`def {plain}(...)` (one per function, same name) in a file PForeign/<anything>.py "
        "of the project; see docs/foreign-functions.md"
    )
