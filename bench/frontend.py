"""Front-end throughput: lines/second for parse, and for parse + analyze.

Run: python bench/frontend.py [--lines 5000] [--repeat 5]
Prints the best of `repeat` runs on a generated model of about `lines` lines (see
gen_model.py), so a busy machine disturbs the figure as little as possible.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_model import generate
from pide.core.api import compile_sources
from pide.core.source import SourceFile
from pide.core.syntax.parser import parse_source


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    source = SourceFile("generated.p", generate(args.lines))
    lines = source.line_count
    unit, diags = parse_source(source)  # warm-up (loads the cached LALR tables)
    assert not diags, diags[:3]
    parse_time = best(lambda: parse_source(source), args.repeat)
    result = compile_sources([source])
    assert result.ok, result.errors[:3]
    full_time = best(lambda: compile_sources([source]), args.repeat)
    print(f"model: {lines} lines, {len(unit.decls)} declarations")
    print(f"parse:            {lines / parse_time:10,.0f} lines/s  ({parse_time * 1000:.0f} ms)")
    print(f"parse + analyze:  {lines / full_time:10,.0f} lines/s  ({full_time * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
