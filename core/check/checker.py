"""`Checker.run`: explore schedules of one test case and report the first bug.

The loop is the reference's (9.4): up to `schedules` schedules, stopping at the first bug
or at the timeout. For the buggy schedule the recorded decisions are replayed once more
with a `Recorder` attached, which yields the `Trace` (events and per-step snapshots) at no
cost to the schedules that found nothing. Progress goes to an optional observer callback
(at most every `progress_every` seconds); nothing here prints. Ctrl-C stops the run
cleanly and returns what was explored so far.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from pide.core.check.dfs import explore
from pide.core.check.report import (
    CheckConfig,
    CheckProgress,
    CheckReport,
    CheckStats,
    Coverage,
    StopReason,
)
from pide.core.check.strategies import (
    PCTStrategy,
    PortfolioStrategy,
    RandomStrategy,
    ReplayStrategy,
    Strategy,
    parse_strategy_name,
)
from pide.core.fastdataclass import dataclass
from pide.core.runtime.compiled import CompiledProgram
from pide.core.runtime.foreign import missing_foreign_message
from pide.core.runtime.recording import Recorder
from pide.core.runtime.runtime import Outcome, Runtime, decode_step
from pide.core.semantics.ir import TestCaseIR
from pide.core.trace.model import Bug, Trace
from pide.core.trace.schedule import Schedule

Observer = Callable[[CheckProgress], None]


class SharedBound(Protocol):
    """The lowest schedule index at which any worker of a parallel run found a bug (a
    `multiprocessing.Value`); see `pide.core.check.parallel`."""

    value: int

    def get_lock(self) -> AbstractContextManager[Any]: ...


@dataclass(slots=True)
class _Tally:
    """Running statistics of the explored schedules."""

    schedules: int = 0
    total: int = 0
    low: int = 0
    high: int = 0
    bounded: int = 0
    runaway: int = 0
    runaway_message: str = ""

    def add(self, outcome: Outcome) -> None:
        steps = outcome.steps
        self.low = steps if self.schedules == 0 else min(self.low, steps)
        self.high = max(self.high, steps)
        self.schedules += 1
        self.total += steps
        if outcome.reason == "bound":
            self.bounded += 1
            if outcome.message:
                self.runaway += 1
                self.runaway_message = self.runaway_message or outcome.message

    def stats(self, elapsed: float, coverage: Coverage, **extra: object) -> CheckStats:
        avg = self.total / self.schedules if self.schedules else 0.0
        return CheckStats(
            schedules=self.schedules,
            total_steps=self.total,
            steps_min=self.low,
            steps_avg=avg,
            steps_max=self.high,
            bounded=self.bounded,
            runaway=self.runaway,
            runaway_message=self.runaway_message,
            elapsed=elapsed,
            coverage=coverage,
            **extra,  # type: ignore[arg-type]
        )


def coverage_of(compiled: CompiledProgram, marks: bytearray) -> Coverage:
    states: list[tuple[str, str]] = []
    handled: list[tuple[str, str, str]] = []
    total_states = 0
    for (machine, state, event), mark in zip(compiled.coverage, marks):
        if event is None:
            total_states += 1
            if mark:
                states.append((machine, state))
        elif mark:
            handled.append((machine, state, event))
    return Coverage(
        tuple(sorted(states)),
        tuple(sorted(handled)),
        total_states,
        len(compiled.coverage) - total_states,
    )


@dataclass(frozen=True, slots=True)
class _Header:
    """The parts every report of one run shares."""

    test_name: str
    strategy: str
    description: str
    seed: int | None
    stats: CheckStats

    def report(
        self,
        stopped: StopReason,
        *,
        bug: Bug | None = None,
        schedule: Schedule | None = None,
        trace: Trace | None = None,
        error: str | None = None,
    ) -> CheckReport:
        return CheckReport(
            self.test_name,
            self.strategy,
            self.description,
            self.seed,
            stopped,
            self.stats,
            bug,
            schedule,
            trace,
            error,
        )


def _final_report(observer: Observer, progress: CheckProgress) -> None:
    """The last progress report: the run is over, so an interrupt now changes nothing."""
    with contextlib.suppress(KeyboardInterrupt):
        observer(progress)


def liveness_threshold(config: CheckConfig, test: TestCaseIR) -> int:
    """The temperature threshold a run of `test` uses (see `CheckConfig.liveness_threshold`)."""
    if config.liveness_threshold is not None:
        return config.liveness_threshold
    return config.max_steps // 4 if test.kind == "default" else 0


def defer_temperature(config: CheckConfig, test: TestCaseIR) -> bool:
    """Whether a spec over the threshold waits for the step bound before it is a bug: for the
    threshold pide synthesises for `DefaultImpl`, which stands for "hot in a run that never
    ends" (reference 8.9's reading). A run that ends on its own there, however long a spec
    stayed hot in it, is judged by the end-of-run check: P attaches no spec to `DefaultImpl`
    at all, so a terminating run with its specs cold again must not be a bug. A threshold
    given explicitly keeps the reference's immediate check (8.11)."""
    return config.liveness_threshold is None and test.kind == "default"


