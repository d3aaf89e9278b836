"""A cold `pide check` loads only what checking needs (issue 3: first schedule within 0.5 s).

The figures themselves come from `bench/coldstart.py`; these tests keep the imports that
made the start slow from creeping back: lark (the parser reads cached tables), the trace
writers (loaded when a bug is written), the JUnit XML writer, `dataclasses` and `inspect`
(core records come from `pide.core.fastdataclass`), the other sub-commands' modules, and
anything of the IDE.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pide.cli import main

ROOT = Path(__file__).resolve().parents[1]
BANK = ROOT / "examples" / "bank" / "Bank.pproj"

NOT_ON_THE_CHECK_PATH = (
    "lark",
    "dataclasses",  # core modules use pide.core.fastdataclass (dataclass, field, replace)
    "inspect",
    "pide.core.trace.pjson",
    "pide.core.trace.ptext",
    "pide.core.trace.pide_json",
    "pide.junit",
    "xml.etree.ElementTree",
    "pide.monitor_cli",
    "pide.core.conformance",
    "pide.diagram_cli",
    "pide.trace_cli",
    "pide.core.diagram",
    "networkx",
    "pygments",
    "textual",
    "rich",
)


def _loaded_after(args: list[str], tmp_path: Path) -> set[str]:
    script = (
        "import sys\n"
        "from pide.cli import main\n"
        f"code = main({args!r})\n"
        "print(code)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    # Twice: the first run may have to build the parser's table cache (which needs lark).
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "HOME": str(tmp_path)},
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
    code, modules = run.stdout.strip().splitlines()[-2:]
    assert code == "0", run.stdout
    return set(modules.split())


def test_a_check_without_a_bug_imports_only_the_check_path(tmp_path: Path) -> None:
    args = ["check", str(BANK), "-tc", "tcSingleClient", "-s", "1", "--seed", "1"]
    loaded = _loaded_after(args, tmp_path)
    assert "pide.core.runtime.runtime" in loaded and "pide.core.check.checker" in loaded
    unwanted = {m for m in loaded if m.split(".")[0] in NOT_ON_THE_CHECK_PATH}
    unwanted |= {
        m for m in loaded for p in NOT_ON_THE_CHECK_PATH if m == p or m.startswith(p + ".")
    }
    assert not unwanted


def test_compile_imports_the_front_end_only(tmp_path: Path) -> None:
    loaded = _loaded_after(["compile", str(BANK)], tmp_path)
    assert "pide.core.semantics.analyze" in loaded
    running = ("pide.core.runtime.compiled", "pide.core.check", "pide.core.trace", "pide.check_cli")
    assert not {m for m in running if m in loaded}
    assert not {m for m in loaded if m.split(".")[0] in NOT_ON_THE_CHECK_PATH}


def test_the_full_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("compile", "tests", "check", "replay", "diagram", "trace", "monitor"):
        assert command in out
