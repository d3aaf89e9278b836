"""`ProblemsPanel`: every diagnostic of the last compile, one per row; Enter jumps to it.

Rows read like a compiler's output (`PSrc/Client.p:12:5  P0202  cannot find variable 'y'`)
so what the IDE shows and what `pide compile` prints are recognisably the same thing.
Problems about a whole file (an unreadable file, a missing project) have no line and show
the file alone. When there is nothing to report the panel says so, rather than showing an
empty table that could be mistaken for "still compiling".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from pide.core.diagnostics import Diagnostic, Severity
from pide.messages import OpenLocation
from pide.widgets.focus import focus_now

SEVERITY_ICONS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.NOTE: "•"}


def location_text(diagnostic: Diagnostic, show: Callable[[str], str]) -> str:
    span = diagnostic.span
    if span.line < 1:
        return show(span.file)
    return f"{show(span.file)}:{span.line}:{span.col}"


class ProblemsPanel(Vertical):
    """A table of diagnostics; selecting a row posts `ProblemSelected`."""

    DEFAULT_CSS = """
    ProblemsPanel {
        height: 1fr;
        & > DataTable { height: 1fr; background: $surface; }
        & > #problems-empty { height: 1fr; color: $text-muted; padding: 0 1; background: $surface; }
    }
    """

    class ProblemSelected(OpenLocation):
        """The user chose a problem: show it in the editor."""

        def __init__(self, diagnostic: Diagnostic) -> None:
            span = diagnostic.span
            super().__init__(span.file, span.line, span.col)
            self.diagnostic = diagnostic

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._diagnostics: tuple[Diagnostic, ...] = ()
        self._show_path: Callable[[str], str] = str

    def compose(self) -> ComposeResult:
        table: DataTable[str | Text] = DataTable(cursor_type="row", zebra_stripes=False)
        table.add_column("", key="severity", width=1)
        table.add_column("Location", key="location")
        table.add_column("Code", key="code")
        table.add_column("Message", key="message")
        yield table
        yield Static("No problems.", id="problems-empty")

    def on_mount(self) -> None:
        self.query_one(DataTable).display = False
        self.watch(self.app, "theme", self._restyle, init=False)

    @property
    def table(self) -> DataTable[str | Text]:
        return self.query_one(DataTable)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return self._diagnostics

    def show_problems(
        self,
        diagnostics: Sequence[Diagnostic],
        show_path: Callable[[str], str] = str,
        empty_message: str = "No problems.",
    ) -> None:
        """List `diagnostics`, naming files with `show_path` (e.g. relative to the root)."""
        self._show_path = show_path
        self.query_one("#problems-empty", Static).update(empty_message)
        diagnostics = tuple(diagnostics)
        if diagnostics == self._diagnostics:
            return
        table = self.table
        row = table.cursor_row
        self._diagnostics = diagnostics
        table.clear()
        theme = self.app.current_theme
        colors = {
            Severity.ERROR: theme.error or "red",
            Severity.WARNING: theme.warning or "yellow",
            Severity.NOTE: theme.primary,
        }
        for index, d in enumerate(diagnostics):
            color = colors[d.severity]
            table.add_row(
                Text(SEVERITY_ICONS[d.severity], style=f"bold {color}"),
                location_text(d, show_path),
                Text(d.code, style=color),
                d.message,
                key=str(index),
            )
        table.display = bool(diagnostics)
        self.query_one("#problems-empty").display = not diagnostics
        if diagnostics:
            table.move_cursor(row=min(row, len(diagnostics) - 1))

    def _restyle(self) -> None:
        diagnostics, self._diagnostics = self._diagnostics, ()
        self.show_problems(diagnostics, self._show_path)

    def highlight(self, diagnostic: Diagnostic) -> None:
        """Move the table's cursor to `diagnostic` (when stepping through problems)."""
        if diagnostic in self._diagnostics:
            self.table.move_cursor(row=self._diagnostics.index(diagnostic))

    def _on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.ProblemSelected(self._diagnostics[int(event.row_key.value)]))

    def focus_table(self) -> None:
        focus_now(self.table)
