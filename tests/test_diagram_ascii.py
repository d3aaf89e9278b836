"""The terminal drawing of state diagrams: every state and arrow is there, nothing overlaps,
arrows run from their source's border to their target's, and the router's rules hold."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from pide.core.api import compile_sources
from pide.core.diagram import state_graph
from pide.core.diagram.ascii import Canvas, Role, diagram_key, draw_state_diagram
from pide.core.diagram.details import state_rows
from pide.core.diagram.layout import Rect, Transition, box_size, transitions
from pide.core.diagram.route import HORIZONTAL, VERTICAL, E, Goal, Grid, N, S, Start, W
from pide.core.semantics.ir import MachineIR
from pide.core.source import SourceFile

MODEL = """
event eGo;
event eStop;
event eTick;
event eDone;
event eRetry;

machine Pump {
  start state Idle {
    on eGo goto Running;
    on eTick goto Idle;
    ignore eStop;
  }
  state Running {
    defer eGo;
    entry { check(); }
    on eStop goto Idle;
    on eRetry goto Idle;
    on eDone do { goto Finished; }
  }
  state Finished { }
  state Orphan {
    on eGo goto Idle;
  }
  fun check() { if ($) { goto Finished; } }
}

spec Liveness observes eGo, eDone {
  start cold state Calm {
    on eGo goto Busy;
  }
  hot state Busy {
    on eDone goto Calm;
  }
}

