"""Templates of generated methods are compiled once per Python build, then read back.

The first process to need a template compiles it and adds it to the cache file when it
exits; the next imports pide's records without compiling any. A damaged cache file is
ignored, and without a usable home directory nothing is cached.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest
from pide.core import fasttemplates, usercache
from pide.core.fasttemplates import rename_placeholders, template
from pide.core.syntax.fastnew import _factory

SCRIPT = (
    "from pide.core import fasttemplates\n"
    "from pide.core.semantics import ir\n"
    "from pide.core.trace import events\n"
    "from pide.core.syntax.parser import parse_text\n"
    "unit, diagnostics = parse_text('event e; machine M { start state S {} }')\n"
    "assert not diagnostics, diagnostics\n"
    "print(len(fasttemplates._compiled))\n"
)


def _compiled_in_fresh_process(home: Path) -> int:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(home)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return int(run.stdout.split()[-1])


def test_a_second_process_compiles_no_template(tmp_path: Path) -> None:
    assert _compiled_in_fresh_process(tmp_path) > 10
    (cache,) = (tmp_path / ".cache" / "pide").glob("templates-*.marshal")
    assert _compiled_in_fresh_process(tmp_path) == 0
    cache.write_bytes(b"\x00 damaged")
    assert _compiled_in_fresh_process(tmp_path) > 10  # ignored, compiled, written again
    assert _compiled_in_fresh_process(tmp_path) == 0


def test_templates_are_renamed_into_each_class_s_own_code() -> None:
    factory = _factory(2)  # pide's own template (a test's would be added to the cache file)
    (make,) = (c for c in factory.__code__.co_consts if isinstance(c, CodeType))
    code = rename_placeholders(make, ["left", "right"], params=True)
    assert code.co_varnames[:2] == ("left", "right") and "left" in code.co_names
    assert rename_placeholders(make, ["left", "right"], params=True) is code
    assert template("fastnew.2", lambda: "unused") is factory


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    assert usercache.cache_dir() is None
    assert fasttemplates._cache_file() is None
