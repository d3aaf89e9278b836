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

import time
from collections.abc import Callable
from dataclasses import dataclass

from pide.core.check.strategies import DfsChooser
from pide.core.runtime.runtime import Outcome, Runtime
from pide.core.runtime.snapshot import WorldState, restore, snapshot

CHECK_EVERY = 256
"""Nodes between two looks at the clock."""


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


class _Frame:
    __slots__ = ("ops", "prefix", "world", "index")

    def __init__(self, world: WorldState, ops: list[int]) -> None:
        self.world = world
        self.ops = ops
        self.index = 0
        self.prefix: list[int] = []


def explore(
    rt: Runtime,
    deadline: float | None,
    progress: Callable[[int, int, int], None] | None = None,
) -> DfsResult:
    """Explore every schedule of `rt`'s test (which must journal) up to `rt.max_steps`."""
    chooser = DfsChooser()
    rt.reset(chooser)
    seen: set[int] = set()
    stack: list[_Frame] = []
    complete = True
    steps = leaves = 0
    start = rt.play_start()
    if start is not None:
        return DfsResult(start, list(rt.sched), 0, True, 0, 1, "bug")

    def visit() -> Outcome | None:
        """Expand the current world into a frame, or finish it as a leaf."""
        nonlocal complete, leaves
        if not rt.enabled:
            leaves += 1
            outcome = rt.terminated()
            return outcome if outcome.reason == "bug" else None
        if len(rt.sched) >= rt.max_steps:
            complete = False
            leaves += 1
            return None
        world = snapshot(rt)
        fp = world.fingerprint()
        if fp in seen:
            leaves += 1
            return None
        seen.add(fp)
        stack.append(_Frame(world, list(rt.enabled)))
        return None

    found = visit()
    current: _Frame | None = stack[-1] if stack else None
    nodes = 0
    while found is None and stack:
        frame = stack[-1]
        if frame.index >= len(frame.ops):
            stack.pop()
            continue
        if current is not frame:
            restore(rt, frame.world)
        chooser.start_step(frame.prefix)
        outcome = rt.play(frame.ops[frame.index])
        steps += 1
        nxt = chooser.next_prefix()
        if nxt is None:
            frame.index += 1
            frame.prefix = []
        else:
            frame.prefix = nxt
        current = None
        if outcome is not None:
            leaves += 1
            if outcome.reason == "bug":
                found = outcome
            elif outcome.reason == "bound":
                complete = False
            continue
        depth = len(stack)
        found = visit()
        # Right after a push the world is the new frame's; otherwise it must be restored.
        current = stack[-1] if len(stack) > depth else None
        nodes += 1
        if nodes % CHECK_EVERY == 0:
            if progress is not None:
                progress(len(seen), steps, leaves)
            if deadline is not None and time.perf_counter() > deadline:
                return DfsResult(None, [], len(seen), False, steps, leaves, "timeout")
    if found is not None:
        return DfsResult(found, list(rt.sched), len(seen), complete, steps, leaves, "bug")
    return DfsResult(None, [], len(seen), complete, steps, leaves, "exhausted")
