"""`pide diagram`: state diagrams of a model's machines and monitors for design documents.

The format follows the output file's extension (`-o Server.svg`), or `--format`; without
`-o` text formats go to standard output. Several machines go into one DOT/SVG/PNG (one
cluster each); Mermaid and PlantUML have no clusters, so they take one machine at a time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 2


def add_diagram_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("diagram", help="draw the state diagram of machines and monitors")
    p.add_argument("path", help="a .p file, a folder of .p files, or a .pproj")
    p.add_argument(
        "-m",
        "--machine",
        action="append",
        metavar="NAME",
        help="a machine, spec or scenario to draw (repeatable; default: all)",
    )
    p.add_argument("--format", choices=("dot", "mermaid", "plantuml", "svg", "png"))
    p.add_argument("-o", "--output", metavar="FILE", help="write here (format from the suffix)")
    p.set_defaults(func=cmd_diagram)


def _format_of(args: argparse.Namespace) -> str | None:
    from pide.core.diagram import FORMATS

    if args.format:
        return str(args.format)
    if args.output is None:
        return "dot"
    suffix = Path(args.output).suffix.lstrip(".").lower()
    aliases = {"gv": "dot", "mmd": "mermaid", "puml": "plantuml", "plantuml": "plantuml"}
    fmt = aliases.get(suffix, suffix)
    return fmt if fmt in FORMATS else None


def cmd_diagram(args: argparse.Namespace) -> int:
    from pide.core.api import compile_path
    from pide.core.diagnostics import render_all
    from pide.core.diagram import (
        IMAGE_FORMATS,
        RenderError,
        render,
        state_graph,
        to_dot,
        to_mermaid,
        to_plantuml,
    )

    fmt = _format_of(args)
    if fmt is None:
        print(
            f"pide: cannot tell the format of '{args.output}'; use --format "
            "dot|mermaid|plantuml|svg|png",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if fmt in IMAGE_FORMATS and args.output is None:
        print(f"pide: {fmt} output needs -o FILE", file=sys.stderr)
        return EXIT_ERROR
    result = compile_path(args.path)
    if not result.ok or result.program is None:
        print(render_all(result.errors, result.sources), file=sys.stderr)
        return EXIT_ERROR
    machines = result.program.machines
    names = args.machine or list(machines)
    unknown = [n for n in names if n not in machines]
    if unknown:
        print(
            f"pide: no machine or monitor named {', '.join(map(repr, unknown))} "
            f"(there are: {', '.join(machines)})",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if fmt in ("mermaid", "plantuml") and len(names) != 1:
        print(f"pide: {fmt} draws one machine at a time; choose it with -m NAME", file=sys.stderr)
        return EXIT_ERROR
    graphs = [state_graph(machines[n]) for n in names]
    if fmt == "mermaid":
        text = to_mermaid(graphs[0])
    elif fmt == "plantuml":
        text = to_plantuml(graphs[0])
    else:
        text = to_dot(graphs)
    if fmt in IMAGE_FORMATS:
        try:
            data = render(text, fmt)
        except RenderError as error:
            print(f"pide: {error}", file=sys.stderr)
            return EXIT_ERROR
    else:
        data = text.encode()
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.output).write_bytes(data)
    except OSError as error:
        print(f"pide: cannot write {args.output}: {error.strerror}", file=sys.stderr)
        return EXIT_ERROR
    print(f"wrote {args.output}")
    return EXIT_OK
