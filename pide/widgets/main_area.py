"""`MainArea`: the tabbed centre of the IDE where files (and later other views) open.

Editors are `EditorPane`s in a `TabbedContent`; a pane's id is derived from its file's
path so a file is never opened twice. The tab strip is the extension point for views that
are not files (a state diagram, a trace): anything mounted with `add_view` becomes a tab
the user can switch to with the same keys. When nothing is open, a short hint says how to
open something.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, TabbedContent, TabPane

from pide.widgets.code_editor import EditorStyles
from pide.widgets.editor_pane import EditorPane
from pide.workspace.files import LoadedText
from pide.workspace.recovery import RecoveryStore

DIRTY_MARK = " ●"


def pane_id(path: str) -> str:
    """A stable widget id for the editor of `path` (ids must be identifiers)."""
    return "editor-" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:12]


class MainArea(Vertical):
    """Open editors and views as tabs."""

    DEFAULT_CSS = """
    MainArea {
        height: 1fr;
        & > TabbedContent { height: 1fr; }
        & > TabbedContent > ContentSwitcher { height: 1fr; }
        & > #main-empty {
            height: 1fr;
            content-align: center middle;
            color: $text-muted;
        }
    }
    """

    def __init__(self, *, cursor_blink: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor_blink = cursor_blink
        self.styles_for_editors = EditorStyles()

    def compose(self) -> ComposeResult:
        yield TabbedContent(id="main-tabs")
        yield Static(
            "No file is open.\n\n"
            "Select one in the explorer (Ctrl+B shows it), create one with Ctrl+N,\n"
            "or press Ctrl+P to find a command.",
            id="main-empty",
        )

    def on_mount(self) -> None:
        self._sync_empty_state()

    @property
    def tabs(self) -> TabbedContent:
        return self.query_one("#main-tabs", TabbedContent)

    def editor_panes(self) -> Iterator[EditorPane]:
        yield from self.tabs.query(EditorPane)

    def pane_for(self, path: str) -> EditorPane | None:
        found = self.tabs.query(f"#{pane_id(path)}")
        pane = found.first() if found else None
        return pane if isinstance(pane, EditorPane) else None

    @property
    def active_pane(self) -> TabPane | None:
        return self.tabs.active_pane

    @property
    def active_editor(self) -> EditorPane | None:
        pane = self.tabs.active_pane
        return pane if isinstance(pane, EditorPane) else None

    async def open_editor(
        self,
        path: str,
        title: str,
        loaded: LoadedText,
        *,
        recovery: RecoveryStore,
        exists: bool = True,
    ) -> EditorPane:
        """Open `path` in a new tab (or return its existing tab), and make it active."""
        pane = self.pane_for(path)
        if pane is None:
            pane = EditorPane(
                path,
                title,
                loaded,
                recovery=recovery,
                exists=exists,
                cursor_blink=self.cursor_blink,
                id=pane_id(path),
            )
            await self.tabs.add_pane(pane)
            pane.editor.apply_editor_styles(self.styles_for_editors)
            self._sync_empty_state()
        self.activate(pane)
        return pane

    async def add_view(self, pane: TabPane) -> None:
        """Mount a non-file view as a tab (the extension point for diagrams, traces...)."""
        await self.tabs.add_pane(pane)
        self._sync_empty_state()
        self.activate(pane)

    def activate(self, pane: TabPane) -> None:
        if pane.id:
            self.tabs.active = pane.id

    async def close(self, pane: TabPane) -> None:
        if pane.id:
            await self.tabs.remove_pane(pane.id)
        self._sync_empty_state()

    def cycle(self, step: int) -> None:
        """Activate the tab `step` places to the right (wrapping around)."""
        panes = list(self.tabs.query(TabPane))
        if not panes:
            return
        current = self.tabs.active_pane
        index = panes.index(current) if current in panes else 0
        self.activate(panes[(index + step) % len(panes)])

    def mark_dirty(self, pane: EditorPane) -> None:
        """Show (or clear) the unsaved-changes marker on `pane`'s tab."""
        if pane.id:
            label = pane.file_name + (DIRTY_MARK if pane.dirty else "")
            self.tabs.get_tab(pane.id).label = label

    def apply_styles(self, styles: EditorStyles) -> None:
        self.styles_for_editors = styles
        for pane in self.editor_panes():
            pane.editor.apply_editor_styles(styles)

    def _sync_empty_state(self) -> None:
        empty = self.tabs.tab_count == 0
        self.tabs.display = not empty
        self.query_one("#main-empty").display = empty
