"""`GoToLineScreen`: ask for a line (optionally `line:col`) to move the cursor to."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.validation import Regex
from textual.widgets import Input, Label

_LINE = re.compile(r"\s*(\d+)\s*(?::\s*(\d+)\s*)?\Z")


def parse_location(text: str) -> tuple[int, int] | None:
    """`"12"` -> (12, 1), `"12:5"` -> (12, 5); None when it is not a location."""
    match = _LINE.match(text)
    if match is None:
        return None
    line, col = int(match.group(1)), int(match.group(2) or 1)
    return (line, col) if line >= 1 and col >= 1 else None


class GoToLineScreen(ModalScreen[tuple[int, int] | None]):
    """Dismisses with a 1-based (line, column), or None when cancelled."""

    DEFAULT_CSS = """
    GoToLineScreen {
        align: center top;
        & > Vertical {
            margin-top: 3;
            width: 50;
            height: auto;
            padding: 0 1;
            background: $panel;
            border: thick $primary 60%;
        }
        & Input { margin-top: 1; }
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, line_count: int, current: int) -> None:
        super().__init__()
        self.line_count = line_count
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Go to line (1 to {self.line_count}), or line:column")
            yield Input(
                placeholder=str(self.current),
                validators=[Regex(_LINE.pattern)],
                id="goto-input",
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        location = parse_location(event.value)
        if location is None:
            self.notify("Type a line number, or line:column", severity="warning")
            return
        line, col = location
        self.dismiss((min(line, self.line_count), col))

    def action_cancel(self) -> None:
        self.dismiss(None)
