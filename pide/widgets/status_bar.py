"""`StatusBar`: one line saying where the user is and how the program stands.

Left: the active file (with `●` when it has unsaved changes). Right: the cursor position,
the error and warning counts of the last compile (`checking…` while one runs), and the
project's name. Each part is a reactive, so the screen just assigns values.

The bar is drawn by one `render` into a fixed-height line: it changes on every keystroke
(the cursor moves), and updating child labels instead would re-layout the whole screen
each time.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class StatusBar(Widget):
    """The IDE's bottom status line."""

    DEFAULT_CSS = """
    StatusBar {
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    file: reactive[str] = reactive("")
    """Display path of the active file ('' when none is open)."""
    dirty: reactive[bool] = reactive(False)
    """Whether the active file has unsaved changes."""
    position: reactive[tuple[int, int] | None] = reactive(None)
    """1-based (line, column) of the cursor, None without an editor."""
    errors: reactive[int] = reactive(0)
    warnings: reactive[int] = reactive(0)
    busy: reactive[bool] = reactive(False)
    """A compile is running: the counts are about to change."""
    project: reactive[str] = reactive("")

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self) -> None:
        self.refresh()

    def render(self) -> Text:
        theme = self.app.current_theme
        right = Text()
        if self.position is not None:
            right.append(f"Ln {self.position[0]}, Col {self.position[1]}    ")
        right.append(f"✖ {self.errors}", style=f"bold {theme.error}" if self.errors else "")
        right.append("  ")
        right.append(f"▲ {self.warnings}", style=f"bold {theme.warning}" if self.warnings else "")
        right.append("  checking…" if self.busy else "           ", style="italic")
        if self.project:
            right.append(f"  {self.project}", style="bold")
        left = Text(self.file or "no file open")
        if self.dirty:
            left.append(" ●", style="bold")
        room = self.content_size.width - cell_len(right.plain)
        left.truncate(max(room - 2, 0), overflow="ellipsis")
        left.pad_right(max(room - cell_len(left.plain), 0))
        return left + right
