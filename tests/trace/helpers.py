"""Traces recorded by the checker from small models, for the debugger's tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pide.core.api import compile_path
from pide.core.check import CheckConfig, Checker
from pide.core.runtime.compiled import compile_program
from pide.core.trace.model import Trace

PINGPONG = Path(__file__).with_name("pingpong.p")
BANK = Path(__file__).resolve().parents[2] / "examples" / "bank" / "Bank.pproj"


@cache
def record(path: Path, test: str, seed: int = 1) -> Trace:
    """The trace of the first bug the checker finds in `test` (fails if there is none)."""
    result = compile_path(path)
    assert result.program is not None, [str(d) for d in result.errors]
    compiled = compile_program(result.program)
    config = CheckConfig(seed=seed, schedules=200, project_name=path.stem, strategy="random")
    report = Checker().run(compiled, result.program.tests[test], config)
    assert report.trace is not None, f"{test} found no bug"
    return report.trace


def pingpong() -> Trace:
    return record(PINGPONG, "tcPing")
