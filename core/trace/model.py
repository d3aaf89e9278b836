"""The `Trace` container: one schedule's events, world snapshots, schedule and bug.

The debugger never drives a live runtime; it walks a recorded `Trace`, and any step must be
reachable by index. So the runtime records, besides the events, a `WorldSnapshot` per step:
every machine's state, fields and inbox, every monitor's state. Runtime values are immutable,
so snapshots share them with each other and with the runtime: a snapshot costs one small
tuple per machine, and an unchanged machine can reuse the previous snapshot's object.

Snapshots may be sparse: `snapshot_at(step)` returns the latest one taken at or before a
step. `WorldSnapshot.step == k` means the world as it was when step k had finished.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from pide.core.fastdataclass import dataclass
from pide.core.source import Span
from pide.core.trace.events import Temperature, TraceEvent
from pide.core.trace.schedule import Schedule


class MachineStatus(StrEnum):
    """What a machine is doing between steps."""

    ACTIVE = "active"
    """Enabled: it has something to do (fresh, pending raise, takeable event, `on null`)."""
    IDLE = "idle"
    """Waiting for an event to arrive in its inbox."""
    BLOCKED = "blocked"
    """Inside a `receive` whose awaited events have not arrived."""
    HALTED = "halted"


@dataclass(frozen=True, slots=True)
class MachineSnapshot:
    """One machine at the end of a step. `inbox` holds (event name, payload) pairs front
    first; `awaiting` the events a blocked `receive` waits for (None when not receiving)."""

    id: int
    name: str
    type: str
    state: str
    status: MachineStatus
    fields: tuple[tuple[str, Any], ...] = ()
    inbox: tuple[tuple[str, Any], ...] = ()
    awaiting: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class MonitorSnapshot:
    """One monitor at the end of a step; `hot_steps` is its liveness temperature counter."""

    name: str
    state: str
    temperature: Temperature
    fields: tuple[tuple[str, Any], ...] = ()
    hot_steps: int = 0


@dataclass(frozen=True, slots=True)
class WorldSnapshot:
    """Every machine (ordered by id) and monitor (in attachment order) after step `step`."""

    step: int
    machines: tuple[MachineSnapshot, ...] = ()
    monitors: tuple[MonitorSnapshot, ...] = ()


@dataclass(frozen=True, slots=True)
class Bug:
    """The bug that ended a schedule. `kind` is a `BugKind` value or a checker-defined string;
    `message` the reference's wording (reference 8.9)."""

    kind: str
    message: str
    machine: str | None = None
    state: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class CheckStatistics:
    """The figures of the `<StrategyLog>` block that ends P's text trace (trace formats 2.1).

    `scheduling_points` is (min, avg, max) over fair terminating schedules, None when there
    were none. `scenario_lines` / `bound_lines` are written verbatim (after the tag and a
    space) after the "timelines" line and after the scheduling-points line respectively.
    """

    bugs: int = 1
    schedules: int = 1
    timelines: int = 1
    scheduling_points: tuple[int, int, int] | None = None
    scenario_lines: tuple[str, ...] = ()
    bound_lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Trace:
    """Everything recorded about one schedule.

    `strategy` is the strategy's short name (`random`), `strategy_description` its full
    description with parameters (`random[seed '12345']`), as P's JSON trace writes them.
    `snapshots` are sorted by step.
    """

    test_name: str
    project_name: str = ""
    strategy: str = ""
    strategy_description: str = ""
    seed: int | None = None
    events: tuple[TraceEvent, ...] = ()
    snapshots: tuple[WorldSnapshot, ...] = ()
    schedule: Schedule | None = None
    bug: Bug | None = None

    def snapshot_at(self, step: int) -> WorldSnapshot | None:
        """The latest snapshot taken at or before `step` (None if there is none)."""
        index = bisect.bisect_right(self.snapshots, step, key=lambda s: s.step) - 1
        return self.snapshots[index] if index >= 0 else None

    def events_of_step(self, step: int) -> Iterator[TraceEvent]:
        """The events that happened during `step`, in order."""
        return (event for event in self.events if event.step == step)

    @property
    def step_count(self) -> int:
        """1 + the highest step any event or snapshot mentions (0 for an empty trace)."""
        steps = [e.step for e in self.events] + [s.step for s in self.snapshots]
        return max(steps, default=-1) + 1
