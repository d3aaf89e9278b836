"""Orthogonal edge routing on a grid of character cells.

Each edge is found by an A* search over (cell, direction of travel) states: a step costs 1,
a turn `TURN` more, a cell next to a box a little more (lines that hug boxes read as part of
them), and crossing another edge `CROSS`. Edges never share a cell lengthwise or turn on
another edge's cell: a crossing is only allowed straight over another edge's straight
segment, so every cell of the drawing reads unambiguously (`┼` is always two lines
crossing, never a junction). Boxes and label text are walls. When no such route exists
(a box walled in by earlier edges), the search is repeated allowing overlaps at a high
price, so every edge is drawn.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from pide.core.fastdataclass import dataclass

N, E, S, W = 0, 1, 2, 3
STEPS = ((0, -1), (1, 0), (0, 1), (-1, 0))
BITS = (1, 2, 4, 8)
"""A cell's line directions as a bit set: north 1, east 2, south 4, west 8."""
VERTICAL = BITS[N] | BITS[S]
HORIZONTAL = BITS[E] | BITS[W]
TURN = 3.0
CROSS = 4.0
NEAR = 0.5
OVERLAP = 25.0
INFINITY = float("inf")
MAX_POPS = 400_000
"""A bound on the search, so a pathological grid cannot freeze the caller."""

Cell = tuple[int, int]


def opposite(direction: int) -> int:
    return (direction + 2) % 4


def direction_between(a: Cell, b: Cell) -> int:
    """The direction of the straight line from `a` to `b` (they share a row or column)."""
    if b[0] > a[0]:
        return E
    if b[0] < a[0]:
        return W
    return S if b[1] > a[1] else N


@dataclass(frozen=True, slots=True)
class Start:
    """A cell a route may begin on, leaving its box in `direction`, at an extra `cost`."""

    x: int
    y: int
    direction: int
    cost: float = 0.0


@dataclass(frozen=True, slots=True)
class Goal:
    """A cell a route may end on. With `direction`, the last step must go that way
    (`strict`), or pays a turn when it does not."""

    x: int
    y: int
    direction: int | None = None
    strict: bool = False


