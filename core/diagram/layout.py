"""Where the boxes of a terminal state diagram go: Graphviz places them, in character cells.

A terminal draws with fixed cells, so the layout is asked for in cells from the start:
every state box, the start marker and every edge label is given to Graphviz as a node of
fixed size (one column = `COL` inches, one row = `ROW` inches, a cell being about twice as
tall as it is wide), and each edge's label is a node of its own between the two states, as
Graphviz does internally with its own labels. Boxes and labels are then kept apart by
Graphviz, and its coordinates only need scaling and rounding.

The edges are not taken from Graphviz: its splines do not fit a grid, so `route.py` draws
them orthogonally through a "passage" at the edge of each label's area (the column left of
the text, or the row under it). The edges attach to the label node at the passage's corner
(`nw`/`sw` ports), and Graphviz lines ports up with the centres of the nodes before and
after, so a chain of state, label, state comes out as one straight line. Rounding can bring
two areas closer than the separation asked for, so the coordinates are spread until every
rectangle keeps a gap.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from typing import Literal

import networkx as nx
from pide.core.diagram.export import run_graphviz
from pide.core.fastdataclass import dataclass

Direction = Literal["TB", "LR"]
COL = 0.1
"""Inches per column given to Graphviz."""
ROW = 0.2
"""Inches per row: a terminal cell is about twice as tall as wide."""
LABEL_WIDTH = 18
"""In top to bottom layouts, edge labels longer than this wrap after their commas."""
START = ":start"
"""The start marker's key among the boxes (no P name contains a colon)."""
GAP = 2
"""The fewest free cells between two laid-out areas."""


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle of cells: columns `x`..`x + width - 1`, rows `y`..`y + height - 1`."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """The last column."""
        return self.x + self.width - 1

    @property
    def bottom(self) -> int:
        """The last row."""
        return self.y + self.height - 1

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def overlaps(self, other: Rect, gap: int = 0) -> bool:
        """Whether the two rectangles come closer than `gap` free cells."""
        return not (
            self.right + gap < other.x
            or other.right + gap < self.x
            or self.bottom + gap < other.y
            or other.bottom + gap < self.y
        )

    def moved(self, dx: int, dy: int) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True, slots=True)
class Transition:
    """One drawn arrow: every trigger that leads from `source` to `target` the same way.

    Parallel edges of the graph (several events, or several goto statements, leading to the
    same state) become one arrow with a list of triggers: a terminal has no room for fans
    of parallel lines. `via` keeps handler edges (`on e goto`) apart from goto statements.
    """

    source: str
    target: str
    triggers: tuple[str, ...]
    via: Literal["handler", "goto"]

    @property
    def label(self) -> str:
        events = ", ".join(self.triggers)
        return f"{events} / goto" if self.via == "goto" else events

    def label_lines(self, width: int = LABEL_WIDTH) -> list[str]:
        """The label wrapped after commas so no line is longer than `width` (when it can)."""
        words = [f"{t}," for t in self.triggers[:-1]] + [self.triggers[-1]]
        if self.via == "goto":
            words.append("/ goto")
        lines: list[str] = []
        for word in words:
            if lines and len(lines[-1]) + 1 + len(word) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return lines


def transitions(graph: nx.MultiDiGraph) -> list[Transition]:
    """The arrows of `graph`, in the order of its nodes, then triggers."""
    merged: dict[tuple[str, str, str], list[str]] = {}
    for source, target, data in graph.edges(data=True):
        triggers = merged.setdefault((source, target, data["via"]), [])
        if data["trigger"] not in triggers:
            triggers.append(data["trigger"])
    order = {name: i for i, name in enumerate(graph.nodes)}
    found = [
        Transition(s, t, tuple(ts), "goto" if v == "goto" else "handler")
        for (s, t, v), ts in merged.items()
    ]
    return sorted(found, key=lambda e: (order[e.source], order[e.target], e.via))


def box_size(name: str, tag: str = "") -> tuple[int, int]:
    """(width, height) of a state's box: `│ name │` under a top border that may carry `tag`."""
    inner = max(len(name), len(tag) + 2)
    inner += (inner - len(name)) % 2  # the name sits exactly in the middle
    return inner + 4, 3


def label_lines(arrow: Transition, direction: Direction) -> list[str]:
    """The label as drawn: wrapped when the edge runs down, one line when it runs across."""
    return arrow.label_lines(LABEL_WIDTH if direction == "TB" else 10 * LABEL_WIDTH)


