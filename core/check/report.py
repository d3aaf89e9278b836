"""What a check run is configured with and what it reports.

Plain frozen data, so a report can cross a process boundary (the TUI runs the checker in a
worker) and be rendered by any front end; nothing here prints.
"""

from __future__ import annotations

from enum import StrEnum

from pide.core.fastdataclass import dataclass, field
from pide.core.trace.model import Bug, Trace
from pide.core.trace.schedule import Schedule


class StopReason(StrEnum):
    """Why a check run stopped."""

    BUG = "bug"
    SCHEDULES = "schedules"
    """The requested number of schedules was explored."""
    EXHAUSTED = "exhausted"
    """An exhaustive search explored everything it could reach."""
    TIMEOUT = "timeout"
    INTERRUPTED = "interrupted"
    REPLAYED = "replayed"
    """A replay ran to its end without reproducing a bug."""
    DIVERGED = "diverged"
    """A replayed schedule does not fit the program (`CheckReport.error` says how)."""
    ERROR = "error"
    """The run could not start (`CheckReport.error` says why), e.g. a missing foreign function."""


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """How to check one test case.

    `strategy` is `portfolio` (random and PCT schedules interleaved, see `strategies`),
    `random`, `pct:<d>`, `dfs` or `replay` (which needs `replay`). `seed`
    None means "pick one" (the report says which). `max_steps` bounds every schedule
    (decisions plus choices); `liveness_threshold` > 0 turns on the hot-state temperature
    check for fair strategies, 0 turns it off, and None (the default) picks it per test case:
    a quarter of `max_steps` for the synthesised `DefaultImpl` (reference 8.9's reading of
    liveness in programs without tests: a monitor hot that long without cooling down is a
    bug), off for declared tests. `max_loop_iterations` and `step_time_limit` stop a schedule whose
    machine runs that many loop iterations or seconds without a scheduling point (not a
    bug). `adversarial` is the share of random schedules that resolve
    `$` unfairly (see `strategies`). `record_trace` re-runs a buggy schedule to record its
    trace. `progress_every` is the minimum time between observer calls, in seconds.
    """

    schedules: int = 1000
    max_steps: int = 1000
    seed: int | None = None
    strategy: str = "portfolio"
    timeout: float | None = None
    liveness_threshold: int | None = None
    fail_on_max_steps: bool = False
    max_loop_iterations: int = 1_000_000
    step_time_limit: float = 2.0
    adversarial: float = 0.25
    replay: Schedule | None = None
    record_trace: bool = True
    progress_every: float = 0.5
    project_name: str = ""


@dataclass(frozen=True, slots=True)
class Coverage:
    """(machine type, state) pairs entered and (machine type, state, event) pairs handled,
    over every schedule of the run, sorted."""

    states: tuple[tuple[str, str], ...] = ()
    handled: tuple[tuple[str, str, str], ...] = ()
    total_states: int = 0
    total_handlers: int = 0


@dataclass(frozen=True, slots=True)
class CheckStats:
    """Figures of a run. `steps_min/avg/max` are over the explored schedules (decisions and
    choices); `states` is the number of distinct states an exhaustive search visited and
    `complete` whether it covered the whole space (not cut by the step bound); for other
    strategies both are None. `bounded` counts schedules that hit the step bound; `runaway`
    counts those among them that were stopped inside a step instead, because a machine ran
    too long without reaching a scheduling point (the loop bound, the step time bound or the
    timeout), and `runaway_message` is the first such schedule's message (it names the
    bound). Neither is a bug (reference 8.9, 8.10)."""

    schedules: int = 0
    total_steps: int = 0
    steps_min: int = 0
    steps_avg: float = 0.0
    steps_max: int = 0
    bounded: int = 0
    runaway: int = 0
    runaway_message: str = ""
    elapsed: float = 0.0
    states: int | None = None
    complete: bool | None = None
    coverage: Coverage = field(default_factory=Coverage)


@dataclass(frozen=True, slots=True)
class CheckProgress:
    """What an observer sees while a run is going."""

    schedules: int
    steps: int
    elapsed: float
    bugs: int
    states: int | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of `Checker.run`. `trace` is the recorded buggy schedule (when a bug was
    found and recording was on); `schedule` the buggy schedule itself."""

    test_name: str
    strategy: str
    strategy_description: str
    seed: int | None
    stopped: StopReason
    stats: CheckStats
    bug: Bug | None = None
    schedule: Schedule | None = None
    trace: Trace | None = None
    error: str | None = None

    @property
    def found_bug(self) -> bool:
        return self.bug is not None
