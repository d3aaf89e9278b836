"""`pide trace FILE [MODEL]`: open a trace in the IDE's debugger, or export it.

The trace is read before the IDE starts, so a malformed file is one line on stderr and exit
2, never a half-open IDE or a traceback. MODEL is the project whose sources the debugger
shows; without it pide looks for the `.pproj` above the first source file the trace names
(a trace written by `pide check` names its files as the checker saw them), then above the
trace file, then takes the current directory if it is a project (see `guess_model`). `--export FORMAT` writes a sequence diagram instead of opening
the IDE (to `-o FILE`, or standard output for the text formats).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pide.core.trace.model import Trace

EXIT_OK, EXIT_ERROR = 0, 2


def add_trace_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "trace",
        help="step through a trace in the IDE's debugger, or export it as a diagram",
        description="Open a trace (pide's .pide-trace.json, or P's .trace.json or .txt) in "
        "the debugger, or export it with --export. Exit 2 when the trace cannot be read.",
    )
    p.add_argument("file", help="the trace file")
    p.add_argument("model", nargs="?", help="the model's .pproj, folder or .p (default: found)")
    p.add_argument(
        "--export",
        choices=("mermaid", "plantuml", "dot", "svg"),
        help="write a sequence diagram instead of opening the IDE",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="where --export writes")
    p.set_defaults(func=cmd_trace)


def guess_model(trace_spans: list[str], trace_file: str | None = None) -> str:
    """The model to open with a trace that was given without one.

    The `.pproj` above the first existing source file the trace names; else (P's traces
    name no sources) the `.pproj` above the trace file itself (`Bank/pide-out/tc/x.txt`);
    else the current directory when it is a project (it holds a `.pproj`); else the trace
    file's folder. The current directory used to be the last resort whatever it held, so
    a trace opened from a home or a workspace folder compiled every `.p` file below it.
    """
    for name in trace_spans:
        path = Path(name)
        if not path.is_file():
            continue
        found = _pproj_above(path)
        return str(found) if found is not None else str(path)
    if trace_file is not None and (found := _pproj_above(Path(trace_file))) is not None:
        return str(found)
    if trace_file is None or any(Path(".").glob("*.pproj")):
        return "."
    return str(Path(trace_file).parent)


def _pproj_above(path: Path) -> Path | None:
    """The first `.pproj` in the folders holding `path`, innermost first."""
    for folder in path.resolve().parents:
        projects = sorted(folder.glob("*.pproj"))
        if projects:
            return projects[0]
    return None


def cmd_trace(args: argparse.Namespace) -> int:
    from pide.core.trace.files import TraceFileError, read_trace_file

    try:
        trace = read_trace_file(args.file)
    except TraceFileError as error:
        print(f"pide: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.export:
        return _export(trace, args.export, args.output)
    if args.model is not None and not Path(args.model).exists():
        print(f"pide: {args.model}: no such file or directory", file=sys.stderr)
        return EXIT_ERROR
    spans = [e.span.file for e in trace.events if e.span is not None]
    model = args.model or guess_model(spans, args.file)
    try:
        from pide.app import run_app
    except ImportError as e:  # pragma: no cover - the IDE ships with pide
        print(f"pide: the IDE is not available: {e}", file=sys.stderr)
        return EXIT_ERROR
    code: int = run_app(model, trace=(trace, args.file))
    return code


def _export(trace: Trace, fmt: str, output: str | None) -> int:
    from pide.core.diagram import RenderError
    from pide.core.trace.diagrams import export_trace

    if fmt == "svg" and output is None:
        print("pide: --export svg needs -o FILE", file=sys.stderr)
        return EXIT_ERROR
    try:
        data = export_trace(trace, fmt)
    except RenderError as error:
        print(f"pide: {error}", file=sys.stderr)
        return EXIT_ERROR
    if output is None:
        sys.stdout.write(data.decode())
        return EXIT_OK
    try:
        Path(output).write_bytes(data)
    except OSError as error:
        print(f"pide: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    print(f".. wrote {output}")
    return EXIT_OK
