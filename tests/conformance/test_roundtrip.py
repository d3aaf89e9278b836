"""Round trips: the bug trace `pide check` writes makes `pide monitor` report the same bug,
and the P traces of a passing run conform."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.conformance import ConformanceOptions, ViolationKind, check_log, check_text
from pide.core.trace.files import read_trace_file
from pide.core.trace.pjson import write_json_trace
from pide.core.trace.ptext import write_text_trace

from pide.cli import main

from .helpers import BANK, MODEL, compiled, record


def checked_bug_traces(model: Path, test: str, out: Path) -> list[Path]:
    code = main(
        ["check", str(model), "-tc", test, "--seed", "1", "-s", "200", "--out", str(out), "--quiet"]
    )
    assert code == 1
    folder = out / test
    return sorted(folder.glob("*.txt")) + sorted(folder.glob("*.trace.json"))


@pytest.mark.parametrize(
    ("model", "test", "kind", "monitor"),
    [
        (MODEL, "tcDoubleShip", ViolationKind.ASSERTION, "OrderSafety"),
        (BANK, "tcPipelinedLostUpdate", ViolationKind.ASSERTION, "BankBalanceIsCorrect"),
        (MODEL, "tcForgetful", ViolationKind.LIVENESS, "OrderProgress"),
    ],
)
def test_bug_trace_of_the_checker_reports_the_same_bug(
    model: Path, test: str, kind: ViolationKind, monitor: str, tmp_path: Path
) -> None:
    traces = checked_bug_traces(model, test, tmp_path)
    assert len(traces) == 2
    for path in traces:
        bug = read_trace_file(path).bug
        assert bug is not None
        report = check_log(compiled(model), path, ConformanceOptions(test=test))
        [v] = report.violations
        assert (v.kind, v.monitor) == (kind, monitor)
        if kind is ViolationKind.ASSERTION:
            assert v.message == bug.message
            # It points at the record of the failing event (a JSON entry starts with "{").
            record_line = path.read_text(encoding="utf-8").split("\n")[v.line - 1]
            assert f"'{v.event}" in record_line or record_line.strip() == "{"
        else:
            assert f"hot state '{v.state}'" in bug.message
        assert any("the trace itself reports" in note for note in report.notes)


def test_cli_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [text_trace, _] = checked_bug_traces(MODEL, "tcDoubleShip", tmp_path)
    capsys.readouterr()
    code = main(["monitor", str(MODEL), str(text_trace), "-tc", "tcDoubleShip"])
    out = capsys.readouterr().out
    assert code == 1
    bug = read_trace_file(text_trace).bug
    assert bug is not None and bug.message in out


@pytest.mark.parametrize("test", ["tcShop", "tcAudit"])
@pytest.mark.parametrize("writer", [write_text_trace, write_json_trace])
def test_passing_runs_conform(test: str, writer: object) -> None:
    trace = record(test)
    assert trace.bug is None
    text = writer(trace)  # type: ignore[operator]
    report = check_text(compiled(), "run", text, ConformanceOptions(test=test))
    assert report.conforms, report.violations
    assert report.delivered >= 1
    assert all(m.processed >= 1 for m in report.monitors)


def test_a_trace_can_be_checked_against_specs_it_was_not_recorded_with() -> None:
    # tcDoubleShip attaches only OrderSafety; OrderProgress sees the events from SendLog and
    # Announce records, and the double shipment leaves it cold (pending is empty).
    text = write_text_trace(record("tcDoubleShip"))
    report = check_text(compiled(), "t.txt", text, ConformanceOptions(specs=("OrderProgress",)))
    assert report.conforms
    assert report.monitors[0].processed == 3
