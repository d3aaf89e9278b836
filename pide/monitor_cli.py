"""`pide monitor`: check an implementation's event log against the model's spec monitors.

Exit 0 when the log conforms, 1 when it has a violation, 2 when the model has errors, the
arguments select nothing, or the log is malformed (one line: `file:line: what is wrong`).
Violations are printed as `log:line: kind in Monitor (state 'S', event E): message`, each
followed by the model's source position; `--junit` and `--sarif` write them for CI.
With `--follow` the log is read as it grows and each violation is printed when its line
arrives; Ctrl-C ends the run as an open-ended log, `--idle-timeout` as a finished one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from pide import __version__
from pide.core.conformance import (
    ConformanceOptions,
    ConformanceReport,
    ConformanceSession,
    LogFormatError,
    SelectionError,
    Violation,
    ViolationKind,
    follow_log,
)
from pide.core.conformance.model import LogFormat
from pide.core.conformance.readers import detect_format, read_log_text
from pide.core.conformance.session import run_text
from pide.core.runtime import CompiledProgram

EXIT_OK, EXIT_VIOLATION, EXIT_ERROR = 0, 1, 2


def add_monitor_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "monitor",
        help="check an implementation's event log against the model's spec monitors",
        description="Feed the events of a log (pide's JSON Lines, or P's JSON/text trace) to "
        "the model's spec monitors. Exit 0: the log conforms; 1: a violation; 2: model "
        "errors, bad arguments or a malformed log.",
    )
    p.add_argument("path", help="the model (a .p file, a folder of .p files, or a .pproj)")
    p.add_argument("log", help="the log: JSON Lines (.jsonl), P's .trace.json or .txt trace")
    p.add_argument(
        "--format",
        choices=("auto", "jsonl", "pjson", "ptext"),
        default="auto",
        dest="log_format",
        help="the log's format (auto: told from the content)",
    )
    p.add_argument("-tc", "--testcase", help="use the spec monitors this test case asserts")
    p.add_argument(
        "--spec", action="append", default=[], metavar="NAME", help="a spec monitor (repeatable)"
    )
    p.add_argument(
        "--open-ended",
        action="store_true",
        help="the log was cut, not finished: a monitor in a hot state at its end is no violation",
    )
    p.add_argument(
        "--hot-limit",
        type=int,
        default=0,
        metavar="N",
        help="a monitor hot for more than N log events in a row is a liveness violation",
    )
    p.add_argument(
        "--skip-malformed",
        action="store_true",
        help="report a malformed JSON Lines line and go on (default: exit 2 at the first)",
    )
    p.add_argument("--follow", action="store_true", help="keep reading as the log grows")
    p.add_argument(
        "--idle-timeout",
        type=float,
        metavar="SEC",
        help="with --follow: stop when the log has not grown for SEC seconds",
    )
    p.add_argument("--junit", metavar="FILE", help="write a JUnit XML report")
    p.add_argument("--sarif", metavar="FILE", help="write a SARIF report")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="show monitor transitions, prints, variables"
    )
    p.set_defaults(func=cmd_monitor)


def _compile(path: str) -> CompiledProgram | None:
    from pide.check_cli import compile_runnable

    loaded = compile_runnable(path)
    return None if loaded is None else loaded[1]


def cmd_monitor(args: argparse.Namespace) -> int:
    if args.hot_limit < 0:
        print("pide: --hot-limit must be 0 (off) or positive", file=sys.stderr)
        return EXIT_ERROR
    if args.idle_timeout is not None and not args.follow:
        print("pide: --idle-timeout needs --follow", file=sys.stderr)
        return EXIT_ERROR
    compiled = _compile(args.path)
    if compiled is None:
        return EXIT_ERROR
    options = ConformanceOptions(
        test=args.testcase,
        specs=tuple(args.spec),
        open_ended=args.open_ended,
        hot_limit=args.hot_limit,
        skip_malformed=args.skip_malformed,
    )
    fmt: LogFormat | None = None if args.log_format == "auto" else args.log_format
    note = _print_note if args.verbose and not args.json else None
    try:
        if args.follow:
            report = _follow(compiled, args, options, fmt, note)
        else:
            text = read_log_text(args.log)
            chosen = detect_format(args.log, text) if fmt is None else fmt
            session = ConformanceSession(compiled, options, args.log, chosen, note)
            if not args.json:
                print(f".. monitoring {args.log} ({chosen}) with {_names(session)}")
                session.on_violation = lambda v: _print_violation(v, args.verbose)
                session.on_skipped = _print_skipped
            report = run_text(session, text)
    except (LogFormatError, SelectionError) as error:
        print(f"pide: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        _print_summary(report)
    if args.junit:
        write_junit(Path(args.junit), report)
        print(f".. JUnit report: {args.junit}")
    if args.sarif:
        write_sarif(Path(args.sarif), report)
        print(f".. SARIF report: {args.sarif}")
    return EXIT_OK if report.conforms else EXIT_VIOLATION


def _follow(
    compiled: CompiledProgram,
    args: argparse.Namespace,
    options: ConformanceOptions,
    fmt: LogFormat | None,
    note: Any,
) -> ConformanceReport:
    log = args.log
    if fmt not in (None, "jsonl"):
        raise LogFormatError(log, 0, "--follow reads JSON Lines logs only")
    try:
        head = Path(log).read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        head = ""
    if head.strip() and detect_format(log, head) != "jsonl":
        raise LogFormatError(log, 0, "--follow reads JSON Lines logs only")
    session = ConformanceSession(compiled, options, log, "jsonl", note)
    if not args.json:
        print(f".. following {log} (JSON Lines) with {_names(session)}; Ctrl-C stops", flush=True)
    idle: float | None = args.idle_timeout
    last_size, last_change = -1, time.monotonic()

    def stop() -> bool:
        nonlocal last_size, last_change
        if idle is None:
            return False
        try:
            size = Path(log).stat().st_size
        except OSError:
            size = -1
        now = time.monotonic()
        if size != last_size:
            last_size, last_change = size, now
        return now - last_change >= idle

    if not args.json:
        session.on_violation = lambda v: _print_violation(v, args.verbose, flush=True)
        session.on_skipped = _print_skipped
    try:
        return follow_log(session, log, stop)
    except KeyboardInterrupt:
        print("pide: interrupted: the log is taken as cut (open-ended)", file=sys.stderr)
        return session.finish(open_ended=True)


def _names(session: ConformanceSession) -> str:
    return ", ".join(s.name for s in session.driver.summaries())


# -- text output ------------------------------------------------------------------------------


def _print_skipped(error: LogFormatError) -> None:
    print(f"pide: {error} (line skipped)", file=sys.stderr, flush=True)


def _print_note(monitor: str, text: str) -> None:
    print(f"   {monitor}: {text}")


def _print_violation(v: Violation, verbose: bool, flush: bool = False) -> None:
    context = []
    if v.state is not None:
        context.append(f"state '{v.state}'")
    if v.event is not None:
        context.append(f"event {v.event}")
    who = f" in {v.monitor}" if v.monitor else ""
    inside = f" ({', '.join(context)})" if context and v.monitor else ""
    print(f"{v.where}: {v.kind}{who}{inside}: {v.message}")
    if v.span is not None:
        what = "declared" if v.kind is ViolationKind.PAYLOAD_TYPE else "at"
        print(f"    {what} {v.span}")
    if verbose and v.fields:
        for name, value in v.fields:
            print(f"    {v.monitor}.{name} = {value}")
    if flush:
        sys.stdout.flush()


def _print_summary(report: ConformanceReport) -> None:
    for note in report.notes:
        print(f".. note: {note}")
    parts = []
    for m in report.monitors:
        status = "stopped by a violation in" if m.stopped else f"ends in {m.temperature}"
        parts.append(f"{m.name}: {m.processed} processed, {status} state '{m.state}'")
    n = len(report.skipped)
    skipped = f", {n} malformed line{'s' if n != 1 else ''} skipped" if n else ""
    print(f".. {report.events} events read, {report.delivered} observed by monitors{skipped}")
    for part in parts:
        print(f"... {part}")
    count = len(report.violations)
    if count:
        print(f".. {count} violation{'s' if count != 1 else ''}: the log does not conform")
    else:
        ended = " (open-ended)" if report.open_ended else ""
        print(f".. the log conforms{ended}")


# -- machine-readable reports ------------------------------------------------------------------


def report_json(report: ConformanceReport) -> dict[str, Any]:
    return {
        "log": report.log,
        "format": report.format,
        "conforms": report.conforms,
        "openEnded": report.open_ended,
        "events": report.events,
        "delivered": report.delivered,
        "monitors": [
            {
                "name": m.name,
                "state": m.state,
                "temperature": m.temperature,
                "processed": m.processed,
                "stopped": m.stopped,
            }
            for m in report.monitors
        ],
        "violations": [v.to_json() for v in report.violations],
        "notes": list(report.notes),
        "skipped": list(report.skipped),
    }


def write_junit(path: Path, report: ConformanceReport) -> None:
    """One test case per monitor, plus `log` for what no monitor is needed to see (unknown
    events, payload types)."""
    groups: dict[str, list[Violation]] = {m.name: [] for m in report.monitors}
    groups["log"] = []
    for v in report.violations:
        groups.setdefault(v.monitor or "log", []).append(v)
    failing = sum(1 for vs in groups.values() if vs)
    suite = ET.Element(
        "testsuite",
        name=f"pide monitor {report.log}",
        tests=str(len(groups)),
        failures=str(failing),
        errors="0",
    )
    for name, violations in groups.items():
        case = ET.SubElement(suite, "testcase", classname=report.log, name=name)
        if violations:
            first = violations[0]
            failure = ET.SubElement(
                case, "failure", message=f"{first.where}: {first.message}", type=first.kind
            )
            failure.text = "\n".join(
                f"{v.where}: {v.kind}: {v.message}" + (f"\n  at {v.span}" if v.span else "")
                for v in violations
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def write_sarif(path: Path, report: ConformanceReport) -> None:
    """Each violation located at its log line, with the model's source as related."""
    kinds = sorted({str(v.kind) for v in report.violations})
    results = []
    for v in report.violations:
        result: dict[str, Any] = {
            "ruleId": str(v.kind),
            "ruleIndex": kinds.index(str(v.kind)),
            "level": "error",
            "message": {"text": v.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": v.file},
                        "region": {"startLine": max(1, v.line)},
                    }
                }
            ],
        }
        if v.span is not None:
            result["relatedLocations"] = [
                {
                    "id": 0,
                    "message": {"text": "in the model"},
                    "physicalLocation": {
                        "artifactLocation": {"uri": v.span.file},
                        "region": {
                            "startLine": max(1, v.span.line),
                            "startColumn": max(1, v.span.col),
                        },
                    },
                }
            ]
        results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pide monitor",
                        "version": __version__,
                        "informationUri": "https://p-org.github.io/P/",
                        "rules": [{"id": k, "shortDescription": {"text": k}} for k in kinds],
                    }
                },
                "results": results,
            }
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(sarif, indent=2), encoding="utf-8")
