"""One check run for the IDE: compile for the runtime, run the checker, write the artifacts.

The IDE's check runner runs this in a thread worker; it is headless so it is tested without
Textual. It does what `pide check` does for one test case (foreign functions, the
`CheckConfig`, `pide.reporting.write_artifacts` for the bug's files) and adds cancelling:
the checker stops cleanly on `KeyboardInterrupt` raised from its progress observer (the
same path as Ctrl-C on the command line), so `cancelled()` is polled there and a cancelled
run reports `StopReason.INTERRUPTED` with what it explored so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pide.core.api import CompileResult
from pide.core.check import CheckConfig, Checker, CheckProgress, CheckReport
from pide.core.runtime import compile_program, load_foreign_functions
from pide.core.runtime.compiled import CodegenLimitError
from pide.reporting import write_artifacts

STRATEGIES = ("portfolio", "random", "pct:3", "pct:10", "dfs")
"""The strategies the IDE offers (`pide check --strategy` accepts any `pct:<d>`)."""


class CheckCancelled(KeyboardInterrupt):
    """Raised from the observer to stop the checker where Ctrl-C would."""


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """What the user asked for. `seed` None: the checker picks one (and reports it)."""

    test: str
    strategy: str = "portfolio"
    schedules: int = 1000
    seed: int | None = None
    max_steps: int = 1000


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """A finished run: the report, the files written for its bug, the wall time and any
    problems loading foreign functions (one line each)."""

    report: CheckReport
    artifacts: list[Path] = field(default_factory=list)
    wall: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def trace_file(self) -> Path | None:
        """The `.pide-trace.json` written for the bug, if any."""
        return next((p for p in self.artifacts if p.name.endswith(".pide-trace.json")), None)


class CheckSetupError(Exception):
    """The run cannot start (the model has errors, the test case is unknown); one line."""


def run_check(
    result: CompileResult,
    request: CheckRequest,
    out: Path,
    observer: Callable[[CheckProgress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress_every: float = 0.1,
) -> CheckOutcome:
    """Check `request.test` of the compiled model and write the bug's files under `out`."""
    program = result.program
    if program is None or not result.ok:
        raise CheckSetupError("the model has errors: fix them before checking")
    test = program.tests.get(request.test)
    if test is None:
        names = ", ".join(program.tests) or "none"
        raise CheckSetupError(f"no test case '{request.test}' (test cases: {names})")
    project = result.project
    foreign_dirs = project.foreign_dirs if project is not None else ()
    table, problems = load_foreign_functions(foreign_dirs)
    try:
        compiled = compile_program(program, table)
    except CodegenLimitError as error:
        raise CheckSetupError(f"{error.diagnostic.span}: {error}") from None
    project_name = project.name if project is not None else ""
    config = CheckConfig(
        schedules=request.schedules,
        max_steps=request.max_steps,
        seed=request.seed,
        strategy=request.strategy,
        progress_every=progress_every,
        project_name=project_name,
    )

    def observe(progress: CheckProgress) -> None:
        if observer is not None:
            observer(progress)
        if cancelled():
            raise CheckCancelled

    started = time.perf_counter()
    report = Checker().run(compiled, test, config, observe)
    wall = time.perf_counter() - started
    artifacts = write_artifacts(report, out, project_name or test.name) if report.bug else []
    return CheckOutcome(report, artifacts, wall, problems)
