"""Every test case of every example gets the verdict its `expected.toml` documents.

Each case runs like `pide check <pproj> -tc <name> --seed 1` (a parameterised test's
variants all run). Passing cases explore 500 schedules, buggy ones up to 1,000.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pide.core.api import compile_path, select_tests
from pide.core.check import CheckConfig, Checker
from pide.core.runtime import compile_program

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KINDS = {
    "assertion": {"assertion"},
    "unhandled-event": {"unhandled_event"},
    "liveness": {"liveness", "liveness_temperature"},
    "deadlock": {"deadlock"},
    "runtime-error": {"runtime_error", "send_error", "announce_error", "create_error"},
}


def cases() -> list[tuple[Path, str, str, str]]:
    found = []
    for expected in sorted(EXAMPLES.glob("*/expected.toml")):
        pproj = next(expected.parent.glob("*.pproj"))
        for name, entry in tomllib.loads(expected.read_text()).items():
            found.append((pproj, name, entry["verdict"], entry.get("bug_kind", "")))
    return found


@pytest.mark.parametrize(
    ("pproj", "name", "verdict", "kind"),
    cases(),
    ids=[f"{p.parent.name}-{n}" for p, n, _, _ in cases()],
)
def test_example_verdict(pproj: Path, name: str, verdict: str, kind: str) -> None:
    result = compile_path(pproj)
    assert result.ok and result.program is not None, result.errors
    compiled = compile_program(result.program)
    tests = select_tests(result.program, name)
    assert tests, f"no test case {name}"
    schedules = 500 if verdict == "pass" else 1000
    bugs = []
    for test in tests:
        report = Checker().run(
            compiled, test, CheckConfig(seed=1, schedules=schedules, record_trace=False)
        )
        assert report.error is None, report.error
        if report.bug is not None:
            bugs.append(report.bug)
    if verdict == "pass":
        assert not bugs, f"unexpected bug: {bugs[0].message}"
    else:
        assert bugs, "the documented bug was not found"
        assert bugs[0].kind in KINDS[kind], f"found {bugs[0].kind}: {bugs[0].message}"
