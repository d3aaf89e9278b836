"""Layout checks for the example projects under `examples/`.

Every example is a P project in the conventional layout (a `.pproj`, `PSrc/`, `PSpec/`,
`PTst/`), documents its test cases in a README, and states the checker verdict it expects
for each test case in `expected.toml`. These checks keep that contract honest without
running the checker, so they stay fast and independent of the tool chain.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_DIRS = sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and not p.name.startswith("."))
VERDICTS = {"pass", "bug"}
BUG_KINDS = {"assertion", "unhandled-event", "liveness", "deadlock", "runtime-error"}


def _expected(example: Path) -> dict[str, dict[str, str]]:
    with (example / "expected.toml").open("rb") as f:
        return tomllib.load(f)


def test_there_are_at_least_eight_examples() -> None:
    assert len(EXAMPLE_DIRS) >= 8


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_project_layout(example: Path) -> None:
    projects = list(example.glob("*.pproj"))
    assert len(projects) == 1, f"{example.name}: expected exactly one .pproj, found {projects}"
    for sub in ("PSrc", "PSpec", "PTst"):
        folder = example / sub
        assert folder.is_dir(), f"{example.name}: missing {sub}/"
        assert list(folder.glob("*.p")), f"{example.name}: {sub}/ has no .p file"
    assert (example / "README.md").is_file(), f"{example.name}: missing README.md"


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_expected_verdicts(example: Path) -> None:
    expected = _expected(example)
    assert expected, f"{example.name}: expected.toml lists no test case"
    for name, entry in expected.items():
        assert entry.get("verdict") in VERDICTS, f"{example.name}/{name}: bad verdict"
        kind = entry.get("bug_kind", "")
        if entry["verdict"] == "bug":
            assert kind in BUG_KINDS, f"{example.name}/{name}: bad bug_kind {kind!r}"
        else:
            assert kind == "", f"{example.name}/{name}: a passing test has no bug_kind"
    verdicts = {entry["verdict"] for entry in expected.values()}
    assert verdicts == VERDICTS, f"{example.name}: needs at least one passing and one buggy test"


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_readme_and_sources_mention_every_test_case(example: Path) -> None:
    readme = (example / "README.md").read_text(encoding="utf-8")
    tests_source = "\n".join(p.read_text(encoding="utf-8") for p in (example / "PTst").rglob("*.p"))
    for name in _expected(example):
        assert name in readme, f"{example.name}: README.md does not mention {name}"
        assert f" {name} " in tests_source or f" {name}\n" in tests_source, (
            f"{example.name}: no test declaration named {name}"
        )


@pytest.mark.parametrize("example", EXAMPLE_DIRS, ids=lambda p: p.name)
def test_no_test_name_is_a_prefix_of_another(example: Path) -> None:
    # `pide check -tc X` runs every test whose name starts with X.
    names = list(_expected(example))
    for a in names:
        for b in names:
            assert a == b or not b.startswith(a), f"{example.name}: -tc {a} would also run {b}"


def test_index_lists_every_example() -> None:
    index = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for example in EXAMPLE_DIRS:
        assert f"{example.name}/" in index, f"examples/README.md does not list {example.name}"
