"""Exhaustive search: finds races random testing may miss, counts states reproducibly, says
whether the step bound cut the space, and its bug schedules replay."""

from __future__ import annotations

import pytest
from pide.core.check.checker import Checker
from pide.core.check.report import CheckConfig, StopReason
from pide.core.trace.schedule import BoolChoice

from tests.runtime.helpers import compile_text, pick_test
from tests.runtime.test_scheduling import ATOMIC

PINGPONG = """
event ping: machine; event pong;
machine Main {
  var count: int;
  start state S {
    entry { var i: int; while (i < 2) { send new Player(), ping, this; i = i + 1; } }
    on pong do { count = count + 1; if (count == 4) { raise halt; } }
  }
}
machine Player {
  var rounds: int;
  start state S {
    on ping do (m: machine) { send m, pong; rounds = rounds + 1; if (rounds < 2) { send this, ping, m; } }
  }
}
"""

CHOICES = """
machine Main {
  start state S {
    entry {
      var a: bool; var b: int;
      a = $;
      b = choose(3);
      if (a && b == 2) { assert false, "found a=true b=2"; }
    }
  }
}
"""


def check(text: str, **config: object) -> object:
    compiled, program = compile_text(text)
    return Checker().run(compiled, pick_test(program, None), CheckConfig(strategy="dfs", **config))  # type: ignore[arg-type]


def test_dfs_finds_the_interleaving_bug() -> None:
    report = check(ATOMIC)
    assert report.stopped == StopReason.BUG  # type: ignore[attr-defined]
    assert report.bug.message.endswith("e3 before e1")  # type: ignore[attr-defined]
    assert report.trace.bug == report.bug  # type: ignore[attr-defined]


def test_dfs_state_count_is_stable_and_complete() -> None:
    first = check(PINGPONG)
    second = check(PINGPONG)
    assert first.stopped == StopReason.EXHAUSTED  # type: ignore[attr-defined]
    assert first.stats.complete is True  # type: ignore[attr-defined]
    assert first.stats.states == second.stats.states  # type: ignore[attr-defined]
    assert first.stats.states == 601  # type: ignore[attr-defined]


def test_dfs_reports_a_cut_by_the_step_bound() -> None:
    report = check(PINGPONG, max_steps=8)
    assert report.stopped == StopReason.EXHAUSTED  # type: ignore[attr-defined]
    assert report.stats.complete is False  # type: ignore[attr-defined]


def test_dfs_enumerates_choices() -> None:
    report = check(CHOICES)
    assert report.bug.message.endswith("found a=true b=2")  # type: ignore[attr-defined]
    choices = [s for s in report.schedule.steps if not hasattr(s, "op_id")]  # type: ignore[attr-defined]
    assert choices[0] == BoolChoice(True)


@pytest.mark.parametrize("timeout", [0.0])
def test_dfs_timeout(timeout: float) -> None:
    compiled, program = compile_text(PINGPONG)
    report = Checker().run(
        compiled, pick_test(program, None), CheckConfig(strategy="dfs", timeout=1e-9)
    )
    assert report.stopped in (StopReason.TIMEOUT, StopReason.EXHAUSTED)
