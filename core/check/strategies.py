"""Scheduling strategies: who runs at each scheduling point, and every `$`/`choose` value.

A strategy is asked at every decision (`next_op`, with the enabled operation ids sorted)
and every choice (`next_bool`, `next_int`); the runtime records the answers, so a schedule
never depends on a random generator's algorithm once recorded. All randomness lives in a
strategy's own `random.Random`, seeded once per run; successive schedules continue the same
stream (like P's checker), so "same seed" means "same schedules".

`random` and `$`: reference 8.9 notes that some liveness bugs are only found when `$` is
resolved *unfairly*. pide's random strategy therefore resolves `$` (and `choose()`) with a
constant value in a fraction of the schedules (`adversarial`, default one in four; the
constant is True or False with equal probability), and by a fair coin otherwise. `$$` is
always a fair coin. Set `adversarial=0` for plain uniform choices.

`pct:d` follows reference 9.5: operations get random priorities when first seen, the
highest-priority enabled one always runs, and at `d` decision numbers drawn within the
longest schedule seen so far, the running highest one is demoted to the lowest priority.

`portfolio` (the default) interleaves the two sampling strategies: two schedules out of three
are random, every third is PCT with a number of change points cycling through
`PORTFOLIO_DEPTHS`. Uniform random scheduling is what P's own checker uses and is best at
bugs that need many context switches; PCT finds in a few schedules the ordering bugs
random almost never hits (one machine running far ahead of another, a failure injected
late in a long run). Each schedule is fair or not according to the strategy that runs it,
so the temperature check (reference 8.11) is on for the random ones only.

`replay` follows a `Schedule` and fails with P's own messages when the program diverges
(trace formats 4.3). `dfs` is an exhaustive search driven by the checker (see `dfs.py`);
its `DfsChooser` only answers the choices inside one step.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Protocol

from pide.core.runtime.signals import ReplayDivergence
from pide.core.trace.schedule import BoolChoice, IntChoice, Schedule, SchedulingStep

NOT_REPRODUCIBLE = "Trace is not reproducible: "


class Strategy(Protocol):
    """What the checker needs from a strategy (`fair` may change from one schedule to the
    next: it is read after `begin`)."""

    @property
    def name(self) -> str: ...
    @property
    def fair(self) -> bool: ...

    def description(self) -> str: ...
    def begin(self, index: int) -> None: ...
    def next_op(self, enabled: list[int]) -> int: ...
    def next_bool(self, fair: bool) -> bool: ...
    def next_int(self, count: int) -> int: ...
    def end(self, steps: int) -> None: ...


class RandomStrategy:
    """Uniform choice among enabled operations; fair coins (see module docstring for `$`)."""

    name = "random"
    fair = True

    def __init__(self, seed: int, adversarial: float = 0.25) -> None:
        self.seed = seed
        self.adversarial = adversarial
        self.rng = random.Random(seed)
        self._random = self.rng.random
        self.bias: bool | None = None

    def description(self) -> str:
        return f"random[seed '{self.seed}']"

    def begin(self, index: int) -> None:
        self.bias = None
        if self.adversarial > 0 and self._random() < self.adversarial:
            self.bias = self._random() < 0.5

    def next_op(self, enabled: list[int]) -> int:
        n = len(enabled)
        if n == 1:
            return enabled[0]
        return enabled[int(self._random() * n)]

    def next_bool(self, fair: bool) -> bool:
        if not fair and self.bias is not None:
            return self.bias
        return self._random() < 0.5

    def next_int(self, count: int) -> int:
        return int(self._random() * count)

    def end(self, steps: int) -> None:
        pass


class PCTStrategy:
    """Probabilistic concurrency testing with `depth` priority change points."""

    name = "pct"
    fair = False

    def __init__(self, seed: int, depth: int) -> None:
        self.seed = seed
        self.depth = depth
        self.rng = random.Random(seed)
        self.longest = 0
        self.priorities: list[int] = []
        self.seen = -1
        self.change_points: set[int] = set()
        self.decisions = 0

    def description(self) -> str:
        points = ", ".join(str(p) for p in sorted(self.change_points))
        return f"pct[priority change points '{self.depth}' [{points}], seed '{self.seed}']"

    def begin(self, index: int) -> None:
        self.priorities = []
        self.seen = -1
        self.decisions = 0
        span = max(self.longest, 10)
        count = min(self.depth, span)
        self.change_points = set(self.rng.sample(range(1, span + 1), count))

    def next_op(self, enabled: list[int]) -> int:
        # Operation ids grow with creation, and a created machine stays enabled until it
        # first runs, so the operations never seen before are the ids above `seen`.
        priorities = self.priorities
        if enabled[-1] > self.seen:
            seen = self.seen
            randint = self.rng.randint
            for op in enabled:
                if op > seen:
                    priorities.insert(randint(0, len(priorities)), op)
            self.seen = enabled[-1]
        self.decisions += 1
        if self.decisions in self.change_points:
            for i, op in enumerate(priorities):
                if op in enabled:
                    priorities.append(priorities.pop(i))
                    break
        if len(enabled) == 1:
            return enabled[0]
        for op in priorities:
            if op in enabled:
                return op
        raise AssertionError("no enabled operation has a priority")

    def next_bool(self, fair: bool) -> bool:
        return self.rng.random() < 0.5

    def next_int(self, count: int) -> int:
        return self.rng.randrange(count)

    def end(self, steps: int) -> None:
        self.longest = max(self.longest, self.decisions)


PORTFOLIO_DEPTHS = (1, 2, 3, 5)
"""Change points of the portfolio's successive PCT schedules."""

