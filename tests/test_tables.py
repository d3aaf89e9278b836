"""The parser's table cache: built once per grammar text, read back without lark.

A cold `pide check` must not import lark when the cache holds the tables (it was the
largest import of the check path); a missing, stale or damaged cache is rebuilt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pide.core.syntax import tables
from pide.core.syntax.tables import load_tables


def test_tables_are_built_once_then_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_tables(directory=tmp_path)
    (cache,) = tmp_path.glob("p-tables-*.marshal")

    def no_build(text: str) -> tables.Tables:
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(tables, "build_tables", no_build)
    assert load_tables(directory=tmp_path) == built
    assert built.actions[built.start] and built.names["SEMICOLON"] == ";"
    reductions = [a for row in built.actions.values() for a in row.values() if a < 0]
    assert reductions and all(0 <= ~a < len(built.rules) for a in reductions)
    assert cache.stat().st_size > 10_000


def test_a_damaged_or_other_grammars_cache_is_rebuilt(tmp_path: Path) -> None:
    built = load_tables(directory=tmp_path)
    (cache,) = tmp_path.glob("p-tables-*.marshal")
    cache.write_bytes(b"not marshal data")
    rebuilt = load_tables(directory=tmp_path)  # lark may number the states differently
    assert _shape(rebuilt) == _shape(built)
    assert cache.read_bytes() != b"not marshal data"
    text = tables.grammar_text() + "\n// a comment changes the key\n"
    assert _shape(load_tables(text, directory=tmp_path)) == _shape(built)
    (other,) = tmp_path.glob("p-tables-*.marshal")  # the first grammar's file is gone
    assert other != cache


def _shape(t: tables.Tables) -> tuple[object, ...]:
    return len(t.actions), sorted(t.rules), t.names


def test_parsing_with_a_warm_cache_does_not_import_lark(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    script = (
        "import sys\n"
        "from pide.core.api import compile_sources\n"
        "from pide.core.source import SourceFile\n"
        "r = compile_sources([SourceFile('m.p', 'event e; machine M { start state S {} }')])\n"
        "assert r.ok, r.diagnostics\n"
        "print('lark' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "True"  # no cache yet: lark built the tables
    again = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "False"


def test_a_cache_file_for_another_grammar_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_tables(directory=tmp_path)
    (cache,) = tmp_path.glob("p-tables-*.marshal")
    cache_bytes = cache.read_bytes()
    other = tables.grammar_text().replace("start:", "start :", 1)
    assert other != tables.grammar_text()
    monkeypatch.setattr(tables, "build_tables", lambda text: tables.Tables([], {}, {}, -1, {}))
    first = load_tables(other, directory=tmp_path)
    assert first.start == -1  # built, not read from the other grammar's file
    (written,) = tmp_path.glob("p-tables-*.marshal")
    written.write_bytes(cache_bytes)  # same name, another grammar's content
    monkeypatch.setattr(tables, "build_tables", lambda text: tables.Tables([], {}, {}, -2, {}))
    assert load_tables(other, directory=tmp_path).start == -2
