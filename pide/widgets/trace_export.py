"""The debugger's "Export" command: ask for a format, write the file, say where it went.

The diagrams come from `pide.core.trace.diagrams`; this module only asks and writes. The
file goes next to the trace file when the trace came from one (`Bank_0_0.pide-trace.json`
→ `Bank_0_0.mmd`), else into `pide-out/` under the current directory, named after the
test case. SVG layout runs a subprocess, so the writing happens in a thread worker.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pide.core.diagram.export import RenderError
from pide.core.trace.diagrams import EXPORT_SUFFIXES, export_trace
from pide.core.trace.files import TRACE_SUFFIXES
from pide.core.trace.model import Trace
from pide.screens.choice import Choice, ChoiceScreen

if TYPE_CHECKING:
    from pide.widgets.trace_view import TraceView


def export_path(trace: Trace, trace_path: str | None, fmt: str) -> Path:
    """Where the `fmt` export of `trace` is written."""
    suffix = EXPORT_SUFFIXES[fmt]
    if trace_path is not None:
        path = Path(trace_path)
        name = path.name
        for known in TRACE_SUFFIXES:
            if name.endswith(known):
                name = name.removesuffix(known)
                break
        return path.with_name(name + suffix)
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", trace.test_name or "trace")
    return Path("pide-out") / f"{stem}{suffix}"


def write_export(trace: Trace, trace_path: str | None, fmt: str) -> Path:
    """Write the export and return its path (OSError, RenderError on failure)."""
    target = export_path(trace, trace_path, fmt)
    data = export_trace(trace, fmt)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def export_trace_view(view: TraceView) -> None:
    """Ask which format, then write it off the UI thread and notify the result."""
    trace, trace_path = view.cursor.trace, view.trace_path

    def write(fmt: str) -> None:
        try:
            path = write_export(trace, trace_path, fmt)
        except (OSError, RenderError) as error:
            view.app.call_from_thread(
                view.notify, str(error), title="Export failed", severity="error"
            )
            return
        view.app.call_from_thread(view.notify, f"Wrote {path}", title="Exported", timeout=6)

    def answer(choice: str | None) -> None:
        if choice in EXPORT_SUFFIXES:
            view.run_worker(partial(write, choice), thread=True, group="export")

    choices = [
        Choice("mermaid", "Mermaid", "m", "primary"),
        Choice("plantuml", "PlantUML", "p"),
        Choice("svg", "SVG", "s"),
        Choice("dot", "DOT", "d"),
        Choice("cancel", "Cancel", "c"),
    ]
    detail = (
        "A sequence diagram of this trace: one lifeline per machine and monitor, one arrow "
        f"per message. It is written to {export_path(trace, trace_path, 'mermaid').parent}/."
    )
    view.app.push_screen(ChoiceScreen("Export the trace", detail, choices), answer)