@dataclass(frozen=True, slots=True)
class LabelSpot:
    """Where an edge's label is written, and the cells its edge must run through (in
    order, either way round): the label reads as belonging to the line beside it."""

    lines: tuple[str, ...]
    x: int
    y: int
    passage: tuple[tuple[int, int], ...]

    def cells(self) -> list[tuple[int, int]]:
        """The cells the text covers."""
        return [
            (self.x + k, self.y + row)
            for row, line in enumerate(self.lines)
            for k in range(len(line))
        ]

    def keep_clear(self) -> list[tuple[int, int]]:
        """The text's cells and one cell either side of each row, but not the passage:
        no other line may run there, so the text never touches a line it is not about."""
        width = max(len(line) for line in self.lines)
        passage = set(self.passage)
        return [
            (x, self.y + row)
            for row in range(len(self.lines))
            for x in range(self.x - 1, self.x + width + 1)
            if (x, self.y + row) not in passage
        ]

    def moved(self, dx: int, dy: int) -> LabelSpot:
        passage = tuple((x + dx, y + dy) for x, y in self.passage)
        return LabelSpot(self.lines, self.x + dx, self.y + dy, passage)


@dataclass(frozen=True, slots=True)
class Placement:
    """Boxes in cells by state (and `START` for the start marker), label spots by
    transition index; `width` and `height` bound everything."""

    boxes: dict[str, Rect]
    labels: dict[int, LabelSpot]
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Node:
    """A node for Graphviz: its size in cells (fractions allowed) and how its centre, in
    cells, becomes the rectangle of cells it covers."""

    width: float
    height: float
    cells: Callable[[float, float], Rect]


def fixed_node(width: int, height: int) -> Node:
    """A node covering exactly `width` x `height` cells around its centre."""
    return Node(
        width, height, lambda x, y: Rect(round(x - width / 2), round(y - height / 2), width, height)
    )


def label_node(lines: list[str], direction: Direction) -> Node:
    """An edge label's node: the passage and the text, with the corner port (where the
    edges attach) in the middle of the passage's first cell.

    Top to bottom: the passage is the left column, a blank, the text, a blank; Graphviz
    sees the node start half a column late, at the passage's middle. Left to right: the
    text rows, then the passage row, the node ending half a row early."""
    width, height = max(len(line) for line in lines), len(lines)
    if direction == "TB":

        def cells_tb(x: float, y: float) -> Rect:
            return Rect(
                round(x - (width + 2.5) / 2 - 0.5), round(y - height / 2), width + 3, height
            )

        return Node(width + 2.5, height, cells_tb)

    def cells_lr(x: float, y: float) -> Rect:
        passage = round(y + (height + 0.5) / 2 - 0.5)
        return Rect(round(x - (width + 2) / 2), passage - height, width + 2, height + 1)

    return Node(width + 2, height + 0.5, cells_lr)


def layout_dot(nodes: dict[str, Node], edges: list[tuple[str, str]], direction: Direction) -> str:
    """The DOT handed to Graphviz: fixed-size nodes, no labels (labels are nodes too);
    an edge end written `name:port` attaches at that compass point."""
    lines = [
        "digraph layout {",
        f"  graph [rankdir={direction} nodesep=0.5 ranksep=0.4 splines=false]",
        '  node [shape=box fixedsize=true label=""]',
    ]
    for name, node in nodes.items():
        lines.append(f'  "{name}" [width={node.width * COL:.3f} height={node.height * ROW:.3f}]')
    for source, target in edges:
        lines.append(f"  {_end(source)} -> {_end(target)}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _end(name: str) -> str:
    node, _, port = name.partition("@")
    return f'"{node}":{port}' if port else f'"{node}"'


def run_layout(dot_source: str, timeout: float = 30.0) -> dict[str, tuple[float, float]]:
    """Node centres in inches, y growing downwards, from `graphviz -Tplain`."""
    return parse_plain(run_graphviz(dot_source, "plain", timeout).decode())


def parse_plain(text: str) -> dict[str, tuple[float, float]]:
    """Node centres from Graphviz's `plain` output (y flipped to grow downwards)."""
    height = 0.0
    centres: dict[str, tuple[float, float]] = {}
    for line in text.splitlines():
        if line.startswith("graph "):
            height = float(line.split()[3])
        elif line.startswith("node "):
            fields = shlex.split(line)
            centres[fields[1]] = (float(fields[2]), height - float(fields[3]))
    return centres


def place(
    nodes: dict[str, Node], centres: dict[str, tuple[float, float]], gap: int = GAP
) -> dict[str, Rect]:
    """Scale Graphviz's centres (inches) to cells, spreading them until no two rectangles
    come closer than `gap` cells; the result starts at (0, 0)."""
    spread = 1.0
    while True:
        rects = {
            name: node.cells(centres[name][0] * spread / COL, centres[name][1] * spread / ROW)
            for name, node in nodes.items()
        }
        values = list(rects.values())
        clash = any(a.overlaps(b, gap) for i, a in enumerate(values) for b in values[i + 1 :])
        if not clash or spread > 8:
            break
        spread *= 1.15
    if not rects:
        return rects
    left = min(r.x for r in rects.values())
    top = min(r.y for r in rects.values())
    return {name: r.moved(-left, -top) for name, r in rects.items()}


def back_edges(graph: nx.MultiDiGraph, arrows: list[Transition]) -> set[int]:
    """The arrows that close a cycle in a depth-first walk from the start state.

    Graphviz ranks a chain of nodes downwards, so an edge back up to an earlier state is
    given to it the other way round: its label then sits between the two states' ranks,
    as it does for Graphviz's own labels, instead of below the lower one."""
    succ: dict[str, list[tuple[str, int]]] = {name: [] for name in graph.nodes}
    for index, arrow in enumerate(arrows):
        if arrow.source != arrow.target:
            succ[arrow.source].append((arrow.target, index))
    back: set[int] = set()
    state: dict[str, int] = {}  # 1 on the walk's path, 2 done
    roots = [str(graph.graph["start"])] + [str(n) for n in graph.nodes]
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(succ[root]))]
        while stack:
            node, children = stack[-1]
            for child, index in children:
                if state.get(child) == 1:
                    back.add(index)
                elif child not in state:
                    state[child] = 1
                    stack.append((child, iter(succ[child])))
                    break
            else:
                state[node] = 2
                stack.pop()
    return back


