"""Conformance checking: the model's spec monitors check an implementation's event log.

The monitors written at design time keep working in testing and production: an
implementation logs the events it sends and announces (pide's JSON Lines format, or P's own
trace formats), and `check_log` feeds them to the same compiled monitors `pide check`
runs, reporting every assertion failure, monitor runtime error, unknown event, payload of
the wrong type and, at the end of a finished log, every monitor left in a hot state.
See docs/conformance.md.
"""

from pide.core.conformance.model import (
    ConformanceReport,
    LogFormat,
    LogFormatError,
    MonitorSummary,
    Observation,
    Violation,
    ViolationKind,
)
from pide.core.conformance.monitors import SelectionError, select_monitors
from pide.core.conformance.session import (
    ConformanceOptions,
    ConformanceSession,
    check_log,
    check_text,
    follow_log,
)

__all__ = [
    "ConformanceOptions",
    "ConformanceReport",
    "ConformanceSession",
    "LogFormat",
    "LogFormatError",
    "MonitorSummary",
    "Observation",
    "SelectionError",
    "Violation",
    "ViolationKind",
    "check_log",
    "check_text",
    "follow_log",
    "select_monitors",
]
