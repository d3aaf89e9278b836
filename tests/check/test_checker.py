"""`Checker.run`: reports, statistics, coverage, observer, stopping conditions, replay of a
found bug, foreign functions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pide.core.api import compile_path
from pide.core.check.checker import Checker
from pide.core.check.report import CheckConfig, CheckProgress, StopReason
from pide.core.runtime.compiled import compile_program
from pide.core.runtime.foreign import load_foreign_functions
from pide.core.trace import (
    dump_trace,
    load_trace,
    read_schedule,
    write_json_trace,
    write_schedule,
    write_text_trace,
)

from tests.runtime.helpers import compile_text, pick_test

BANK = Path(__file__).resolve().parents[2] / "examples" / "bank" / "Bank.pproj"
_RESULT = compile_path(BANK)
assert _RESULT.program is not None
PROGRAM = _RESULT.program
COMPILED = compile_program(PROGRAM)


def check(test: str, **config: Any) -> Any:
    return Checker().run(COMPILED, PROGRAM.tests[test], CheckConfig(**config))


def test_correct_test_explores_every_schedule() -> None:
    report = check("tcSharedAccount", seed=1, schedules=60)
    assert report.stopped == StopReason.SCHEDULES and report.bug is None
    stats = report.stats
    assert stats.schedules == 60
    assert 0 < stats.steps_min <= stats.steps_avg <= stats.steps_max
    assert stats.total_steps >= 60 * stats.steps_min
    assert ("AtomicBankServer", "Serving", "eWithdrawReq") in stats.coverage.handled or (
        "AtomicBankServer",
        "Serving",
        "eDepositReq",
    ) in stats.coverage.handled
    assert ("Client", "Banking") in stats.coverage.states
    assert report.seed == 1 and report.strategy == "portfolio"
    description = report.strategy_description  # the 60th schedule is a PCT one
    assert description.startswith("portfolio[seed '1'], last schedule pct[priority change")


def test_bug_report_has_schedule_and_trace_that_replay() -> None:
    report = check("tcPipelinedLostUpdate", seed=3)
    assert report.stopped == StopReason.BUG
    assert report.bug.kind == "assertion"
    assert report.trace.bug == report.bug
    assert report.trace.events[-1].kind.value == "bug"
    assert (
        report.trace.snapshots and report.trace.snapshots[-1].step == len(report.schedule.steps) - 1
    )
    # P's artifacts can be written from the trace, and the schedule file replays the bug.
    assert "<ErrorLog> " + report.bug.message in write_text_trace(report.trace)
    assert write_json_trace(report.trace)
    assert load_trace(dump_trace(report.trace)) == report.trace  # pide's own format is lossless
    schedule = read_schedule(write_schedule(report.schedule))
    assert schedule.fair and schedule.test_method == "tcPipelinedLostUpdate"
    again = check("tcPipelinedLostUpdate", strategy="replay", replay=schedule)
    assert again.stopped == StopReason.BUG and again.bug == report.bug
    assert again.trace.events == report.trace.events


def test_pct_finds_the_lost_update() -> None:
    report = check("tcPipelinedLostUpdate", seed=2, strategy="pct:3", schedules=500)
    assert report.stopped == StopReason.BUG
    assert not report.schedule.fair


def test_replay_that_does_not_fit() -> None:
    schedule = read_schedule("(0)\n(5)")
    report = check("tcSingleClient", strategy="replay", replay=schedule)
    assert report.stopped == StopReason.DIVERGED
    assert report.error == "Trace is not reproducible: cannot detect id '5'."


def test_replay_longer_than_its_schedule() -> None:
    report = check("tcSingleClient", strategy="replay", replay=read_schedule("(0)"))
    assert report.stopped == StopReason.DIVERGED
    assert report.error == "Trace is not reproducible: execution is longer than trace."


def test_replay_without_bug() -> None:
    from pide.core.check.strategies import RandomStrategy
    from pide.core.runtime.runtime import Runtime
    from pide.core.trace.schedule import Schedule

    rt = Runtime(COMPILED, PROGRAM.tests["tcSingleClient"])
    rt.reset(RandomStrategy(9))
    assert rt.run().reason == "terminated"
    report = check("tcSingleClient", strategy="replay", replay=Schedule(rt.schedule_steps()))
    assert report.stopped == StopReason.REPLAYED and report.bug is None
    assert report.stats.schedules == 1 and report.stats.total_steps == len(rt.sched)
    # The replay still shows its run.
    assert report.trace is not None and report.trace.bug is None and report.trace.events


def test_step_bound_statistics_and_fail_on_max_steps() -> None:
    report = check("tcSharedAccount", seed=1, schedules=5, max_steps=20)
    assert report.stats.bounded == 5 and report.stats.steps_max == 20
    report = check("tcSharedAccount", seed=1, schedules=5, max_steps=20, fail_on_max_steps=True)
    assert report.bug.message == "Scheduling steps bound of 20 reached."


def test_observer_and_interrupt() -> None:
    seen: list[CheckProgress] = []

    def observer(progress: CheckProgress) -> None:
        seen.append(progress)
        if len(seen) == 2:
            raise KeyboardInterrupt

    report = Checker().run(
        COMPILED,
        PROGRAM.tests["tcSharedAccount"],
        CheckConfig(seed=1, schedules=10**6, progress_every=0.0),
        observer,
    )
    assert report.stopped == StopReason.INTERRUPTED
    assert seen[0].schedules >= 1 and report.stats.schedules >= seen[1].schedules


def test_timeout() -> None:
    report = check("tcSharedAccount", seed=1, schedules=10**6, timeout=0.2)
    assert report.stopped == StopReason.TIMEOUT and report.stats.elapsed < 5


def test_unknown_strategy_is_an_error_report() -> None:
    report = check("tcSharedAccount", strategy="magic")
    assert report.stopped == StopReason.ERROR and "unknown strategy" in report.error


FOREIGN = """
fun Mix(a: int, b: seq[int]): int;
machine Main {
  start state S {
    entry { var q: seq[int]; q += (0, 4); assert Mix(3, q) == 7, "foreign result"; }
  }
}
"""


def test_foreign_functions(tmp_path: Path) -> None:
    folder = tmp_path / "PForeign"
    folder.mkdir()
    (folder / "mix.py").write_text(
        "def Mix(a, b):\n    return a + b[0]\n\ndef _private():\n    pass\n"
    )
    table, problems = load_foreign_functions([folder])
    assert problems == [] and sorted(table) == ["Mix"]
    compiled, program = compile_text(FOREIGN, table)
    report = Checker().run(compiled, pick_test(program, None), CheckConfig(seed=1, schedules=3))
    assert report.stopped == StopReason.SCHEDULES


def test_missing_foreign_function_is_reported_before_running() -> None:
    compiled, program = compile_text(FOREIGN)
    report = Checker().run(compiled, pick_test(program, None), CheckConfig(seed=1))
    assert report.stopped == StopReason.ERROR
    assert "'Mix' has no Python implementation" in report.error
    assert "PForeign/<anything>.py" in report.error and "def Mix(" in report.error


def test_foreign_code_exception_is_a_runtime_error(tmp_path: Path) -> None:
    compiled, program = compile_text(FOREIGN, {"Mix": lambda a, b: 1 // 0})
    report = Checker().run(compiled, pick_test(program, None), CheckConfig(seed=1))
    assert report.bug.kind == "runtime_error" and "division by zero" in report.bug.message


def test_broken_foreign_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("raise ValueError('nope')\n")
    table, problems = load_foreign_functions([tmp_path])
    assert table == {} and "cannot load foreign code" in problems[0]


@pytest.mark.parametrize("strategy", ["random", "pct:2", "dfs"])
def test_every_strategy_on_a_correct_test(strategy: str) -> None:
    # A short step bound keeps the exhaustive search small (it reports the cut).
    report = check("tcSingleClient", seed=4, schedules=20, strategy=strategy, max_steps=40)
    assert report.bug is None
    if strategy == "dfs":
        assert report.stats.states > 1000 and report.stats.complete is False


def test_foreign_functions_documented_example(tmp_path: Path) -> None:
    """The example of docs/foreign-functions.md, as a project folder."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "foreign-functions.md").read_text()
    blocks = doc.split("```")
    p_source = next(b for b in blocks if b.startswith("\ntype tEntry"))
    py_source = next(b for b in blocks if b.startswith("python\n")).removeprefix("python\n")
    (tmp_path / "PSrc").mkdir()
    (tmp_path / "PForeign").mkdir()
    (tmp_path / "PSrc" / "Store.p").write_text(p_source)
    (tmp_path / "PForeign" / "checksums.py").write_text(py_source)
    result = compile_path(tmp_path)
    assert result.program is not None and result.project is not None, result.errors
    table, problems = load_foreign_functions(result.project.foreign_dirs)
    assert problems == []
    compiled = compile_program(result.program, table)
    report = Checker().run(
        compiled, pick_test(result.program, None), CheckConfig(seed=1, schedules=2)
    )
    assert report.stopped == StopReason.SCHEDULES, report.bug


