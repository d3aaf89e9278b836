"""The runtime of one test case: the world (machines, monitors) and the scheduler loop.

One `Runtime` runs many schedules (`reset` + `run` each): the compiled program, the test's
bindings and the monitor wiring are prepared once. The loop is deliberately small: ask the
strategy for an enabled operation, record the decision, resume that machine's generator
until its next scheduling point. Everything else happens inside the machines.

Steps are recorded compactly in `sched` (one int per step: an operation id `n >= 0`, `-1`/
`-2` for a False/True choice, `-(k + 3)` for the int choice `k`), never as objects, so the
hot path allocates nothing for bookkeeping; `schedule()` decodes it when a bug needs it.

The enabled set is a sorted list of operation ids maintained incrementally by the machines
(creation appends, going idle/blocked/halted removes, a wake-up inserts), so strategies see
the ids in order and Python's hash order never decides anything.
"""

from __future__ import annotations

import bisect
import sys
import time
from typing import Any, Protocol

from pide.core.fastdataclass import dataclass
from pide.core.runtime.codegen import LOOP_CHECK_EVERY
from pide.core.runtime.compiled import CompiledProgram
from pide.core.runtime.machine import BLOCKED, Driver, MachineInstance
from pide.core.runtime.monitor import MonitorInstance, start_monitor
from pide.core.runtime.ops import PRuntimeError, default_value
from pide.core.runtime.signals import (
    BoundReached,
    BugSignal,
    PruneSchedule,
    ReplayDivergence,
    RunawayStopped,
)
from pide.core.runtime.values import MachineRef
from pide.core.semantics.ir import TestCaseIR
from pide.core.source import Span
from pide.core.trace.events import BugKind
from pide.core.trace.model import Bug
from pide.core.trace.schedule import BoolChoice, IntChoice, ScheduleStep, SchedulingStep

DEFAULT_MAX_LOOP_ITERATIONS = 1_000_000
"""Loop iterations a machine may run without reaching a scheduling point before the
schedule is stopped (a tenth as many raises/gotos before a raise/goto cycle is a bug)."""

RECURSION_LIMIT = 12_000
"""Python frames a schedule may nest. Python's default (1,000) would turn a P recursion a few
hundred calls deep (a recursive sum over a seq) into a stack overflow that P's checker,
running on .NET's stack, does not have; deeper than this is reported as unbounded recursion.
Python 3.11 runs nested Python calls without growing the C stack, and even nested generators
(`yield from` recursion) stay well within an 8 MB thread stack at this depth."""

DEFAULT_STEP_TIME_LIMIT = 2.0
"""Seconds a machine may run without reaching a scheduling point before the schedule is
stopped: the loop bound alone does not stop a loop whose iterations keep getting slower
(a seq grown by one element per iteration costs a copy of the whole seq each time)."""


class Chooser(Protocol):
    """What the runtime asks at each scheduling point and choice (see `pide.core.check`)."""

    def next_op(self, enabled: list[int]) -> int: ...
    def next_bool(self, fair: bool) -> bool: ...
    def next_int(self, count: int) -> int: ...


@dataclass(slots=True)
class Outcome:
    """How a schedule ended: `terminated` (nothing enabled), `bound` (the step bound, or a
    runaway machine stopped by the loop or time bound: `message` then names that bound),
    `bug`, `diverged` (a replay did not fit; `message` says why) or `pruned` (abandoned by
    an exhaustive strategy)."""

    reason: str
    steps: int
    bug: Bug | None = None
    message: str = ""


def decode_step(code: int) -> ScheduleStep:
    if code >= 0:
        return SchedulingStep(code)
    if code >= -2:
        return BoolChoice(code == -2)
    return IntChoice(-code - 3)


def encode_step(step: ScheduleStep) -> int:
    match step:
        case SchedulingStep(op_id):
            return op_id
        case BoolChoice(value):
            return -2 if value else -1
        case IntChoice(value):
            return -value - 3


