"""`pide check` and `pide replay`: the checker from the command line.

Output goes to the terminal (a progress line while running when stderr is a TTY, a summary
at the end) and, for each bug, to files in `--out` (pide's trace with snapshots, P's text
and JSON traces, the `.schedule`), whose paths are printed. `--junit` writes a JUnit report
so a CI system shows each test case as passed or failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pide.core.api import CompileResult, compile_path, select_tests
from pide.core.check import CheckConfig, Checker, CheckReport, StopReason, parse_strategy_name
from pide.core.fastdataclass import dataclass
from pide.core.runtime import CompiledProgram, compile_program, load_foreign_functions
from pide.core.runtime.compiled import CodegenLimitError
from pide.core.semantics.ir import TestCaseIR
from pide.core.syntax.gcpause import long_lived
from pide.core.trace.schedule import ScheduleFormatError, read_schedule
from pide.reporting import ProgressLine, summary_lines, write_artifacts

EXIT_OK, EXIT_BUG, EXIT_ERROR = 0, 1, 2


def add_check_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="explore schedules of test cases and report bugs",
        description="Explore schedules of a model's test cases. Exit 0: no bug; 1: a bug was "
        "found; 2: the model has errors or the arguments are wrong.",
    )
    p.add_argument("path", help="a .p file, a folder of .p files, or a .pproj")
    p.add_argument(
        "-tc", "--testcase", help="test case name, or a prefix selecting several (default: all)"
    )
    p.add_argument("-s", "--schedules", type=_positive, default=1000, help="schedules (1000)")
    p.add_argument("--seed", type=int, help="random seed (chosen and printed if omitted)")
    p.add_argument(
        "--strategy",
        default="portfolio",
        help="portfolio (random and PCT schedules) | random | pct[:d] | dfs (portfolio)",
    )
    p.add_argument("--max-steps", type=_positive, default=1000, help="steps per schedule (1000)")
    p.add_argument("--timeout", type=float, help="wall-clock limit in seconds")
    p.add_argument("-j", "--workers", type=_positive, default=1, help="worker processes (1)")
    p.add_argument("--dask", metavar="ADDRESS", help="run the schedules on a Dask cluster")
    p.add_argument("--out", default="pide-out", help="where bug traces go (pide-out)")
    p.add_argument("--junit", metavar="FILE", help="write a JUnit XML report")
    p.add_argument(
        "--liveness-threshold",
        type=int,
        default=None,
        metavar="N",
        help="report a spec that stays hot for N steps without reaching a cold state "
        "(0: off; default: off for declared tests, max-steps/4 for DefaultImpl)",
    )
    p.add_argument(
        "--fail-on-max-steps", action="store_true", help="reaching the step bound is a bug"
    )
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "replay",
        help="re-run a .schedule file and print its trace",
        description="Replay a schedule exactly. Exit 1 when it reproduces a bug, 0 when the "
        "run ends without one, 2 when the schedule does not fit the model.",
    )
    p.add_argument("path", help="the model (a .p file, folder or .pproj)")
    p.add_argument("schedule", help="a .schedule file written by pide or by P's checker")
    p.add_argument("-tc", "--testcase", help="test case (default: the schedule's, or the only one)")
    p.add_argument("--format", choices=("text", "json", "pide"), default="text")
    p.add_argument("--max-steps", type=_positive, default=1000)
    p.set_defaults(func=cmd_replay)


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return value


@dataclass(slots=True)
class _Loaded:
    result: CompileResult
    compiled: CompiledProgram
    tests: list[TestCaseIR]


def compile_runnable(path: str) -> tuple[CompileResult, CompiledProgram] | None:
    """Compile `path` down to runnable code with its foreign functions, printing the
    diagnostics (or the problem) when that fails; `pide check`, `replay` and `monitor`."""
    from pide.cli import _print_diagnostics

    # The AST, IR and generated code live as long as the process and hold no garbage
    # cycles: the cyclic GC need not examine them (see pide.core.syntax.gcpause).
    with long_lived():
        result = compile_path(path)
    if not result.ok or result.program is None:
        _print_diagnostics(result, "text")
        return None
    foreign_dirs = result.project.foreign_dirs if result.project else ()
    table, problems = load_foreign_functions(foreign_dirs)
    for problem in problems:
        print(f"pide: {problem}", file=sys.stderr)
    try:
        with long_lived():
            return result, compile_program(result.program, table)
    except CodegenLimitError as error:
        from pide.core.diagnostics.render import render_diagnostic

        source = result.sources.get(error.diagnostic.span.file)
        print(render_diagnostic(error.diagnostic, source), file=sys.stderr)
        return None


def _load(path: str, testcase: str | None, *, several: bool = True) -> _Loaded | int:
    """Compile `path` and pick its test cases (`several`: all of them when `testcase` is
    None; otherwise exactly one must be meant); an exit code when that fails."""
    loaded = compile_runnable(path)
    if loaded is None:
        return EXIT_ERROR
    result, compiled = loaded
    assert result.program is not None
    tests = select_tests(result.program, testcase)
    if not tests:
        names = ", ".join(result.program.tests) or "none"
        if testcase:
            print(f"pide: no test case matches '{testcase}' (test cases: {names})", file=sys.stderr)
        else:
            print(
                "pide: the model has no test case: declare a test, or a machine named Main",
                file=sys.stderr,
            )
        return EXIT_ERROR
    if testcase is None and len(tests) > 1 and not several:
        print(
            f"pide: the model has {len(tests)} test cases; choose one with -tc NAME "
            "(or give the schedule's own):",
            file=sys.stderr,
        )
        for t in tests:
            print(f"  {t.name}", file=sys.stderr)
        return EXIT_ERROR
    return _Loaded(result, compiled, tests)


def cmd_check(args: argparse.Namespace) -> int:
    try:
        parse_strategy_name(args.strategy)
    except ValueError as e:
        print(f"pide: {e}", file=sys.stderr)
        return EXIT_ERROR
    loaded = _load(args.path, args.testcase)
    if isinstance(loaded, int):
        return loaded
    project = loaded.result.project
    project_name = project.name if project else Path(args.path).stem
    config = CheckConfig(
        schedules=args.schedules,
        max_steps=args.max_steps,
        seed=args.seed,
        strategy=args.strategy,
        timeout=args.timeout,
        liveness_threshold=args.liveness_threshold,
        fail_on_max_steps=args.fail_on_max_steps,
        project_name=project_name,
    )
    show_progress = sys.stderr.isatty() and not args.quiet
    reports: list[CheckReport] = []
    exit_code = EXIT_OK
    for test in loaded.tests:
        print(f".. checking {test.name} ({_describe(config, args)})")
        progress = ProgressLine(config, sys.stderr) if show_progress else None
        started = time.perf_counter()
        report = _run(loaded, test, config, args, progress)
        if progress is not None:
            progress.close()
        reports.append(report)
        for line in summary_lines(report, time.perf_counter() - started):
            print(line)
        if report.stopped is StopReason.ERROR:
            print(f"pide: {report.error}", file=sys.stderr)
            return EXIT_ERROR
        if report.bug is not None:
            exit_code = EXIT_BUG
            for path in write_artifacts(report, Path(args.out), project_name):
                print(f"..... wrote {path}")
        if report.stopped is StopReason.INTERRUPTED:
            break
    if len(loaded.tests) > 1:
        buggy = [r.test_name for r in reports if r.bug is not None]
        verdict = f"{len(buggy)} found a bug ({', '.join(buggy)})" if buggy else "no bug"
        print(f".. {len(reports)} of {len(loaded.tests)} test cases checked: {verdict}")
    if args.junit:
        from pide.junit import write_junit  # XML only when asked for

        write_junit(Path(args.junit), project_name, reports, Path(args.out))
        print(f".. JUnit report: {args.junit}")
    return exit_code


def _describe(config: CheckConfig, args: argparse.Namespace) -> str:
    parts = [f"strategy {config.strategy}"]
    if config.strategy != "dfs":
        parts.append(f"{config.schedules} schedules")
    parts.append(f"max {config.max_steps} steps")
    if args.workers > 1:
        parts.append(f"{args.workers} workers")
    if args.dask:
        parts.append(f"dask {args.dask}")
    return ", ".join(parts)


def _run(
    loaded: _Loaded,
    test: TestCaseIR,
    config: CheckConfig,
    args: argparse.Namespace,
    progress: ProgressLine | None,
) -> CheckReport:
    observer = progress.update if progress is not None else None
    if args.dask or args.workers > 1:
        from pide.core.check.parallel import run_parallel

        return run_parallel(
            loaded.compiled,
            test,
            config,
            workers=args.workers,
            dask_address=args.dask,
            observer=observer,
        )
    return Checker().run(loaded.compiled, test, config, observer)


def cmd_replay(args: argparse.Namespace) -> int:
    from pide.core.trace.pide_json import dump_trace
    from pide.core.trace.pjson import write_json_trace
    from pide.core.trace.ptext import write_text_trace

    try:
        schedule = read_schedule(Path(args.schedule).read_text(encoding="utf-8"))
    except OSError as e:
        print(f"pide: cannot read {args.schedule}: {e.strerror}", file=sys.stderr)
        return EXIT_ERROR
    except ScheduleFormatError as e:
        print(f"pide: {args.schedule}:{e.line_no}: {e.message}", file=sys.stderr)
        return EXIT_ERROR
    testcase = args.testcase or schedule.test_method
    loaded = _load(args.path, testcase, several=False)
    if isinstance(loaded, int):
        return loaded
    test = loaded.tests[0]
    config = CheckConfig(strategy="replay", replay=schedule, max_steps=args.max_steps)
    report = Checker().run(loaded.compiled, test, config)
    if report.stopped in (StopReason.DIVERGED, StopReason.ERROR):
        print(f"pide: {report.error}", file=sys.stderr)
        return EXIT_ERROR
    trace = report.trace
    if trace is not None:
        if args.format == "json":
            print(write_json_trace(trace))
        elif args.format == "pide":
            print(dump_trace(trace))
        else:
            print(write_text_trace(trace))
    if report.bug is None:
        print(".. the schedule ran to its end without a bug", file=sys.stderr)
        return EXIT_OK
    print(f".. reproduced: {report.bug.message}", file=sys.stderr)
    return EXIT_BUG