class Grid:
    """The cells of a drawing: walls, and the lines of the edges routed so far."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        size = width * height
        self.blocked = bytearray(size)
        self.bits = bytearray(size)
        self.fixed = bytearray(size)
        """Edge cells nothing may cross: ends, turns, the cells through labels."""
        self.near = bytearray(size)

    def index(self, x: int, y: int) -> int:
        return y * self.width + x

    def inside(self, x: int, y: int) -> bool:
        return 0 <= x < self.width and 0 <= y < self.height

    def free(self, x: int, y: int) -> bool:
        """Whether a route may start or end on the cell."""
        if not self.inside(x, y):
            return False
        i = self.index(x, y)
        return not self.blocked[i] and not self.bits[i]

    def wall(self, cells: Iterable[Cell], *, halo: bool = False) -> None:
        """Make `cells` impassable; with `halo`, their neighbours cost `NEAR` more."""
        for x, y in cells:
            if self.inside(x, y):
                self.blocked[self.index(x, y)] = 1
                if halo:
                    for dx in (-1, 0, 1):
                        for dy in (-1, 0, 1):
                            if self.inside(x + dx, y + dy):
                                self.near[self.index(x + dx, y + dy)] = 1

    def unwall(self, cells: Iterable[Cell]) -> None:
        for x, y in cells:
            if self.inside(x, y):
                self.blocked[self.index(x, y)] = 0

    def occupy(self, path: Sequence[Cell], first: int, last: int) -> list[int]:
        """Record `path` as drawn and return each cell's direction bits. `first` is the
        direction from the first cell back into its box, `last` from the last cell onward."""
        masks = line_masks(path, first, last)
        for k, ((x, y), mask) in enumerate(zip(path, masks, strict=True)):
            i = self.index(x, y)
            self.bits[i] |= mask
            if k in (0, len(path) - 1) or mask not in (VERTICAL, HORIZONTAL):
                self.fixed[i] = 1
        return masks

    def fix(self, cells: Iterable[Cell]) -> None:
        """Forbid crossing `cells` (the line through a label belongs to its label)."""
        for x, y in cells:
            self.fixed[self.index(x, y)] = 1

    def release(self, path: Sequence[Cell], masks: Sequence[int]) -> None:
        """Undo `occupy(path, ...)` that returned `masks`. Cells this path fixed were its
        alone (nothing crosses a fixed cell), so they are freed for other routes."""
        for (x, y), mask in zip(path, masks, strict=True):
            i = self.index(x, y)
            self.bits[i] &= ~mask & 0xF
            if not self.bits[i]:
                self.fixed[i] = 0

    def route(
        self, starts: Sequence[Start], goals: Sequence[Goal], *, relaxed: bool = False
    ) -> list[Cell] | None:
        """The cheapest path from one of `starts` to one of `goals`, every cell listed."""
        if not starts or not goals:
            return None
        goal_at = {self.index(g.x, g.y): g for g in goals}
        gx0, gx1 = min(g.x for g in goals), max(g.x for g in goals)
        gy0, gy1 = min(g.y for g in goals), max(g.y for g in goals)

        def estimate(x: int, y: int) -> float:
            dx = gx0 - x if x < gx0 else x - gx1 if x > gx1 else 0
            dy = gy0 - y if y < gy0 else y - gy1 if y > gy1 else 0
            return dx + dy + (TURN if dx and dy else 0.0)

        best: dict[int, float] = {}
        parent: dict[int, int] = {}
        # Ties in f go to the state with the most cost behind it, the one nearest the goal:
        # on open ground that walks straight there instead of widening a front.
        heap: list[tuple[float, float, int]] = []
        for start in starts:
            if not self.inside(start.x, start.y):
                continue
            i = self.index(start.x, start.y)
            if self.blocked[i] or (self.bits[i] and not relaxed):
                continue
            cost = start.cost + NEAR * self.near[i] + (OVERLAP if self.bits[i] else 0.0)
            cost += self._goal_penalty(goal_at.get(i), start.direction)
            state = i * 4 + start.direction
            if cost < best.get(state, INFINITY):
                best[state] = cost
                parent[state] = -1
                heapq.heappush(heap, (cost + estimate(start.x, start.y), -cost, state))
        width = self.width
        pops = 0
        while heap and pops < MAX_POPS:
            _, negative, state = heapq.heappop(heap)
            cost = -negative
            if cost > best.get(state, INFINITY):
                continue
            pops += 1
            i, direction = divmod(state, 4)
            goal = goal_at.get(i)
            if goal is not None and (
                not goal.strict or goal.direction is None or goal.direction == direction
            ):
                return self._path(parent, state)
            x, y = i % width, i // width
            back = (direction + 2) % 4
            for step in range(4):
                if step == back:
                    continue
                moved = self._step(x, y, step, relaxed)
                if moved is None:
                    continue
                j, extra = moved
                new_cost = cost + extra + (TURN if step != direction else 0.0)
                if goal_at:
                    new_cost += self._goal_penalty(goal_at.get(j), step)
                new_state = j * 4 + step
                if new_cost < best.get(new_state, INFINITY):
                    best[new_state] = new_cost
                    parent[new_state] = state
                    f = new_cost + estimate(j % width, j // width)
                    heapq.heappush(heap, (f, -new_cost, new_state))
        return None

    @staticmethod
    def _goal_penalty(goal: Goal | None, direction: int) -> float:
        if goal is None or goal.strict or goal.direction is None:
            return 0.0
        return TURN if goal.direction != direction else 0.0

    def _step(self, x: int, y: int, step: int, relaxed: bool) -> tuple[int, float] | None:
        """The cell one move away (jumping straight over crossed edges) and its cost."""
        dx, dy = STEPS[step]
        across = HORIZONTAL if step in (N, S) else VERTICAL
        cost = 1.0
        width, height = self.width, self.height
        while True:
            x, y = x + dx, y + dy
            if not (0 <= x < width and 0 <= y < height):
                return None
            i = y * width + x
            if self.blocked[i]:
                return None
            bits = self.bits[i]
            if not bits:
                return i, cost + NEAR * self.near[i]
            if relaxed:
                return i, cost + OVERLAP
            if self.fixed[i] or bits != across:
                return None
            cost += 1.0 + CROSS

    def _path(self, parent: dict[int, int], state: int) -> list[Cell]:
        states = []
        while state != -1:
            states.append(state)
            state = parent[state]
        states.reverse()
        cells: list[Cell] = []
        for s in states:
            i = s // 4
            cell = (i % self.width, i // self.width)
            if cells:
                # Fill in the cells jumped over when crossing other edges.
                px, py = cells[-1]
                dx, dy = STEPS[direction_between(cells[-1], cell)]
                while (px + dx, py + dy) != cell:
                    px, py = px + dx, py + dy
                    cells.append((px, py))
            cells.append(cell)
        return cells


def line_masks(path: Sequence[Cell], first: int, last: int) -> list[int]:
    """Each cell's line directions: towards its neighbours on the path; the first cell also
    towards `first` (its box), the last towards `last`."""
    masks = []
    for k, cell in enumerate(path):
        mask = BITS[first] if k == 0 else BITS[direction_between(cell, path[k - 1])]
        if k == len(path) - 1:
            mask |= BITS[last]
        else:
            mask |= BITS[direction_between(cell, path[k + 1])]
        masks.append(mask)
    return masks