machine Main { start state S { entry { new Pump(); } } }
"""


@pytest.fixture(scope="module")
def machines() -> dict[str, MachineIR]:
    result = compile_sources([SourceFile("model.p", MODEL)])
    assert result.ok and result.program is not None, result.errors
    return result.program.machines


@pytest.fixture(scope="module", params=["TB", "LR"])
def pump(request: pytest.FixtureRequest, machines: dict[str, MachineIR]) -> Canvas:
    return draw_state_diagram(state_graph(machines["Pump"]), request.param)


def text_at(canvas: Canvas, rect: Rect) -> list[str]:
    return [line[rect.x : rect.right + 1] for line in canvas.lines[rect.y : rect.bottom + 1]]


def test_parallel_edges_become_one_arrow_per_way(machines: dict[str, MachineIR]) -> None:
    arrows = transitions(state_graph(machines["Pump"]))
    assert Transition("Running", "Idle", ("eStop", "eRetry"), "handler") in arrows
    assert Transition("Running", "Finished", ("entry", "eDone"), "goto") in arrows
    assert Transition("Idle", "Idle", ("eTick",), "handler") in arrows
    long = Transition("A", "B", ("eFirstEvent", "eSecondEvent", "eThird"), "goto")
    assert long.label == "eFirstEvent, eSecondEvent, eThird / goto"
    assert long.label_lines(18) == ["eFirstEvent,", "eSecondEvent,", "eThird / goto"]


def test_every_state_is_a_box_with_its_name(pump: Canvas) -> None:
    assert set(pump.states) == {"Idle", "Running", "Finished", "Orphan"}
    for name, state in pump.states.items():
        rows = text_at(pump, state.box)
        assert rows[1].strip("│║├┤╟╢ ") == name
        corners = (rows[0][0], rows[0][-1], rows[-1][0], rows[-1][-1])
        assert corners == (("╔", "╗", "╚", "╝") if state.start else ("╭", "╮", "╰", "╯"))
    assert pump.states["Idle"].start
    assert not pump.states["Orphan"].reachable and pump.states["Finished"].reachable
    assert "●" in pump.text()


def test_boxes_and_labels_do_not_overlap(pump: Canvas) -> None:
    boxes = [s.box for s in pump.states.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b, gap=1), (a, b)
    taken: set[tuple[int, int]] = set()
    for edge in pump.edges:
        assert edge.label is not None
        cells = set(edge.label.cells())
        assert not cells & taken
        taken |= cells
        assert not any(box.contains(x, y) for x, y in cells for box in boxes)


def test_every_arrow_is_drawn_from_border_to_border_with_its_label(pump: Canvas) -> None:
    assert len(pump.edges) == 5
    for index, edge in enumerate(pump.edges):
        t = edge.transition
        assert edge.clean and edge.cells, t
        source, target = pump.states[t.source].box, pump.states[t.target].box
        first, last = edge.cells[0], edge.cells[-1]
        assert _touches(first, source) and _touches(last, target), t
        assert pump.lines[last[1]][last[0]] in "▲▼◀▶"
        assert set(edge.label.passage if edge.label else ()) <= set(edge.cells)
        for x, y in edge.cells:
            assert not any(s.box.contains(x, y) for s in pump.states.values())
        assert edge.label is not None
        for row, line in enumerate(edge.label.lines):
            drawn = pump.lines[edge.label.y + row]
            assert drawn[edge.label.x : edge.label.x + len(line)] == line
        runs = [r for r in pump.runs if r.edge == index and r.role is Role.LABEL]
        assert runs, t
    text = pump.text()
    assert "╎" in text or "╌" in text  # the goto statements are dashed
    assert "│" in text or "─" in text  # the handlers solid


def _touches(cell: tuple[int, int], box: Rect) -> bool:
    x, y = cell
    beside = box.y < y < box.bottom and x in (box.x - 1, box.right + 1)
    over = box.x < x < box.right and y in (box.y - 1, box.bottom + 1)
    return beside or over


def test_spec_states_show_their_temperature(machines: dict[str, MachineIR]) -> None:
    canvas = draw_state_diagram(state_graph(machines["Liveness"]))
    busy, calm = canvas.states["Busy"], canvas.states["Calm"]
    assert (busy.temperature, calm.temperature) == ("hot", "cold")
    assert "hot" in text_at(canvas, busy.box)[0] and "cold" in text_at(canvas, calm.box)[0]
    tags = {r.state for r in canvas.runs if r.role is Role.TAG}
    assert tags == {"Busy", "Calm"}


def test_style_runs_name_every_drawn_cell(pump: Canvas) -> None:
    covered = {(r.row, x) for r in pump.runs for x in range(r.start, r.end)}
    for y, line in enumerate(pump.lines):
        for x, char in enumerate(line):
            if char != " ":
                assert (y, x) in covered, (x, y, char)
    names = {r.state for r in pump.runs if r.role is Role.NAME}
    assert names == set(pump.states)


def test_box_sizes_centre_the_name() -> None:
    assert box_size("Busy", "hot") == (10, 3)
    assert box_size("Running") == (11, 3)


def test_the_key_changes_only_with_the_drawing(machines: dict[str, MachineIR]) -> None:
    graph = state_graph(machines["Pump"])
    assert diagram_key(graph, "TB") == diagram_key(state_graph(machines["Pump"]), "TB")
    assert diagram_key(graph, "TB") != diagram_key(graph, "LR")
    assert diagram_key(graph, "TB") != diagram_key(state_graph(machines["Liveness"]), "TB")


def test_a_big_machine_is_drawn_whole() -> None:
    rng = random.Random(7)
    graph = nx.MultiDiGraph(name="Big", kind="machine", start="S0")
    for i in range(24):
        graph.add_node(
            f"S{i}", temperature="warm", start=i == 0, deferred=(), ignored=(), line=i + 1
        )
    for i in range(24):
        for _ in range(2):
            target = f"S{rng.randrange(24)}"
            graph.add_edge(f"S{i}", target, trigger=f"e{rng.randrange(9)}", via="handler", line=1)
    canvas = draw_state_diagram(graph)
    assert len(canvas.states) == 24
    assert all(edge.cells for edge in canvas.edges)
    boxes = [s.box for s in canvas.states.values()]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert all(len(line) == canvas.width for line in canvas.lines)


def test_routes_go_round_walls_and_only_cross_straight_lines() -> None:
    grid = Grid(12, 7)
    grid.wall([(5, y) for y in range(0, 6)])
    path = grid.route([Start(1, 3, E)], [Goal(9, 3)])
    assert path is not None and path[0] == (1, 3) and path[-1] == (9, 3)
    assert all(x != 5 or y == 6 for x, y in path)  # under the wall
    grid.occupy(path, N, E)
    assert grid.route([Start(3, 0, S)], [Goal(*path[len(path) // 2])]) is None  # taken
    down = Grid(5, 5)
    down.occupy([(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)], W, E)
    across = down.route([Start(2, 0, S)], [Goal(2, 4, S, strict=True)])
    assert across == [(2, 0), (2, 1), (2, 2), (2, 3), (2, 4)]
    assert down.bits[down.index(2, 2)] == HORIZONTAL
    down.occupy(across, N, S)
    assert down.bits[down.index(2, 2)] == HORIZONTAL | VERTICAL
    # Crossing is only straight over the middle of a line: its ends and turns are fixed,
    # and no route runs along another.
    wall = Grid(3, 5)
    wall.occupy([(0, 2), (1, 2), (2, 2)], W, E)
    over = wall.route([Start(0, 0, S)], [Goal(2, 4)])
    assert over is not None
    on_row = [cell for cell in over if cell[1] == 2]
    assert on_row == [(1, 2)]


def test_state_rows_list_handlers_defers_and_gotos(machines: dict[str, MachineIR]) -> None:
    rows = state_rows(machines["Pump"], "Running")
    summary = [(r.trigger, r.action, r.gotos) for r in rows]
    assert summary == [
        ("entry", "{…}", ("Finished",)),
        ("eStop", "goto Idle", ()),
        ("eRetry", "goto Idle", ()),
        ("eDone", "do {…}", ("Finished",)),
        ("eGo", "defer", ()),
    ]
    assert ("eStop", "ignore", ()) in [
        (r.trigger, r.action, r.gotos) for r in state_rows(machines["Pump"], "Idle")
    ]
    assert state_rows(machines["Pump"], "Finished") == []
