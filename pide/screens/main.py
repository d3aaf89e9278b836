"""`MainScreen`: the IDE's workspace — explorer, editors, problems, status line.

Layout (the extension points are the two tab strips):

    ┌ Sidebar ───────┬ MainArea (tabs: open files, the state diagram, traces) ─────┐
    │ Files │Outline │                                                            │
    │                ├ BottomPanel (tabs: Problems; later check runs) ────────────┤
    ├────────────────┴────────────────────────────────────────────────────────────┤
    │ StatusBar                                                                   │
    │ Footer (key bindings)                                                       │

The screen owns the flow between the parts: it compiles the project in a worker thread
400 ms after typing stops (using the unsaved buffers), fans the result out to every view,
polls open files for external changes, and asks the user before anything could lose work.
The latest `CompileResult` is the reactive `result`: future panels watch it rather than
asking the screen to notify them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from textual import events, on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.theme import Theme
from textual.timer import Timer
from textual.widgets import Footer, TabbedContent, TabPane, TextArea

from pide.core.api import CompileResult
from pide.core.diagnostics import Diagnostic, Severity
from pide.core.project import OUTPUT_DIR_NAMES, Project, load_project
from pide.core.trace.files import TraceFileError, read_trace_file
from pide.core.trace.model import Trace
from pide.messages import OpenLocation
from pide.screens.ask import AskScreen
from pide.screens.choice import Choice, ChoiceScreen
from pide.screens.goto_line import GoToLineScreen
from pide.widgets.bottom_panel import BottomPanel
from pide.widgets.check_runner import CheckRunner
from pide.widgets.code_editor import EditorStyles
from pide.widgets.editor_pane import DiskState, EditorPane
from pide.widgets.focus import focus_now
from pide.widgets.main_area import MainArea
from pide.widgets.problems_panel import ProblemsPanel
from pide.widgets.project_tree import ProjectTree, display_path
from pide.widgets.sidebar import Sidebar
from pide.widgets.status_bar import StatusBar
from pide.widgets.trace_view import TraceView
from pide.workspace.build import compile_workspace
from pide.workspace.files import DiskStamp, FileError, LoadedText, read_text
from pide.workspace.outline import OutlineKind, build_outline
from pide.workspace.recovery import RecoveryStore
from pide.workspace.sources import find_trace_files, resolve_source

if TYPE_CHECKING:
    # The diagram view loads networkx and Graphviz's bindings: only when first opened.
    from pide.widgets.diagram_view import DiagramView

CHECK_TAB = "panel-check"
"""The bottom panel's tab holding the check runner."""
DIAGRAM_TAB = "diagram"
"""The main area's tab holding the state diagram."""
COMPILE_DELAY = 0.4
"""Seconds of quiet after the last keystroke before the project is recompiled."""
POLL_INTERVAL = 2.0
"""Seconds between checks of open files (and the project's files) for external changes."""

TokenStyles = Callable[[Theme], Mapping[str, Style]]


