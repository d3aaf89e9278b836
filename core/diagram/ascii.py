"""A state diagram drawn in character cells, for the IDE's diagram view.

`draw_state_diagram(graph)` returns a `Canvas`: the drawing as lines of text, style runs
naming what each stretch of text is (a state's border, its name, an edge, a label...), and
where every state and edge ended up, so a view can colour the drawing, highlight a selected
state and its edges, and scroll to it. It is pure text: the caller decides the colours.

The picture follows the exported diagrams: rounded boxes, a double border and a `●` marker
on the start state, `hot`/`cold` written into the top border of spec states, solid arrows
for `on e goto` handlers and dashed ones (`╎ ╌`) for goto statements, labelled with their
triggers. Boxes and labels are placed by Graphviz (`layout.py`), edges routed on the grid
(`route.py`).
"""

from __future__ import annotations

from enum import StrEnum

import networkx as nx
from pide.core.diagram.graph import reachable_states
from pide.core.diagram.layout import (
    START,
    Direction,
    LabelSpot,
    Placement,
    Rect,
    Transition,
    place_diagram,
    transitions,
)
from pide.core.diagram.route import (
    BITS,
    HORIZONTAL,
    STEPS,
    TURN,
    VERTICAL,
    Cell,
    E,
    Goal,
    Grid,
    N,
    S,
    Start,
    W,
    direction_between,
    line_masks,
    opposite,
)
from pide.core.fastdataclass import dataclass

MARGIN_X = 4
MARGIN_Y = 2
"""Free cells around the laid-out drawing, so edges can go round the outermost boxes."""


class Role(StrEnum):
    """What a run of text is."""

    BORDER = "border"
    NAME = "name"
    TAG = "tag"
    FILL = "fill"
    EDGE = "edge"
    ARROW = "arrow"
    LABEL = "label"
    MARKER = "marker"


@dataclass(frozen=True, slots=True)
class StyleRun:
    """Columns `start`..`end - 1` of line `row` are `role`, belonging to a state or edge."""

    row: int
    start: int
    end: int
    role: Role
    state: str | None = None
    edge: int | None = None


@dataclass(frozen=True, slots=True)
class DrawnState:
    name: str
    box: Rect
    start: bool
    temperature: str
    reachable: bool


@dataclass(frozen=True, slots=True)
class DrawnEdge:
    """An arrow: its cells from the source's border to the arrowhead, and its label.
    `clean` is False when it had to overlap another edge to be drawn at all."""

    transition: Transition
    cells: tuple[Cell, ...]
    label: LabelSpot | None
    clean: bool


@dataclass(frozen=True, slots=True)
class Canvas:
    """A drawn diagram; `lines` are all `width` long."""

    name: str
    kind: str
    direction: Direction
    lines: tuple[str, ...]
    runs: tuple[StyleRun, ...]
    states: dict[str, DrawnState]
    edges: tuple[DrawnEdge, ...]

    @property
    def width(self) -> int:
        return len(self.lines[0]) if self.lines else 0

    @property
    def height(self) -> int:
        return len(self.lines)

    def text(self) -> str:
        """The drawing as plain text, without trailing spaces."""
        return "\n".join(line.rstrip() for line in self.lines) + "\n"


_SINGLE = {
    VERTICAL: "│",
    HORIZONTAL: "─",
    BITS[S] | BITS[E]: "┌",
    BITS[S] | BITS[W]: "┐",
    BITS[N] | BITS[E]: "└",
    BITS[N] | BITS[W]: "┘",
    VERTICAL | BITS[E]: "├",
    VERTICAL | BITS[W]: "┤",
    HORIZONTAL | BITS[S]: "┬",
    HORIZONTAL | BITS[N]: "┴",
    VERTICAL | HORIZONTAL: "┼",
}
_DASHED = {VERTICAL: "╎", HORIZONTAL: "╌"}
_ARROWS = {N: "▲", E: "▶", S: "▼", W: "◀"}
# Where a line leaves a box: the border cell it starts from, by side (the direction out).
_JUNCTION = {N: "┴", S: "┬", W: "┤", E: "├"}
_DOUBLE_JUNCTION = {N: "╧", S: "╤", W: "╢", E: "╟"}
_ROUNDED = ("╭", "╮", "╰", "╯", "─", "│")
_DOUBLE = ("╔", "╗", "╚", "╝", "═", "║")


def tag_of(temperature: str) -> str:
    """The word written into a state's top border."""
    return temperature if temperature in ("hot", "cold") else ""