RUNAWAY = """
event ePing;
machine Main {
  start state S {
    entry { send this, ePing; }
    on ePing do {
      var i: int;
      if ($) { while (true) { i = i + 1; } }
      assert i == 0;
      send this, ePing;
    }
  }
}
"""


def test_runaway_schedules_are_counted_not_reported() -> None:
    """A ping-pong whose handler sometimes spins forever: those schedules end at the loop
    bound, the others at the step bound, and the run finds no bug (reference 8.9)."""
    compiled, program = compile_text(RUNAWAY)
    config = CheckConfig(
        schedules=30, seed=0, max_steps=200, max_loop_iterations=20_000, strategy="random"
    )
    report = Checker().run(compiled, pick_test(program, None), config)
    assert report.bug is None and report.stopped == StopReason.SCHEDULES
    stats = report.stats
    assert stats.schedules == 30 and stats.bounded == 30
    assert 0 < stats.runaway < 30
    assert "stopped by the loop bound (20000 iterations per step)" in stats.runaway_message


HOT_PING_PONG = """
event ePing;
machine Main {
  start state S {
    entry { send this, ePing; }
    on ePing do { announce ePing; send this, ePing; }
  }
}
spec NeverCools observes ePing {
  start hot state Waiting { on ePing goto Waiting; }
}
"""