def pane_sizes(width: int, height: int) -> tuple[int, int]:
    """The sidebar's width and the bottom panel's height in a `width` x `height` terminal.

    Full size (38 columns, 11 rows) from 120x36 up; below that both shrink with the
    terminal, so that at 80x24 the editor keeps most of the screen (a fixed 38-column
    sidebar and 11-row panel left it 42 columns and 8 lines, and the trace debugger no
    room for its timeline)."""
    sidebar = 38 if width >= 120 else max(20, width * 3 // 10)
    bottom = 11 if height >= 36 else max(6, height * 3 // 10)
    return sidebar, bottom


class MainScreen(Screen[None]):
    """The workspace on one P project."""

    DEFAULT_CSS = """
    MainScreen {
        & > #workspace { height: 1fr; }
        & #center { width: 1fr; height: 1fr; }
        & #sidebar.-hidden { display: none; }
    }
    """

    BINDINGS = [
        # The footer shows these in this order, as many as fit: the keys a newcomer needs
        # first (an 80-column footer has room for about six), every key in F1's panel.
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("f5", "run_check", "Check"),
        # Priority: TextArea uses F7 to select all; the diagram is worth the key more.
        Binding("f7", "show_diagram", "Diagram", priority=True),
        Binding("f8", "next_problem", "Next problem"),
        Binding("ctrl+q", "app.quit", "Quit", priority=True),
        Binding("f1", "toggle_keys", "Keys"),
        Binding("ctrl+g", "go_to_line", "Go to line"),
        Binding("ctrl+b", "toggle_explorer", "Explorer"),
        Binding("alt+right", "next_tab", "Next tab"),
        Binding("shift+f8", "previous_problem", "Prev problem", show=False),
        Binding("alt+left", "previous_tab", "Prev tab", show=False),
        # Priority: scrollable widgets bind ctrl+PgUp/PgDn to horizontal paging.
        Binding("ctrl+pagedown", "next_tab", show=False, priority=True),
        Binding("ctrl+pageup", "previous_tab", show=False, priority=True),
        Binding("alt+w,ctrl+f4", "close_tab", "Close tab", show=False),
        # Priority: TextArea uses F6 to select a line; moving between panes matters more.
        Binding("f6", "cycle_focus(1)", "Next pane", show=False, priority=True),
        Binding("shift+f6", "cycle_focus(-1)", "Previous pane", show=False, priority=True),
        Binding("ctrl+o", "show_outline", "Outline", show=False),
        Binding("ctrl+n", "new_file", "New file", show=False),
        Binding("escape", "focus_editor", "Back to the editor", show=False),
    ]

    AUTO_FOCUS = None
    """Focus is placed explicitly: on the editor when a file opens, else the explorer."""

    result: var[CompileResult | None] = var(None)
    """The latest compile of the project (None until the first one finishes)."""

    def __init__(
        self,
        target: str,
        *,
        recovery: RecoveryStore,
        token_styles: TokenStyles,
        cursor_blink: bool = True,
        initial_trace: tuple[Trace, str | None] | None = None,
    ) -> None:
        super().__init__()
        self.target = os.path.normpath(target)
        self.initial_trace = initial_trace
        self._trace_views = 0
        self.recovery = recovery
        self.token_styles = token_styles
        self.cursor_blink = cursor_blink
        self.project: Project | None = None
        self._compile_timer: Timer | None = None
        self._compiling = False
        self._compile_again = False
        self._disk_fingerprint: tuple[DiskStamp | None, ...] = ()
        self._asking: set[str] = set()
        self._diagram_after_compile = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="workspace"):
            yield Sidebar(id="sidebar")
            with Vertical(id="center"):
                yield MainArea(cursor_blink=self.cursor_blink, id="main-area")
                yield BottomPanel(id="bottom-panel")
        yield StatusBar(id="status")
        yield Footer()

    # --- parts ------------------------------------------------------------------------

    @property
    def main_area(self) -> MainArea:
        return self.query_one(MainArea)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def bottom_panel(self) -> BottomPanel:
        return self.query_one(BottomPanel)

    @property
    def check_runner(self) -> CheckRunner:
        return self.query_one(CheckRunner)

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def compiling(self) -> bool:
        """A compile is running or scheduled (tests wait for this to become False)."""
        return self._compiling or self._compile_timer is not None

    def show_path(self, path: str) -> str:
        """`path` as the user should read it: relative to the project's root."""
        if self.project is not None:
            return display_path(path, self.project.root)
        target = Path(self.target)
        return display_path(path, target.parent if target.is_file() else None)

    def on_resize(self, event: events.Resize) -> None:
        sidebar, bottom = pane_sizes(event.size.width, event.size.height)
        self.sidebar.styles.width = sidebar
        self.bottom_panel.styles.height = bottom

    # --- start-up -----------------------------------------------------------------------

    async def on_mount(self) -> None:
        self.watch(self.app, "theme", self._apply_theme, init=True)
        await self.bottom_panel.add_panel("Check", CheckRunner(id="check-runner"), id=CHECK_TAB)
        # Not awaited here: the screen is drawn only once `on_mount` returns, and loading
        # walks a folder for its .p files, which takes seconds for a big tree (`pide` in a
        # home folder left the terminal blank that long).
        self.status.busy = True
        self.run_worker(self._open_project(), group="open", exit_on_error=False)

    async def _open_project(self) -> None:
        """Load the project off the UI thread, then open its first file and compile it."""
        try:
            project, diagnostics = await asyncio.to_thread(load_project, self.target)
        except Exception as error:  # a bug in pide: report it, keep the IDE usable
            self.status.busy = False
            message = f"{type(error).__name__}: {error}"
            self.notify(message, title="pide could not open the project", severity="error")
            return
        self._show_project(project)
        self._show_diagnostics(diagnostics)
        first = self._initial_file(project)
        if first is None or await self.open_file(first) is None:
            focus_now(self.sidebar.project_tree)
        await self._open_recovered(project)
        self._start_compile()
        self.set_interval(POLL_INTERVAL, self.check_disk)
        if self.initial_trace is not None:
            # Opened for the trace: give the debugger the width (Ctrl+B shows the explorer).
            self.sidebar.add_class("-hidden")
            trace, path = self.initial_trace
            await self.open_trace(trace, path)

    async def _open_recovered(self, project: Project | None) -> None:
        """Open every other file of the project with unsaved changes kept from a crash,
        so that its recovery copy is offered now rather than when it happens to be opened."""
        if project is None:
            return
        paths = [source.path for source in project.files]
        # New files under the project's folder that were never saved have copies too.
        root = Path(project.root).resolve()
        known = {Path(path).resolve() for path in paths}
        for source in self.recovery.sources():
            if source not in known and source.is_relative_to(root) and source.suffix == ".p":
                paths.append(str(Path(project.root) / source.relative_to(root)))
        for path in paths:
            if self.main_area.pane_for(path) is not None:
                continue
            try:
                disk: str | None = read_text(path).text
            except FileError:
                if Path(path).exists() or not Path(path).parent.is_dir():
                    continue
                disk = None  # a new file: its copy is all there is
            if self.recovery.offer(path, disk) is not None:
                await self.open_file(path)

    def _initial_file(self, project: Project | None) -> str | None:
        if project is None and Path(self.target).is_file():
            return self.target  # an unusable .pproj: open it, so it can be fixed
        if self.target.endswith(".p"):
            parent = Path(self.target).parent
            return self.target if Path(self.target).is_file() or parent.is_dir() else None
        return project.files[0].path if project and project.files else None

    def _show_project(self, project: Project | None) -> None:
        if project is not None:
            self.project = project
        if self.project is None:
            self.status.project = ""
            if Path(self.target).is_file():
                # Without a project, still list what was opened so it can be fixed.
                target = Path(self.target)
                self.sidebar.project_tree.show_project(target.stem, target.parent, [], self.target)
            return
        files = [f.path for f in self.project.files]
        pproj = str(self.project.project_file) if self.project.project_file else None
        self.sidebar.project_tree.show_project(self.project.name, self.project.root, files, pproj)
        self.status.project = self.project.name
        self.app.sub_title = self.project.name

    def _apply_theme(self) -> None:
        theme = self.app.current_theme
        surface = Color.parse(theme.surface or theme.background or "#000000")

        def tint(color: str | None, fallback: str) -> Style:
            tinted = surface.blend(Color.parse(color or fallback), 0.3)
            return Style(underline=True, bgcolor=tinted.hex)

        self.main_area.apply_styles(
            EditorStyles(
                tokens=self.token_styles(theme),
                error=tint(theme.error, "red"),
                warning=tint(theme.warning, "yellow"),
                error_mark=Style(color=theme.error or "red", bold=True),
                warning_mark=Style(color=theme.warning or "yellow", bold=True),
            )
        )

    # --- opening files ----------------------------------------------------------------

    async def open_file(self, path: str, line: int = 0, col: int = 0) -> EditorPane | None:
        """Show `path` in an editor (opening it if needed) with the cursor at `line`:`col`."""
        pane = self.main_area.pane_for(path)
        if pane is None:
            try:
                loaded, exists = read_text(path), True
            except FileError as error:
                if Path(path).exists() or not Path(path).parent.is_dir():
                    self.notify(str(error), title="Cannot open", severity="error")
                    return None
                loaded, exists = LoadedText("", None), False  # a new file: saving creates it
            pane = await self.main_area.open_editor(
                path, self.show_path(path), loaded, recovery=self.recovery, exists=exists
            )
            self._offer_recovery(pane, loaded.text if exists else None)
        else:
            self.main_area.activate(pane)
        if line > 0:
            editor = pane.editor
            row = min(line, editor.document.line_count) - 1
            column = min(max(col - 1, 0), len(editor.document.get_line(row)))
            editor.move_cursor((row, column), center=True)
        focus_now(pane.editor)
        self._update_status()
        return pane

    def _offer_recovery(self, pane: EditorPane, disk_text: str | None) -> None:
        copy = self.recovery.offer(pane.path, disk_text)
        if copy is None:
            return
        when = datetime.fromtimestamp(copy.saved_ns / 1e9).strftime("%Y-%m-%d %H:%M:%S")
        detail = (
            f"pide kept a copy of {pane.display_title} with changes that were never saved "
            f"(last written {when}). Restore it into the editor, or discard the copy?"
        )

        def answer(choice: str | None) -> None:
            if choice == "restore":
                editor = pane.editor
                editor.replace(copy.text, (0, 0), editor.document.end)
                editor.move_cursor((0, 0))
                self.notify(f"Restored unsaved changes to {pane.display_title}", timeout=3)
            elif choice == "discard":
                self.recovery.discard(pane.path)
            # "later" (also Escape) keeps the copy: it is offered again next time.

        # Escape takes the last choice: it must not be the one that deletes the work.
        choices = [
            Choice("restore", "Restore", "r", "primary"),
            Choice("discard", "Discard", "d", "error"),
            Choice("later", "Not now", "n"),
        ]
        self.app.push_screen(ChoiceScreen("Restore unsaved changes?", detail, choices), answer)

    @on(OpenLocation)
    async def _open_location(self, event: OpenLocation) -> None:
        event.stop()
        if not Path(event.path).is_file():
            self.notify(f"{self.show_path(event.path)} does not exist", severity="warning")
            return
        await self.open_file(event.path, event.line, event.col)
        if isinstance(event, ProblemsPanel.ProblemSelected):
            # The table cuts long messages at its width; say it in full, as F8 does.
            problem = event.diagnostic
            self.notify(f"{problem.code}: {problem.message}", timeout=6)

    # --- traces -------------------------------------------------------------------------

    def resolve_source(self, name: str) -> str | None:
        """The file of this project a trace's span names (see `workspace.sources`)."""
        project = self.project
        root = project.root if project is not None else Path(self.target).parent
        files = [f.path for f in project.files] if project is not None else []
        return resolve_source(name, Path(root), files)

    async def open_trace(self, trace: Trace, path: str | None = None) -> TraceView:
        """Show `trace` in a debugger tab (`path`: the file it came from, if any)."""
        self._trace_views += 1
        title = f"Trace {trace.test_name}" if trace.test_name else "Trace"
        view = TraceView(
            trace,
            title,
            resolve=self.resolve_source,
            show_path=self.show_path,
            trace_path=path,
            id=f"trace-{self._trace_views}",
        )
        await self.main_area.add_view(view)
        view.focus_timeline()
        self._update_status()
        return view

    async def open_trace_file(self, path: str) -> TraceView | None:
        """Read the trace at `path` and open it; a bad file is a notification."""
        try:
            trace = read_trace_file(path)
        except TraceFileError as error:
            self.notify(str(error), title="Cannot open the trace", severity="error", timeout=8)
            return None
        return await self.open_trace(trace, path)

    # --- state diagrams -------------------------------------------------------------------

    @property
    def diagram_view(self) -> DiagramView | None:
        found = self.main_area.tabs.query(f"#{DIAGRAM_TAB}")
        if not found:
            return None  # and the module need not be loaded
        from pide.widgets.diagram_view import DiagramView

        view = found.first()
        return view if isinstance(view, DiagramView) else None

    def _diagram_target(self) -> tuple[str, str | None] | None:
        """The machine (and state) to draw: the outline's cursor when the outline has
        focus, else the declaration around the editor's cursor."""
        outline = self.sidebar.outline_tree
        node = outline.cursor_node
        if outline.has_focus and node is not None and node.data is not None:
            item = node.data
            if item.kind in (OutlineKind.MACHINE, OutlineKind.SPEC):
                return item.name, None
            parent = node.parent.data if node.parent is not None else None
            if item.kind is OutlineKind.STATE and parent is not None:
                return parent.name, item.name
        pane = self.main_area.active_editor
        program = self.result.program if self.result is not None else None
        if program is None and (view := self.diagram_view) is not None:
            program = view.program
        if pane is None or program is None:
            return None
        from pide.widgets.diagram_view import machine_at

        return machine_at(program, pane.path, pane.editor.cursor_location[0] + 1)

    def _export_dir(self) -> Path:
        """Where exported diagrams go by default: next to the model."""
        if self.project is not None:
            return Path(self.project.root)
        target = Path(self.target)
        return target.parent if target.is_file() else target

    async def show_diagram(self, machine: str, state: str | None = None) -> DiagramView:
        """Show `machine`'s state diagram in the diagram tab (opening it if needed)."""
        view = self.diagram_view
        if view is None:
            from pide.widgets.diagram_view import DiagramView

            view = DiagramView(
                machine, show_path=self.show_path, export_dir=self._export_dir, id=DIAGRAM_TAB
            )
            await self.main_area.add_view(view)
            if state is not None:
                view.show_machine(machine, state)
        else:
            view.show_machine(machine, state)
            self.main_area.activate(view)
        view.focus_canvas()
        self._update_status()
        return view

    async def action_show_diagram(self) -> None:
        """The state diagram of the machine at the cursor (F7); elsewhere, ask which."""
        target = self._diagram_target()
        if target is not None:
            await self.show_diagram(*target)
            return
        view = self.diagram_view
        if view is not None:
            self.main_area.activate(view)
            view.focus_canvas()
            return
        program = self.result.program if self.result is not None else None
        if program is None and self.compiling:
            # The last compile had errors, but the one running may not: wait for it.
            self._diagram_after_compile = True
            self.notify("Compiling: the diagram opens when it is done.", timeout=2)
            return
        if program is None:
            self.notify("The model has errors: fix them to draw its machines.", timeout=4)
            return

        async def answer(name: str | None) -> None:
            if name:
                await self.show_diagram(name)

        names = list(program.machines)

        def check(text: str) -> str | None:
            return None if text in program.machines else f"No machine or spec named {text}"

        screen = AskScreen("Draw which machine or spec?", choices=names, check=check)
        self.app.push_screen(screen, answer)

    async def action_export_diagram(self) -> None:
        """Export the shown diagram (or the one at the cursor) to a file."""
        view = self.diagram_view
        if view is None:
            target = self._diagram_target()
            if target is None:
                self.notify("Open a diagram first (F7).", timeout=3)
                return
            view = await self.show_diagram(*target)
        view.action_export()

    # --- checking -------------------------------------------------------------------------

    async def action_run_check(self) -> None:
        """Run the checker on the test case chosen in the Check tab (F5)."""
        self.bottom_panel.tabs.active = CHECK_TAB
        await self.check_runner.ensure_form()
        self.check_runner.start()

    @on(TabbedContent.TabActivated, "#panel-tabs")
    async def _panel_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == CHECK_TAB:
            await self.check_runner.ensure_form()

    def action_cancel_check(self) -> None:
        self.check_runner.cancel()

    @on(CheckRunner.BugFound)
    async def _bug_found(self, event: CheckRunner.BugFound) -> None:
        await self.open_trace(event.trace, event.path)

    def action_open_trace(self) -> None:
        """Ask for a trace file (offering those found in the project) and open it."""
        roots = [Path.cwd() / "pide-out"]
        if self.project is not None:
            roots.insert(0, Path(self.project.root))
        found = [display_path(p, Path.cwd()) for p in find_trace_files(roots)]

        def check(text: str) -> str | None:
            return None if Path(text).is_file() else f"No file {text}"

        async def answer(text: str | None) -> None:
            if text:
                await self.open_trace_file(text)

        prompt = "Open a trace (.pide-trace.json, P's .trace.json or .txt)"
        screen = AskScreen(prompt, placeholder="path to a trace file", choices=found, check=check)
        self.app.push_screen(screen, answer)

    @on(ProjectTree.FileSelected)
    async def _file_selected(self, event: ProjectTree.FileSelected) -> None:
        await self.open_file(event.path)

    # --- editor events ------------------------------------------------------------------

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        self.schedule_compile()

    @on(TextArea.SelectionChanged)
    def _selection_changed(self, event: TextArea.SelectionChanged) -> None:
        pane = self.main_area.active_editor
        if pane is not None and event.text_area is pane.editor:
            row, col = event.selection.end
            self.status.position = (row + 1, col + 1)

    @on(EditorPane.DirtyChanged)
    def _dirty_changed(self, event: EditorPane.DirtyChanged) -> None:
        self.main_area.mark_dirty(event.pane)
        self._update_status()

    @on(TabbedContent.TabActivated, "#main-tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self._update_status()
        pane = self.main_area.active_editor
        if pane is not None:
            self.sidebar.project_tree.select_path(pane.path)

    def _update_status(self) -> None:
        pane = self.main_area.active_editor
        status = self.status
        if pane is None:
            status.file, status.dirty, status.position = "", False, None
            return
        status.file, status.dirty = pane.display_title, pane.dirty
        row, col = pane.editor.cursor_location
        status.position = (row + 1, col + 1)

    # --- compiling --------------------------------------------------------------------

    def schedule_compile(self, delay: float = COMPILE_DELAY) -> None:
        """Compile once the user has stopped typing for `delay` seconds."""
        if self._compile_timer is not None:
            self._compile_timer.stop()
        # Textual timers cannot fire after zero seconds; "now" is the next moment.
        self._compile_timer = self.set_timer(max(delay, 0.01), self._start_compile)

    def _start_compile(self) -> None:
        self._compile_timer = None
        if self._compiling:
            self._compile_again = True
            return
        self._compiling = True
        self.status.busy = True
        overrides = {
            pane.path: pane.text
            for pane in self.main_area.editor_panes()
            if pane.path.endswith(".p")
        }
        self._compile(self.target, overrides)

    @work(thread=True, group="compile", exit_on_error=False)
    def _compile(self, target: str, overrides: dict[str, str]) -> None:
        try:
            result = compile_workspace(target, overrides)
        except Exception as error:  # a bug in pide: report it, keep the IDE usable
            self.app.call_from_thread(self._compile_failed, error)
            return
        self.app.call_from_thread(self._compiled, result)

    def _compile_failed(self, error: Exception) -> None:
        self._compiling = False
        self.status.busy = False
        message = f"{type(error).__name__}: {error}"
        self.notify(message, title="pide could not compile the project", severity="error")
        if self._compile_again:
            self._compile_again = False
            self._start_compile()

    def _compiled(self, result: CompileResult) -> None:
        self._compiling = False
        self._show_project(result.project)
        self._show_diagnostics(result.diagnostics)
        sources = result.sources
        self.sidebar.outline_tree.show_outline(build_outline(result.units, sources))
        self.result = result
        self.check_runner.show_result(result)
        self._disk_fingerprint = self._fingerprint()
        if self._compile_again:
            self._compile_again = False
            self._start_compile()
        else:
            self.status.busy = False
            if self._diagram_after_compile and not self.compiling:
                self._diagram_after_compile = False
                self.call_later(self.action_show_diagram)

    def _show_diagnostics(self, diagnostics: list[Diagnostic]) -> None:
        by_file: dict[str, list[Diagnostic]] = {}
        for d in diagnostics:
            by_file.setdefault(d.span.file, []).append(d)
        for pane in self.main_area.editor_panes():
            pane.editor.set_problems(by_file.get(pane.path, ()))
        errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
        warnings = sum(1 for d in diagnostics if d.severity is Severity.WARNING)
        self.status.errors, self.status.warnings = errors, warnings
        name = self.project.name if self.project else "the project"
        self.bottom_panel.problems.show_problems(
            self._ordered(diagnostics), self.show_path, f"No problems in {name}."
        )
        count = f" {len(diagnostics)}" if diagnostics else ""
        self.bottom_panel.set_title("panel-problems", f"Problems{count}")
        counts = {
            path: (
                sum(1 for d in found if d.is_error),
                sum(1 for d in found if d.severity is Severity.WARNING),
            )
            for path, found in by_file.items()
        }
        self.sidebar.project_tree.set_problem_counts(counts)

    def _position_key(self, path: str, line: int, col: int) -> tuple[int, str, int, int]:
        """Sort key of a place: the project's file order (`.pproj` first), then position."""
        project = self.project
        if project is None:
            rank = 0
        elif project.project_file is not None and path == str(project.project_file):
            rank = -1
        else:
            paths = [f.path for f in project.files]
            rank = paths.index(path) if path in paths else len(paths)
        return (rank, path, line, col)

    def _ordered(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """Diagnostics in the project's file order, then by position."""
        return sorted(
            diagnostics, key=lambda d: self._position_key(d.span.file, d.span.line, d.span.col)
        )

    # --- external changes -------------------------------------------------------------

    def _fingerprint(self) -> tuple[DiskStamp | None, ...]:
        """Stamps of the project's files and folders: a change means "recompile".

        Besides the files and their folders, the entries at the project's top are watched
        (its folders, `.p` and `.pproj` files): a file added to an empty folder, or a folder
        a `.pproj` names that did not exist yet, is noticed too. The root's own stamp is not:
        a check creating `pide-out/` there is no reason to recompile."""
        if self.project is None:
            return (DiskStamp.of(self.target),)
        paths = {f.path for f in self.project.files}
        paths |= {str(Path(p).parent) for p in paths}
        if self.project.project_file:
            paths.add(str(self.project.project_file))
        with contextlib.suppress(OSError), os.scandir(self.project.root) as entries:
            paths |= {
                entry.path
                for entry in entries
                if not entry.name.startswith(".")
                and (
                    entry.name.endswith((".p", ".pproj"))
                    if entry.is_file()
                    else entry.is_dir() and entry.name not in OUTPUT_DIR_NAMES
                )
            }
        paths.discard(str(self.project.root))  # the entries above stand in for its stamp
        return tuple(DiskStamp.of(p) for p in sorted(paths))

    def check_disk(self) -> None:
        """Look for files changed by someone else (called every `POLL_INTERVAL` s)."""
        for pane in list(self.main_area.editor_panes()):
            if pane.path in self._asking:
                continue
            state = pane.disk_state()
            if state is DiskState.CHANGED:
                self._disk_changed(pane)
            elif state is DiskState.DELETED and pane.saved_text is not None:
                pane.forget_disk_version()
                self.notify(
                    f"{pane.display_title} was deleted on disk. Your text is kept: "
                    "save to write it again.",
                    title="File deleted",
                    severity="warning",
                )
        if not self.compiling and self._disk_fingerprint != self._fingerprint():
            self.schedule_compile(0)

    def _disk_changed(self, pane: EditorPane) -> None:
        if not pane.dirty:
            try:
                pane.reload()
            except FileError as error:
                self.notify(str(error), title="Reload failed", severity="error")
                return
            self.notify(f"{pane.display_title} changed on disk and was reloaded.", timeout=3)
            self.schedule_compile(0)
            return
        self._asking.add(pane.path)

        def answer(choice: str | None) -> None:
            self._asking.discard(pane.path)
            if choice == "reload":
                try:
                    pane.reload()
                except FileError as error:
                    self.notify(str(error), title="Reload failed", severity="error")
                self.schedule_compile(0)
            else:
                pane.accept_disk_version()

        detail = (
            f"{pane.display_title} was changed by another program, and you have unsaved "
            "changes. Reload it from disk (your changes are lost), or keep your version "
            "(saving will overwrite the file)?"
        )
        choices = [Choice("reload", "Reload", "r", "warning"), Choice("keep", "Keep mine", "k")]
        self.app.push_screen(ChoiceScreen("File changed on disk", detail, choices), answer)

    # --- saving, closing, quitting ----------------------------------------------------

    def _save(self, pane: EditorPane) -> bool:
        try:
            pane.save()
        except FileError as error:
            self.notify(str(error), title="Save failed", severity="error", timeout=8)
            return False
        return True

    def action_save(self) -> None:
        pane = self.main_area.active_editor
        if pane is None:
            return
        if pane.disk_state() is not DiskState.CHANGED:
            if self._save(pane):
                self.notify(f"Saved {pane.display_title}", timeout=2)
            return

        def answer(choice: str | None) -> None:
            if choice == "overwrite" and self._save(pane):
                self.notify(f"Saved {pane.display_title}", timeout=2)

        detail = f"{pane.display_title} was changed by another program since it was opened."
        choices = [
            Choice("overwrite", "Overwrite", "o", "warning"),
            Choice("cancel", "Cancel", "c"),
        ]
        self.app.push_screen(ChoiceScreen("Overwrite the file on disk?", detail, choices), answer)

    def action_save_all(self) -> None:
        saved = [pane for pane in self.dirty_panes() if self._save(pane)]
        if saved:
            self.notify(f"Saved {len(saved)} file(s)", timeout=2)

    def dirty_panes(self) -> list[EditorPane]:
        return [pane for pane in self.main_area.editor_panes() if pane.dirty]

    def write_recovery_copies(self) -> None:
        """Write the recovery copy of every modified buffer now (the process is ending)."""
        for pane in self.dirty_panes():
            pane.write_recovery()

    async def action_close_tab(self) -> None:
        pane = self.main_area.active_pane
        if pane is None:
            return
        if not isinstance(pane, EditorPane) or not pane.dirty:
            await self._close_pane(pane)
            return

        async def answer(choice: str | None) -> None:
            if choice == "save" and not self._save(pane):
                return
            if choice in ("save", "discard"):
                pane.discard_changes()
                await self._close_pane(pane)
                if choice == "discard":
                    # The diagnostics, the outline and the check runner came from the
                    # discarded text: compile what is on disk again.
                    self.schedule_compile(0)

        detail = f"{pane.display_title} has unsaved changes."
        choices = [
            Choice("save", "Save", "s", "primary"),
            Choice("discard", "Discard", "d", "error"),
            Choice("cancel", "Cancel", "c"),
        ]
        self.app.push_screen(ChoiceScreen("Close the file?", detail, choices), answer)

    async def _close_pane(self, pane: TabPane) -> None:
        """Close `pane` and give the focus to the tab now in front (or the explorer)."""
        await self.main_area.close(pane)
        self._update_status()
        if self.main_area.active_pane is None:
            self.action_show_files()
        else:
            self.action_focus_editor()

    def request_quit(self) -> None:
        """Quit, asking first when there are unsaved changes."""
        dirty = self.dirty_panes()
        if not dirty:
            self.app.exit()
            return

        def answer(choice: str | None) -> None:
            if choice == "save":
                if all(self._save(pane) for pane in dirty):
                    self.app.exit()
            elif choice == "discard":
                for pane in dirty:
                    pane.discard_changes()
                self.app.exit()

        names = ", ".join(pane.display_title for pane in dirty)
        detail = f"Unsaved changes in {names}."
        choices = [
            Choice("save", "Save all and quit", "s", "primary"),
            Choice("discard", "Quit without saving", "d", "error"),
            Choice("cancel", "Cancel", "c"),
        ]
        self.app.push_screen(ChoiceScreen("Quit pide?", detail, choices), answer)

    # --- navigation -------------------------------------------------------------------

    async def _step_problem(self, step: int) -> None:
        """Go to the problem after (`step` 1) or before (-1) the cursor, wrapping around."""
        problems = [d for d in self.bottom_panel.problems.diagnostics if d.span.line >= 1]
        if not problems:
            self.notify("No problems", timeout=2)
            return
        keys = [self._position_key(d.span.file, d.span.line, d.span.col) for d in problems]
        pane = self.main_area.active_editor
        if pane is None:
            index = 0 if step > 0 else -1
        else:
            row, col = pane.editor.cursor_location
            here = self._position_key(pane.path, row + 1, col + 1)
            if step > 0:
                index = next((i for i, k in enumerate(keys) if k > here), 0)
            else:
                index = next((i for i in reversed(range(len(keys))) if keys[i] < here), -1)
        target = problems[index]
        self.bottom_panel.problems.highlight(target)
        await self.open_file(target.span.file, target.span.line, target.span.col)
        self.notify(f"{target.code}: {target.message}", timeout=4)

    async def action_next_problem(self) -> None:
        await self._step_problem(1)

    async def action_previous_problem(self) -> None:
        await self._step_problem(-1)

    def action_toggle_explorer(self) -> None:
        sidebar = self.sidebar
        sidebar.toggle_class("-hidden")
        if not sidebar.has_class("-hidden"):
            focus_now(sidebar.project_tree)
        elif (pane := self.main_area.active_editor) is not None:
            focus_now(pane.editor)

    def action_show_outline(self) -> None:
        self.sidebar.remove_class("-hidden")
        self.sidebar.show_outline()

    def action_show_files(self) -> None:
        self.sidebar.remove_class("-hidden")
        self.sidebar.show_files()

    def action_show_problems(self) -> None:
        self.bottom_panel.show_problems()

    def action_focus_editor(self) -> None:
        if (pane := self.main_area.active_editor) is not None:
            focus_now(pane.editor)
        elif isinstance(view := self.main_area.active_pane, TraceView):
            view.focus_timeline()
        elif (diagram := self.diagram_view) is not None and view is diagram:
            diagram.focus_canvas()

    def action_next_tab(self) -> None:
        self.main_area.cycle(1)
        self.action_focus_editor()

    def action_previous_tab(self) -> None:
        self.main_area.cycle(-1)
        self.action_focus_editor()

    def action_cycle_focus(self, step: int) -> None:
        """Move focus between the explorer, the editor and the bottom panel."""
        areas = [w for w in (self.sidebar, self.main_area, self.bottom_panel) if w.display]
        areas = [a for a in areas if not a.has_class("-hidden")]
        current = next((i for i, a in enumerate(areas) if a.has_focus_within), -1)
        target = areas[(current + step) % len(areas)]
        if target is self.main_area:
            self.action_focus_editor()
        elif target is self.sidebar:
            tree = (
                self.sidebar.outline_tree
                if self.sidebar.active == "sidebar-outline"
                else self.sidebar.project_tree
            )
            focus_now(tree)
        elif self.bottom_panel.tabs.active == CHECK_TAB:
            self.check_runner.focus_form()
        else:
            self.bottom_panel.problems.focus_table()

    def action_new_file(self) -> None:
        """Ask for a file name in the project's folder and open it (saving creates it)."""
        folder = self._export_dir()

        def path_of(text: str) -> Path:
            path = folder / text.strip()
            return path if path.suffix else path.with_suffix(".p")

        def check(text: str) -> str | None:
            if not text.strip():
                return "Type a file name, e.g. Model.p or PSrc/Model.p."
            parent = path_of(text).parent
            return None if parent.is_dir() else f"There is no folder {self.show_path(str(parent))}."

        async def answer(text: str | None) -> None:
            if text:
                await self.open_file(str(path_of(text)))

        shown = self.show_path(str(folder)) if self.project is not None else str(folder)
        prompt = f"New file in {shown if shown not in ('', '.') else folder.name or folder}"
        self.app.push_screen(AskScreen(prompt, placeholder="Model.p", check=check), answer)

    def action_toggle_keys(self) -> None:
        """Show every key of the focused pane and the workspace (F1), or hide them."""
        if self.query("HelpPanel"):
            self.app.action_hide_help_panel()
        else:
            self.app.action_show_help_panel()

    def action_go_to_line(self) -> None:
        pane = self.main_area.active_editor
        if pane is None:
            return
        editor = pane.editor

        def answer(location: tuple[int, int] | None) -> None:
            if location is not None:
                row = min(location[0], editor.document.line_count) - 1
                col = min(location[1] - 1, len(editor.document.get_line(row)))
                editor.move_cursor((row, col), center=True)
            focus_now(editor)

        screen = GoToLineScreen(editor.document.line_count, editor.cursor_location[0] + 1)
        self.app.push_screen(screen, answer)

    def action_recompile(self) -> None:
        self.schedule_compile(0)

    # --- command palette --------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The workspace's commands for the command palette (Ctrl+P)."""
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Save", "Save the current file (Ctrl+S)", self.action_save),
            ("Save all", "Save every modified file", self.action_save_all),
            (
                "New file…",
                "Create a .p file in the project's folder (Ctrl+N)",
                self.action_new_file,
            ),
            ("Close tab", "Close the current file (Alt+W)", self.action_close_tab),
            ("Next problem", "Go to the next error or warning (F8)", self.action_next_problem),
            (
                "Previous problem",
                "Go to the previous error or warning (Shift+F8)",
                self.action_previous_problem,
            ),
            ("Go to line", "Move the cursor to a line (Ctrl+G)", self.action_go_to_line),
            (
                "Show keys",
                "Every key of the current pane, or hide them (F1)",
                self.action_toggle_keys,
            ),
            ("Toggle explorer", "Show or hide the sidebar (Ctrl+B)", self.action_toggle_explorer),
            ("Show files", "The project's files", self.action_show_files),
            ("Show outline", "The program's declarations (Ctrl+O)", self.action_show_outline),
            ("Show problems", "Focus the problems list", self.action_show_problems),
            ("Next tab", "Switch to the next open file (Alt+→, Ctrl+PgDn)", self.action_next_tab),
            (
                "Previous tab",
                "Switch to the previous file (Alt+←, Ctrl+PgUp)",
                self.action_previous_tab,
            ),
            ("Recompile", "Check the whole project again now", self.action_recompile),
            (
                "Run checker",
                "Check the test case chosen in the Check tab (F5)",
                self.action_run_check,
            ),
            ("Cancel check", "Stop the running check", self.action_cancel_check),
            (
                "Open trace…",
                "Step through a trace file in the debugger (pide's or P's)",
                self.action_open_trace,
            ),
            (
                "Show state diagram",
                "Draw the machine at the cursor, or choose one (F7)",
                self.action_show_diagram,
            ),
            (
                "Export state diagram…",
                "Write the diagram as SVG, PNG, DOT, Mermaid or PlantUML (e in the diagram)",
                self.action_export_diagram,
            ),
        ]
        for title, help_text, callback in commands:
            yield SystemCommand(title, help_text, callback)
        if self.project is not None:
            for source in self.project.files:
                shown = self.show_path(source.path)
                yield SystemCommand(
                    f"Open {shown}",
                    "Open this file in the editor",
                    partial(self.open_file, source.path),
                    discover=False,
                )