PORTFOLIO_PCT_EVERY = 3
"""One schedule in this many is a PCT schedule in the portfolio (the last of each group)."""


class PortfolioStrategy:
    """Random and PCT schedules interleaved (see the module docstring).

    `begin` picks the strategy of the schedule and rebinds `next_op`, `next_bool` and
    `next_int` to its bound methods, so the runtime calls them without an extra layer. The
    two strategies draw from separate streams derived from the seed. `fair` is the current
    schedule's, and `description()` names the strategy of the last schedule run (for a
    report with a bug, the one that found it)."""

    name = "portfolio"

    def __init__(self, seed: int, adversarial: float = 0.25) -> None:
        self.seed = seed
        self.random = RandomStrategy(seed, adversarial)
        self.pct = PCTStrategy(seed, PORTFOLIO_DEPTHS[0])
        self.pct.rng = random.Random(f"pct:{seed}")
        self.pct_schedules = 0
        self.current: RandomStrategy | PCTStrategy = self.random
        self.next_op: Callable[[list[int]], int] = self.random.next_op
        self.next_bool: Callable[[bool], bool] = self.random.next_bool
        self.next_int: Callable[[int], int] = self.random.next_int

    @property
    def fair(self) -> bool:
        return self.current.fair

    def description(self) -> str:
        return f"portfolio[seed '{self.seed}'], last schedule {self.current.description()}"

    def _bind(self) -> None:
        current = self.current
        self.next_op = current.next_op
        self.next_bool = current.next_bool
        self.next_int = current.next_int

    def begin(self, index: int) -> None:
        if index % PORTFOLIO_PCT_EVERY == PORTFOLIO_PCT_EVERY - 1:
            self.pct.depth = PORTFOLIO_DEPTHS[self.pct_schedules % len(PORTFOLIO_DEPTHS)]
            self.pct_schedules += 1
            self.current = self.pct
        else:
            self.current = self.random
        self._bind()
        self.current.begin(index)

    def end(self, steps: int) -> None:
        self.current.end(steps)


