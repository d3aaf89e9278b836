"""Find the file a trace's source span means, wherever the trace was recorded.

A span names the file as the checker saw it: relative to the directory `pide check` ran in
(`examples/bank/PSrc/Client.p`), or absolute on another machine. The IDE resolves it to a
file of the open project: as written (absolute, or relative to the current directory),
then relative to the project's root, then the project file whose path ends with the most
components of the span's path. `find_trace_files` lists the traces "Open trace…" offers.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path, PurePath


def resolve_source(name: str, root: Path | None, project_files: Iterable[str]) -> str | None:
    """The path of the file `name` refers to, or None if no file fits."""
    if Path(name).is_file():
        return name
    if root is not None and not PurePath(name).is_absolute() and (root / name).is_file():
        return str(root / name)
    wanted = PurePath(name).parts
    best, best_score = None, 0
    for candidate in project_files:
        parts = PurePath(candidate).parts
        score = 0
        while score < min(len(parts), len(wanted)) and parts[-1 - score] == wanted[-1 - score]:
            score += 1
        if score > best_score:
            best, best_score = candidate, score
    return best


_TRACE_NAMES = (".pide-trace.json", ".trace.json")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "PGenerated", "PCheckerOutput"}


def find_trace_files(roots: Iterable[Path], limit: int = 50, budget: int = 5000) -> list[str]:
    """Trace files under `roots`, newest first: pide's and P's JSON traces anywhere, text
    traces (`.txt`) only in a `pide-out` folder (elsewhere a `.txt` is rarely a trace).
    At most `budget` directory entries are looked at, so a huge root cannot stall the IDE."""
    found: dict[str, float] = {}
    seen = 0
    for root in roots:
        if not root.is_dir():
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
            seen += len(files) + len(dirs)
            in_out = "pide-out" in Path(folder).parts
            for name in files:
                if name.endswith(_TRACE_NAMES) or (in_out and name.endswith(".txt")):
                    path = os.path.join(folder, name)
                    with contextlib.suppress(OSError):
                        found[os.path.normpath(path)] = os.path.getmtime(path)
            if seen > budget:
                break
    return sorted(found, key=lambda p: (-found[p], p))[:limit]
