"""Terminal output of a check run: the live progress line, the summary, the bug artifacts."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TextIO

from pide.core.check import CheckConfig, CheckProgress, CheckReport, StopReason

_BAR = 24


class ProgressLine:
    """A single self-rewriting line on a terminal: bar, schedules/s, bugs, elapsed."""

    def __init__(self, config: CheckConfig, stream: TextIO) -> None:
        self.config = config
        self.stream = stream
        self.width = 0
        self.started = time.perf_counter()

    def update(self, p: CheckProgress) -> None:
        rate = p.schedules / p.elapsed if p.elapsed > 0 else 0.0
        if p.states is not None:
            text = f"  {p.states:,} states  {p.steps:,} steps  {p.elapsed:5.1f}s"
        else:
            total = self.config.schedules
            done = min(p.schedules, total)
            filled = int(_BAR * done / total) if total else _BAR
            bar = "#" * filled + "." * (_BAR - filled)
            text = (
                f"  [{bar}] {done:,}/{total:,} schedules  {rate:,.0f}/s  "
                f"{p.bugs} bug{'s' if p.bugs != 1 else ''}  {p.elapsed:5.1f}s"
            )
        pad = max(0, self.width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def summary_lines(report: CheckReport, wall: float) -> list[str]:
    s = report.stats
    lines: list[str] = []
    seed = f", seed {report.seed}" if report.seed is not None else ""
    lines.append(f"... strategy {report.strategy_description or report.strategy}{seed}")
    if report.bug is not None:
        where = f" in {report.bug.machine}" if report.bug.machine else ""
        state = f" (state {report.bug.state})" if report.bug.state else ""
        lines.append(f"... BUG{where}{state}: {report.bug.message}")
        if report.bug.span is not None:
            lines.append(f"    at {report.bug.span}")
    elif report.stopped is not StopReason.ERROR:
        lines.append("... no bug found")
    stop = {
        StopReason.BUG: "stopped at the first bug",
        StopReason.SCHEDULES: "explored every requested schedule",
        StopReason.EXHAUSTED: "explored the whole state space"
        if s.complete
        else "explored everything within the step bound (the space was cut by --max-steps)",
        StopReason.TIMEOUT: "stopped by the --timeout bound",
        StopReason.INTERRUPTED: "interrupted (results so far)",
        StopReason.REPLAYED: "replayed the schedule",
        StopReason.DIVERGED: "the schedule does not fit the model",
        StopReason.ERROR: "could not run",
    }[report.stopped]
    lines.append(f"... {stop}")
    rate = s.schedules / s.elapsed if s.elapsed > 0 else 0.0
    # DFS counts steps over the whole search, not per schedule (min/avg/max stay 0).
    per_schedule = (
        f" (per schedule min {s.steps_min}, avg {s.steps_avg:.0f}, max {s.steps_max})"
        if s.steps_max or not s.total_steps
        else ""
    )
    lines.append(
        f"... {s.schedules:,} schedule{'s' if s.schedules != 1 else ''} ({rate:,.0f}/s), "
        f"{s.total_steps:,} steps{per_schedule}"
        + (f", {s.bounded - s.runaway:,} hit the step bound" if s.bounded > s.runaway else "")
    )
    if s.runaway:
        lines.append(
            f"... {s.runaway:,} schedule{'s' if s.runaway != 1 else ''} stopped inside a step "
            f"(not a bug), first: {s.runaway_message}"
        )
    if s.states is not None:
        lines.append(
            f"... {s.states:,} distinct states ({'complete' if s.complete else 'bounded'})"
        )
    cov = s.coverage
    if cov.total_states or cov.total_handlers:
        lines.append(
            f"... coverage: {len(cov.states)}/{cov.total_states} states, "
            f"{len(cov.handled)}/{cov.total_handlers} event handlers"
        )
    lines.append(f"... time {wall:.2f}s")
    return lines


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def write_artifacts(report: CheckReport, out: Path, project: str) -> list[Path]:
    """Write the bug's trace files; returns their paths."""
    # The trace writers are imported here, when there is a bug to write: a run without one
    # (most cold starts) never loads them.
    from pide.core.trace.pide_json import dump_trace
    from pide.core.trace.pjson import write_json_trace
    from pide.core.trace.ptext import write_text_trace
    from pide.core.trace.schedule import write_schedule

    if report.trace is None and report.schedule is None:
        return []
    folder = out / _safe(report.test_name)
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"{_safe(project)}_0_0"
    written: list[Path] = []
    if report.trace is not None:
        for suffix, text in (
            (".pide-trace.json", dump_trace(report.trace)),
            (".txt", write_text_trace(report.trace)),
            (".trace.json", write_json_trace(report.trace)),
        ):
            path = base.with_name(base.name + suffix)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    if report.schedule is not None:
        path = base.with_name(base.name + ".schedule")
        path.write_text(write_schedule(report.schedule), encoding="utf-8")
        written.append(path)
    return written
