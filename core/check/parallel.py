"""Parallel checking: split the schedules of one test case over worker processes.

Schedules are independent, so worker `i` runs its share of them with its own seed
(`seed + i`: its own random stream). Workers share one number, the lowest schedule index
at which any of them found a bug: a worker stops before a later index, so the others stop
soon after the first bug, yet every worker still runs every index up to it. The merged
report carries the bug at the lowest index (ties to the lowest worker), with the schedule
and trace its worker recorded: for a given seed and worker count the reported bug does not
depend on which process ran faster. Ctrl-C is the parent's alone: it sets the bound below
every index, and each worker returns what it explored. Compiled
programs cannot be pickled (their functions are generated with `exec`). On Linux, from a
process with no other thread (the command line), workers are forked: they inherit the
compiled program and start in milliseconds. Otherwise (the IDE runs checks in a thread, and
forking a threaded process is unsafe) they are spawned: each imports pide, compiles the
(picklable) IR again and reloads foreign functions from the files they came from, about
half a second (`bench/checker.py` measures it). Exhaustive search does not split: `dfs`
runs in the calling process.

With a Dask scheduler address, the shares are submitted to a `dask.distributed` cluster
instead; workers then only stop at their own first bug (the merged choice is the same).
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import queue as queue_module
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from pide.core.check.checker import Checker, Observer
from pide.core.check.report import (
    CheckConfig,
    CheckProgress,
    CheckReport,
    CheckStats,
    Coverage,
    StopReason,
)
from pide.core.check.strategies import parse_strategy_name
from pide.core.runtime.compiled import CompiledProgram, compile_program
from pide.core.runtime.foreign import load_foreign_functions
from pide.core.semantics.ir import ProgramIR, TestCaseIR

POLL = 0.2
"""Seconds between two looks at the workers' progress."""

NO_BUG = (1 << 63) - 1
"""The shared bug bound before any worker found one."""


def _share(total: int, workers: int, index: int) -> int:
    return total // workers + (1 if index < total % workers else 0)


_BOUND: Any = None
_PROGRESS: Any = None
_COMPILED: CompiledProgram | None = None