def test_portfolio_checks_temperature_in_random_schedules_only() -> None:
    """A program without tests whose spec stays hot while it runs forever: the portfolio's
    random schedules report it by temperature; its PCT schedules are unfair, so they end at
    the step bound (reference 8.11)."""
    compiled, program = compile_text(HOT_PING_PONG)
    test = pick_test(program, None)
    report = Checker().run(compiled, test, CheckConfig(seed=1, schedules=3, max_steps=200))
    assert report.bug.kind == "liveness_temperature" and report.stats.schedules == 1
    assert report.schedule.fair and report.schedule.liveness_threshold == 50
    pct_only = Checker().run(compiled, test, CheckConfig(seed=1, strategy="pct:2", max_steps=200))
    assert pct_only.bug is None and pct_only.stats.bounded == pct_only.stats.schedules


DEEP_ORDER = (
    Path(__file__).resolve().parents[1]
    / "corpus/dynamic/scheduling/DynamicError/OneWorkerFinishesBeforeOtherStarts.p"
)


def test_portfolio_bug_found_by_pct_is_an_unfair_schedule_that_replays() -> None:
    result = compile_path(DEEP_ORDER)
    assert result.program is not None
    compiled = compile_program(result.program)
    test = pick_test(result.program, None)
    report = Checker().run(compiled, test, CheckConfig(seed=1, schedules=100))
    assert report.bug.kind == "assertion" and report.stats.schedules == 3  # the first PCT one
    assert not report.schedule.fair and report.schedule.liveness_threshold is None
    assert "last schedule pct[" in report.strategy_description
    again = Checker().run(compiled, test, CheckConfig(strategy="replay", replay=report.schedule))
    assert again.bug == report.bug
