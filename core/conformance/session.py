"""One conformance run: observations in, violations out, a report at the end.

`ConformanceSession` is incremental (start, feed each observation, finish) so the same code
checks a finished log (`check_log`) and a log that is still being written (`follow_log`,
which reports each violation as soon as its line arrives). Per observation it checks what
the model can say without any monitor (the event exists, its payload has the declared
type) and then hands the typed payload to the monitors that observe the event.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pide.core.conformance.model import (
    ConformanceReport,
    LogFormat,
    LogFormatError,
    Observation,
    Violation,
    ViolationKind,
)
from pide.core.conformance.monitors import MonitorDriver, Note, select_monitors
from pide.core.conformance.ptraces import json_trace_observations, text_trace_observations
from pide.core.conformance.readers import (
    detect_format,
    follow_lines,
    jsonl_observation,
    read_log_text,
)
from pide.core.conformance.values import PayloadError, ValueContext, from_json, from_trace
from pide.core.runtime.compiled import CompiledProgram
from pide.core.semantics.types import PrimType


@dataclass(frozen=True, slots=True)
class ConformanceOptions:
    """What to check: `test` (a test case's specs) and/or `specs` (by name), default all
    spec monitors; `open_ended`: the log was cut, so a hot monitor at its end is not a
    violation; `hot_limit` > 0: a monitor hot for more log events than this is one;
    `skip_malformed`: a malformed JSON Lines line is skipped (and reported) instead of
    ending the run, which a long-running `--follow` wants."""

    test: str | None = None
    specs: tuple[str, ...] = ()
    open_ended: bool = False
    hot_limit: int = 0
    skip_malformed: bool = False


class ConformanceSession:
    """Check one log incrementally. Raises `SelectionError` when the options select no
    monitor."""

    def __init__(
        self,
        compiled: CompiledProgram,
        options: ConformanceOptions,
        file: str,
        fmt: LogFormat,
        note: Note | None = None,
        on_violation: Callable[[Violation], None] | None = None,
    ) -> None:
        self.program = compiled.program
        self.on_violation = on_violation
        self.options = options
        self.file = file
        self.format: LogFormat = fmt
        selection = select_monitors(self.program, options.test, options.specs)
        self.driver = MonitorDriver(compiled, selection, hot_limit=options.hot_limit, note=note)
        self.values = ValueContext(frozenset(self.program.events))
        self.violations: list[Violation] = []
        self.notes: list[str] = []
        self.skipped: list[LogFormatError] = []
        self.on_skipped: Callable[[LogFormatError], None] | None = None
        self.events = 0
        self.delivered = 0
        self.last_line = 0

    def line(self, number: int, text: str) -> list[Violation]:
        """Check one JSON Lines line (a malformed one raises `LogFormatError`, or is
        skipped with `skip_malformed`)."""
        try:
            obs = jsonl_observation(self.file, number, text)
        except LogFormatError as error:
            if not self.options.skip_malformed:
                raise
            self.skipped.append(error)
            if self.on_skipped is not None:
                self.on_skipped(error)
            return []
        return [] if obs is None else self.feed(obs)

    def start(self) -> list[Violation]:
        return self._keep(self.driver.start(self.file))

    def feed(self, obs: Observation) -> list[Violation]:
        """Check one observation; the violations it caused (also kept for the report)."""
        self.events += 1
        self.last_line = obs.line
        found: list[Violation] = []
        declared = self.program.events.get(obs.event)
        if declared is None:
            found.append(self._unknown(obs))
        else:
            try:
                payload = self._typed(obs, declared.payload)
            except PayloadError as error:
                message = f"the payload of {obs.event} does not have type {declared.payload}: "
                if not obs.has_payload and not _optional(declared.payload):
                    message += "the line has no payload"
                else:
                    message += str(error)
                found.append(
                    Violation(
                        ViolationKind.PAYLOAD_TYPE,
                        message,
                        obs.file,
                        obs.line,
                        event=obs.event,
                        span=declared.span,
                        time=obs.time,
                    )
                )
            else:
                indexes = self.driver.observers(obs)
                if indexes:
                    self.delivered += 1
                    found.extend(self.driver.deliver(obs, payload, indexes))
        found.extend(self.driver.tick(obs))
        return self._keep(found)

    def finish(self, open_ended: bool | None = None) -> ConformanceReport:
        """The report; `open_ended` overrides the option (a followed log cut by the user)."""
        cut = self.options.open_ended if open_ended is None else open_ended
        self._keep(self.driver.finish(self.file, self.last_line, cut))
        if cut:
            for summary in self.driver.summaries():
                if summary.temperature == "hot" and not summary.stopped:
                    self.notes.append(
                        f"{summary.name} is in hot state '{summary.state}' at the end of the "
                        "log (open-ended: not a violation)"
                    )
        return ConformanceReport(
            self.file,
            self.format,
            self.driver.summaries(),
            self.events,
            self.delivered,
            tuple(self.violations),
            cut,
            tuple(self.notes),
            tuple(str(error) for error in self.skipped),
        )

    def _typed(self, obs: Observation, ptype: Any) -> Any:
        if obs.source == "trace":
            return from_trace(obs.payload, ptype, self.values)
        return from_json(obs.payload, ptype, self.values)

    def _unknown(self, obs: Observation) -> Violation:
        message = f"the model declares no event '{obs.event}'"
        close = difflib.get_close_matches(obs.event, list(self.program.events), n=1)
        if close:
            message += f" (did you mean '{close[0]}'?)"
        return Violation(
            ViolationKind.UNKNOWN_EVENT,
            message,
            obs.file,
            obs.line,
            event=obs.event,
            time=obs.time,
        )

    def _keep(self, found: list[Violation]) -> list[Violation]:
        self.violations.extend(found)
        if self.on_violation is not None:
            for violation in found:
                self.on_violation(violation)
        return found


def _optional(ptype: Any) -> bool:
    """Types whose value may be null, so a missing payload is a payload, not its absence."""
    return isinstance(ptype, PrimType) and ptype.kind in ("null", "any", "data", "event", "machine")


def check_log(
    compiled: CompiledProgram,
    path: str | Path,
    options: ConformanceOptions,
    fmt: LogFormat | None = None,
    note: Note | None = None,
) -> ConformanceReport:
    """Check a whole log file. Raises `LogFormatError` (a malformed log, with its line) and
    `SelectionError`."""
    file = str(path)
    text = read_log_text(path)
    return check_text(compiled, file, text, options, fmt, note)


def check_text(
    compiled: CompiledProgram,
    file: str,
    text: str,
    options: ConformanceOptions,
    fmt: LogFormat | None = None,
    note: Note | None = None,
) -> ConformanceReport:
    """Check a log given as text (`file` names it in the report)."""
    chosen = detect_format(file, text) if fmt is None else fmt
    return run_text(ConformanceSession(compiled, options, file, chosen, note), text)


def run_text(session: ConformanceSession, text: str) -> ConformanceReport:
    """Feed a whole log (in the session's format) through `session`. A P trace's own bug
    lines become notes, to compare with what the monitors say."""
    session.start()
    if session.format == "jsonl":
        for number, record in enumerate(text.split("\n"), start=1):
            session.line(number, record)
        return session.finish()
    bugs: list[tuple[int, str]] = []
    reader = json_trace_observations if session.format == "pjson" else text_trace_observations
    for obs in reader(session.file, text, bugs):
        session.feed(obs)
    for line, message in bugs:
        session.notes.append(f"{session.file}:{line}: the trace itself reports: {message}")
    return session.finish()


def follow_log(
    session: ConformanceSession,
    path: str | Path,
    stop: Callable[[], bool],
    *,
    poll: float = 0.2,
    sleep: Callable[[float], None] = time.sleep,
) -> ConformanceReport:
    """Check a JSON Lines log while it grows, until `stop()` (see `readers.follow_lines`);
    the session's `on_violation` hears of each violation when its line is read. A
    malformed line raises `LogFormatError` as in a finished log."""
    session.start()
    for number, text in follow_lines(path, stop, poll=poll, sleep=sleep):
        session.line(number, text)
    return session.finish()


__all__ = [
    "ConformanceOptions",
    "ConformanceSession",
    "check_log",
    "check_text",
    "follow_log",
    "run_text",
]
