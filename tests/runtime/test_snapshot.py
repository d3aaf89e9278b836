"""World snapshot / restore / fingerprint: a restored world continues exactly like the
original, including machines suspended inside handlers (rebuilt by journal replay)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pide.core.api import compile_path
from pide.core.check.strategies import RandomStrategy
from pide.core.runtime.compiled import compile_program
from pide.core.runtime.runtime import Outcome, Runtime, decode_step
from pide.core.runtime.snapshot import WorldState, fingerprint, restore, snapshot, steps_of
from pide.core.trace.schedule import BoolChoice, IntChoice, SchedulingStep

from tests.runtime.helpers import compile_text, pick_test

BANK = Path(__file__).resolve().parents[2] / "examples" / "bank" / "Bank.pproj"

MIXED = """
event tick; event tock: int; event stop;
machine Main {
  var peers: seq[machine]; var n: int;
  start state S {
    entry {
      var i: int;
      while (i < 2) { peers += (i, new Peer(this)); i = i + 1; }
    }
    on tock do (v: int) {
      n = n + v;
      if (n > 3) { goto Done; }
      send peers[choose(2)], tick;
    }
  }
  state Done { entry { var p: machine; foreach (p in peers) { send p, stop; } } ignore tock; }
}
machine Peer {
  var boss: machine; var k: int;
  start state S {
    entry (b: machine) { boss = b; send boss, tock, 1; }
    on tick do {
      k = k + 1;
      if ($) { send boss, tock, k; } else { receive { case tick: { send boss, tock, 2; } case stop: { raise halt; } } }
    }
    on stop do { raise halt; }
    defer tock;
  }
}
"""


class Follow:
    """Replays encoded steps."""

    def __init__(self, codes: list[int]) -> None:
        self.steps = [decode_step(c) for c in codes]

    def _next(self) -> Any:
        return self.steps.pop(0)

    def next_op(self, enabled: list[int]) -> int:
        step = self._next()
        assert isinstance(step, SchedulingStep) and step.op_id in enabled
        return step.op_id

    def next_bool(self, fair: bool) -> bool:
        step = self._next()
        assert isinstance(step, BoolChoice)
        return step.value

    def next_int(self, count: int) -> int:
        step = self._next()
        assert isinstance(step, IntChoice)
        return step.value


def drive(
    rt: Runtime, next_op: Any, worlds: list[WorldState] | None = None
) -> tuple[list[int], Outcome]:
    """Run decisions one by one, fingerprinting the world before each."""
    prints: list[int] = []
    while rt.enabled:
        if len(rt.sched) >= rt.max_steps:
            return prints, Outcome("bound", len(rt.sched))
        world = snapshot(rt)
        prints.append(fingerprint(world))
        if worlds is not None:
            worlds.append(world)
        outcome = rt.play(next_op(rt.enabled))
        if outcome is not None:
            return prints, outcome
    return prints, rt.terminated()


def programs() -> list[tuple[str, Any, Any]]:
    result = compile_path(BANK)
    assert result.program is not None
    bank = compile_program(result.program)
    mixed, program = compile_text(MIXED)
    return [
        ("bank-shared", bank, result.program.tests["tcSharedAccount"]),
        ("bank-pipelined", bank, result.program.tests["tcPipelinedLostUpdate"]),
        ("mixed", mixed, pick_test(program, None)),
    ]


PROGRAMS = programs()


@pytest.mark.parametrize(
    ("compiled", "test"), [p[1:] for p in PROGRAMS], ids=[p[0] for p in PROGRAMS]
)
@pytest.mark.parametrize("seed", range(6))
def test_restore_continues_like_the_original(compiled: Any, test: Any, seed: int) -> None:
    rt = Runtime(compiled, test, journaling=True, max_steps=400)
    strategy = RandomStrategy(seed, adversarial=0)
    rt.reset(strategy)
    assert rt.play_start() is None
    worlds: list[WorldState] = []
    prints, outcome = drive(rt, strategy.next_op, worlds)
    full = list(rt.sched)
    assert len(worlds) > 5
    for k in sorted({1, len(worlds) // 3, len(worlds) // 2, len(worlds) - 1}):
        restore(rt, worlds[k])
        assert fingerprint(worlds[k]) == prints[k]
        follow = Follow(full[steps_of(worlds[k]) :])
        rt.strategy = follow
        again, outcome2 = drive(rt, follow.next_op)
        assert again == prints[k:]
        assert (outcome2.reason, outcome2.steps, outcome2.bug) == (
            outcome.reason,
            outcome.steps,
            outcome.bug,
        )
        assert rt.sched == full


def test_fingerprint_ignores_history_but_not_state() -> None:
    compiled, program = compile_text(MIXED)
    test = pick_test(program, None)
    a = Runtime(compiled, test, journaling=True)
    b = Runtime(compiled, test, journaling=True)
    for rt in (a, b):
        rt.reset(RandomStrategy(1))
        rt.play_start()
    assert fingerprint(snapshot(a)) == fingerprint(snapshot(b))
    a.play(0)
    assert fingerprint(snapshot(a)) != fingerprint(snapshot(b))
    b.play(0)
    assert fingerprint(snapshot(a)) == fingerprint(snapshot(b))


def test_unchanged_machines_share_their_record() -> None:
    compiled, program = compile_text(MIXED)
    rt = Runtime(compiled, pick_test(program, None), journaling=True)
    rt.reset(RandomStrategy(3, adversarial=0))
    rt.play_start()
    for _ in range(6):
        rt.play(rt.enabled[0])
    first = snapshot(rt)
    rt.play(rt.enabled[-1])
    second = snapshot(rt)
    shared = [x is y for x, y in zip(first[1], second[1])]
    assert any(shared) and not all(shared)
