"""Exhaustive depth-first search over every scheduling decision and choice, with state caching.

Each node of the search is the world at a scheduling point. Its children are the enabled
operations (in id order) and, within the step an operation takes, every combination of the
choices it makes: the step is re-run from the node's snapshot with the choice values of the
next sibling (odometer order over the domains seen, see `DfsChooser`). A node whose world
fingerprint was seen before is not expanded again; the visited set holds only the 64-bit
fingerprints (Python ints), which keeps memory per state to a set slot and an int.

Depth is counted in schedule steps (decisions plus choices) and bounded by `max_steps`;
when the bound cuts a branch the result says the space was not covered completely.
Restoring a node is lazy (see `runtime.snapshot`), so backtracking costs little more than
putting back the data of the machines that changed.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable
from typing import Any

from pide.core.check.strategies import DfsChooser
from pide.core.fastdataclass import dataclass
from pide.core.runtime.runtime import Outcome, Runtime
from pide.core.runtime.snapshot import WorldKeeper

CHECK_MASK = 255
"""Nodes between two looks at the clock, minus one (a power of two minus one)."""


@dataclass(slots=True)
class DfsResult:
    """`outcome` is the buggy schedule's outcome (None when no bug); `sched` its steps."""

    outcome: Outcome | None
    sched: list[int]
    states: int
    complete: bool
    steps: int
    leaves: int
    stopped: str  # "bug", "exhausted", "timeout"
    bytes_per_state: float = 0.0
    """Memory of the visited set per state (the set's table plus the fingerprint ints)."""


def explore(
    rt: Runtime,
    deadline: float | None,
    progress: Callable[[int, int, int], None] | None = None,
) -> DfsResult:
    """Explore every schedule of `rt`'s test (which must journal) up to `rt.max_steps`."""
    chooser = DfsChooser()
    rt.reset(chooser)
    seen: set[int] = set()
    # A frame is [world, enabled ops, index of the op to run next, choice prefix for it].
    stack: list[list[Any]] = []
    complete = True
    steps = leaves = nodes = 0
    started = rt.play_start()
    if started is not None:
        return DfsResult(started, list(rt.sched), 0, True, 0, 1, "bug")
    found: Outcome | None = None
    current: list[Any] | None = None  # the frame whose world `rt` currently holds
    sched, enabled, max_steps = rt.sched, rt.enabled, rt.max_steps
    play, next_prefix = rt.play, chooser.next_prefix
    values, domains = chooser.values, chooser.domains
    push, perf_counter = stack.append, time.perf_counter
    keeper = WorldKeeper(rt)
    snapshot_if_new, restore = keeper.snapshot_if_new, keeper.restore
    no_prefix: list[int] = []
    expand = True
    while True:
        if expand:
            # The world after a step: a leaf, a known state, or a new frame.
            if not enabled:
                leaves += 1
                end = rt.terminated()
                if end.reason == "bug":
                    found = end
                    break
            elif len(sched) >= max_steps:
                complete = False
                leaves += 1
            else:
                world = snapshot_if_new(seen)
                if world is None:
                    leaves += 1
                else:
                    current = [world, world[5], 0, no_prefix]
                    push(current)
            nodes += 1
            if not nodes & CHECK_MASK:
                if progress is not None:
                    progress(len(seen), steps, leaves)
                if deadline is not None and perf_counter() > deadline:
                    per_state = _bytes_per_state(seen)
                    return DfsResult(
                        None, [], len(seen), False, steps, leaves, "timeout", per_state
                    )
        if not stack:
            break
        frame = stack[-1]
        ops, index = frame[1], frame[2]
        if index >= len(ops):
            stack.pop()
            expand = False
            continue
        if current is not frame:
            restore(frame[0])
        chooser.prefix = frame[3]
        if values:
            values.clear()
            domains.clear()
        outcome = play(ops[index])
        steps += 1
        if values and (prefix := next_prefix()) is not None:
            frame[3] = prefix
        else:
            frame[2] = index + 1
            frame[3] = no_prefix
        current = None
        if outcome is None:
            expand = True
            continue
        expand = False
        leaves += 1
        if outcome.reason == "bug":
            found = outcome
            break
        if outcome.reason == "bound":
            complete = False
    per_state = _bytes_per_state(seen)
    if found is not None:
        return DfsResult(
            found, list(rt.sched), len(seen), complete, steps, leaves, "bug", per_state
        )
    return DfsResult(None, [], len(seen), complete, steps, leaves, "exhausted", per_state)


def _bytes_per_state(seen: set[int]) -> float:
    if not seen:
        return 0.0
    sample = list(itertools.islice(seen, 1000))
    per_int = sum(sys.getsizeof(x) for x in sample) / len(sample)
    return sys.getsizeof(seen) / len(seen) + per_int
