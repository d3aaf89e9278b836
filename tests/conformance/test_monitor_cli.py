"""`pide monitor` as a pipeline sees it: exit codes, one-line errors, JUnit/SARIF/JSON
reports and following a log."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pide.cli import main

from .helpers import LOGS, MODEL


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["monitor", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("log", "code", "expected"),
    [
        ("conforming.jsonl", 0, ".. the log conforms"),
        ("safety_violation.jsonl", 1, "safety_violation.jsonl:4: assertion in OrderSafety"),
        ("hot_at_end.jsonl", 1, "hot_at_end.jsonl:3: liveness in OrderProgress"),
        ("unknown_event.jsonl", 1, "unknown_event.jsonl:2: unknown_event:"),
        ("payload_mismatch.jsonl", 1, "payload_mismatch.jsonl:3: payload_type:"),
    ],
)
def test_exit_codes(log: str, code: int, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    got, out, err = run([str(MODEL), str(LOGS / log)], capsys)
    assert got == code
    assert expected in out
    assert err == ""


def test_violation_output_names_the_model_source(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run([str(MODEL), str(LOGS / "safety_violation.jsonl"), "-v"], capsys)
    lines = out.splitlines()
    at = lines.index(next(x for x in lines if "assertion in OrderSafety" in x))
    assert "(state 'Watching', event eOrderShipped)" in lines[at]
    assert lines[at + 1].strip().endswith("Orders.p:31:7")
    assert any(x.strip().startswith("OrderSafety.closed = ") for x in lines[at + 2 :])
    assert "OrderSafety: processes eOrderShipped" in out  # -v shows monitor activity


def test_open_ended(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(MODEL), str(LOGS / "hot_at_end.jsonl"), "--open-ended"], capsys)
    assert code == 0
    assert "the log conforms (open-ended)" in out
    assert "OrderProgress is in hot state 'Pending'" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{log}/malformed.jsonl"], "malformed.jsonl:2: invalid JSON: Expecting ',' delimiter"),
        (["{log}/missing.jsonl"], "missing.jsonl: cannot read the log"),
        (["{log}/conforming.jsonl", "--spec", "Nope"], "no spec monitor named 'Nope'"),
        (["{log}/conforming.jsonl", "-tc", "tcNope"], "no test case matches 'tcNope'"),
        (["{log}/conforming.jsonl", "--format", "ptext"], "conforming.jsonl:1:"),
        (["{log}/conforming.jsonl", "--hot-limit", "-1"], "--hot-limit must be"),
        (["{log}/conforming.jsonl", "--idle-timeout", "1"], "--idle-timeout needs --follow"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.replace("{log}", str(LOGS)) for a in argv]
    code, _, err = run([str(MODEL), *args], capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("pide: ")
    assert message in err
    assert "Traceback" not in err


def test_skip_malformed(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(MODEL), str(LOGS / "malformed.jsonl"), "--skip-malformed"]
    code, out, err = run(argv, capsys)
    assert code == 0
    assert "1 malformed line skipped" in out
    assert err.strip().endswith(
        "malformed.jsonl:2: invalid JSON: Expecting ',' delimiter (column 67) (line skipped)"
    )


def test_model_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.p"
    bad.write_text("machine M { start state S { entry { x = 1; } } }\n")
    code, _, err = run([str(bad), str(LOGS / "conforming.jsonl")], capsys)
    assert code == 2
    assert "bad.p:1:" in err and "error" in err


def test_junit_and_sarif(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junit, sarif = tmp_path / "r" / "junit.xml", tmp_path / "r" / "out.sarif"
    log = LOGS / "payload_mismatch.jsonl"
    code, out, _ = run([str(MODEL), str(log), "--junit", str(junit), "--sarif", str(sarif)], capsys)
    assert code == 1 and "JUnit report" in out and "SARIF report" in out
    suite = ET.parse(junit).getroot()
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {"AuditSpec", "OrderProgress", "OrderSafety", "log"}
    assert suite.get("failures") == "1"
    failure = cases["log"].find("failure")
    assert failure is not None and failure.get("type") == "payload_type"
    assert failure.text is not None and failure.text.count("payload_type") == 3
    assert cases["OrderSafety"].find("failure") is None
    data = json.loads(sarif.read_text())
    results = data["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results] == [
        1,
        3,
        4,
    ]
    assert results[0]["ruleId"] == "payload_type"
    related = results[0]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"].endswith("Orders.p")


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(MODEL), str(LOGS / "safety_violation.jsonl"), "--json"], capsys)
    assert code == 1
    data = json.loads(out)
    assert data["conforms"] is False and data["format"] == "jsonl"
    [v] = data["violations"]
    assert (v["kind"], v["line"], v["monitor"], v["state"]) == (
        "assertion",
        4,
        "OrderSafety",
        "Watching",
    )
    assert v["span"]["line"] == 31


def test_follow_until_idle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "app.jsonl"
    shutil.copy(LOGS / "safety_violation.jsonl", log)
    code, out, _ = run([str(MODEL), str(log), "--follow", "--idle-timeout", "0.3"], capsys)
    assert code == 1
    assert out.startswith(f".. following {log} (JSON Lines)")
    assert f"{log}:4: assertion in OrderSafety" in out


def test_follow_idle_is_a_finished_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "app.jsonl"
    shutil.copy(LOGS / "hot_at_end.jsonl", log)
    argv = [str(MODEL), str(log), "--follow", "--idle-timeout", "0.2"]
    assert run(argv, capsys)[0] == 1
    assert run([*argv, "--open-ended"], capsys)[0] == 0


def test_follow_needs_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "t.txt"
    log.write_text("<TestLog> Running test 'x'.\n")
    code, _, err = run([str(MODEL), str(log), "--follow", "--idle-timeout", "0.1"], capsys)
    assert code == 2 and "--follow reads JSON Lines logs only" in err


ROOT = Path(__file__).resolve().parents[2]


def test_the_documented_bank_example_is_what_pide_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    doc = (ROOT / "docs" / "conformance.md").read_text(encoding="utf-8")
    command = "$ pide monitor examples/bank/Bank.pproj examples/bank/logs/lost_update.jsonl\n"
    documented = doc.split(command, 1)[1].split("$ echo $?\n1\n", 1)[0]
    code = main(["monitor", "examples/bank/Bank.pproj", "examples/bank/logs/lost_update.jsonl"])
    assert code == 1
    assert capsys.readouterr().out == documented
    code = main(["monitor", "examples/bank/Bank.pproj", "examples/bank/logs/conforming.jsonl"])
    assert code == 0
    readme = (ROOT / "examples" / "bank" / "README.md").read_text(encoding="utf-8")
    assert "examples/bank/logs/lost_update.jsonl:5: assertion in BankBalanceIsCorrect" in readme
