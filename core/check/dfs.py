"""Exhaustive depth-first search over every scheduling decision and choice, with state caching
and sleep sets.

Each node of the search is the world at a scheduling point. Its children are the enabled
operations (in id order) and, within the step an operation takes, every combination of the
choices it makes: the step is re-run from the node's snapshot with the choice values of the
next sibling (odometer order over the domains seen, see `DfsChooser`). A node whose world
fingerprint was seen before is not expanded again; the visited table holds only the 64-bit
fingerprints (Python ints) and a small int per state (below).

Sleep sets (Godefroid, "Partial-order methods for the verification of concurrent systems",
chapter 5, with the state-caching rule of section 5.3). Two steps of different machines
*commute* when neither touches what the other touches: then running A then B and B then A
reach the same world, and neither changes the other's step (a machine's step depends only on
its own state and inbox). So after the subtree of A below a node was explored, a sibling B
that commutes with A does not need to run A next: that world was reached through A first.
The set of such "sleeping" operations is passed down while they keep commuting with the
steps taken. Sleep sets leave out transitions, never states: every world reachable from the
start is still visited (and so every bug at a state or inside a step), only the steps that
would lead back to a world already reached are skipped. A world met again with a sleep set
that does not contain the one it was explored with has the operations that slept then but
not now run from it (and its stored set becomes the intersection), which keeps that
guarantee under state caching. `tests/check/test_dfs.py` checks the state counts with and
without sleep sets on models built to stress it.

What a step touches (its *footprint*, one int) is read after the step from the machines'
`dirty` bits (`machine.CHANGED/INBOX_READ/WOKEN`): for every machine two bits, "state" and
"inbox", and one bit per monitor. The running machine sets its state bit; an append to a
machine's inbox sets its inbox bit (and its state bit when the append woke it or handed it
the event its `receive` waited for); a running machine whose step depended on its inbox
holding nothing takeable (it went idle, blocked in `receive`, halted or took an `on null`
handler) also sets its own inbox bit, so it conflicts with anyone sending to it. Two steps
commute when their footprints share no bit. A step that creates a machine (ids depend on
creation order) or ends the schedule touches everything (`ALL`). A step with choices is a
family of transitions, one per choice combination; the operation sleeps with the union of
their footprints.

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

CHECK_EVERY = 256
"""Steps between two looks at the clock (and progress reports)."""

ALL = -1
"""The footprint of a step that commutes with nothing."""


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
    """Memory of the visited table per state (the table plus the fingerprint ints)."""


def explore(
    rt: Runtime,
    deadline: float | None,
    progress: Callable[[int, int, int], None] | None = None,
    sleep_sets: bool = True,
) -> DfsResult:
    """Explore every schedule of `rt`'s test (which must journal) up to `rt.max_steps`.

    `sleep_sets=False` runs every enabled operation at every new world (the same states,
    more steps); it is there to check the reduction against. The loop runs once per step
    and is written for few bytecodes (`rt.play` inlined, frames as lists)."""
    chooser = DfsChooser()
    rt.reset(chooser)
    started = rt.play_start()
    if started is not None:
        return DfsResult(started, list(rt.sched), 0, True, 0, 1, "bug")
    # fingerprint -> bits of the operations asleep when the world was explored (see above)
    visited: dict[int, int] = {}
    # A frame: [world, ops to run, index of the op to run next, choice prefix for it,
    # sleep {op: footprint} (the sleep set it was reached with, then each op run from it
    # as its run completes), union of the footprints of the current op's variants so far].
    stack: list[list[Any]] = []
    complete = True
    steps = leaves = 0
    found: Outcome | None = None
    sched, enabled, max_steps = rt.sched, rt.enabled, rt.max_steps
    # The temperature check counts steps in every hot monitor: no two steps commute.
    sleep_sets = sleep_sets and rt.threshold == 0
    machines, hot, next_prefix = rt.machines, rt.hot, chooser.next_prefix
    values, domains = chooser.values, chooser.domains
    push, pop, perf_counter = stack.append, stack.pop, time.perf_counter
    get = visited.get
    keeper = WorldKeeper(rt)
    fingerprint, world_of, restore = keeper.fingerprint, keeper.world, keeper.restore
    no_prefix: list[int] = []
    fp = hash(keeper.frozen)
    visited[fp] = 0
    root = [world_of(fp), list(enabled), 0, no_prefix, {}, 0]
    push(root)
    current: list[Any] | None = root  # the frame whose world `rt` holds, if any
    next_check = CHECK_EVERY
    while stack:
        frame = stack[-1]
        ops = frame[1]
        index = frame[2]
        if index >= len(ops):
            pop()
            continue
        if current is not frame:
            restore(frame[0])
        chooser.prefix = frame[3]
        if values:
            values.clear()
            domains.clear()
        op = ops[index]
        steps += 1
        current = None
        # `rt.play(op)`, inlined; the step number is the epoch.
        try:
            if hot:
                rt._heat()
            sched.append(op)
            rt.guard_steps = -1
            m = machines[op]
            rt.current = m
            m.dirty = 1
            m.epoch = steps
            gen = m.gen
            if gen is None:
                gen = m.gen = m.make_gen()
            next(gen)
            outcome = None
        except BaseException as exc:
            machines[op].gen = None  # finished by the exception
            outcome = rt.outcome_of(exc)
        if outcome is None:
            fp = fingerprint(op)
            footprint = keeper.footprint if sleep_sets else ALL
        else:
            footprint = ALL
        # The child's sleep set: the ops asleep here or run before that commute with the step.
        sleeping = frame[4]
        sleep = None
        asleep = 0
        if sleeping and footprint != ALL:
            sleep = {}
            for o, f in sleeping.items():
                if not f & footprint:
                    sleep[o] = f
                    asleep |= 1 << o
        # Next: the op's next choice variant, else the next op (this one then sleeps).
        if values:
            family = frame[5] | footprint
            prefix = next_prefix()
            if prefix is not None:
                frame[3] = prefix
                frame[5] = family
            else:
                frame[2] = index + 1
                frame[3] = no_prefix
                frame[5] = 0
                if family != ALL:
                    sleeping[op] = family
        else:
            frame[2] = index + 1
            if footprint != ALL:
                sleeping[op] = footprint
        # The world the step reached: a leaf, a known state, or a new frame.
        if outcome is not None:
            leaves += 1
            if outcome.reason == "bug":
                found = outcome
                break
            if outcome.reason == "bound":
                complete = False
            continue
        if not enabled:
            leaves += 1
            end = rt.terminated()
            if end.reason == "bug":
                found = end
                break
            continue
        if len(sched) >= max_steps:
            complete = False
            leaves += 1
            continue
        stored = get(fp)
        if stored is None:
            visited[fp] = asleep
            world = world_of(fp)
            if asleep:
                ops = list(world[5])
                for o in sleep:
                    ops.remove(o)  # an op asleep is enabled (nothing it commutes with disables it)
            else:
                ops = world[5]
            current = [world, ops, 0, no_prefix, sleep or {}, 0]
            push(current)
        elif stored & ~asleep:
            # Known, but explored with operations asleep that are awake now.
            visited[fp] = stored & asleep
            world = world_of(fp)
            ops = [o for o in world[5] if stored >> o & 1 and not asleep >> o & 1]
            sleep = {o: f for o, f in (sleep or {}).items() if stored >> o & 1}
            current = [world, ops, 0, no_prefix, sleep, 0]
            push(current)
        else:
            leaves += 1
        if steps >= next_check:
            next_check = steps + CHECK_EVERY
            if progress is not None:
                progress(len(visited), steps, leaves)
            if deadline is not None and perf_counter() > deadline:
                per_state = _bytes_per_state(visited)
                return DfsResult(None, [], len(visited), False, steps, leaves, "timeout", per_state)
    per_state = _bytes_per_state(visited)
    if found is not None:
        return DfsResult(
            found, list(rt.sched), len(visited), complete, steps, leaves, "bug", per_state
        )
    return DfsResult(None, [], len(visited), complete, steps, leaves, "exhausted", per_state)


def _bytes_per_state(visited: dict[int, int]) -> float:
    if not visited:
        return 0.0
    sample = list(itertools.islice(visited.items(), 1000))
    # Ints up to 256 are shared objects: most sleep bits cost only their table slot.
    entries = sum(sys.getsizeof(k) + (sys.getsizeof(v) if v > 256 else 0) for k, v in sample)
    return sys.getsizeof(visited) / len(visited) + entries / len(sample)