def _init_worker(bound: Any, progress: Any, compiled: CompiledProgram | None) -> None:
    """Runs once in each pool process: the shared bug bound and progress queue arrive by
    inheritance (they cannot be pickled into a task), and so does the compiled program of a
    forked worker."""
    global _BOUND, _PROGRESS, _COMPILED
    _BOUND, _PROGRESS, _COMPILED = bound, progress, compiled
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_method() -> str:
    """`fork` where it is safe and cheap (Linux, no other thread), else `spawn`."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _worker(
    program: ProgramIR | None,
    foreign_files: tuple[str, ...],
    test_name: str,
    config: CheckConfig,
    index: int,
) -> CheckReport:
    """One worker's share (runs in a child process or on a Dask worker). `program` is None
    in a forked worker, which runs the program it inherited."""
    if program is None:
        assert _COMPILED is not None
        compiled = _COMPILED
        program = compiled.program
    else:
        table, _problems = load_foreign_functions(Path(f) for f in foreign_files)
        compiled = compile_program(program, table)
    test = program.tests[test_name]
    progress = _PROGRESS

    def observer(p: CheckProgress) -> None:
        progress.put((index, p))

    return Checker(_BOUND).run(compiled, test, config, observer if progress else None)


def run_parallel(
    compiled: CompiledProgram,
    test: TestCaseIR,
    config: CheckConfig,
    *,
    workers: int = 2,
    dask_address: str | None = None,
    observer: Observer | None = None,
) -> CheckReport:
    """Run `config.schedules` schedules of `test` over `workers` processes (or a Dask
    cluster) and merge the reports."""
    name, _ = parse_strategy_name(config.strategy)
    if name in ("dfs", "replay") or (workers <= 1 and dask_address is None):
        return Checker().run(compiled, test, config, observer)
    seed = config.seed if config.seed is not None else int(time.time()) & 0x7FFFFFFF
    shares = [
        dataclasses.replace(
            config,
            seed=seed + i,
            schedules=_share(config.schedules, workers, i),
            progress_every=max(config.progress_every, 0.2),
        )
        for i in range(workers)
    ]
    shares = [s for s in shares if s.schedules > 0]
    files = compiled.foreign_files
    started = time.perf_counter()
    if dask_address is not None:
        reports = _run_dask(dask_address, compiled.program, files, test.name, shares)
    else:
        reports = _run_pool(compiled, test.name, shares, observer, started)
    merged = merge_reports(test, config, seed, reports, time.perf_counter() - started)
    if observer is not None:
        stats = merged.stats
        observer(
            CheckProgress(stats.schedules, stats.total_steps, stats.elapsed, int(merged.found_bug))
        )
    return merged


def _run_pool(
    compiled: CompiledProgram,
    test_name: str,
    shares: list[CheckConfig],
    observer: Observer | None,
    started: float,
) -> list[CheckReport]:
    method = _start_method()
    context = multiprocessing.get_context(method)
    bound = context.Value("q", NO_BUG)
    progress = context.Queue()
    latest: dict[int, CheckProgress] = {}
    forked = method == "fork"
    # A forked worker inherits the compiled program (initargs are not pickled by fork);
    # a spawned one gets the IR with each task and compiles it.
    initargs = (bound, progress, compiled if forked else None)
    program = None if forked else compiled.program
    files = compiled.foreign_files
    with ProcessPoolExecutor(
        len(shares), mp_context=context, initializer=_init_worker, initargs=initargs
    ) as pool:
        futures: list[Future[CheckReport]] = [
            pool.submit(_worker, program, files, test_name, share, i)
            for i, share in enumerate(shares)
        ]
        try:
            while not all(f.done() for f in futures):
                wait(futures, timeout=POLL)  # returns as soon as the last one is done
                _drain(progress, latest)
                if observer is not None and latest:
                    observer(_sum(latest.values(), time.perf_counter() - started))
        except KeyboardInterrupt:
            with bound.get_lock():
                bound.value = -1  # every worker stops before its next schedule
        return [f.result() for f in futures]


def _drain(progress: Any, latest: dict[int, CheckProgress]) -> None:
    while True:
        try:
            index, p = progress.get_nowait()
        except queue_module.Empty:
            return
        latest[index] = p


def _sum(items: Any, elapsed: float) -> CheckProgress:
    items = list(items)
    return CheckProgress(
        sum(p.schedules for p in items),
        sum(p.steps for p in items),
        elapsed,
        sum(p.bugs for p in items),
    )


def _run_dask(
    address: str,
    program: ProgramIR,
    files: tuple[str, ...],
    test_name: str,
    shares: list[CheckConfig],
) -> list[CheckReport]:
    from dask.distributed import Client  # optional dependency

    with Client(address) as client:  # type: ignore[no-untyped-call]
        futures = [
            client.submit(_worker, program, files, test_name, share, i, pure=False)
            for i, share in enumerate(shares)
        ]
        results: list[CheckReport] = client.gather(futures)
        return results


def merge_reports(
    test: TestCaseIR,
    config: CheckConfig,
    seed: int,
    reports: list[CheckReport],
    elapsed: float,
) -> CheckReport:
    """One report for the run: summed statistics and the bug found at the lowest schedule
    index (ties to the lowest worker index), which does not depend on timing."""
    stats = [r.stats for r in reports if r.stats.schedules]
    total = sum(s.schedules for s in stats)
    steps = sum(s.total_steps for s in stats)
    merged_stats = CheckStats(
        schedules=total,
        total_steps=steps,
        steps_min=min((s.steps_min for s in stats), default=0),
        steps_avg=steps / total if total else 0.0,
        steps_max=max((s.steps_max for s in stats), default=0),
        bounded=sum(s.bounded for s in stats),
        runaway=sum(s.runaway for s in stats),
        runaway_message=next((s.runaway_message for s in stats if s.runaway_message), ""),
        elapsed=elapsed,
        coverage=_merge_coverage([r.stats.coverage for r in reports]),
    )
    buggy = min(
        (r for r in reports if r.bug is not None),
        key=lambda r: r.stats.schedules,  # min keeps the first (lowest worker) of a tie
        default=None,
    )
    errors = [r for r in reports if r.stopped is StopReason.ERROR]
    first = reports[0] if reports else None
    description = (
        f"{first.strategy_description if first else config.strategy} x{len(reports)} workers"
    )
    strategy = first.strategy if first else config.strategy
    if errors:
        stopped, error = StopReason.ERROR, errors[0].error
    elif buggy is not None:
        stopped, error = StopReason.BUG, None
    elif any(r.stopped is StopReason.INTERRUPTED for r in reports):
        stopped, error = StopReason.INTERRUPTED, None
    elif any(r.stopped is StopReason.TIMEOUT for r in reports):
        stopped, error = StopReason.TIMEOUT, None
    else:
        stopped, error = StopReason.SCHEDULES, None
    return CheckReport(
        test.name,
        strategy,
        description,
        buggy.seed if buggy is not None else seed,
        stopped,
        merged_stats,
        buggy.bug if buggy else None,
        buggy.schedule if buggy else None,
        buggy.trace if buggy else None,
        error,
    )


def _merge_coverage(items: list[Coverage]) -> Coverage:
    if not items:
        return Coverage()
    states = sorted({s for c in items for s in c.states})
    handled = sorted({h for c in items for h in c.handled})
    return Coverage(tuple(states), tuple(handled), items[0].total_states, items[0].total_handlers)
