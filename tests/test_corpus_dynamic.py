"""The checker corpus: every program under `tests/corpus/dynamic/` gets its folder's verdict.

Layout: `tests/corpus/dynamic/<area>/{DynamicError,Correct}/<name>.p`. The first line of a
program may carry tags:

* `// bug: <kind>` (DynamicError programs, exactly one): `assertion`, `unhandled-event`,
  `deadlock`, `runtime-error`, `liveness` or `cycle` (a raise/goto cycle that never
  reaches a scheduling point, reference 8.9).
* `test: <name>` (several test declarations): the test case to run, selected like
  `p check -tc` (exact name, else every case whose name starts with it). Without it every
  test case of the program runs: a single `test` declaration (a parameterised one expands
  into several cases), or the synthesised `DefaultImpl` of a program with a `Main` machine.

Each selected case runs with the random strategy, seed 0 and at most 1,000 steps per
schedule, with the liveness temperature check off (threshold 0, like the reference's own
regression runner, reference 8.9): only the end-of-run hot-state check reports liveness.

* DynamicError: 1,000 schedules; some case must find a bug whose kind matches the tag.
* Correct: no case may find a bug in 200 schedules. Fewer than for DynamicError because a
  Correct program never stops early, and the non-terminating ones (ping-pong, timers) run
  every schedule to the step bound; 200 keeps the whole file under about two minutes.

The `runtime-error` tag covers every error of reference 8.9 that is not an assertion,
unhandled event, deadlock or liveness violation: expression errors, and the send, announce
and create checks, which the checker reports under kinds of their own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pide.core.api import CompileResult, compile_path, select_tests
from pide.core.diagnostics import render_all
from pide.core.semantics import ir

try:
    from pide.core.check import CheckConfig, Checker
    from pide.core.runtime import compile_program

    HAVE_CHECKER = True
except ImportError:  # the checker is not there yet: only the compile tests run
    HAVE_CHECKER = False

CORPUS = Path(__file__).resolve().parent / "corpus" / "dynamic"
SEED = 0
MAX_STEPS = 1000
BUGGY_SCHEDULES = 1000
CORRECT_SCHEDULES = 200

ACCEPTED_KINDS: dict[str, frozenset[str]] = {
    "assertion": frozenset({"assertion"}),
    "unhandled-event": frozenset({"unhandled_event"}),
    "deadlock": frozenset({"deadlock"}),
    "runtime-error": frozenset({"runtime_error", "send_error", "announce_error", "create_error"}),
    "liveness": frozenset({"liveness", "liveness_temperature"}),
    "cycle": frozenset({"execution_bound"}),
}
_BUG_TAG = re.compile(r"\bbug:\s*([a-z-]+)")
_TEST_TAG = re.compile(r"\btest:\s*(\w+)")

# Programs on which the checker disagrees with the reference (which is the authority): the
# program stays, the test is a strict xfail, so fixing the checker turns it into an XPASS.
KNOWN_DISAGREEMENTS: dict[str, str] = {}

needs_checker = pytest.mark.skipif(not HAVE_CHECKER, reason="pide.core.check is not available")


def corpus(verdict: str, checked: bool = False) -> list[object]:
    """The programs of one verdict; with `checked`, known disagreements are strict xfails."""
    paths = sorted(CORPUS.glob(f"*/{verdict}/*.p"))
    if not checked:
        return list(paths)
    params: list[object] = []
    for path in paths:
        reason = KNOWN_DISAGREEMENTS.get(corpus_id(path))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(path, marks=marks, id=corpus_id(path)))
    return params


def corpus_id(path: Path) -> str:
    return str(path.relative_to(CORPUS).with_suffix(""))


def first_line(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.splitlines()[0] if text else ""


def compiled_cases(path: Path) -> tuple[CompileResult, list[ir.TestCaseIR]]:
    result = compile_path(path)
    assert result.ok, render_all(result.errors, result.sources)
    assert result.program is not None
    tag = _TEST_TAG.search(first_line(path))
    cases = select_tests(result.program, tag.group(1) if tag else None)
    assert cases, f"no test case selected (tag {tag.group(1) if tag else None!r})"
    return result, cases


def first_bug(path: Path, schedules: int) -> tuple[str, str, str] | None:
    """(test case, bug kind, message) of the first selected case that finds a bug."""
    result, cases = compiled_cases(path)
    assert result.program is not None
    compiled = compile_program(result.program)
    config = CheckConfig(schedules=schedules, max_steps=MAX_STEPS, seed=SEED, record_trace=False)
    for case in cases:
        report = Checker().run(compiled, case, config)
        assert report.error is None, report.error
        if report.bug is not None:
            return case.name, report.bug.kind, report.bug.message
    return None


@pytest.mark.parametrize("path", corpus("DynamicError"), ids=corpus_id)
def test_dynamic_error_tag(path: Path) -> None:
    tags = _BUG_TAG.findall(first_line(path))
    assert len(tags) == 1 and tags[0] in ACCEPTED_KINDS, f"bad bug tag {tags}"


@pytest.mark.parametrize("path", corpus("DynamicError") + corpus("Correct"), ids=corpus_id)
def test_program_compiles(path: Path) -> None:
    compiled_cases(path)


@needs_checker
@pytest.mark.parametrize("path", corpus("DynamicError", checked=True))
def test_buggy_program_finds_its_bug(path: Path) -> None:
    (expected,) = _BUG_TAG.findall(first_line(path))
    found = first_bug(path, BUGGY_SCHEDULES)
    assert found is not None, f"no bug in {BUGGY_SCHEDULES} schedules (expected {expected})"
    case, kind, message = found
    assert kind in ACCEPTED_KINDS[expected], f"{case}: expected {expected}, got {kind}: {message}"


@needs_checker
@pytest.mark.parametrize("path", corpus("Correct", checked=True))
def test_correct_program_has_no_bug(path: Path) -> None:
    found = first_bug(path, CORRECT_SCHEDULES)
    assert found is None, "unexpected bug in {}: {} {}".format(*found) if found else ""
