"""Code templates for generated methods: compiled once, renamed per class, kept across runs.

`fastdataclass` gives every record class an `__init__`, `__eq__` and `__hash__`, and
`syntax/fastnew` a constructor, without compiling per class: each is a template written for
a field count, with placeholder names (`_pf<i>`: the i-th field as an attribute, `_pa<i>`:
as a parameter, `_ps<i>`: its slot setter), that `rename_placeholders` turns into the
class's own with `CodeType.replace`.

Compiling the fifty-odd templates that pide's classes need still cost a cold start about
7 ms, so their code objects are kept in pide's cache folder (`usercache`), one file per
Python build (code objects are specific to it), read once, on the first template asked
for; templates compiled during a run are added to the file when the process exits.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
import zlib
from collections.abc import Callable
from types import CodeType, FunctionType
from typing import Any

# Bump when a template's text changes: the cache keeps compiled code by name only.
FORMAT = 1
GLOBALS: dict[str, Any] = {"__builtins__": builtins}

_functions: dict[str, FunctionType] = {}
_codes: dict[str, CodeType] | None = None  # from the cache file, plus what this run compiled
_compiled: list[str] = []  # the names compiled by this process (the file lacked them)


def template(name: str, source: Callable[[], str]) -> FunctionType:
    """The function that `source()` defines (one top-level `def`), by a name unique to that
    text; compiled only when the cache does not hold it."""
    fn = _functions.get(name)
    if fn is None:
        fn = _functions[name] = FunctionType(_code(name, source), GLOBALS)
    return fn


def _code(name: str, source: Callable[[], str]) -> CodeType:
    global _codes
    if _codes is None:
        _codes = _load()
    code = _codes.get(name)
    if code is None:
        namespace: dict[str, Any] = {}
        exec(source(), GLOBALS, namespace)  # pide's own template text
        (fn,) = namespace.values()
        code = _codes[name] = fn.__code__
        if not _compiled:
            atexit.register(_save)
        _compiled.append(name)
    return code


def _cache_file() -> Any:
    from pide.core import usercache

    folder = usercache.cache_dir()
    if folder is None:
        return None
    build = f"{sys.implementation.cache_tag}-{zlib.crc32(sys.version.encode()):08x}"
    return folder / f"templates-{FORMAT}-{build}.marshal"


def _load() -> dict[str, CodeType]:
    from pide.core import usercache

    path = _cache_file()
    data = usercache.read_bytes(path) if path is not None else None
    if data is None:
        return {}
    try:
        codes = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(codes, dict):
        return {}
    return {k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _save() -> None:
    """Add what this run compiled to the cache file (with what other runs added since)."""
    from pide.core import usercache

    path = _cache_file()
    if path is None or _codes is None:
        return
    merged = _load()
    merged.update({name: _codes[name] for name in _compiled})
    usercache.write_atomically(path, marshal.dumps(merged))


_renamed: dict[tuple[int, tuple[str, ...], bool], CodeType] = {}


def rename_placeholders(code: CodeType, names: list[str], *, params: bool) -> CodeType:
    """`code` with placeholder `i` (attribute `_pf<i>`, and parameter `_pa<i>` when
    `params`) renamed names[i]: one compiled template serves every class of that size.
    `code` must live as long as the process (a template's): results are kept by its id."""
    key = (id(code), tuple(names), params)
    renamed = _renamed.get(key)
    if renamed is None:
        renamed = _renamed[key] = _rename(code, names, params)
    return renamed


def _rename(code: CodeType, names: list[str], params: bool) -> CodeType:
    attrs = {f"_pf{i}": name for i, name in enumerate(names)}
    changes: dict[str, Any] = {"co_names": tuple(attrs.get(n, n) for n in code.co_names)}
    if params:
        args = {f"_pa{i}": name for i, name in enumerate(names)}
        changes["co_varnames"] = tuple(args.get(n, n) for n in code.co_varnames)
    return code.replace(**changes)
