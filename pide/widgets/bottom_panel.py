"""`BottomPanel`: the tabbed strip under the editor, starting with the Problems list.

It is the place for tool output that goes with the source: the Problems list today, and
views such as a check runner's progress and reports later, each added with `add_panel` as
another tab. Its tab titles carry a count (`Problems 3`) so the panel is informative even
when another tab is in front.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane

from pide.widgets.problems_panel import ProblemsPanel

PROBLEMS_TAB = "panel-problems"


class BottomPanel(Vertical):
    """Problems (and later tool output) below the editor."""

    DEFAULT_CSS = """
    BottomPanel {
        height: 11;
        border-top: hkey $panel;
        & > TabbedContent { height: 1fr; }
        & ContentSwitcher { height: 1fr; }
        & TabPane { padding: 0; }
    }
    """

    def compose(self) -> ComposeResult:
        with (
            TabbedContent(initial=PROBLEMS_TAB, id="panel-tabs"),
            TabPane("Problems", id=PROBLEMS_TAB),
        ):
            yield ProblemsPanel(id="problems")

    @property
    def tabs(self) -> TabbedContent:
        return self.query_one("#panel-tabs", TabbedContent)

    @property
    def problems(self) -> ProblemsPanel:
        return self.query_one(ProblemsPanel)

    async def add_panel(self, title: str, widget: Widget, *, id: str) -> TabPane:
        """Add a tool view as a new tab (e.g. a check runner); returns its pane."""
        pane = TabPane(title, widget, id=id)
        await self.tabs.add_pane(pane)
        return pane

    def set_title(self, pane_id: str, title: str) -> None:
        self.tabs.get_tab(pane_id).label = title

    def show_problems(self) -> None:
        self.tabs.active = PROBLEMS_TAB
        self.problems.focus_table()
