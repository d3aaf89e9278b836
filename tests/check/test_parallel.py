"""Parallel checking: shares of the schedules in worker processes, merged into one report."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_the_reported_bug_does_not_depend_on_timing() -> None:
    # Two runs with the same seed and worker count report the same bug and schedule, and
    # it is the one at the lowest schedule index over the workers' own seeds.
    test = PROGRAM.tests["tcPipelinedLostUpdate"]
    config = CheckConfig(seed=11, schedules=400)
    first = run_parallel(COMPILED, test, config, workers=2)
    second = run_parallel(COMPILED, test, config, workers=2)
    assert first.bug is not None and first.schedule == second.schedule
    assert first.trace == second.trace
    alone = [Checker().run(COMPILED, test, CheckConfig(seed=11 + i, schedules=200)) for i in (0, 1)]
    expected = min(
        (r for r in alone if r.bug is not None), key=lambda r: r.stats.schedules, default=None
    )
    assert expected is not None and first.schedule == expected.schedule


def test_dask_local_cluster_runs_the_shares() -> None:
    distributed = pytest.importorskip("dask.distributed")
    test = PROGRAM.tests["tcPipelinedLostUpdate"]
    config = CheckConfig(seed=11, schedules=400)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        report = run_parallel(
            COMPILED, test, config, workers=2, dask_address=cluster.scheduler_address
        )
    local = run_parallel(COMPILED, test, config, workers=2)
    assert report.bug is not None and report.schedule == local.schedule