class Runtime:
    """Runs schedules of one test case of a compiled program."""

    def __init__(
        self,
        compiled: CompiledProgram,
        test: TestCaseIR,
        *,
        max_steps: int = 1000,
        liveness_threshold: int = 0,
        fail_on_max_steps: bool = False,
        max_loop_iterations: int = DEFAULT_MAX_LOOP_ITERATIONS,
        step_time_limit: float = DEFAULT_STEP_TIME_LIMIT,
        deadline: float | None = None,
        journaling: bool = False,
        spec_safety: bool = True,
        defer_temperature: bool = False,
    ) -> None:
        self.compiled = compiled
        self.spec_safety = spec_safety
        """False: spec monitors are liveness-only (see `monitor.py`)."""
        self.defer_temperature = defer_temperature
        """True: a spec over the temperature threshold is a bug only if the schedule then
        reaches the step bound without the spec entering a cold state (`_bound`); a schedule
        that ends on its own is judged by the end-of-run check alone. The checker sets it
        for the threshold it synthesises for `DefaultImpl` (see `check.checker`)."""
        self.overheated: dict[str, str] = {}
        """With `defer_temperature`: spec name -> the hot state it crossed the threshold in."""
        self.test = test
        self.max_steps = max_steps
        self.threshold = liveness_threshold
        self.fail_on_max_steps = fail_on_max_steps
        self.loop_limit = max_loop_iterations
        self.step_time_limit = step_time_limit
        self.deadline = deadline
        """`time.perf_counter()` value at which a runaway step is stopped (the run's timeout)."""
        self.guard_steps = -1
        self.guard_count = 0
        self.guard_since = 0.0
        self.journaling = journaling
        program = compiled.program
        self.params = [
            test.param_values[name]
            if name in test.param_values
            else default_value(program.global_params[name])
            for name in compiled.params
        ]
        self.cov = bytearray(len(compiled.coverage))
        if sys.getrecursionlimit() < RECURSION_LIMIT:
            sys.setrecursionlimit(RECURSION_LIMIT)
        self.epochs = 0
        self.attachments = [(compiled.types[a.monitor], a.watched) for a in test.monitors]
        self.monitors = [
            MonitorInstance(self, i, mtype, watched)
            for i, (mtype, watched) in enumerate(self.attachments)
        ]
        self._observers: dict[str, dict[str, tuple[MonitorInstance, ...]]] = {}
        self.rec: Any = None
        self.strategy: Chooser | None = None
        self.reset(None)

    # -- set-up ----------------------------------------------------------------------------

    def reset(self, strategy: Chooser | None, recorder: Any = None) -> None:
        """A fresh world for the next schedule (initial configuration of reference 8.10)."""
        self.strategy = strategy
        self.rec = recorder
        self.driver = Driver(self)
        self.machines: list[Any] = [self.driver]
        self.enabled: list[int] = [0]
        self.sched: list[int] = []
        self.next_id = 1
        self.blocked = 0
        self.hot: list[MonitorInstance] = []
        self.overheated = {}
        # Monitors (and so the observer tables pointing at them) live as long as the runtime.
        for mon in self.monitors:
            mon.reset()
        self.current: Any = self.driver
        self.started = False
        self.guard_steps = -1
        self.compiled.namespace["_LC"] = 0
        if recorder is not None:
            recorder.attach(self)

    def observers_for(self, interface: str) -> dict[str, tuple[MonitorInstance, ...]]:
        """event -> monitors (in attachment order) observing it when sent by `interface`."""
        cached = self._observers.get(interface)
        if cached is None:
            lists: dict[str, list[MonitorInstance]] = {}
            for mon in self.monitors:
                if interface in mon.watched:
                    for event in sorted(mon.type.ir.observes):
                        lists.setdefault(event, []).append(mon)
            cached = self._observers[interface] = {e: tuple(ms) for e, ms in lists.items()}
        return cached

    def create_main(self) -> None:
        self.create(self.test.main, None, None)

    def create(self, interface: str, payload: Any, creator: MachineInstance | None) -> MachineRef:
        """Allocate a machine of the type bound to `interface` (its entry runs later)."""
        test = self.test
        linked = test.links.get(interface, interface)
        machine = test.bindings.get(linked, linked)
        mtype = self.compiled.types.get(machine)
        if mtype is None or mtype.is_monitor:
            raise PRuntimeError(f"interface {interface} is not bound to a machine in this test")
        mid = self.next_id
        self.next_id = mid + 1
        m = MachineInstance(self, mid, linked, mtype, payload)
        self.machines.append(m)
        self.enabled.append(mid)
        if self.rec is not None:
            self.rec.machine_created(m, creator, payload)
        iface = self.compiled.program.interfaces.get(interface)
        permissions = iface.receives if iface is not None else mtype.receives
        return MachineRef(mid, linked, permissions)

    def enable(self, op: int) -> None:
        bisect.insort(self.enabled, op)

    # -- running ---------------------------------------------------------------------------

    def run(self) -> Outcome:
        """Run the schedule to its end, asking the strategy at every decision."""
        assert self.strategy is not None
        try:
            if not self.started:
                self.start()
            machines, enabled, sched = self.machines, self.enabled, self.sched
            next_op = self.strategy.next_op
            limit = self.max_steps
            rec = self.rec
            while enabled:
                if len(sched) >= limit:
                    return self._bound()
                if self.hot:
                    self._heat()
                if rec is not None and sched:
                    rec.snapshot(len(sched) - 1)
                op = next_op(enabled)
                sched.append(op)
                m = machines[op]
                self.current = m
                m.dirty = True
                gen = m.gen
                if gen is None:
                    gen = m.gen = m.make_gen()
                next(gen)
            return self.terminated()
        except BaseException as exc:
            return self.outcome_of(exc)

    def start(self) -> None:
        """Create and start the monitors (before the first decision)."""
        self.started = True
        for mon in self.monitors:
            start_monitor(mon)

    def play_start(self) -> Outcome | None:
        """`start` for callers driving decisions themselves (an outcome if it failed)."""
        try:
            self.start()
            return None
        except BaseException as exc:
            return self.outcome_of(exc)

    def play(self, op: int) -> Outcome | None:
        """One decision chosen from outside; an outcome if it ended. (`check.dfs.explore`
        inlines this in its loop: a change here belongs there too.)"""
        try:
            if self.hot:
                self._heat()
            self.sched.append(op)
            self.guard_steps = -1  # a restored world may reach this depth again
            m = self.machines[op]
            self.current = m
            m.dirty = True
            self.epochs += 1
            m.epoch = self.epochs
            gen = m.gen
            if gen is None:
                gen = m.gen = m.make_gen()
            next(gen)
            return None
        except BaseException as exc:
            return self.outcome_of(exc)

    def outcome_of(self, exc: BaseException) -> Outcome:
        """Turn what ended a run into an outcome (re-raising what is not the model's)."""
        if isinstance(exc, BugSignal):
            return self.found(exc.bug)
        if isinstance(exc, BoundReached):
            return self._bound()
        if isinstance(exc, RunawayStopped):
            return self._bound(exc.message)
        if isinstance(exc, ReplayDivergence):
            return Outcome("diverged", len(self.sched), message=exc.message)
        if isinstance(exc, PruneSchedule):
            return Outcome("pruned", len(self.sched))
        if isinstance(exc, Exception):
            return self.found(self.error_bug(exc, self.current))
        raise exc

    def terminated(self) -> Outcome:
        """No operation is enabled: deadlock, liveness at the end, or a clean end."""
        if self.blocked:
            return self.found(self._deadlock())
        for mon in self.monitors:
            if mon.is_spec and mon.state.hot:
                message = (
                    f"PImplementation.{mon.name} detected liveness bug in hot state "
                    f"'{mon.state.name}' at the end of program execution."
                )
                return self.found(Bug(BugKind.LIVENESS, message, mon.name, mon.state.name))
        if self.rec is not None:
            self.rec.finish(len(self.sched) - 1)
        return Outcome("terminated", len(self.sched))

    def _deadlock(self) -> Bug:
        names = [m.name for m in self.machines[1:] if m.status == BLOCKED]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        verb = "is" if len(names) == 1 else "are"
        message = (
            f"Deadlock detected. {who} {verb} waiting to receive an event, but no other "
            "controlled tasks are enabled."
        )
        return Bug(BugKind.DEADLOCK, message)

    def _bound(self, runaway: str = "") -> Outcome:
        """The schedule ends at a bound. Only the step bound with `fail_on_max_steps` is a
        bug (reference 8.10); a runaway machine stopped by the loop or time bound is not:
        P's checker would never get back from that step, so it cannot report anything."""
        if self.overheated and not runaway:
            for mon in self.monitors:
                state = self.overheated.get(mon.name)
                if state is not None and mon.hot_steps > self.threshold:
                    return self.found(self._temperature_bug(mon.name, state))
        if self.fail_on_max_steps and not runaway:
            message = f"Scheduling steps bound of {self.max_steps} reached."
            return self.found(Bug(BugKind.MAX_STEPS, message))
        if self.rec is not None:
            self.rec.finish(len(self.sched) - 1)
        return Outcome("bound", len(self.sched), message=runaway)

    def found(self, bug: Bug) -> Outcome:
        if self.rec is not None:
            self.rec.bug(bug)
            self.rec.finish(len(self.sched) - 1)
        return Outcome("bug", len(self.sched), bug)

    # -- steps, choices, liveness ------------------------------------------------------------

    def _heat(self) -> None:
        for mon in self.hot:
            mon.hot_steps += 1
            if mon.hot_steps > self.threshold:
                if self.defer_temperature:
                    self.overheated.setdefault(mon.name, mon.state.name)
                    continue
                raise BugSignal(self._temperature_bug(mon.name, mon.state.name))

    @staticmethod
    def _temperature_bug(monitor: str, state: str) -> Bug:
        message = (
            f"PImplementation.{monitor} detected potential liveness bug in hot state '{state}'."
        )
        return Bug(BugKind.LIVENESS_TEMPERATURE, message, monitor, state)

    def _before_choice(self) -> None:
        sched = self.sched
        if len(sched) >= self.max_steps:
            raise BoundReached()
        if self.hot:
            self._heat()
        if self.rec is not None and sched:
            self.rec.snapshot(len(sched) - 1)

    # `next_bool` and `next_int` inline `_before_choice`: they run for every `$` and `choose`.

    def next_bool(self, m: Any, fair: bool) -> bool:
        sched = self.sched
        if len(sched) >= self.max_steps:
            raise BoundReached()
        if self.hot:
            self._heat()
        rec = self.rec
        if rec is not None and sched:
            rec.snapshot(len(sched) - 1)
        assert self.strategy is not None
        value = self.strategy.next_bool(fair)
        sched.append(-2 if value else -1)
        if rec is not None:
            rec.choice(m, value)
        return value

    def next_int(self, m: Any, count: int) -> int:
        sched = self.sched
        if len(sched) >= self.max_steps:
            raise BoundReached()
        if self.hot:
            self._heat()
        rec = self.rec
        if rec is not None and sched:
            rec.snapshot(len(sched) - 1)
        assert self.strategy is not None
        value = self.strategy.next_int(count if count > 1 else 1)
        sched.append(-value - 3)
        if rec is not None:
            rec.choice(m, value)
        return value

    def loop_guard(self, m: Any) -> None:
        """Called every `LOOP_CHECK_EVERY` loop iterations (of all loops together): stops
        the schedule when a machine runs `max_loop_iterations` iterations, or runs for
        `step_time_limit` seconds, without taking a step (a scheduling point or a choice),
        or when the run's deadline has passed. Not a bug (see `_bound`)."""
        if m.replaying:
            return  # a replay re-runs a prefix that made progress when it first ran
        steps = len(self.sched)
        now = time.perf_counter()
        if steps != self.guard_steps:
            self.guard_steps = steps
            self.guard_count = 0
            self.guard_since = now
        self.guard_count += LOOP_CHECK_EVERY
        where = f"{m.name} in state '{m.state.name}'"
        if self.guard_count >= self.loop_limit:
            raise RunawayStopped(
                f"{where} ran {self.guard_count} loop iterations without reaching a "
                f"scheduling point: schedule stopped by the loop bound ({self.loop_limit} "
                "iterations per step)"
            )
        if now - self.guard_since > self.step_time_limit:
            raise RunawayStopped(
                f"{where} ran for {now - self.guard_since:.1f} s without reaching a "
                f"scheduling point: schedule stopped by the step time bound "
                f"({self.step_time_limit:g} s)"
            )
        if self.deadline is not None and now > self.deadline:
            raise RunawayStopped(
                f"{where} was still running when the time limit of the run expired: "
                "schedule stopped by the timeout"
            )

    def progress_guard(self, m: Any, guard: int, every: int, what: str) -> int:
        """Called every `every` raises/gotos of one chain: a chain that takes a tenth of
        `max_loop_iterations` of them without any step (scheduling point or choice) is a
        raise/goto cycle, which is a bug (reference 8.9: P never returns from such a step;
        the regression suite lists it as an error). `guard` packs (steps at the last call,
        calls since progress)."""
        if m.replaying:
            return guard  # a replay re-runs a prefix that made progress when it first ran
        steps = len(self.sched)
        count = 1
        if guard >= 0 and guard >> 32 == steps:
            count = (guard & 0xFFFFFFFF) + 1
            limit = self.loop_limit // 10
            if count * every >= limit:
                message = (
                    f"{m.name} in state '{m.state.name}' ran more than {limit} "
                    f"{what} without reaching a scheduling point (the max-loop-iterations "
                    "bound; an infinite loop?)"
                )
                raise BugSignal(Bug("execution_bound", message, m.name, m.state.name))
        return (steps << 32) | count

    # -- errors ---------------------------------------------------------------------------

    def error_bug(self, exc: Exception, who: Any) -> Bug:
        """A runtime-error bug for a Python exception raised while `who` ran."""
        span = self.span_of(exc)
        state = who.state.name if hasattr(who, "state") else None
        where = f" at {span}" if span is not None else ""
        in_state = f" (state '{state}')" if state is not None else ""
        message = f"Runtime error in {who.name}{in_state}{where}: {describe_error(exc)}"
        return Bug(BugKind.RUNTIME_ERROR, message, who.name, state, span)

    def span_of(self, exc: BaseException) -> Span | None:
        """The P statement running when `exc` was raised (innermost generated frame)."""
        filename = self.compiled.filename
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == filename:
                line = tb.tb_lineno
            tb = tb.tb_next
        return self.compiled.span_of_line(line) if line is not None else None

    # -- results ---------------------------------------------------------------------------

    def schedule_steps(self) -> tuple[ScheduleStep, ...]:
        return tuple(decode_step(code) for code in self.sched)


def describe_error(exc: Exception) -> str:
    """What went wrong, in the model's terms."""
    if isinstance(exc, PRuntimeError):
        return exc.message
    if isinstance(exc, ZeroDivisionError):
        return "division by zero"
    if isinstance(exc, RecursionError):
        return "the call stack overflowed (unbounded recursion?)"
    if isinstance(exc, AttributeError | TypeError) and "NoneType" in str(exc):
        return "a null value was used where a value is required"
    if isinstance(exc, KeyError):
        return f"key {exc} not found"
    if isinstance(exc, IndexError):
        return f"index out of range ({exc})"
    return f"exception {type(exc).__name__}: {exc}"
