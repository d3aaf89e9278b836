"""What conformance checking reads and reports: observed events, violations, the report.

An implementation's log is reduced to a sequence of `Observation`s, one per event the
implementation sent or announced, each remembering the log line it came from, so every
`Violation` can point the user at `file:line` and, for a monitor's failure, at the model's
source span. Nothing here knows how a log is parsed or how monitors run; the readers
(`readers.py`, `ptraces.py`) and the monitor driver (`monitors.py`) produce these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from pide.core.source import Span

LogFormat = Literal["jsonl", "pjson", "ptext"]
"""The log formats pide reads: its own JSON Lines, P's JSON trace, P's text trace."""

PayloadSource = Literal["json", "trace"]
"""How an observation's payload is represented: a decoded JSON value still to be typed
(`json`), or a value read by pide's trace readers from P's payload text (`trace`)."""


class LogFormatError(ValueError):
    """A log line that is not what its format allows; `str()` is `file:line: message`."""

    def __init__(self, file: str, line: int, message: str) -> None:
        where = f"{file}:{line}" if line > 0 else file
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class Observation:
    """One event the implementation sent or announced, as the log recorded it.

    `payload` is not typed yet (see `PayloadSource`): the event's declared payload type,
    known only to the model, decides how it is read. `sender` is the machine that sent or
    announced it, as the log names it (`Client(4)`, `client-7`), when the log says."""

    file: str
    line: int
    event: str
    payload: Any = None
    source: PayloadSource = "json"
    has_payload: bool = False
    sender: str | None = None
    target: str | None = None
    kind: Literal["send", "announce"] = "send"
    time: Any = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class ViolationKind(StrEnum):
    """Why the log does not conform. The monitor kinds reuse the checker's bug kinds."""

    ASSERTION = "assertion"
    """A monitor's `assert` failed while it processed an event."""
    RUNTIME_ERROR = "runtime_error"
    """A monitor's handler failed (index, key, division, cast, foreign code...)."""
    UNHANDLED_EVENT = "unhandled_event"
    """A monitor observed an event its current state neither handles nor ignores."""
    EXECUTION_BOUND = "execution_bound"
    """A monitor looped (raise/goto cycle, or a loop that ran past the bound)."""
    LIVENESS = "liveness"
    """A monitor was left in a hot state at the end of a finished log."""
    LIVENESS_TEMPERATURE = "liveness_temperature"
    """A monitor stayed hot for more log events than the configured limit."""
    UNKNOWN_EVENT = "unknown_event"
    """The log names an event the model does not declare."""
    PAYLOAD_TYPE = "payload_type"
    """An event's payload does not have the event's declared payload type."""


MONITOR_KINDS = frozenset(
    {
        ViolationKind.ASSERTION,
        ViolationKind.RUNTIME_ERROR,
        ViolationKind.UNHANDLED_EVENT,
        ViolationKind.EXECUTION_BOUND,
    }
)
"""Kinds after which the monitor is stopped: its handler was abandoned half-way, so its
state is no longer one the model can be in."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One way the log breaks the model. `line` is the log line of the event that caused
    it (for a hot monitor at the end of the log: the line that made it hot, or the last
    line when it was hot from its start); `state` and `fields` describe the monitor at
    that moment; `span` is the model's source position (an assertion, a failing
    statement, or the event's declaration for a payload error)."""

    kind: ViolationKind
    message: str
    file: str
    line: int
    event: str | None = None
    monitor: str | None = None
    state: str | None = None
    span: Span | None = None
    fields: tuple[tuple[str, str], ...] = ()
    time: Any = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line > 0 else self.file

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "kind": str(self.kind),
            "message": self.message,
            "file": self.file,
            "line": self.line,
        }
        for key in ("event", "monitor", "state"):
            value = getattr(self, key)
            if value is not None:
                result[key] = value
        if self.span is not None:
            result["span"] = self.span.to_json()
        if self.fields:
            result["fields"] = dict(self.fields)
        if self.time is not None:
            result["time"] = self.time
        return result


@dataclass(frozen=True, slots=True)
class MonitorSummary:
    """A monitor at the end of the run: its state, temperature and how many events it
    processed; `stopped` when a violation stopped it."""

    name: str
    state: str
    temperature: Literal["hot", "cold", "warm"]
    processed: int
    stopped: bool


@dataclass(frozen=True, slots=True)
class ConformanceReport:
    """The verdict on one log: `conforms` when there is no violation."""

    log: str
    format: LogFormat
    monitors: tuple[MonitorSummary, ...]
    events: int
    """Observations read from the log."""
    delivered: int
    """Observations at least one monitor processed."""
    violations: tuple[Violation, ...]
    open_ended: bool = False
    notes: tuple[str, ...] = field(default=())
    """Remarks that are not violations (e.g. a P trace's own bug line)."""
    skipped: tuple[str, ...] = field(default=())
    """Malformed lines skipped (`skip_malformed`), each `file:line: what is wrong`."""

    @property
    def conforms(self) -> bool:
        return not self.violations