class ReplayStrategy:
    """Follows a recorded schedule step by step."""

    name = "replay"

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.fair = schedule.fair
        self.steps = schedule.steps
        self.index = 0

    def description(self) -> str:
        return "replay"

    def begin(self, index: int) -> None:
        self.index = 0

    def _next(self) -> object:
        if self.index >= len(self.steps):
            raise ReplayDivergence(NOT_REPRODUCIBLE + "execution is longer than trace.")
        step = self.steps[self.index]
        self.index += 1
        return step

    def next_op(self, enabled: list[int]) -> int:
        step = self._next()
        if not isinstance(step, SchedulingStep):
            raise ReplayDivergence(NOT_REPRODUCIBLE + "next step is not a scheduling choice.")
        if step.op_id not in enabled:
            raise ReplayDivergence(NOT_REPRODUCIBLE + f"cannot detect id '{step.op_id}'.")
        return step.op_id

    def next_bool(self, fair: bool) -> bool:
        step = self._next()
        if isinstance(step, SchedulingStep):
            raise ReplayDivergence(NOT_REPRODUCIBLE + "next step is not a nondeterministic choice.")
        if not isinstance(step, BoolChoice):
            raise ReplayDivergence(
                NOT_REPRODUCIBLE + "next step is not a nondeterministic boolean choice."
            )
        return step.value

    def next_int(self, count: int) -> int:
        step = self._next()
        if isinstance(step, SchedulingStep):
            raise ReplayDivergence(NOT_REPRODUCIBLE + "next step is not a nondeterministic choice.")
        if not isinstance(step, IntChoice):
            raise ReplayDivergence(
                NOT_REPRODUCIBLE + "next step is not a nondeterministic integer choice."
            )
        if not 0 <= step.value < count:
            raise ReplayDivergence(
                NOT_REPRODUCIBLE + f"integer choice {step.value} is not below {count}."
            )
        return step.value

    def end(self, steps: int) -> None:
        pass


class DfsChooser:
    """Answers the choices of one step of an exhaustive search: values from `prefix`, then
    0; records each choice's value and domain size so the search can enumerate siblings."""

    name = "dfs"
    fair = False

    def __init__(self) -> None:
        self.prefix: list[int] = []
        self.values: list[int] = []
        self.domains: list[int] = []

    def description(self) -> str:
        return "dfs"

    def begin(self, index: int) -> None:
        pass

    def start_step(self, prefix: list[int]) -> None:
        self.prefix = prefix
        self.values.clear()
        self.domains.clear()

    def _next(self, domain: int) -> int:
        pos = len(self.values)
        value = self.prefix[pos] if pos < len(self.prefix) else 0
        self.values.append(value)
        self.domains.append(domain)
        return value

    def next_op(self, enabled: list[int]) -> int:
        raise AssertionError("the exhaustive search chooses operations itself")

    def next_bool(self, fair: bool) -> bool:
        return self._next(2) == 1

    def next_int(self, count: int) -> int:
        return self._next(count)

    def next_prefix(self) -> list[int] | None:
        """The choices of the next sibling step (odometer order), None when exhausted."""
        values, domains = self.values, self.domains
        for j in range(len(values) - 1, -1, -1):
            if values[j] + 1 < domains[j]:
                return [*values[:j], values[j] + 1]
        return None

    def end(self, steps: int) -> None:
        pass


def parse_strategy_name(text: str) -> tuple[str, int]:
    """`portfolio`, `random`, `pct:3`, `dfs`, `replay` -> (name, parameter)."""
    name, _, arg = text.partition(":")
    name = name.strip().lower()
    if name not in ("portfolio", "random", "pct", "dfs", "replay"):
        raise ValueError(f"unknown strategy '{text}' (portfolio, random, pct:<depth>, dfs, replay)")
    if name == "pct":
        depth = int(arg) if arg else 3
        if depth < 0:
            raise ValueError("pct needs a non-negative number of change points")
        return name, depth
    if arg:
        raise ValueError(f"strategy '{name}' takes no parameter")
    return name, 0
