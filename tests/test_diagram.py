"""State diagrams: the graph is true to the model, and every exporter shows the same thing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.api import compile_sources
from pide.core.diagram import (
    reachable_states,
    render,
    state_graph,
    to_dot,
    to_mermaid,
    to_plantuml,
)
from pide.core.semantics.ir import MachineIR
from pide.core.source import SourceFile

from pide.cli import main

MODEL = """
event eReq;
event eDone;
event eReset;
event eTick;

machine Worker {
  start state Idle {
    on eReq goto Busy;
    ignore eTick;
  }
  state Busy {
    defer eReq;
    entry { work(); }
    on eReset do { goto Idle; }
  }
  state Done {
    entry { goto Done; }
  }
  state Orphan { }
  fun work() {
    if ($) { finish(); }
  }
  fun finish() { goto Done; }
}

spec Progress observes eReq, eDone {
  start cold state Quiet {
    on eReq goto Waiting;
  }
  hot state Waiting {
    on eDone goto Quiet;
    ignore eReq;
  }
}

machine Main {
  start state S {
    entry { new Worker(); }
  }
}
"""


@pytest.fixture(scope="module")
def machines() -> dict[str, MachineIR]:
    result = compile_sources([SourceFile("model.p", MODEL)])
    assert result.ok and result.program is not None, result.errors
    return result.program.machines


def _edges(machine: MachineIR) -> set[tuple[str, str, str, str]]:
    graph = state_graph(machine)
    return {(s, t, d["trigger"], d["via"]) for s, t, d in graph.edges(data=True)}


def test_edges_come_from_handlers_and_goto_statements_through_method_calls(
    machines: dict[str, MachineIR],
) -> None:
    assert _edges(machines["Worker"]) == {
        ("Idle", "Busy", "eReq", "handler"),
        ("Busy", "Done", "entry", "goto"),  # entry -> work() -> finish() -> goto Done
        ("Busy", "Idle", "eReset", "goto"),
        ("Done", "Done", "entry", "goto"),
    }


def test_nodes_carry_roles(machines: dict[str, MachineIR]) -> None:
    worker = state_graph(machines["Worker"])
    assert worker.nodes["Idle"]["start"] and not worker.nodes["Busy"]["start"]
    assert worker.nodes["Busy"]["deferred"] == ("eReq",)
    assert worker.nodes["Idle"]["ignored"] == ("eTick",)
    assert reachable_states(worker) == {"Idle", "Busy", "Done"}
    spec = state_graph(machines["Progress"])
    assert spec.graph["kind"] == "spec"
    assert spec.nodes["Waiting"]["temperature"] == "hot"
    assert spec.nodes["Quiet"]["temperature"] == "cold"


def test_mermaid(machines: dict[str, MachineIR]) -> None:
    text = to_mermaid(state_graph(machines["Progress"]))
    assert text.splitlines()[:5] == [
        "stateDiagram-v2",
        "    %% spec Progress",
        "    [*] --> Quiet",
        "    Quiet --> Waiting : eReq",
        "    Waiting --> Quiet : eDone",
    ]
    assert "    class Waiting hot" in text and "    class Quiet cold" in text
    worker = to_mermaid(state_graph(machines["Worker"]))
    assert "    Busy --> Done : entry / goto" in worker
    assert "    Orphan" in worker.splitlines()  # a state with no edges is still drawn


def test_plantuml(machines: dict[str, MachineIR]) -> None:
    text = to_plantuml(state_graph(machines["Worker"]))
    lines = text.splitlines()
    assert lines[0] == "@startuml" and lines[-1] == "@enduml"
    assert "Busy : defer eReq" in lines
    assert "[*] --> Idle" in lines
    assert "Busy -[dashed]-> Idle : eReset / goto" in lines
    assert "Idle --> Busy : eReq" in lines
    spec = to_plantuml(state_graph(machines["Progress"]))
    assert any(line.startswith("state Waiting <<hot>>") for line in spec.splitlines())


def test_dot_one_machine_and_clusters(machines: dict[str, MachineIR]) -> None:
    one = to_dot([state_graph(machines["Worker"])])
    assert "Idle -> Busy [label=eReq style=solid]" in one
    assert 'Busy -> Idle [label="eReset / goto" style=dashed]' in one
    both = to_dot([state_graph(machines["Worker"]), state_graph(machines["Progress"])])
    assert "subgraph cluster_Worker" in both and "subgraph cluster_Progress" in both
    assert '"Progress.Quiet" -> "Progress.Waiting"' in both


def test_svg_and_png_render_without_a_system_graphviz(machines: dict[str, MachineIR]) -> None:
    dot = to_dot([state_graph(machines["Progress"])])
    svg = render(dot, "svg").decode()
    assert svg.lstrip().startswith("<?xml") and "Waiting" in svg
    assert render(dot, "png").startswith(b"\x89PNG")


def test_cli_writes_each_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model.p"
    model.write_text(MODEL)
    for name in ("w.svg", "w.png", "w.dot", "w.mmd", "w.puml"):
        assert main(["diagram", str(model), "-m", "Worker", "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "w.mmd").read_text().startswith("stateDiagram-v2")
    assert main(["diagram", str(model), "--format", "mermaid", "-m", "Progress"]) == 0
    assert "[*] --> Quiet" in capsys.readouterr().out


def test_cli_refuses_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model.p"
    model.write_text(MODEL)
    assert main(["diagram", str(model), "-m", "Nobody"]) == 2
    assert "no machine or monitor named 'Nobody'" in capsys.readouterr().err
    assert main(["diagram", str(model), "--format", "mermaid"]) == 2
    assert "one machine at a time" in capsys.readouterr().err
    assert main(["diagram", str(model), "-o", str(tmp_path / "x.bmp")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err
    broken = tmp_path / "broken.p"
    broken.write_text("machine M { start state S { entry { x = 1; } } }")
    assert main(["diagram", str(broken)]) == 2
    assert "broken.p:1:" in capsys.readouterr().err
