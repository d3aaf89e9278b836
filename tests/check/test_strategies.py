"""Strategies: determinism per seed, exact replay of recorded schedules, replay divergence
messages (trace formats 4.3), PCT and the `$` / `$$` policy of the random strategy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pide.core.api import compile_path
from pide.core.check.strategies import (
    PORTFOLIO_DEPTHS,
    PCTStrategy,
    PortfolioStrategy,
    RandomStrategy,
    ReplayStrategy,
    parse_strategy_name,
)
from pide.core.runtime.compiled import compile_program
from pide.core.runtime.recording import Recorder
from pide.core.runtime.runtime import Runtime
from pide.core.trace.schedule import BoolChoice, IntChoice, Schedule, SchedulingStep

from tests.runtime.helpers import compile_text, pick_test

BANK = Path(__file__).resolve().parents[2] / "examples" / "bank" / "Bank.pproj"
_RESULT = compile_path(BANK)
assert _RESULT.program is not None
BANK_PROGRAM = _RESULT.program
BANK_COMPILED = compile_program(BANK_PROGRAM)


def schedules(strategy: Any, test: str, count: int) -> list[list[int]]:
    rt = Runtime(BANK_COMPILED, BANK_PROGRAM.tests[test], max_steps=500)
    out = []
    for i in range(count):
        strategy.begin(i)
        rt.reset(strategy)
        outcome = rt.run()
        strategy.end(outcome.steps)
        out.append(list(rt.sched))
    return out


@pytest.mark.parametrize(
    "make",
    [lambda s: RandomStrategy(s), lambda s: PCTStrategy(s, 3), lambda s: PortfolioStrategy(s)],
    ids=["random", "pct", "portfolio"],
)
def test_same_seed_same_schedules(make: Any) -> None:
    first = schedules(make(11), "tcManyClients___nClients_3", 30)
    assert first == schedules(make(11), "tcManyClients___nClients_3", 30)
    assert first != schedules(make(12), "tcManyClients___nClients_3", 30)
    assert len({tuple(s) for s in first}) > 10  # successive schedules continue the stream


def record(strategy: Any, test: str) -> tuple[list[Any], list[Any], Any]:
    rt = Runtime(BANK_COMPILED, BANK_PROGRAM.tests[test], max_steps=500)
    recorder = Recorder()
    strategy.begin(0)
    rt.reset(strategy, recorder)
    outcome = rt.run()
    return recorder.events, recorder.snapshots, (outcome, rt.schedule_steps())


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), test=st.sampled_from(sorted(BANK_PROGRAM.tests)))
def test_replay_reproduces_the_identical_trace(seed: int, test: str) -> None:
    events, snaps, (outcome, steps) = record(RandomStrategy(seed), test)
    replay_events, replay_snaps, (replay_outcome, replay_steps) = record(
        ReplayStrategy(Schedule(steps)), test
    )
    assert replay_events == events
    assert replay_snaps == snaps
    assert replay_steps == steps
    assert (replay_outcome.reason, replay_outcome.bug) == (outcome.reason, outcome.bug)


ECHO_LIKE = """
event e: int;
machine Main {
  start state S { entry { var x: int; if ($) { x = choose(3); } send this, e, x; } on e do (v: int) {} }
}
"""


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([SchedulingStep(0)], "Trace is not reproducible: execution is longer than trace."),
        ([BoolChoice(True)], "Trace is not reproducible: next step is not a scheduling choice."),
        ([SchedulingStep(3)], "Trace is not reproducible: cannot detect id '3'."),
        (
            [SchedulingStep(0), SchedulingStep(1), SchedulingStep(1)],
            "Trace is not reproducible: next step is not a nondeterministic choice.",
        ),
        (
            [SchedulingStep(0), SchedulingStep(1), IntChoice(1)],
            "Trace is not reproducible: next step is not a nondeterministic boolean choice.",
        ),
        (
            [SchedulingStep(0), SchedulingStep(1), BoolChoice(True), BoolChoice(True)],
            "Trace is not reproducible: next step is not a nondeterministic integer choice.",
        ),
    ],
)
def test_replay_divergence_messages(steps: list[Any], message: str) -> None:
    compiled, program = compile_text(ECHO_LIKE)
    rt = Runtime(compiled, pick_test(program, None))
    rt.reset(ReplayStrategy(Schedule(tuple(steps))))
    outcome = rt.run()
    assert (outcome.reason, outcome.message) == ("diverged", message)


def test_replay_may_leave_steps_unused() -> None:
    compiled, program = compile_text(ECHO_LIKE)
    rt = Runtime(compiled, pick_test(program, None))
    steps = (
        SchedulingStep(0),
        SchedulingStep(1),
        BoolChoice(False),
        SchedulingStep(1),
        SchedulingStep(1),
        SchedulingStep(1),
        SchedulingStep(1),
    )
    rt.reset(ReplayStrategy(Schedule(steps)))
    assert rt.run().reason == "terminated"


def test_random_dollar_policy() -> None:
    """`$$` is always a fair coin; `$` is constant within an adversarial schedule."""
    strategy = RandomStrategy(5, adversarial=1.0)
    for i in range(20):
        strategy.begin(i)
        unfair = {strategy.next_bool(False) for _ in range(30)}
        fair = {strategy.next_bool(True) for _ in range(30)}
        assert len(unfair) == 1 and fair == {True, False}
    plain = RandomStrategy(5, adversarial=0.0)
    plain.begin(0)
    assert {plain.next_bool(False) for _ in range(30)} == {True, False}


def test_pct_runs_highest_priority() -> None:
    strategy = PCTStrategy(3, 0)
    strategy.begin(0)
    first = strategy.next_op([1, 2, 3])
    assert all(strategy.next_op([1, 2, 3]) == first for _ in range(10))
    assert strategy.next_op([x for x in (1, 2, 3) if x != first]) != first


def test_portfolio_interleaves_random_and_pct() -> None:
    """Every third schedule is PCT (unfair) with change points cycling through the
    portfolio's depths; the others are random (fair) and continue one random stream."""
    portfolio = PortfolioStrategy(7)
    kinds, depths = [], []
    for i in range(24):
        portfolio.begin(i)
        kinds.append((portfolio.current.name, portfolio.fair))
        if portfolio.current is portfolio.pct:
            depths.append(portfolio.pct.depth)
            assert portfolio.next_op == portfolio.pct.next_op
        portfolio.end(5)
    assert kinds == [("random", True), ("random", True), ("pct", False)] * 8
    assert depths == list(PORTFOLIO_DEPTHS) * 2
    assert portfolio.description().startswith("portfolio[seed '7'], last schedule pct[")


def test_strategy_names() -> None:
    assert parse_strategy_name("pct:5") == ("pct", 5)
    assert parse_strategy_name("DFS") == ("dfs", 0)
    assert parse_strategy_name("portfolio") == ("portfolio", 0)
    with pytest.raises(ValueError):
        parse_strategy_name("bogus")