def spec_safety(test: TestCaseIR) -> bool:
    """Whether the specs of `test` report safety bugs. Not in the synthesised `DefaultImpl`:
    reference 7.4 attaches no spec there, so P never reports a spec's assertion in a program
    without tests; pide attaches them for their liveness only (reference 8.9's reading, see
    docs/runtime.md)."""
    return test.kind != "default"


class Checker:
    """Runs one test case of a compiled program under a strategy.

    With a `shared_bound`, sampling stops before any schedule index past the lowest index
    at which a peer worker found a bug, and lowers it on a bug of its own: every worker
    still runs every schedule up to that index, so which bug a parallel run reports does
    not depend on timing.
    """

    def __init__(self, shared_bound: SharedBound | None = None) -> None:
        self.shared_bound = shared_bound

    def run(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        config: CheckConfig | None = None,
        observer: Observer | None = None,
    ) -> CheckReport:
        config = config or CheckConfig()
        seed = config.seed if config.seed is not None else random.randrange(1 << 31)
        try:
            name, parameter = parse_strategy_name(config.strategy)
        except ValueError as exc:
            return self._error(test, config.strategy, seed, str(exc))
        if compiled.missing_foreign:
            return self._error(test, name, seed, missing_foreign_message(compiled))
        if name == "dfs":
            return self._dfs(compiled, test, config, seed, observer)
        strategy: Strategy
        if name == "replay":
            if config.replay is None:
                return self._error(test, name, seed, "the replay strategy needs a schedule")
            strategy = ReplayStrategy(config.replay)
        elif name == "pct":
            strategy = PCTStrategy(seed, parameter)
        elif name == "portfolio":
            strategy = PortfolioStrategy(seed, config.adversarial)
        else:
            strategy = RandomStrategy(seed, config.adversarial)
        return self._sample(compiled, test, config, seed, strategy, observer)

    # -- sampling strategies ----------------------------------------------------------------

    def _runtime(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        config: CheckConfig,
        fair: bool,
        deadline: float | None = None,
    ) -> Runtime:
        max_steps = config.max_steps
        threshold = liveness_threshold(config, test) if fair else 0
        if config.replay is not None and config.strategy == "replay":
            max_steps = max(max_steps, len(config.replay.steps))
            if threshold == 0 and config.replay.fair:
                threshold = config.replay.liveness_threshold or 0
        return Runtime(
            compiled,
            test,
            max_steps=max_steps,
            liveness_threshold=threshold,
            fail_on_max_steps=config.fail_on_max_steps,
            max_loop_iterations=config.max_loop_iterations,
            step_time_limit=config.step_time_limit,
            deadline=deadline,
            spec_safety=spec_safety(test),
            defer_temperature=defer_temperature(config, test),
        )

    def _sample(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        config: CheckConfig,
        seed: int,
        strategy: Strategy,
        observer: Observer | None,
    ) -> CheckReport:
        start = time.perf_counter()
        deadline = start + config.timeout if config.timeout else None
        rt = self._runtime(compiled, test, config, True, deadline)
        threshold = rt.threshold
        tally = _Tally()
        replaying = isinstance(strategy, ReplayStrategy)
        count = 1 if replaying else config.schedules
        stopped = StopReason.REPLAYED if replaying else StopReason.SCHEDULES
        found: Outcome | None = None
        last_report = start
        bound = self.shared_bound
        try:
            for index in range(count):
                if bound is not None and index > bound.value:
                    stopped = StopReason.INTERRUPTED
                    break
                strategy.begin(index)
                rt.threshold = threshold if strategy.fair else 0
                rt.reset(strategy)
                outcome = rt.run()
                strategy.end(outcome.steps)
                tally.add(outcome)
                if outcome.reason == "bug" or outcome.reason == "diverged":
                    found = outcome
                    if bound is not None:
                        with bound.get_lock():
                            bound.value = min(bound.value, index)
                    break
                if deadline is not None or observer is not None:
                    now = time.perf_counter()
                    if deadline is not None and now > deadline:
                        stopped = StopReason.TIMEOUT
                        break
                    if observer is not None and now - last_report >= config.progress_every:
                        last_report = now
                        observer(CheckProgress(tally.schedules, tally.total, now - start, 0))
        except KeyboardInterrupt:
            stopped = StopReason.INTERRUPTED
        elapsed = time.perf_counter() - start
        stats = tally.stats(elapsed, coverage_of(compiled, rt.cov))
        if observer is not None:
            bugs = int(found is not None and found.bug is not None)
            _final_report(observer, CheckProgress(tally.schedules, tally.total, elapsed, bugs))
        header = _Header(
            test.name, strategy.name, strategy.description(), None if replaying else seed, stats
        )
        if found is None:
            if replaying and config.record_trace and stopped is StopReason.REPLAYED:
                # A replay shows its run even without a bug (`pide replay` prints it).
                schedule = self._schedule(rt, test, strategy.fair, rt.threshold)
                return header.report(
                    stopped, trace=self._trace(compiled, test, config, schedule, header)
                )
            return header.report(stopped)
        if found.reason == "diverged":
            return header.report(StopReason.DIVERGED, error=found.message)
        schedule = self._schedule(rt, test, strategy.fair, rt.threshold)
        trace = (
            self._trace(compiled, test, config, schedule, header) if config.record_trace else None
        )
        return header.report(StopReason.BUG, bug=found.bug, schedule=schedule, trace=trace)

    # -- exhaustive search -------------------------------------------------------------------

    def _dfs(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        config: CheckConfig,
        seed: int,
        observer: Observer | None,
    ) -> CheckReport:
        start = time.perf_counter()
        deadline = start + config.timeout if config.timeout else None
        rt = Runtime(
            compiled,
            test,
            max_steps=config.max_steps,
            fail_on_max_steps=config.fail_on_max_steps,
            max_loop_iterations=config.max_loop_iterations,
            step_time_limit=config.step_time_limit,
            deadline=deadline,
            journaling=True,
            spec_safety=spec_safety(test),
        )

        def progress(states: int, steps: int, leaves: int) -> None:
            if observer is not None:
                elapsed = time.perf_counter() - start
                observer(CheckProgress(leaves, steps, elapsed, 0, states))

        stopped = StopReason.EXHAUSTED
        try:
            result = explore(rt, deadline, progress)
        except KeyboardInterrupt:
            stats = CheckStats(elapsed=time.perf_counter() - start, complete=False)
            return CheckReport(test.name, "dfs", "dfs", None, StopReason.INTERRUPTED, stats)
        if result.stopped == "timeout":
            stopped = StopReason.TIMEOUT
        elapsed = time.perf_counter() - start
        stats = CheckStats(
            schedules=result.leaves,
            total_steps=result.steps,
            elapsed=elapsed,
            states=result.states,
            complete=result.complete and stopped == StopReason.EXHAUSTED,
            coverage=coverage_of(compiled, rt.cov),
        )
        if observer is not None:
            bugs = int(result.outcome is not None)
            progress_now = CheckProgress(result.leaves, result.steps, elapsed, bugs, result.states)
            _final_report(observer, progress_now)
        header = _Header(test.name, "dfs", "dfs", None, stats)
        if result.outcome is None:
            return header.report(stopped)
        schedule = Schedule(
            steps=tuple(decode_step(code) for code in result.sched), test_method=test.name
        )
        trace = (
            self._trace(compiled, test, config, schedule, header) if config.record_trace else None
        )
        return header.report(StopReason.BUG, bug=result.outcome.bug, schedule=schedule, trace=trace)

    # -- helpers ------------------------------------------------------------------------------

    def _schedule(self, rt: Runtime, test: TestCaseIR, fair: bool, threshold: int) -> Schedule:
        return Schedule(
            steps=rt.schedule_steps(),
            fair=fair,
            liveness_threshold=threshold if fair else None,
            test_method=test.name,
        )

    def _trace(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        config: CheckConfig,
        schedule: Schedule,
        header: _Header,
    ) -> Trace:
        """Replay `schedule` with recording on."""
        rt = self._runtime(compiled, test, config, schedule.fair)
        rt.max_steps = max(rt.max_steps, len(schedule.steps))
        if schedule.fair:
            rt.threshold = schedule.liveness_threshold or 0
        recorder = Recorder()
        strategy = ReplayStrategy(schedule)
        rt.reset(strategy, recorder)
        outcome = rt.run()
        return Trace(
            test_name=test.name,
            project_name=config.project_name,
            strategy=header.strategy,
            strategy_description=header.description,
            seed=header.seed,
            events=tuple(recorder.events),
            snapshots=tuple(recorder.snapshots),
            schedule=schedule,
            bug=outcome.bug,
        )

    def _error(self, test: TestCaseIR, strategy: str, seed: int, message: str) -> CheckReport:
        return CheckReport(
            test.name, strategy, strategy, seed, StopReason.ERROR, CheckStats(), error=message
        )
