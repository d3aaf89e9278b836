"""Open a trace file of any kind pide reads, telling the kind from the content.

The debugger and `pide trace` accept pide's own trace (`.pide-trace.json`), P's JSON trace
(`.trace.json`) and P's text trace (`.txt`). Names get renamed and copied around, so the
kind is told from the content (a JSON object is pide's format, a JSON array P's, anything
else P's text); every failure is a `TraceFileError` whose `str()` is one line naming the
file, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from pide.core.trace.importing import TraceFormatError
from pide.core.trace.model import Trace
from pide.core.trace.pide_json import load_trace
from pide.core.trace.pjson import load_json_trace
from pide.core.trace.ptext import load_text_trace

TRACE_SUFFIXES = (".pide-trace.json", ".trace.json", ".txt")
"""File names the IDE offers when asking for a trace."""


class TraceFileError(Exception):
    """A trace file could not be read or parsed; `str()` is one line."""


def parse_trace_text(text: str) -> Trace:
    """Parse the text of a trace in any of the three formats (TraceFormatError if bad)."""
    start = text.lstrip()[:1]
    if start == "{":
        return load_trace(text)
    if start == "[":
        return load_json_trace(text)
    return load_text_trace(text)


def read_trace_file(path: str | Path) -> Trace:
    """Read and parse the trace at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TraceFileError(f"{path}: not a trace (the file is not UTF-8 text)") from None
    except OSError as error:
        raise TraceFileError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return parse_trace_text(text)
    except TraceFormatError as error:
        raise TraceFileError(f"{path}: {error}") from None
    except RecursionError:
        raise TraceFileError(f"{path}: not a trace (nested too deeply)") from None
