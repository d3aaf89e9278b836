"""`pide.checking.run_check`, the IDE's check run: artifacts, progress, cancelling, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.api import compile_path, compile_sources
from pide.core.check import CheckProgress, StopReason
from pide.core.source import SourceFile
from pide.core.trace.files import read_trace_file

from pide.checking import CheckRequest, CheckSetupError, run_check
from tests.trace.helpers import BANK, PINGPONG


def test_a_bug_writes_the_same_artifacts_as_the_cli(tmp_path: Path) -> None:
    seen: list[CheckProgress] = []
    outcome = run_check(
        compile_path(PINGPONG), CheckRequest("tcPing", seed=1), tmp_path, seen.append
    )
    report = outcome.report
    assert report.stopped is StopReason.BUG and report.seed == 1
    names = sorted(p.name for p in outcome.artifacts)
    assert names == [
        "pingpong_0_0.pide-trace.json",
        "pingpong_0_0.schedule",
        "pingpong_0_0.trace.json",
        "pingpong_0_0.txt",
    ]
    assert all(p.parent == tmp_path / "tcPing" for p in outcome.artifacts)
    assert outcome.trace_file is not None
    assert read_trace_file(outcome.trace_file).bug == report.bug
    assert seen and seen[-1].bugs == 1 and outcome.wall > 0


def test_cancelling_stops_the_run_with_what_was_explored(tmp_path: Path) -> None:
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return True

    request = CheckRequest("tcSharedAccount", schedules=1_000_000, seed=2)
    outcome = run_check(
        compile_path(BANK), request, tmp_path, cancelled=cancelled, progress_every=0.0
    )
    assert outcome.report.stopped is StopReason.INTERRUPTED
    assert 0 < outcome.report.stats.schedules < 1_000_000
    assert calls >= 1 and outcome.artifacts == [] and not list(tmp_path.iterdir())


def test_dfs_can_be_cancelled_too(tmp_path: Path) -> None:
    request = CheckRequest("tcManyClients___nClients_3", strategy="dfs")
    outcome = run_check(compile_path(BANK), request, tmp_path, cancelled=lambda: True)
    assert outcome.report.stopped is StopReason.INTERRUPTED


def test_a_model_with_errors_or_an_unknown_test_cannot_start(tmp_path: Path) -> None:
    broken = compile_sources(
        [SourceFile("bad.p", "machine M { start state S { entry { x = 1; } } }")]
    )
    with pytest.raises(CheckSetupError, match="the model has errors"):
        run_check(broken, CheckRequest("tcX"), tmp_path)
    with pytest.raises(CheckSetupError, match=r"no test case 'tcNope' \(test cases: tcPing\)"):
        run_check(compile_path(PINGPONG), CheckRequest("tcNope"), tmp_path)
