"""Parallel checking: shares of the schedules in worker processes, merged into one report."""

from __future__ import annotations

from pathlib import Path

from pide.core.api import compile_path
from pide.core.check import CheckConfig, Checker, StopReason
from pide.core.check.parallel import merge_reports, run_parallel
from pide.core.runtime import compile_program

BANK = Path(__file__).resolve().parents[2] / "examples" / "bank" / "Bank.pproj"
_RESULT = compile_path(BANK)
assert _RESULT.program is not None
PROGRAM = _RESULT.program
COMPILED = compile_program(PROGRAM)


def test_workers_find_the_bug_and_record_its_trace() -> None:
    test = PROGRAM.tests["tcPipelinedLostUpdate"]
    report = run_parallel(COMPILED, test, CheckConfig(seed=5, schedules=400), workers=2)
    assert report.stopped == StopReason.BUG
    assert report.trace is not None and report.trace.bug == report.bug
    replay = Checker().run(COMPILED, test, CheckConfig(strategy="replay", replay=report.schedule))
    assert replay.bug == report.bug


def test_merge_sums_statistics_and_keeps_the_first_bug() -> None:
    test = PROGRAM.tests["tcSharedAccount"]
    clean = Checker().run(COMPILED, test, CheckConfig(seed=1, schedules=30))
    buggy = Checker().run(
        COMPILED, PROGRAM.tests["tcPipelinedLostUpdate"], CheckConfig(seed=2, schedules=30)
    )
    merged = merge_reports(test, CheckConfig(), 1, [clean, buggy], 1.5)
    assert merged.stopped == StopReason.BUG and merged.bug == buggy.bug
    assert merged.stats.schedules == clean.stats.schedules + buggy.stats.schedules
    assert merged.stats.total_steps == clean.stats.total_steps + buggy.stats.total_steps
    assert merged.stats.elapsed == 1.5
    assert set(clean.stats.coverage.handled) <= set(merged.stats.coverage.handled)
    both_clean = merge_reports(test, CheckConfig(), 1, [clean, clean], 1.0)
    assert both_clean.stopped == StopReason.SCHEDULES and both_clean.bug is None


def test_dfs_and_single_worker_run_in_process() -> None:
    test = PROGRAM.tests["tcSingleClient"]
    report = run_parallel(COMPILED, test, CheckConfig(seed=1, schedules=5), workers=1)
    assert report.stats.schedules == 5
