"""Cold start: how long a fresh `pide check` takes to its first schedule (issue 3: 0.5 s).

Run: python bench/coldstart.py [--runs 7]

Every figure comes from a fresh interpreter, as a user's shell would start one, and is
printed as best / median of `runs` (wall clock, then the child's CPU time, which a busy
machine disturbs less):

* `pide check examples/bank/Bank.pproj -tc tcSingleClient -s 1 --seed 1`, end to end, run
  the way the `pide` console script runs it (`from pide.cli import main`), and `pide compile`
  on the same project; `python -c pass` is the interpreter's own start, for scale;
* the same, with the bytecode cache of a normal install (`__pycache__`, here kept in a
  temporary PYTHONPYCACHEPREFIX) and, when this checkout has none (e.g. the environment
  sets PYTHONDONTWRITEBYTECODE), without it: every pide module compiled from source;
* the phases inside one cold check (wall and CPU): imports, loading the project, parsing,
  analysis, compiling to Python, the first schedule;
* the import time of the biggest modules on the check path (`-X importtime`, self time)
  and of the IDE's application module.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANK = str(ROOT / "examples" / "bank" / "Bank.pproj")
CHECK = ["check", BANK, "-tc", "tcSingleClient", "-s", "1", "--seed", "1", "--quiet"]
COMPILE = ["compile", BANK]
# Children run elsewhere: `-c` puts the working directory first on sys.path, and the
# checkout's `pide/` folder must not shadow the installed package (or PYTHONPATH).
_CWD = tempfile.gettempdir()
MAIN = "import sys; from pide.cli import main; sys.exit(main())"

PHASES = f"""
import time
marks = [(time.perf_counter(), time.process_time())]
def mark():
    marks.append((time.perf_counter(), time.process_time()))
import pide.cli, pide.check_cli
from pide.core.api import select_tests
from pide.core.check import CheckConfig, Checker
from pide.core.project import load_project
from pide.core.runtime import compile_program, load_foreign_functions
from pide.core.semantics.analyze import analyze
from pide.core.syntax import ast
from pide.core.syntax.parser import parse_source
mark()
project, _ = load_project({BANK!r})
mark()
units = tuple(parse_source(f)[0] for f in project.files)
mark()
result = analyze(ast.Program(units))
mark()
table, _ = load_foreign_functions(project.foreign_dirs)
compiled = compile_program(result.program, table)
mark()
(test,) = select_tests(result.program, "tcSingleClient")
report = Checker().run(compiled, test, CheckConfig(schedules=1, seed=1, strategy="random"))
mark()
assert report.bug is None
for (w0, c0), (w1, c1) in zip(marks, marks[1:]):
    print((w1 - w0) * 1000, (c1 - c0) * 1000)
"""
PHASE_NAMES = ("imports", "load project", "parse", "analyze", "compile", "first schedule")

# Modules whose own import time is worth watching (see docs/architecture.md).
WATCHED = (
    "pide.core.syntax.ast",
    "pide.core.semantics.ir",
    "pide.core.trace.events",
    "pide.core.semantics.symbols",
    "pide.core.semantics.types",
    "pide.core.trace.model",
    "pide.core.check.report",
    "pide.core.syntax.transformer",
    "pide.core.syntax.parser",
    "pide.core.fastdataclass",
    "dataclasses",
    "argparse",
    "lark",
)


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float, str, str]:
    """(wall s, CPU s, stdout, stderr) of one fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=_CWD, check=False
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:3])} failed:\n{done.stderr}")
    return wall, cpu, done.stdout, done.stderr


def timed(label: str, args: list[str], env: dict[str, str], runs: int) -> None:
    run_child(args, env)  # warm the OS file cache (and the bytecode cache, where written)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu, _out, _err = run_child(args, env)
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)
    print(
        f"  {label:<28} wall {min(walls):6.0f} / {statistics.median(walls):6.0f} ms"
        f"   cpu {min(cpus):6.0f} / {statistics.median(cpus):6.0f} ms"
    )


def phases(env: dict[str, str], runs: int) -> None:
    rows: list[list[tuple[float, float]]] = []
    for _ in range(runs):
        _wall, _cpu, out, _err = run_child(["-c", PHASES], env)
        rows.append([(float(w), float(c)) for w, c in (line.split() for line in out.splitlines())])
    print("  phases of one cold check, median ms (wall / cpu):")
    for i, name in enumerate(PHASE_NAMES):
        wall = statistics.median(r[i][0] for r in rows)
        cpu = statistics.median(r[i][1] for r in rows)
        print(f"    {name:<16} {wall:7.1f} / {cpu:6.1f}")


def import_times(env: dict[str, str], runs: int) -> None:
    selves: dict[str, list[tuple[int, int]]] = {m: [] for m in WATCHED}
    totals: list[int] = []
    for _ in range(runs):
        _wall, _cpu, _out, err = run_child(["-X", "importtime", "-c", MAIN, *CHECK], env)
        total = 0
        seen: dict[str, tuple[int, int]] = {}
        for line in err.splitlines():
            if not line.startswith("import time:") or "|" not in line:
                continue
            self_us, cumulative_us, name = line[len("import time:") :].split("|")
            if self_us.strip().isdigit():
                total += int(self_us)
                # A module first imported through its package's __init__ is listed twice.
                own, cumulative = seen.get(name.strip(), (0, 0))
                seen[name.strip()] = (own + int(self_us), max(cumulative, int(cumulative_us)))
        totals.append(total)
        for name, values in selves.items():
            if name in seen:
                values.append(seen[name])
    total = statistics.median(totals) / 1000
    print(f"  all imports of a cold check (self times summed, median): {total:.0f} ms")
    print("  import time, self / with what it imports, best run (the least disturbed):")
    for name, values in selves.items():
        if values:
            own, cumulative = min(values)
            shown = f"{own / 1000:6.1f} / {cumulative / 1000:6.1f} ms"
        else:
            shown = "     not imported"
        print(f"    {name:<32} {shown}")


def environments(cache: str) -> list[tuple[str, dict[str, str]]]:
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = cache
    found = [("with bytecode cache", cached)]
    if not (ROOT / "core" / "__pycache__").exists() and not os.environ.get("PYTHONPYCACHEPREFIX"):
        source = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        found.append(("without bytecode cache", source))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"pide cold start, best / median of {args.runs} fresh interpreters")
    with tempfile.TemporaryDirectory(prefix="pide-pycache-") as cache:
        for title, env in environments(cache):
            print(f"{title}:")
            timed("python -c pass", ["-c", "pass"], env, args.runs)
            timed("pide check (bank, -s 1)", ["-c", MAIN, *CHECK], env, args.runs)
            timed("pide compile (bank)", ["-c", MAIN, *COMPILE], env, args.runs)
            timed("import pide.app (the IDE)", ["-c", "import pide.app"], env, args.runs)
            phases(env, args.runs)
            import_times(env, args.runs)


if __name__ == "__main__":
    main()
