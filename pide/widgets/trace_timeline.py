"""`TimelineView`: the trace's events as rows over one column per machine and monitor.

The rows come from `pide.workspace.timeline` (headless, tested); this widget only styles
them and scrolls. It is a line-API `ScrollView`: it draws only the rows on screen, so a
trace of many thousands of events opens at once. The first line is a sticky header with the
lane names. The current event's row is highlighted, and so is the other end of its message
(the take of a send, or the send of a take), so an arrow's two ends are seen together.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from pide.core.trace.cursor import TraceCursor
from pide.workspace.timeline import (
    Cell,
    LaneLife,
    Role,
    header_cells,
    lane_width,
    row_cells,
)


class TimelineView(ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of a `TraceCursor`'s trace; the keys that move the cursor belong to the
    enclosing `TraceView`, which calls `show` after each move."""

    DEFAULT_CSS = """
    TimelineView {
        height: 1fr;
        width: 1fr;
        background: $surface;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    """

    class Clicked(Message):
        """The user clicked the row of event `index`."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, cursor: TraceCursor, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor = cursor
        self.life = LaneLife.of(cursor.trace.events, cursor.timeline) if len(cursor) else None
        self.lane_width = lane_width([lane.name for lane in cursor.timeline.lanes], 80)
        self._styles: dict[Role, Style] = {}
        self._current = Style()
        self._partner = Style()

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._restyle, init=True)

    def _restyle(self) -> None:
        theme = self.app.current_theme
        surface = Color.parse(theme.surface or theme.background or "#000000")
        primary = theme.primary
        muted = surface.blend(Color.parse(theme.foreground or "#ffffff"), 0.45).hex
        self._styles = {
            Role.INDEX: Style(color=muted),
            Role.LIFE: Style(color=muted),
            Role.EVENT: Style(color=theme.accent or primary, bold=True),
            Role.SEND: Style(color=primary, bold=True),
            Role.TAKE: Style(color=theme.secondary or primary, bold=True),
            Role.ARROW: Style(color=primary),
            Role.BUG: Style(color=theme.error or "red", bold=True),
            Role.TEXT: Style(),
            Role.HEADER: Style(bold=True, underline=True),
        }
        self._current = Style(bgcolor=surface.blend(Color.parse(primary), 0.45).hex)
        self._partner = Style(bgcolor=surface.blend(Color.parse(primary), 0.18).hex)
        self.refresh()

    def on_resize(self) -> None:
        names = [lane.name for lane in self.cursor.timeline.lanes]
        self.lane_width = lane_width(names, self.scrollable_content_region.width)
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.cursor) + 1)
        # Scrolling is clamped to the old virtual size until the next layout.
        self.call_after_refresh(self.show, self.cursor.index)

    @property
    def rows_visible(self) -> int:
        """Event rows on screen (the header takes a line)."""
        return max(self.scrollable_content_region.height - 1, 1)

    def row_visible(self, index: int) -> bool:
        """Whether row `index` is on screen (tests wait for this after a resize)."""
        top = round(self.scroll_offset.y)
        return top <= index < top + self.rows_visible

    def show(self, index: int, retries: int = 5) -> None:
        """Scroll so that row `index` is on screen (with a little context), and redraw.

        Right after a resize the new virtual size is not laid out yet and the scroll is
        clamped to the old one; then it is tried again after the next refresh."""
        top = round(self.scroll_offset.y)
        rows = self.rows_visible
        margin = min(2, rows // 4)
        target = top
        if index < top + margin:
            target = max(index - margin, 0)
        elif index > top + rows - 1 - margin:
            target = index - rows + 1 + margin
        if target != top:
            self.scroll_to(y=target, animate=False, immediate=True)
            if round(self.scroll_offset.y) != target and retries > 0:
                self.call_after_refresh(self.show, index, retries - 1)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        cursor = self.cursor
        if y == 0:
            cells = header_cells(cursor.timeline, self.lane_width)
            return self._strip(cells, width, Style())
        row = round(self.scroll_offset.y) + y - 1
        if row >= len(cursor) or self.life is None:
            return Strip.blank(width)
        cells = row_cells(cursor.trace.events, cursor.timeline, self.life, row, self.lane_width)
        background = Style()
        if row == cursor.index:
            background = self._current
        else:
            message = cursor.message
            if message is not None and row in (message.send, message.receive):
                background = self._partner
        return self._strip(cells, width, background)

    def _strip(self, cells: list[Cell], width: int, background: Style) -> Strip:
        base = self.rich_style
        segments = [
            Segment(cell.text, base + self._styles.get(cell.role, Style()) + background)
            for cell in cells
        ]
        strip = Strip(segments)
        return strip.crop(0, width).extend_cell_length(width, base + background)

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        row = round(self.scroll_offset.y) + event.y - 1
        if 0 <= row < len(self.cursor):
            self.post_message(self.Clicked(row))
