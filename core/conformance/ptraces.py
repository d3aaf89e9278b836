"""Observations from P's own trace files (text `.txt` and JSON `.trace.json`).

A P trace logs one send twice: first each attached monitor's "is processing" record, when
the monitors observe it (before the send's scheduling point), then the `SendLog` record
when it takes effect (after the point, so other machines' records may come in between). A
monitor assertion that fails stops the run before the `SendLog` is written at all. So the
faithful order of what monitors saw is the order of the *first* processing record of each
send; its later `SendLog` is the same send and is skipped. Sends that no monitor of the
recorded run observed appear only as a `SendLog`, and are taken from there, so a trace
recorded with one set of specs can be checked against others. Announcements work the same
way, whichever of the two records comes first.

The records are read with pide's trace codecs (`trace.ptext`, `trace.pjson`), so payloads
arrive as the codecs' best-guess values, typed later by `values.from_trace`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

from pide.core.conformance.model import LogFormatError, Observation
from pide.core.runtime.printing import to_trace_string
from pide.core.trace.events import (
    Announced,
    BugFound,
    EventSent,
    MonitorGoto,
    MonitorProcessed,
    MonitorRaised,
    MonitorStateEntered,
    MonitorStateExited,
    Printed,
    TraceEvent,
)
from pide.core.trace.importing import TraceFormatError
from pide.core.trace.pjson import entry_event
from pide.core.trace.ptext import parse_text_record, split_text_records

_METADATA_TAGS = frozenset({"TestLog", "StrategyLog"})
_MONITOR_RECORDS = (MonitorStateEntered, MonitorStateExited, MonitorRaised, MonitorGoto, Printed)

Key = tuple[str, str]
"""(event, payload text): how the two records of one send are matched."""


def _payload_key(payload: Any) -> str:
    try:
        return to_trace_string(payload)
    except Exception:
        return repr(payload)


class ObservationExtractor:
    """Turns trace records, in file order, into observations (see the module docstring).

    `bugs` collects the bug lines the trace itself reports (its `<ErrorLog>`)."""

    def __init__(self, file: str, bugs: list[tuple[int, str]] | None = None) -> None:
        self.file = file
        self.bugs: list[tuple[int, str]] = [] if bugs is None else bugs
        self._group: tuple[Key, str | None] | None = None
        self._group_monitors: set[str] = set()
        self._pending: list[tuple[Key, str | None]] = []

    def feed(self, line: int, event: TraceEvent) -> Observation | None:
        if isinstance(event, MonitorProcessed):
            return self._processed(line, event)
        if isinstance(event, EventSent | Announced):
            return self._emitted(line, event)
        if isinstance(event, BugFound):
            self.bugs.append((line, event.message))
        elif not isinstance(event, _MONITOR_RECORDS):
            self._group = None  # a machine record ends the monitors' processing of a send
        return None

    def _processed(self, line: int, event: MonitorProcessed) -> Observation | None:
        key = (event.event, _payload_key(event.payload))
        group = self._group
        if (
            group is not None
            and group[0] == key
            and _same_sender(group[1], event.sender)
            and event.monitor not in self._group_monitors
        ):
            self._group_monitors.add(event.monitor)
            return None
        self._group = (key, event.sender)
        self._group_monitors = {event.monitor}
        self._pending.append((key, event.sender))
        return Observation(
            self.file,
            line,
            event.event,
            event.payload,
            "trace",
            has_payload=event.payload is not None,
            sender=event.sender,
        )

    def _emitted(self, line: int, event: EventSent | Announced) -> Observation | None:
        key = (event.event, _payload_key(event.payload))
        kind: Literal["send", "announce"] = "announce" if isinstance(event, Announced) else "send"
        for i, (pkey, sender) in enumerate(self._pending):
            if pkey == key and _same_sender(sender, event.machine):
                del self._pending[i]
                self._group = None
                return None
        if kind == "announce":
            # pide logs an announcement before the monitors process it: absorb those.
            self._group = (key, event.machine)
            self._group_monitors = set()
        else:
            self._group = None
        return Observation(
            self.file,
            line,
            event.event,
            event.payload,
            "trace",
            has_payload=event.payload is not None,
            sender=event.machine,
            target=event.target if isinstance(event, EventSent) else None,
            kind=kind,
        )


def _same_sender(a: str | None, b: str | None) -> bool:
    """P's text trace does not say who sent what a monitor processes: None matches any."""
    return a is None or b is None or a == b


def text_trace_observations(
    file: str, text: str, bugs: list[tuple[int, str]] | None = None
) -> Iterator[Observation]:
    """Observations of a P text trace (LogFormatError on a record pide cannot read); the
    trace's own bug lines go to `bugs` as (line, message)."""
    extractor = ObservationExtractor(file, bugs)
    try:
        records = split_text_records(text.rstrip("\n"))
    except TraceFormatError as error:
        raise LogFormatError(file, error.line, error.message) from None
    for line, tag, body in records:
        if tag in _METADATA_TAGS:
            continue
        try:
            event = parse_text_record(tag, body, line)
        except TraceFormatError as error:
            raise LogFormatError(file, line, error.message) from None
        observation = extractor.feed(line, event)
        if observation is not None:
            yield observation


def json_trace_observations(
    file: str, text: str, bugs: list[tuple[int, str]] | None = None
) -> Iterator[Observation]:
    """Observations of a P JSON trace; each points at the line its entry starts on. The
    trace's own bug entries go to `bugs` as (line, message)."""
    extractor = ObservationExtractor(file, bugs)
    for index, line, item in _entries_with_lines(file, text):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise LogFormatError(file, line, f"entry {index}: expected an object with a 'type'")
        details = item.get("details", {})
        if not isinstance(details, dict):
            raise LogFormatError(file, line, f"entry {index}: 'details' must be an object")
        try:
            event = entry_event(index, item["type"], details)
        except TraceFormatError as error:
            raise LogFormatError(file, line, error.message) from None
        if event is not None:
            observation = extractor.feed(line, event)
            if observation is not None:
                yield observation


def _entries_with_lines(file: str, text: str) -> Iterator[tuple[int, int, Any]]:
    """(index, line, value) of each element of a JSON array, decoded one at a time so each
    keeps the line it starts on."""
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    if not text.startswith("[", pos):
        raise LogFormatError(file, _line_at(text, pos), "a P JSON trace must be a JSON array")
    pos = _skip_space(text, pos + 1)
    index = 0
    line, counted = 1, 0
    while not text.startswith("]", pos):
        if index:
            if not text.startswith(",", pos):
                raise LogFormatError(file, _line_at(text, pos), "expected ',' or ']' in the array")
            pos = _skip_space(text, pos + 1)
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as error:
            raise LogFormatError(file, error.lineno, f"invalid JSON: {error.msg}") from None
        except RecursionError:
            raise LogFormatError(file, line, "invalid JSON: nested too deeply") from None
        yield index, line, value
        index += 1
        pos = _skip_space(text, end)
        if pos >= len(text):
            raise LogFormatError(file, _line_at(text, pos), "the JSON array is not closed")
    rest = _skip_space(text, pos + 1)
    if rest < len(text):
        raise LogFormatError(file, _line_at(text, rest), "text after the JSON array")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1
