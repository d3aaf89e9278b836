"""The trace debugger's timeline as text: one row per event, one column per lane.

Drawing is split from the widget so the layout (which glyph goes in which column, where an
arrow runs) is unit-tested without Textual. A row is a list of `Cell`s, each a piece of text
with a *role* the widget maps to a style:

    #   step  Client(1)  Server(2)  Logger(3)  FewPongs   what happened
    14    7       ●─────────▶          │                  send ePing Client(1) → Server(2)
    25   10       │          ◆          │                  dequeue ePing in Serving

* a lane's lifeline `│` runs from the lane's first event to the machine's halt;
* the acting lane shows its event's glyph (`●` any event, `▲` a send, `○` its arrival in
  the receiver's inbox, `◆` a dequeue or receive, `✖` the bug, `■` a halt);
* a send draws a horizontal arrow from the sender's column to the receiver's, over the lanes
  between, ending in `▶` or `◀` at the receiver.

Rows are built on demand (a trace may have many thousands of events); `LaneLife` is computed
once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pide.core.trace.cursor import TraceTimeline
from pide.core.trace.describe import describe_event
from pide.core.trace.events import (
    BugFound,
    EventDequeued,
    EventEnqueued,
    EventReceived,
    EventSent,
    MachineHalted,
    TraceEvent,
)

INDEX_WIDTH = 5
STEP_WIDTH = 5
PREFIX_WIDTH = INDEX_WIDTH + STEP_WIDTH + 2
MIN_LANE, MAX_LANE = 5, 16
DESCRIPTION_ROOM = 36
"""Columns the layout keeps for the description when it narrows the lanes."""


class Role(StrEnum):
    INDEX = "index"
    LIFE = "life"
    EVENT = "event"
    SEND = "send"
    TAKE = "take"
    BUG = "bug"
    ARROW = "arrow"
    TEXT = "text"
    HEADER = "header"


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    role: Role
    lane: int | None = None


@dataclass(frozen=True, slots=True)
class LaneLife:
    """First and last event index during which each lane's lifeline is drawn."""

    start: tuple[int, ...]
    end: tuple[int, ...]

    @staticmethod
    def of(events: tuple[TraceEvent, ...], timeline: TraceTimeline) -> LaneLife:
        last = len(events) - 1
        starts = tuple(lane.events[0] for lane in timeline.lanes)
        ends = []
        for lane in timeline.lanes:
            halt = next((i for i in lane.events if isinstance(events[i], MachineHalted)), None)
            ends.append(last if halt is None else halt)
        return LaneLife(starts, tuple(ends))


def lane_width(lane_names: list[str], width: int) -> int:
    """The width of one lane column so that the lanes fit in `width` with room to spare."""
    if not lane_names:
        return MIN_LANE
    wanted = min(max(len(name) for name in lane_names) + 2, MAX_LANE)
    room = (width - PREFIX_WIDTH - DESCRIPTION_ROOM) // len(lane_names)
    return max(MIN_LANE, min(wanted, room))


def fit(text: str, width: int) -> str:
    """`text` centred in `width` columns; a long name is cut with `…` but keeps its `(id)`
    (`SharedAccountDriver(1)` → `Shar…(1)`), since the id tells the lanes apart. In the
    narrowest lanes the `…` goes first (`Client(4)` → `C(4)`: two lanes of one machine
    type were both `Cli…`)."""
    room = width - 1
    if len(text) > room:
        _, paren, tail = text.rpartition("(")
        suffix = paren + tail if paren and tail.endswith(")") else ""
        keep = room - len(suffix) - 1
        if keep >= 1:
            text = text[:keep] + "…" + suffix
        elif suffix and room > len(suffix):
            text = text[: room - len(suffix)] + suffix
        else:
            text = text[: max(room - 1, 0)] + "…"
    return text.center(width)


def header_cells(timeline: TraceTimeline, width: int) -> list[Cell]:
    cells = [Cell("#".rjust(INDEX_WIDTH) + " " + "step".rjust(STEP_WIDTH) + " ", Role.HEADER)]
    for position, lane in enumerate(timeline.lanes):
        cells.append(Cell(fit(lane.name, width), Role.HEADER, position))
    cells.append(Cell(" what happened", Role.HEADER))
    return cells


def _glyph(event: TraceEvent) -> tuple[str, Role]:
    if isinstance(event, EventSent):
        return "▲", Role.SEND
    if isinstance(event, EventDequeued | EventReceived):
        return "◆", Role.TAKE
    if isinstance(event, BugFound):
        return "✖", Role.BUG
    if isinstance(event, MachineHalted):
        return "■", Role.EVENT
    if isinstance(event, EventEnqueued):
        return "○", Role.EVENT
    return "●", Role.EVENT


def row_cells(
    events: tuple[TraceEvent, ...],
    timeline: TraceTimeline,
    life: LaneLife,
    index: int,
    width: int,
    limit: int | None = 60,
) -> list[Cell]:
    """The cells of event `index`'s row with lanes `width` wide."""
    event = events[index]
    step = "" if event.step < 0 else str(event.step)
    cells = [Cell(f"{index:>{INDEX_WIDTH}} {step:>{STEP_WIDTH}} ", Role.INDEX)]
    own = timeline.lane_of[index]
    centre = width // 2
    arrow: tuple[int, int] | None = None  # (from lane, to lane)
    if isinstance(event, EventSent) and own is not None and not event.target_halted:
        target = timeline.lane_named(event.target)
        if target is not None and target != own:
            arrow = (own, target)
    low, high = (min(arrow), max(arrow)) if arrow is not None else (-1, -1)
    for position in range(len(timeline.lanes)):
        if position == own:
            glyph, role = _glyph(event)
        elif arrow is not None and position == arrow[1]:
            glyph, role = ("▶" if arrow[1] > arrow[0] else "◀"), Role.ARROW
        elif low < position < high:
            glyph, role = "─", Role.ARROW
        else:
            alive = life.start[position] <= index <= life.end[position]
            glyph, role = ("│" if alive else " "), Role.LIFE
        fill_left = "─" if low < position <= high else " "
        fill_right = "─" if low <= position < high else " "
        left_role = Role.ARROW if fill_left == "─" else Role.LIFE
        right_role = Role.ARROW if fill_right == "─" else Role.LIFE
        cells.append(Cell(fill_left * centre, left_role, position))
        cells.append(Cell(glyph, role, position))
        cells.append(Cell(fill_right * (width - centre - 1), right_role, position))
    text = describe_event(event, actor=own is None, limit=limit) + _message_note(timeline, index)
    cells.append(Cell(" " + text, Role.BUG if isinstance(event, BugFound) else Role.TEXT))
    return cells


def _message_note(timeline: TraceTimeline, index: int) -> str:
    """Where the other end of a send or a take is: `  (taken #25)`, `  (sent #14)`."""
    message = timeline.message_at.get(index)
    if message is None or index == message.enqueue:
        return ""
    if index == message.receive:
        return f"  (sent #{message.send})"
    if message.receive is not None:
        return f"  (taken #{message.receive})"
    if message.dropped_at is not None and message.dropped_at != index:
        return f"  (dropped #{message.dropped_at})"
    return "" if message.dropped else "  (never taken)"


def row_text(cells: list[Cell]) -> str:
    return "".join(cell.text for cell in cells)
