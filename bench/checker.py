"""Checker throughput: random schedules/s and steps/s, DFS states/s and bytes per state,
and the speed-up of `-j 2` over `-j 1`.

Run: python bench/checker.py [--seconds 3] [--repeat 3] [--dfs-seconds 20] [--j-seconds 8]
Figures are per CPU second (`time.process_time`), best of `repeat`, so a busy machine
disturbs them as little as possible. Random testing runs the bank example's test cases;
the exhaustive search runs the bank's tcSharedAccount (over a million states) and a
generated message-counting model with short handlers (`COUNTERS`, also over a million).
The parallel section is wall-clock, as a user sees it: `run_parallel` on tcSharedAccount
(a passing test) with enough schedules for about `--j-seconds` in one process, with one and
with two worker processes; the two-worker time includes starting the workers (spawn, import,
compile the model), which is also measured on its own.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from pide.core.api import compile_path, compile_sources
from pide.core.check import parallel
from pide.core.check.dfs import explore
from pide.core.check.parallel import run_parallel
from pide.core.check.report import CheckConfig
from pide.core.check.strategies import RandomStrategy
from pide.core.runtime.compiled import CompiledProgram, compile_program
from pide.core.runtime.runtime import Runtime
from pide.core.semantics.ir import ProgramIR
from pide.core.source import SourceFile

ROOT = Path(__file__).resolve().parents[1]

COUNTERS = """
// Three producers each send `n` increments to one counter; every interleaving of their
// deliveries is a distinct path, and the counter's map makes most prefixes distinct states.
event inc: (from: int, by: int);
event done: int;
machine Main {
  start state S {
    entry {
      var c: Counter; var i: int;
      c = new Counter();
      while (i < 3) { new Producer((counter = c, me = i, n = 3)); i = i + 1; }
    }
  }
}
machine Producer {
  start state S {
    entry (cfg: (counter: Counter, me: int, n: int)) {
      var k: int;
      while (k < cfg.n) { send cfg.counter, inc, (from = cfg.me, by = k + 1); k = k + 1; }
      send cfg.counter, done, cfg.me;
    }
  }
}
machine Counter {
  var totals: map[int, int];
  var finished: int;
  start state S {
    on inc do (m: (from: int, by: int)) {
      if (!(m.from in totals)) { totals[m.from] = 0; }
      totals[m.from] = totals[m.from] + m.by;
    }
    on done do (who: int) {
      finished = finished + 1;
      assert totals[who] == 6, "lost an increment";
    }
  }
}
"""


def counters() -> tuple[CompiledProgram, ProgramIR]:
    result = compile_sources([SourceFile("counters.p", COUNTERS)])
    assert result.program is not None, result.errors
    return compile_program(result.program), result.program


def random_rate(
    compiled: CompiledProgram, program: ProgramIR, test: str, seconds: float
) -> tuple[float, float, float]:
    rt = Runtime(compiled, program.tests[test], max_steps=10_000)
    strategy = RandomStrategy(1)
    schedules = steps = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for _ in range(50):
            strategy.begin(schedules)
            rt.reset(strategy)
            outcome = rt.run()
            schedules += 1
            steps += outcome.steps
    elapsed = time.process_time() - start
    return schedules / elapsed, steps / elapsed, steps / schedules


def dfs_rate(
    compiled: CompiledProgram, program: ProgramIR, test: str, seconds: float
) -> tuple[int, float, bool, float]:
    rt = Runtime(compiled, program.tests[test], journaling=True, max_steps=10_000)
    start = time.process_time()
    result = explore(rt, time.perf_counter() + seconds)
    elapsed = time.process_time() - start
    return (
        result.states,
        result.states / elapsed,
        result.complete and result.stopped == "exhausted",
        result.bytes_per_state,
    )


def parallel_rates(
    compiled: CompiledProgram, program: ProgramIR, test: str, seconds: float, repeat: int
) -> tuple[int, dict[int, tuple[float, float]], list[float]]:
    """Schedules/s of `run_parallel` with one and with two workers (starting the workers
    included) on enough schedules for about `seconds` in one process, best of `repeat`:
    {workers: (schedules per wall second, CPU seconds used per wall second)}. The second
    figure says how much of the machine the run got: on a machine shared with other jobs
    two workers may not get two cores. Also the sorted speed-ups of each back-to-back pair
    of runs: on a virtual machine whose speed drifts from one run to the next, a pair's
    ratio is steadier than the ratio of two bests taken minutes apart."""
    case = program.tests[test]
    calibrate = CheckConfig(strategy="random", seed=1, schedules=1000, record_trace=False)
    start = time.perf_counter()
    run_parallel(compiled, case, calibrate, workers=1)
    per_schedule = (time.perf_counter() - start) / calibrate.schedules
    schedules = max(100, int(seconds / per_schedule))
    config = CheckConfig(
        strategy="random", seed=1, max_steps=10_000, schedules=schedules, record_trace=False
    )
    best: dict[int, tuple[float, float]] = {}
    ratios: list[float] = []
    for _ in range(repeat):
        pair: dict[int, float] = {}
        for workers in (1, 2):
            cpu = _cpu_with_children()
            start = time.perf_counter()
            report = run_parallel(compiled, case, config, workers=workers)
            wall = time.perf_counter() - start
            cpu = _cpu_with_children() - cpu
            assert report.bug is None and report.stats.schedules == schedules, report.stopped
            pair[workers] = schedules / wall
            if schedules / wall > best.get(workers, (0.0, 0.0))[0]:
                best[workers] = (schedules / wall, cpu / wall)
        ratios.append(pair[2] / pair[1])
    return schedules, best, sorted(ratios)


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def startup_time(compiled: CompiledProgram, program: ProgramIR, test: str, method: str) -> float:
    """Wall seconds of a two-worker run of four schedules with workers started by `method`
    (`fork` on the command line under Linux, `spawn` in the IDE, see `check.parallel`)."""
    config = CheckConfig(strategy="random", seed=1, schedules=4, record_trace=False)
    default = parallel._start_method
    parallel._start_method = lambda: method
    try:
        start = time.perf_counter()
        run_parallel(compiled, program.tests[test], config, workers=2)
        return time.perf_counter() - start
    finally:
        parallel._start_method = default


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dfs-seconds", type=float, default=20.0)
    parser.add_argument("--j-seconds", type=float, default=8.0)
    args = parser.parse_args()
    bank = compile_path(ROOT / "examples" / "bank" / "Bank.pproj")
    assert bank.program is not None
    compiled = compile_program(bank.program)
    print("random testing (bank example), best of", args.repeat)
    for test in ("tcSingleClient", "tcSharedAccount", "tcManyClients___nClients_3"):
        runs = [random_rate(compiled, bank.program, test, args.seconds) for _ in range(args.repeat)]
        sched, steps, length = max(runs)
        print(
            f"  {test:30} {sched:8.0f} schedules/s {steps:9.0f} steps/s  ({length:.0f} steps/schedule)"
        )
    print(f"exhaustive search (up to {args.dfs_seconds:.0f} s each)")
    cmodel, cprogram = counters()
    for name, (c, p, test) in {
        "counters (generated)": (cmodel, cprogram, "DefaultImpl"),
        "bank tcSharedAccount": (compiled, bank.program, "tcSharedAccount"),
    }.items():
        states, rate, complete, per_state = dfs_rate(c, p, test, args.dfs_seconds)
        done = "complete" if complete else "stopped"
        print(
            f"  {name:30} {states:9d} states {rate:8.0f} states/s  {per_state:5.0f} bytes/state ({done})"
        )
    sys.stdout.flush()
    print(
        f"-j 2 vs -j 1 (bank tcSharedAccount, random, ~{args.j_seconds:.0f} s in one process,"
        f" wall clock, best of {args.repeat})"
    )
    schedules, rates, ratios = parallel_rates(
        compiled, bank.program, "tcSharedAccount", args.j_seconds, args.repeat
    )
    for workers, (rate, cores) in rates.items():
        print(
            f"  -j {workers}: {rate:7.0f} schedules/s ({schedules} schedules, {cores:.2f} CPUs busy)"
        )
    method = parallel._start_method()
    startup = {
        m: startup_time(compiled, bank.program, "tcSharedAccount", m) for m in ("fork", "spawn")
    }
    print(
        f"  speed-up {rates[2][0] / rates[1][0]:.2f}x best to best, per back-to-back pair"
        f" {' '.join(f'{r:.2f}x' for r in ratios)} (median {ratios[len(ratios) // 2]:.2f}x)"
    )
    print(
        f"  workers {method}ed; a 4-schedule run"
        f" with two workers takes {startup['fork']:.2f} s forked, {startup['spawn']:.2f} s"
        " spawned (import + compile, as in the IDE)"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