def draw_state_diagram(graph: nx.MultiDiGraph, direction: Direction = "TB") -> Canvas:
    """Lay out and draw `graph` (from `state_graph`); raises `RenderError` when Graphviz is
    missing or fails."""
    arrows = transitions(graph)
    tags = {name: tag_of(str(data["temperature"])) for name, data in graph.nodes(data=True)}
    placement = place_diagram(graph, arrows, tags, direction)
    return _Painter(graph, arrows, tags, placement, direction).paint()


class _Painter:
    """Routes the edges of a placed diagram and paints everything into cells."""

    def __init__(
        self,
        graph: nx.MultiDiGraph,
        arrows: list[Transition],
        tags: dict[str, str],
        placement: Placement,
        direction: Direction,
    ) -> None:
        self.graph = graph
        self.arrows = arrows
        self.tags = tags
        self.direction = direction
        self.start = str(graph.graph["start"])
        self.boxes = {n: r.moved(MARGIN_X, MARGIN_Y) for n, r in placement.boxes.items()}
        self.labels = {i: r.moved(MARGIN_X, MARGIN_Y) for i, r in placement.labels.items()}
        self.width = placement.width + 2 * MARGIN_X
        self.height = placement.height + 2 * MARGIN_Y
        self.grid = Grid(self.width, self.height)
        self.chars = [[" "] * self.width for _ in range(self.height)]
        self.owner: list[list[tuple[Role, str | None, int | None] | None]] = [
            [None] * self.width for _ in range(self.height)
        ]

    # --- geometry ------------------------------------------------------------------------

    @staticmethod
    def box_cells(rect: Rect) -> list[Cell]:
        return [
            (x, y) for y in range(rect.y, rect.bottom + 1) for x in range(rect.x, rect.right + 1)
        ]

    @staticmethod
    def ports(rect: Rect) -> list[tuple[int, int, int]]:
        """(x, y, direction out of the box) of the cells just outside each side's middle."""
        found = []
        for x in range(rect.x + 1, rect.right):
            found += [(x, rect.y - 1, N), (x, rect.bottom + 1, S)]
        for y in range(rect.y + 1, rect.bottom):
            found += [(rect.x - 1, y, W), (rect.right + 1, y, E)]
        return found

    def starts(self, rect: Rect) -> list[Start]:
        """Where a line may leave `rect`: near the middle of a side is cheaper."""
        cx, cy = _centre(rect)
        return [
            Start(x, y, d, 0.15 * (abs(x + 0.5 - cx) + abs(y + 0.5 - cy)))
            for x, y, d in self.ports(rect)
            if self.grid.free(x, y)
        ]

    def goals(self, rect: Rect) -> list[Goal]:
        """Where a line may end: just outside `rect`, arriving straight at it."""
        return [
            Goal(x, y, opposite(d), strict=True)
            for x, y, d in self.ports(rect)
            if self.grid.free(x, y)
        ]

    # --- routing -------------------------------------------------------------------------

    def route(self, starts: list[Start], goals: list[Goal]) -> tuple[list[Cell] | None, bool]:
        path = self.grid.route(starts, goals)
        if path is not None:
            return path, True
        return self.grid.route(starts, goals, relaxed=True), False

    def route_marker(self) -> DrawnEdge:
        marker = self.boxes[START]
        target = self.boxes[self.start]
        starts = [
            Start(marker.x + STEPS[d][0], marker.y + STEPS[d][1], d)
            for d in (N, E, S, W)
            if self.grid.free(marker.x + STEPS[d][0], marker.y + STEPS[d][1])
        ]
        path, clean = self.route(starts, self.goals(target))
        cells = tuple(path or ())
        if cells:
            first = direction_between(cells[0], (marker.x, marker.y))
            self.grid.occupy(cells, first, _into(cells[-1], target))
        return DrawnEdge(Transition(START, self.start, (), "handler"), cells, None, clean)

    def route_arrow(self, index: int) -> DrawnEdge:
        """Route from the source's border through the label's passage to the target."""
        arrow = self.arrows[index]
        source, target = self.boxes[arrow.source], self.boxes[arrow.target]
        label = self.labels[index]
        passage = list(label.passage)
        if _distance(passage[-1], _centre(source)) < _distance(passage[0], _centre(source)):
            passage.reverse()
        through = S if arrow.source == arrow.target else self._through(passage, source, target)
        entry, exit_ = passage[0], passage[-1]
        self.grid.unwall(passage)
        first_half, clean = self.route(self.starts(source), [Goal(*entry, through)])
        if first_half is None:
            self.grid.wall(passage)
            return DrawnEdge(arrow, (), label, False)
        head = first_half + passage[1:]
        back = _into(head[0], source)
        masks = self.grid.occupy(head, back, through)
        starts = [
            Start(exit_[0] + STEPS[d][0], exit_[1] + STEPS[d][1], d, 0.0 if d == through else TURN)
            for d in (N, E, S, W)
            if d != opposite(through)
        ]
        second_half, clean2 = self.route(starts, self.goals(target))
        self.grid.release(head, masks)
        path = head + (second_half or [])
        last = _into(path[-1], target) if second_half else through
        self.grid.occupy(path, back, last)
        self.grid.fix(passage)
        return DrawnEdge(arrow, tuple(path), label, clean and clean2 and bool(second_half))

    def _through(self, passage: list[Cell], source: Rect, target: Rect) -> int:
        """The direction the edge runs through its label's passage."""
        if len(passage) > 1:
            return direction_between(passage[0], passage[-1])
        axis = 1 if self.direction == "TB" else 0
        forward = S if self.direction == "TB" else E
        here = passage[0][axis]
        if here >= _centre(source)[axis] and _centre(target)[axis] >= here:
            return forward
        if here <= _centre(source)[axis] and _centre(target)[axis] <= here:
            return opposite(forward)
        # A loop back to the source, or a detour: keep going the way away from the source.
        return forward if here >= _centre(source)[axis] else opposite(forward)

    # --- painting ------------------------------------------------------------------------

    def put(
        self,
        x: int,
        y: int,
        char: str,
        role: Role,
        state: str | None = None,
        edge: int | None = None,
    ) -> None:
        self.chars[y][x] = char
        self.owner[y][x] = (role, state, edge)

    def paint_box(self, name: str) -> None:
        rect = self.boxes[name]
        tl, tr, bl, br, h, v = _DOUBLE if self.graph.nodes[name]["start"] else _ROUNDED
        for x in range(rect.x + 1, rect.right):
            self.put(x, rect.y, h, Role.BORDER, name)
            self.put(x, rect.bottom, h, Role.BORDER, name)
        for y in range(rect.y + 1, rect.bottom):
            self.put(rect.x, y, v, Role.BORDER, name)
            self.put(rect.right, y, v, Role.BORDER, name)
            for x in range(rect.x + 1, rect.right):
                self.put(x, y, " ", Role.FILL, name)
        self.put(rect.x, rect.y, tl, Role.BORDER, name)
        self.put(rect.right, rect.y, tr, Role.BORDER, name)
        self.put(rect.x, rect.bottom, bl, Role.BORDER, name)
        self.put(rect.right, rect.bottom, br, Role.BORDER, name)
        for k, char in enumerate(self.tags.get(name, "")):
            self.put(rect.x + 2 + k, rect.y, char, Role.TAG, name)
        left = rect.x + (rect.width - len(name)) // 2
        for k, char in enumerate(name):
            self.put(left + k, rect.y + 1, char, Role.NAME, name)

    def paint_edge(self, index: int | None, edge: DrawnEdge, first: int, last: int) -> None:
        """Draw the edge's line (dashed for goto statements) and its arrowhead."""
        dashed = edge.transition.via == "goto"
        masks = line_masks(edge.cells, first, last)
        for k, ((x, y), mask) in enumerate(zip(edge.cells, masks, strict=True)):
            owner = self.owner[y][x]
            if k == len(edge.cells) - 1:
                char, role = _ARROWS[last], Role.ARROW
            elif owner is not None and owner[0] is Role.EDGE:
                char, role = "┼", Role.EDGE  # two straight lines crossing
            elif dashed and mask in _DASHED:
                char, role = _DASHED[mask], Role.EDGE
            else:
                char, role = _SINGLE.get(mask, "·"), Role.EDGE
            self.put(x, y, char, role, None, index)

    def paint_junction(self, cell: Cell, box_name: str) -> None:
        """Join a line to the border it leaves from (`┬`, `╤`, ...)."""
        inside = _inside(cell, self.boxes[box_name])
        out = direction_between(inside, cell)
        table = _DOUBLE_JUNCTION if self.graph.nodes[box_name]["start"] else _JUNCTION
        self.put(inside[0], inside[1], table[out], Role.BORDER, box_name)

    def paint_label(self, index: int) -> None:
        spot = self.labels[index]
        for row, line in enumerate(spot.lines):
            for k, char in enumerate(line):
                self.put(spot.x + k, spot.y + row, char, Role.LABEL, None, index)

    def paint(self) -> Canvas:
        for name, rect in self.boxes.items():
            self.grid.wall(self.box_cells(rect), halo=name != START)
        for spot in self.labels.values():
            self.grid.wall(spot.keep_clear())
            self.grid.wall(spot.passage)
        marker = self.route_marker()
        order = sorted(range(len(self.arrows)), key=self._length)
        drawn = {index: self.route_arrow(index) for index in order}
        for name in self.graph.nodes:
            self.paint_box(name)
        marker_rect = self.boxes[START]
        self.put(marker_rect.x, marker_rect.y, "●", Role.MARKER)
        if marker.cells:
            first = direction_between(marker.cells[0], (marker_rect.x, marker_rect.y))
            last = _into(marker.cells[-1], self.boxes[self.start])
            self.paint_edge(None, marker, first, last)
        for index in order:
            edge = drawn[index]
            if edge.cells:
                arrow = self.arrows[index]
                target = self.boxes[arrow.target]
                first = _into(edge.cells[0], self.boxes[arrow.source])
                end = edge.cells[-1]
                last = _into(end, target) if _adjacent(end, target) else S
                self.paint_edge(index, edge, first, last)
                self.paint_junction(edge.cells[0], arrow.source)
            self.paint_label(index)
        return self.cropped([drawn[i] for i in range(len(self.arrows))])

    def _length(self, index: int) -> float:
        """Short edges are routed first: they get the straight lines."""
        arrow = self.arrows[index]
        label = self.labels[index].passage[0]
        return _span(_centre(self.boxes[arrow.source]), label) + _span(
            label, _centre(self.boxes[arrow.target])
        )

    def cropped(self, edges: list[DrawnEdge]) -> Canvas:
        """The canvas cut down to what was drawn, plus one free cell all round."""
        rows = [y for y in range(self.height) if any(o is not None for o in self.owner[y])]
        cols = [
            x
            for x in range(self.width)
            if any(self.owner[y][x] is not None for y in range(self.height))
        ]
        top, bottom = max(min(rows) - 1, 0), min(max(rows) + 1, self.height - 1)
        left, right = max(min(cols) - 1, 0), min(max(cols) + 1, self.width - 1)
        lines = tuple("".join(self.chars[y][left : right + 1]) for y in range(top, bottom + 1))
        runs: list[StyleRun] = []
        for y in range(top, bottom + 1):
            x = left
            while x <= right:
                owner = self.owner[y][x]
                end = x + 1
                while end <= right and self.owner[y][end] == owner:
                    end += 1
                if owner is not None:
                    role, state, edge = owner
                    runs.append(StyleRun(y - top, x - left, end - left, role, state, edge))
                x = end
        reachable = reachable_states(self.graph)
        states = {
            name: DrawnState(
                name,
                self.boxes[name].moved(-left, -top),
                bool(data["start"]),
                str(data["temperature"]),
                name in reachable,
            )
            for name, data in self.graph.nodes(data=True)
        }
        moved = tuple(
            DrawnEdge(
                e.transition,
                tuple((x - left, y - top) for x, y in e.cells),
                e.label.moved(-left, -top) if e.label is not None else None,
                e.clean,
            )
            for e in edges
        )
        kind = str(self.graph.graph["kind"])
        name = str(self.graph.graph["name"])
        return Canvas(name, kind, self.direction, lines, tuple(runs), states, moved)


