"""`pide trace FILE [MODEL]`: bad files are one line and exit 2; exports; the model guess."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.trace import dump_trace, write_text_trace

from pide.cli import main
from pide.trace_cli import guess_model
from tests.trace.helpers import BANK, pingpong, record


def test_a_malformed_trace_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.pide-trace.json"
    bad.write_text('{"format": "pide-trace", "version": 7}', encoding="utf-8")
    assert main(["trace", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"pide: {bad}: ")
    assert main(["trace", str(tmp_path / "none.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_missing_model_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trace = tmp_path / "t.pide-trace.json"
    trace.write_text(dump_trace(pingpong()), encoding="utf-8")
    assert main(["trace", str(trace), str(tmp_path / "nowhere.pproj")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_export_to_stdout_and_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    trace = tmp_path / "t.txt"
    trace.write_text(write_text_trace(pingpong()), encoding="utf-8")
    assert main(["trace", str(trace), "--export", "plantuml"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("@startuml") and "Client_1 -> Server_2 : ePing" in out
    assert main(["trace", str(trace), "--export", "svg"]) == 2
    assert "needs -o FILE" in capsys.readouterr().err
    target = tmp_path / "t.mmd"
    assert main(["trace", str(trace), "--export", "mermaid", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("sequenceDiagram")


def test_the_model_is_the_pproj_above_the_traced_sources() -> None:
    trace = record(BANK, "tcPipelinedLostUpdate")
    spans = [e.span.file for e in trace.events if e.span is not None]
    assert Path(guess_model(spans)) == BANK
    assert guess_model(["/nowhere/x.p"]) == "."
    assert guess_model([]) == "."


def test_a_trace_naming_no_sources_opens_its_project_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P's text traces name no source files: the model used to be the current directory
    whatever it held (a workspace of many models compiled into 1,500 errors)."""
    project = tmp_path / "bank"
    (project / "pide-out" / "tc").mkdir(parents=True)
    (project / "Bank.pproj").write_text("<Project/>")
    inside = project / "pide-out" / "tc" / "Bank_0_0.txt"
    assert Path(guess_model([], str(inside))) == (project / "Bank.pproj").resolve()
    workspace = tmp_path / "workspace"
    (workspace / "traces").mkdir(parents=True)
    (workspace / "other.p").write_text("event e;")
    monkeypatch.chdir(workspace)
    loose = workspace / "traces" / "t.txt"
    assert guess_model([], str(loose)) == str(loose.parent)
    (workspace / "W.pproj").write_text("<Project/>")
    assert guess_model([], str(loose)) == str((workspace / "W.pproj").resolve())
