"""Shared test helpers: compile P text, run one schedule with a scripted chooser, read prints.

Tests are written as P source (the front end produces the IR the runtime executes); a
`Scripted` chooser makes every decision predictable, so a test can state the exact
schedule the reference's scheduling-point rules imply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pide.core.api import compile_sources
from pide.core.runtime.compiled import CompiledProgram, compile_program
from pide.core.runtime.recording import Recorder
from pide.core.runtime.runtime import Outcome, Runtime
from pide.core.semantics.ir import ProgramIR, TestCaseIR
from pide.core.source import SourceFile
from pide.core.trace.events import Printed, TraceEvent


def compile_text(
    text: str, foreign: dict[str, Callable[..., Any]] | None = None
) -> tuple[CompiledProgram, ProgramIR]:
    result = compile_sources([SourceFile("test.p", text)])
    assert result.ok and result.program is not None, [str(d) for d in result.errors]
    return compile_program(result.program, foreign), result.program


@dataclass
class Scripted:
    """Decisions by policy (`first`/`last` enabled id) or from `ops`; choices from lists."""

    policy: str = "first"
    ops: list[int] = field(default_factory=list)
    bools: list[bool] = field(default_factory=list)
    ints: list[int] = field(default_factory=list)

    def next_op(self, enabled: list[int]) -> int:
        if self.ops:
            op = self.ops.pop(0)
            assert op in enabled, (op, enabled)
            return op
        return enabled[0] if self.policy == "first" else enabled[-1]

    def next_bool(self, fair: bool) -> bool:
        return self.bools.pop(0) if self.bools else False

    def next_int(self, count: int) -> int:
        return min(self.ints.pop(0), count - 1) if self.ints else 0


@dataclass
class Run:
    outcome: Outcome
    events: list[TraceEvent]
    sched: list[int]
    rt: Runtime

    @property
    def prints(self) -> list[str]:
        return [e.text for e in self.events if isinstance(e, Printed)]

    @property
    def message(self) -> str:
        assert self.outcome.bug is not None, self.outcome
        return self.outcome.bug.message


def pick_test(program: ProgramIR, name: str | None) -> TestCaseIR:
    if name is not None:
        return program.tests[name]
    assert len(program.tests) == 1, list(program.tests)
    return next(iter(program.tests.values()))


def run(
    text: str,
    chooser: Any = None,
    *,
    test: str | None = None,
    record: bool = True,
    foreign: dict[str, Callable[..., Any]] | None = None,
    **options: Any,
) -> Run:
    compiled, program = compile_text(text, foreign)
    rt = Runtime(compiled, pick_test(program, test), **options)
    recorder = Recorder() if record else None
    rt.reset(chooser or Scripted(), recorder)
    outcome = rt.run()
    return Run(outcome, recorder.events if recorder else [], list(rt.sched), rt)


def in_main(body: str, *, fields: str = "", decls: str = "", locals_: Sequence[str] = ()) -> str:
    """A program whose main machine runs `body` in its start entry."""
    local_text = "".join(f"      var {v};\n" for v in locals_)
    return (
        f"{decls}\nmachine Main {{\n{fields}\n  start state S {{\n    entry {{\n"
        f"{local_text}{body}\n    }}\n  }}\n}}\n"
    )