def _inside(cell: Cell, rect: Rect) -> Cell:
    """The border cell of `rect` next to `cell` (a cell just outside one of its sides)."""
    x, y = cell
    if y == rect.y - 1:
        return x, rect.y
    if y == rect.bottom + 1:
        return x, rect.bottom
    if x == rect.x - 1:
        return rect.x, y
    return rect.right, y


def _into(cell: Cell, rect: Rect) -> int:
    """The direction from a cell just outside `rect` into it."""
    return direction_between(cell, _inside(cell, rect))


def _adjacent(cell: Cell, rect: Rect) -> bool:
    x, y = cell
    beside = rect.y <= y <= rect.bottom and x in (rect.x - 1, rect.right + 1)
    above = rect.x <= x <= rect.right and y in (rect.y - 1, rect.bottom + 1)
    return beside or above


def _centre(rect: Rect) -> tuple[float, float]:
    return rect.x + rect.width / 2, rect.y + rect.height / 2


def _distance(cell: Cell, point: tuple[float, float]) -> float:
    return abs(cell[0] + 0.5 - point[0]) + abs(cell[1] + 0.5 - point[1])


def _span(a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


DiagramKey = tuple[object, ...]


def diagram_key(graph: nx.MultiDiGraph, direction: Direction) -> DiagramKey:
    """Everything the drawing of `graph` depends on: equal keys, equal drawings (a view
    redraws only when an edit changed the machine's states or transitions)."""
    nodes = tuple(
        (name, bool(data["start"]), str(data["temperature"]))
        for name, data in graph.nodes(data=True)
    )
    return (direction, str(graph.graph["name"]), nodes, tuple(transitions(graph)))
