"""`pide check` and `pide replay` as a pipeline sees them: exit codes, printed paths,
artifacts, JUnit, every test case by default, and one clear line for bad input."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pide.cli import main

BANK = Path(__file__).resolve().parent.parent / "examples" / "bank" / "Bank.pproj"

BUGGY = """
machine Main {
  var n: int;
  start state S {
    entry { n = 1; send this, tick; }
    on tick do { n = n + 1; assert n < 3, "counted too far"; send this, tick; }
  }
}
event tick;
"""

TWO_TESTS = """
event ping;
machine Pinger { start state S { entry { send this, ping; } on ping do {} } }
machine Crasher { start state S { entry { assert false, "boom"; } } }
test tcFine [main=Pinger]: { Pinger };
test tcCrash [main=Crasher]: { Crasher };
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, text: str, name: str = "model.p") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_no_bug_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(
        [
            "check",
            str(BANK),
            "-tc",
            "tcSingleClient",
            "-s",
            "20",
            "--seed",
            "1",
            "--out",
            str(tmp_path),
        ],
        capsys,
    )
    assert code == 0
    assert "20 schedules" in out and "coverage:" in out
    assert not any(tmp_path.iterdir())


def test_bug_exits_1_writes_artifacts_and_replays(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    model = write(tmp_path, BUGGY)
    out_dir = tmp_path / "out"
    code, out, _ = run(["check", str(model), "--seed", "3", "--out", str(out_dir)], capsys)
    assert code == 1
    assert "counted too far" in out
    written = [line.split("wrote ", 1)[1] for line in out.splitlines() if "wrote " in line]
    suffixes = sorted(Path(p).name.split(".", 1)[1] for p in written)
    assert suffixes == ["pide-trace.json", "schedule", "trace.json", "txt"]
    assert all(Path(p).is_file() for p in written)
    schedule = next(p for p in written if p.endswith(".schedule"))
    code, out, err = run(["replay", str(model), schedule], capsys)
    assert code == 1
    assert "counted too far" in out and "reproduced" in err
    # The same schedule replays to the identical text trace every time.
    again = run(["replay", str(model), schedule], capsys)[1]
    assert again == out


def test_replay_without_a_bug_prints_the_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    model = write(tmp_path, BUGGY.replace("send this, tick; }\n  }", "}\n  }"))
    schedule = write(tmp_path, "(0)\n" + "(1)\n" * 8, "run.schedule")  # more than it needs
    code, out, err = run(["replay", str(model), str(schedule)], capsys)
    assert code == 0
    assert "Running test" in out and "without a bug" in err


def test_every_test_case_by_default(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    model = write(tmp_path, TWO_TESTS)
    junit = tmp_path / "report.xml"
    argv = ["check", str(model), "-s", "5", "--seed", "1", "--out", str(tmp_path / "o")]
    code, out, _ = run([*argv, "--junit", str(junit)], capsys)
    assert code == 1
    assert ".. checking tcFine" in out and ".. checking tcCrash" in out
    assert "2 of 2 test cases checked: 1 found a bug (tcCrash)" in out
    cases = {c.get("name"): c for c in ET.parse(junit).getroot().iter("testcase")}
    assert set(cases) == {"tcFine", "tcCrash"}
    assert cases["tcCrash"].find("failure") is not None
    assert cases["tcFine"].find("failure") is None
    code, out, _ = run([*argv, "-tc", "tcFine"], capsys)
    assert code == 0 and "tcCrash" not in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "MODEL", "--strategy", "bogus"], "strategy"),
        (["check", "MODEL", "-tc", "tcNope"], "no test case matches 'tcNope'"),
        (["replay", "MODEL", "missing.schedule"], "cannot read missing.schedule"),
        (["replay", "MODEL", "SCHEDULE"], "SCHEDULE"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    model = write(tmp_path, TWO_TESTS)
    bad = write(tmp_path, "this is not a schedule line\n", "bad.schedule")
    argv = [str(model) if a == "MODEL" else str(bad) if a == "SCHEDULE" else a for a in argv]
    expected = expected.replace("SCHEDULE", str(bad))
    code, out, err = run(argv, capsys)
    assert code == 2
    assert expected in err
    assert "Traceback" not in out + err


def test_malformed_model_exits_2_with_a_caret(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    model = write(tmp_path, "machine Main { start state S { entry { x = 1; } } }\n")
    code, out, err = run(["check", str(model)], capsys)
    assert code == 2
    text = out + err
    assert f"{model}:1:" in text and "^" in text and "Traceback" not in text


def test_code_too_deep_for_the_checker_is_a_diagnostic(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = "x = x + 1;"
    for depth in range(22):  # Python allows 20 nested loops in one function
        body = f"while (x < {depth}) {{ {body} }}"
    model = write(
        tmp_path, f"machine Main {{ var x: int; start state S {{ entry {{ {body} }} }} }}\n"
    )
    code, out, err = run(["check", str(model), "-s", "1"], capsys)
    assert code == 2
    assert f"{model}:1:" in err and "error[P0004]" in err and "nests too deeply" in err
    assert "Traceback" not in out + err
