"""Shared helpers for corpus tests: find programs, read their annotations, compile them.

A corpus program's folder is its expected verdict (`Correct`, `StaticError`,
`DynamicError`). Lines ending in `// error: P0301` (several codes comma-separated) must get
exactly those errors; `// warning: P0804` lines must get those warnings. A program is a
single `.p` file, or a folder of `.p` files compiled together.
"""

from __future__ import annotations

import re
from pathlib import Path

from pide.core.api import CompileResult, compile_path

CORPUS = Path(__file__).resolve().parent / "corpus"
_ANNOTATION = re.compile(r"//\s*(error|warning)\s*:\s*(P\d{4}(?:\s*,\s*P\d{4})*)")


def programs(verdict: str) -> list[Path]:
    """Every program whose folder says `verdict` (files, and folders of files)."""
    found: list[Path] = []
    for folder in sorted(CORPUS.rglob(verdict)):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.suffix == ".p" or (entry.is_dir() and any(entry.rglob("*.p"))):
                found.append(entry)
    return found


def annotations(path: Path, kind: str) -> set[tuple[str, int, str]]:
    files = [path] if path.is_file() else sorted(path.rglob("*.p"))
    expected: set[tuple[str, int, str]] = set()
    for f in files:
        for number, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
            for m in _ANNOTATION.finditer(line):
                if m.group(1) == kind:
                    for code in m.group(2).split(","):
                        expected.add((f.name, number, code.strip()))
    return expected


def produced(result: CompileResult, errors: bool) -> set[tuple[str, int, str]]:
    return {
        (Path(d.span.file).name, d.span.line, d.code)
        for d in result.diagnostics
        if d.is_error == errors
    }


def compile_program(path: Path) -> CompileResult:
    return compile_path(path)


def corpus_id(path: Path) -> str:
    return str(path.relative_to(CORPUS))
