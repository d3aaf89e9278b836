"""Shared by the conformance tests: the Orders model, its logs, and traces recorded by the
runtime itself (so a P trace of a passing run can be checked too)."""

from __future__ import annotations

import functools
from pathlib import Path

from pide.core.api import compile_path, select_tests
from pide.core.conformance import ConformanceOptions, ConformanceReport, check_text
from pide.core.runtime import CompiledProgram, Recorder, Runtime, compile_program
from pide.core.trace.model import Trace

HERE = Path(__file__).resolve().parent
MODEL = HERE / "models" / "Orders.p"
LOGS = HERE / "logs"
BANK = HERE.parent.parent / "examples" / "bank" / "Bank.pproj"


@functools.cache
def compiled(path: Path = MODEL) -> CompiledProgram:
    result = compile_path(path)
    assert result.ok and result.program is not None, result.errors
    return compile_program(result.program)


def check(text: str, file: str = "log.jsonl", **options: object) -> ConformanceReport:
    """Check `text` against the Orders model."""
    return check_text(compiled(), file, text, ConformanceOptions(**options))  # type: ignore[arg-type]


class _FirstEnabled:
    """A chooser that always takes the lowest enabled operation and the first choice."""

    def next_op(self, enabled: list[int]) -> int:
        return enabled[0]

    def next_bool(self, fair: bool) -> bool:
        return False

    def next_int(self, count: int) -> int:
        return 0


def record(test_name: str, path: Path = MODEL) -> Trace:
    """The trace of one schedule of a test case, bug or not."""
    program = compiled(path)
    test = select_tests(program.program, test_name)[0]
    rt = Runtime(program, test)
    recorder = Recorder()
    rt.reset(_FirstEnabled(), recorder)
    outcome = rt.run()
    return Trace(
        test_name=test.name,
        events=tuple(recorder.events),
        snapshots=tuple(recorder.snapshots),
        bug=outcome.bug,
    )
