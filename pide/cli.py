"""The `pide` command line.

`pide PATH` opens the IDE; the sub-commands are the headless pipeline. Exit codes are stable
so a broken model or a failing check blocks a build:

* 0 — success (no error, no bug)
* 1 — the checker found a bug (`check`, `replay` reproduced it)
* 2 — the model has errors, or the arguments/inputs are wrong

Textual is imported only when the IDE opens, so the headless commands start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pide.core.syntax.gcpause import long_lived

if TYPE_CHECKING:
    from pide.core.api import CompileResult

EXIT_OK = 0
EXIT_BUG = 1
EXIT_ERROR = 2

COMMANDS = ("compile", "tests", "check", "replay", "diagram", "trace", "monitor", "explain", "open")
# Sub-commands defined in their own modules, each imported only when its command runs (or
# for the full help), so a command's cold start loads what it needs and nothing else.
_COMMAND_MODULES = {
    "check": ("pide.check_cli", "add_check_commands"),
    "replay": ("pide.check_cli", "add_check_commands"),
    "diagram": ("pide.diagram_cli", "add_diagram_command"),
    "trace": ("pide.trace_cli", "add_trace_command"),
    "monitor": ("pide.monitor_cli", "add_monitor_command"),
}


def _print_diagnostics(result: CompileResult, fmt: str) -> None:
    import json

    from pide.core.diagnostics import render_diagnostic

    if fmt == "json":
        payload = {
            "ok": result.ok,
            "diagnostics": [d.to_json() for d in result.diagnostics],
        }
        print(json.dumps(payload, indent=2))
        return
    if fmt == "sarif":
        from pide.sarif import to_sarif

        print(json.dumps(to_sarif(result.diagnostics), indent=2))
        return
    for d in result.diagnostics:
        print(render_diagnostic(d, result.sources.get(d.span.file)), file=sys.stderr)
    errors, warnings = len(result.errors), len(result.warnings)
    if errors or warnings:
        print(
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}",
            file=sys.stderr,
        )


def cmd_compile(args: argparse.Namespace) -> int:
    from pide.core.api import compile_path

    result = compile_path(args.path)
    _print_diagnostics(result, args.format)
    if not result.ok:
        return EXIT_ERROR
    if args.format == "text" and result.program is not None:
        machines = sum(1 for m in result.program.machines.values() if m.kind == "machine")
        monitors = len(result.program.machines) - machines
        print(
            f"ok: {len(result.sources)} file(s), {machines} machine(s), {monitors} monitor(s), "
            f"{len(result.program.tests)} test case(s)"
        )
    return EXIT_OK


def cmd_tests(args: argparse.Namespace) -> int:
    import json

    from pide.core.api import compile_path

    result = compile_path(args.path)
    if not result.ok or result.program is None:
        _print_diagnostics(result, "text")
        return EXIT_ERROR
    tests = list(result.program.tests.values())
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "name": t.name,
                        "kind": t.kind,
                        "main": t.main,
                        "specs": [m.monitor for m in t.monitors],
                        "params": t.param_values,
                    }
                    for t in tests
                ],
                indent=2,
            )
        )
        return EXIT_OK
    if not tests:
        print("no test cases (declare a test, or a machine named Main for DefaultImpl)")
        return EXIT_OK
    width = max(len(t.name) for t in tests)
    for t in tests:
        specs = ", ".join(m.monitor for m in t.monitors) or "-"
        print(f"{t.name:<{width}}  main={t.main}  specs={specs}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from pide.explain import explain

    text = explain(args.code)
    if text is None:
        print(f"pide: unknown diagnostic code '{args.code}'", file=sys.stderr)
        return EXIT_ERROR
    print(text)
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    try:
        from pide.app import run_app
    except ImportError as e:  # pragma: no cover - the IDE ships with pide
        print(f"pide: the IDE is not available: {e}", file=sys.stderr)
        return EXIT_ERROR
    code: int = run_app(args.path)
    return code


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; given a known `command`, with only that command's module
    imported (the others' sub-commands are left out: they are not being run)."""
    parser = argparse.ArgumentParser(
        prog="pide",
        description="A toolchain and terminal IDE for the P language.",
        epilog="Run 'pide PATH' to open the IDE on a .p file, a folder or a .pproj.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("compile", help="parse and type-check a model; report diagnostics")
    p.add_argument("path", help="a .p file, a folder of .p files, or a .pproj")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("tests", help="list the test cases of a model")
    p.add_argument("path")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_tests)

    if command in COMMANDS:
        wanted = [_COMMAND_MODULES[command]] if command in _COMMAND_MODULES else []
    else:
        wanted = list(dict.fromkeys(_COMMAND_MODULES.values()))
    for module, adder in wanted:
        getattr(importlib.import_module(module), adder)(sub)

    p = sub.add_parser("explain", help="explain a diagnostic code, e.g. 'pide explain P0301'")
    p.add_argument("code")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("open", help="open the IDE (the default when only a path is given)")
    p.add_argument("path", nargs="?", default=".")
    p.set_defaults(func=cmd_open)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in COMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "open")
    with long_lived():  # the command's modules and classes: see pide.core.syntax.gcpause
        parser = build_parser(args_list[0] if args_list else None)
    args = parser.parse_args(args_list)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    if getattr(args, "path", None) and args.command != "open" and not Path(args.path).exists():
        print(f"pide: {args.path}: no such file or directory", file=sys.stderr)
        return EXIT_ERROR
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("pide: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
