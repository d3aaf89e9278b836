"""`Sidebar`: the left column, with the project's files and the program's outline as tabs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from pide.widgets.focus import focus_now
from pide.widgets.outline_tree import OutlineTree
from pide.widgets.project_tree import ProjectTree

FILES_TAB = "sidebar-files"
OUTLINE_TAB = "sidebar-outline"


class Sidebar(Vertical):
    """Files and Outline, one tab each; hidden and shown with the explorer toggle."""

    DEFAULT_CSS = """
    Sidebar {
        width: 38;
        height: 1fr;
        border-right: vkey $panel;
        & > TabbedContent { height: 1fr; }
        & ContentSwitcher { height: 1fr; }
        & TabPane { padding: 0; }
    }
    """

    def compose(self) -> ComposeResult:
        with TabbedContent(initial=FILES_TAB, id="sidebar-tabs"):
            with TabPane("Files", id=FILES_TAB):
                yield ProjectTree(id="project-tree")
            with TabPane("Outline", id=OUTLINE_TAB):
                yield OutlineTree(id="outline-tree")

    @property
    def tabs(self) -> TabbedContent:
        return self.query_one("#sidebar-tabs", TabbedContent)

    @property
    def active(self) -> str:
        return self.tabs.active

    @property
    def project_tree(self) -> ProjectTree:
        return self.query_one(ProjectTree)

    @property
    def outline_tree(self) -> OutlineTree:
        return self.query_one(OutlineTree)

    def show_files(self) -> None:
        self.tabs.active = FILES_TAB
        focus_now(self.project_tree)

    def show_outline(self) -> None:
        self.tabs.active = OUTLINE_TAB
        focus_now(self.outline_tree)