def loop_spots(
    box: Rect, loops: list[tuple[int, list[str]]]
) -> tuple[dict[int, LabelSpot], int, int]:
    """Spots for the labels of a state's loops back to itself, right of its box, and the
    (width, height) of the area they need with the box: each loop leaves the box's right
    side, runs down past its label and comes back up into the box from below."""
    spots: dict[int, LabelSpot] = {}
    x = box.right + 2
    bottom = box.bottom + 2
    for index, lines in loops:
        passage = tuple((x, box.y + 1 + row) for row in range(len(lines)))
        spots[index] = LabelSpot(tuple(lines), x + 2, box.y + 1, passage)
        x += max(len(line) for line in lines) + 4
        bottom = max(bottom, box.y + len(lines) + 2)
    return spots, x - box.x, bottom - box.y + 1


def place_diagram(
    graph: nx.MultiDiGraph,
    arrows: list[Transition],
    tags: dict[str, str],
    direction: Direction = "TB",
) -> Placement:
    """Lay out the boxes of `graph`'s states and the labels of `arrows` in cells."""
    lines = [label_lines(arrow, direction) for arrow in arrows]
    boxes = {name: Rect(0, 0, *box_size(name, tags.get(name, ""))) for name in graph.nodes}
    loops: dict[str, list[tuple[int, list[str]]]] = {}
    for index, arrow in enumerate(arrows):
        if arrow.source == arrow.target:
            loops.setdefault(arrow.source, []).append((index, lines[index]))
    nodes: dict[str, Node] = {START: fixed_node(1, 1)}
    for name, box in boxes.items():
        _, width, height = loop_spots(box, loops[name]) if name in loops else ({}, 0, 0)
        nodes[name] = fixed_node(max(box.width, width), max(box.height, height))
    edges = [(START, str(graph.graph["start"]))]
    back = back_edges(graph, arrows)
    into, out = ("nw", "sw") if direction == "TB" else ("sw", "se")
    for index, arrow in enumerate(arrows):
        if arrow.source == arrow.target:
            continue
        key = f"{index}:label"
        nodes[key] = label_node(lines[index], direction)
        first, last = (
            (arrow.target, arrow.source) if index in back else (arrow.source, arrow.target)
        )
        edges += [(first, f"{key}@{into}"), (f"{key}@{out}", last)]
    rects = place(nodes, run_layout(layout_dot(nodes, edges, direction)))
    placed: dict[str, Rect] = {START: rects[START]}
    labels: dict[int, LabelSpot] = {}
    for name, box in boxes.items():
        area = rects[name]
        placed[name] = Rect(area.x, area.y, box.width, box.height)
        if name in loops:
            labels |= loop_spots(placed[name], loops[name])[0]
    for index in range(len(arrows)):
        found = rects.get(f"{index}:label")
        if found is not None:
            labels[index] = label_spot(found, lines[index], direction)
    width = max((r.right + 1 for r in rects.values()), default=0)
    height = max((r.bottom + 1 for r in rects.values()), default=0)
    return Placement(placed, labels, width, height)


def label_spot(area: Rect, lines: list[str], direction: Direction) -> LabelSpot:
    """The label's text and passage inside its area (see `label_node`)."""
    if direction == "TB":
        passage = tuple((area.x, y) for y in range(area.y, area.bottom + 1))
        return LabelSpot(tuple(lines), area.x + 2, area.y, passage)
    passage = tuple((x, area.bottom) for x in range(area.x, area.right + 1))
    width = max(len(line) for line in lines)
    return LabelSpot(tuple(lines), area.x + (area.width - width) // 2, area.y, passage)
