"""`DiagramView`: the state diagram of one machine or spec monitor, a tab of the main area.

    ┌ summary: machine Name · states · transitions · where it is declared ─────────────┐
    │ (a banner when the model has errors: the last good drawing stays on screen)      │
    │ the drawing (DiagramCanvas): boxes and arrows,         │ the selected state:     │
    │ scrolled and panned; the selected state and its        │ its handlers (event →   │
    │ edges highlighted                                      │ action, goto targets),  │
    │                                                        │ defers, arrivals        │

The drawing is `pide.core.diagram.ascii`'s `Canvas` (lines plus style runs); this module
only colours it, scrolls it and maps keys. The view follows the main screen's `result`:
after each compile it redraws its machine, keeping the machine and the selected state,
and reuses the last drawing when the machine's graph did not change. Layout runs Graphviz
as a subprocess, so it happens in a thread worker. Enter posts `OpenLocation` for the
selected state, so the screen opens it in an editor like any other jump to source.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import networkx as nx
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static, TabbedContent, TabPane

from pide.core.api import CompileResult
from pide.core.diagram import state_graph
from pide.core.diagram.ascii import (
    Canvas,
    DiagramKey,
    Role,
    StyleRun,
    diagram_key,
    draw_state_diagram,
)
from pide.core.diagram.details import state_rows
from pide.core.diagram.export import SUFFIXES, RenderError, export_graph
from pide.core.diagram.layout import Direction
from pide.core.semantics.ir import MachineIR, ProgramIR
from pide.messages import OpenLocation
from pide.screens.ask import AskScreen
from pide.screens.choice import Choice, ChoiceScreen
from pide.widgets.focus import focus_now

PAN_X = 8
PAN_Y = 4
CACHE_SIZE = 32


def machine_lines(machine: MachineIR) -> tuple[int, int]:
    """The first and last lines of `machine`'s declaration that the IR knows of (its span
    is its name; its states' and methods' spans cover their bodies)."""
    last = machine.span.end_line
    for state in machine.states.values():
        last = max(last, state.span.end_line)
    for function in machine.functions.values():
        if function.span.file == machine.span.file:
            last = max(last, function.span.end_line)
    return machine.span.line, last


def machine_at(program: ProgramIR, path: str, line: int) -> tuple[str, str | None] | None:
    """The machine (and state) declared around `line` of `path`."""
    for machine in program.machines.values():
        first, last = machine_lines(machine)
        if machine.span.file != path or not first <= line <= last + 1:
            continue
        for state in machine.states.values():
            if state.span.file == path and state.span.line <= line <= state.span.end_line:
                return machine.name, state.name
        return machine.name, None
    return None


def nearest_state(canvas: Canvas, current: str, direction: str) -> str | None:
    """The state whose box lies in `direction` (up, down, left, right) of `current`'s,
    preferring the one most in line: a row counts as two columns."""
    here = canvas.states[current].box
    cx, cy = here.x + here.width / 2, (here.y + here.height / 2) * 2
    best: tuple[float, str] | None = None
    for name, state in canvas.states.items():
        if name == current:
            continue
        box = state.box
        dx, dy = box.x + box.width / 2 - cx, (box.y + box.height / 2) * 2 - cy
        along, across = {"up": (-dy, dx), "down": (dy, dx), "left": (-dx, dy), "right": (dx, dy)}[
            direction
        ]
        if along <= 0:
            continue
        score = along + 2 * abs(across)
        if best is None or score < best[0]:
            best = (score, name)
    return best[1] if best is not None else None


class DiagramCanvas(ScrollView, can_focus=True, inherit_bindings=False):
    """The drawing, scrolled; the keys belong to the enclosing `DiagramView`."""

    DEFAULT_CSS = """
    DiagramCanvas {
        width: 1fr;
        height: 1fr;
        background: $surface;
        scrollbar-size-vertical: 1;
        scrollbar-size-horizontal: 1;
    }
    """

    class Clicked(Message):
        """The user clicked the box of `state`."""

        def __init__(self, state: str) -> None:
            super().__init__()
            self.state = state

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.canvas: Canvas | None = None
        self.selected: str | None = None
        self._rows: list[list[StyleRun]] = []
        self._styles: dict[str, Style] = {}

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._restyle, init=True)

    def _restyle(self) -> None:
        theme = self.app.current_theme
        surface = Color.parse(theme.surface or theme.background or "#000000")
        foreground = Color.parse(theme.foreground or "#ffffff")
        primary = Color.parse(theme.primary)
        self._styles = {
            "state": Style(color=foreground.hex),
            "start": Style(color=theme.success or foreground.hex),
            "hot": Style(color=theme.error or "red"),
            "cold": Style(color=theme.primary),
            "dim": Style(color=surface.blend(foreground, 0.4).hex),
            "edge": Style(color=surface.blend(foreground, 0.6).hex),
            "label": Style(color=theme.accent or theme.primary),
            "out": Style(color=theme.warning or theme.primary, bold=True),
            "in": Style(color=theme.secondary or theme.primary, bold=True),
            "selected": Style(bgcolor=surface.blend(primary, 0.45).hex, bold=True),
        }
        self.refresh()

    def show(self, canvas: Canvas | None) -> None:
        """Draw `canvas` (None: nothing)."""
        self.canvas = canvas
        self._rows = [[] for _ in range(canvas.height)] if canvas is not None else []
        if canvas is not None:
            for run in canvas.runs:
                self._rows[run.row].append(run)
        width, height = (canvas.width, canvas.height) if canvas is not None else (0, 0)
        self.virtual_size = Size(width, height)
        self.refresh()

    def select(self, state: str | None) -> None:
        self.selected = state
        self.refresh()
        self.scroll_to_state(state)

    def scroll_to_state(self, state: str | None) -> None:
        """Bring `state`'s box (with a little room round it) on screen: centred when it
        was off screen, by the least movement when it was partly on."""
        canvas = self.canvas
        if canvas is None or state is None or state not in canvas.states:
            return
        box = canvas.states[state].box
        region = Region(box.x - 4 + self.indent, box.y - 2, box.width + 8, box.height + 4)
        x, y = self.scroll_offset
        size = self.scrollable_content_region.size
        visible = Region(x, y, size.width, size.height)
        centre = not visible.overlaps(region)
        self.scroll_to_region(region, animate=False, immediate=True, force=True, center=centre)

    def _run_style(self, run: StyleRun) -> Style:
        canvas = self.canvas
        styles = self._styles
        assert canvas is not None
        if run.state is not None:
            state = canvas.states[run.state]
            if not state.reachable:
                style = styles["dim"]
            elif state.temperature in ("hot", "cold"):
                style = styles[state.temperature]
            elif state.start:
                style = styles["start"]
            else:
                style = styles["state"]
            if run.role in (Role.NAME, Role.TAG):
                style += Style(bold=True)
            if run.state == self.selected:
                style += styles["selected"]
            return style
        if run.role is Role.MARKER:
            return styles["start"]
        base = styles["label"] if run.role is Role.LABEL else styles["edge"]
        if run.edge is not None and self.selected is not None:
            transition = canvas.edges[run.edge].transition
            if transition.source == self.selected:
                return base + styles["out"]
            if transition.target == self.selected:
                return base + styles["in"]
        return base

    @property
    def indent(self) -> int:
        """Columns left blank before a drawing narrower than the view (it is centred)."""
        canvas = self.canvas
        if canvas is None:
            return 0
        return max((self.scrollable_content_region.width - canvas.width) // 2, 0)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        base = self.rich_style
        canvas = self.canvas
        if canvas is None or not 0 <= row < canvas.height:
            return Strip.blank(width, base)
        line = canvas.lines[row]
        indent = self.indent
        segments: list[Segment] = [Segment(" " * indent, base)] if indent else []
        x = 0
        for run in self._rows[row]:
            if run.start > x:
                segments.append(Segment(line[x : run.start], base))
            segments.append(Segment(line[run.start : run.end], base + self._run_style(run)))
            x = run.end
        if x < len(line):
            segments.append(Segment(line[x:], base))
        strip = Strip(segments, indent + len(line))
        return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width, base)

    def state_at(self, x: int, y: int) -> str | None:
        """The state whose box covers the widget cell (`x`, `y`)."""
        canvas = self.canvas
        if canvas is None:
            return None
        cx, cy = x + self.scroll_offset.x - self.indent, y + self.scroll_offset.y
        for name, state in canvas.states.items():
            if state.box.contains(cx, cy):
                return name
        return None

    def on_click(self, event: events.Click) -> None:
        state = self.state_at(event.x, event.y)
        if state is not None:
            self.post_message(self.Clicked(state))


class DiagramView(TabPane):
    """The state diagram of the machine `machine`, following the project's compiles."""

    DEFAULT_CSS = """
    DiagramView {
        padding: 0;
        height: 1fr;
        & > #diagram-summary { height: 1; padding: 0 1; background: $panel; }
        & > #diagram-banner {
            height: auto;
            padding: 0 1;
            background: $error 30%;
            display: none;
        }
        & > #diagram-banner.-shown { display: block; }
        & > #diagram-body { height: 1fr; }
        & #diagram-message {
            width: 1fr;
            height: 1fr;
            content-align: center middle;
            color: $text-muted;
            display: none;
        }
        & #diagram-side {
            width: 40;
            height: 1fr;
            border-left: vkey $panel;
            background: $surface;
            padding: 0 1;
            scrollbar-size-vertical: 1;
        }
    }
    """

    BINDINGS = [
        Binding("up", "move('up')", "Select", key_display="↑↓←→", show=True),
        Binding("down", "move('down')", "Down", show=False),
        Binding("left", "move('left')", "Left", show=False),
        Binding("right", "move('right')", "Right", show=False),
        Binding("tab", "cycle(1)", "Next state"),
        Binding("shift+tab", "cycle(-1)", "Prev state", show=False),
        Binding("enter", "open_source", "Source"),
        Binding("e", "export", "Export"),
        Binding("m", "choose_machine", "Machine"),
        Binding("r", "rotate", "Rotate"),
        Binding("shift+up,k", "pan(0, -1)", "Pan", key_display="⇧+arrows"),
        Binding("shift+down,j", "pan(0, 1)", "Pan down", show=False),
        Binding("shift+left,h", "pan(-1, 0)", "Pan left", show=False),
        Binding("shift+right,l", "pan(1, 0)", "Pan right", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "start_state", "Start state", show=False),
    ]

    def __init__(
        self,
        machine: str,
        *,
        show_path: Callable[[str], str] = str,
        export_dir: Callable[[], Path] = Path.cwd,
        id: str | None = None,
    ) -> None:
        super().__init__(f"Diagram {machine}", id=id)
        self.machine = machine
        self.show_path = show_path
        self.export_dir = export_dir
        self.direction: Direction = "TB"
        self.program: ProgramIR | None = None
        """The latest program without errors (what is drawn)."""
        self.errors = 0
        """Errors in the latest compile (0: the drawing is current)."""
        self.selected: str | None = None
        self.drawing = False
        """A layout is running (tests wait for this to become False)."""
        self._generation = 0
        self._key: DiagramKey | None = None
        self._cache: dict[DiagramKey, Canvas] = {}
        self._problem: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="diagram-summary")
        yield Static(id="diagram-banner")
        with Horizontal(id="diagram-body"):
            yield DiagramCanvas(id="diagram-canvas")
            yield Static(id="diagram-message")
            with VerticalScroll(id="diagram-side"):
                yield Static(id="diagram-details")

    def on_mount(self) -> None:
        self.watch(self.screen, "result", self._result_changed, init=True)

    @property
    def canvas_view(self) -> DiagramCanvas:
        return self.query_one(DiagramCanvas)

    @property
    def canvas(self) -> Canvas | None:
        return self.canvas_view.canvas

    @property
    def machine_ir(self) -> MachineIR | None:
        if self.program is None:
            return None
        return self.program.machines.get(self.machine)

    def focus_canvas(self) -> None:
        focus_now(self.canvas_view)

    # --- following compiles --------------------------------------------------------------

    def _result_changed(self, result: CompileResult | None) -> None:
        if result is None:
            self._refresh_parts()
            return
        self.errors = len(result.errors)
        if result.ok and result.program is not None:
            self.program = result.program
        self.redraw()

    def show_machine(self, machine: str, state: str | None = None) -> None:
        """Draw `machine` (keeping the selection when it is the one shown), select `state`."""
        if machine != self.machine:
            self.machine = machine
            self.selected = None
            self._key = None
            self.query_one(DiagramCanvas).show(None)
        if state is not None:
            self.selected = state
        self._retitle()
        self.redraw()

    def _retitle(self) -> None:
        """Name the machine in the tab."""
        tabs = next((a for a in self.ancestors if isinstance(a, TabbedContent)), None)
        if tabs is not None and self.id is not None:
            tabs.get_tab(self.id).label = f"Diagram {self.machine}"

    def redraw(self) -> None:
        """Draw the current machine from the latest good program (cached when unchanged)."""
        machine = self.machine_ir
        self._problem = None
        if machine is None:
            self._refresh_parts()
            return
        graph = state_graph(machine)
        key = diagram_key(graph, self.direction)
        if key == self._key and self.canvas is not None:
            if self.selected not in self.canvas.states:
                self.selected = machine.start_state
            if self.canvas_view.selected != self.selected:
                self.canvas_view.select(self.selected)
            self._refresh_parts()
            return
        if key in self._cache:
            self._drawn(self._generation, key, self._cache[key])
            return
        self._generation += 1
        self.drawing = True
        self._refresh_parts()
        self.run_worker(
            partial(self._draw, self._generation, key, graph, self.direction),
            thread=True,
            group="diagram",
            exit_on_error=False,
        )

    def _draw(self, generation: int, key: DiagramKey, graph: nx.MultiDiGraph, d: Direction) -> None:
        try:
            canvas: Canvas | str = draw_state_diagram(graph, d)
        except RenderError as error:
            canvas = f"The diagram cannot be laid out: {error}"
        except Exception as error:  # a bug in pide: say so, keep the IDE usable
            canvas = f"pide could not draw the diagram: {type(error).__name__}: {error}"
        self.app.call_from_thread(self._drawn, generation, key, canvas)

    def _drawn(self, generation: int, key: DiagramKey, canvas: Canvas | str) -> None:
        if generation != self._generation:
            return  # a later edit started another layout
        self.drawing = False
        if isinstance(canvas, str):
            self._problem = canvas
            self._key = None
            self.canvas_view.show(None)
            self._refresh_parts()
            return
        self._cache[key] = canvas
        while len(self._cache) > CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        self._key = key
        if self.selected not in canvas.states:
            machine = self.machine_ir
            self.selected = machine.start_state if machine is not None else None
        self.canvas_view.show(canvas)
        self.canvas_view.select(self.selected)
        self._refresh_parts()

    # --- the text around the drawing -----------------------------------------------------

    def _refresh_parts(self) -> None:
        if not self.query("#diagram-summary"):
            return  # not composed yet
        self.query_one("#diagram-summary", Static).update(self.summary_text())
        banner = self.query_one("#diagram-banner", Static)
        banner_text = self.banner_text()
        banner.update(banner_text)
        banner.set_class(bool(banner_text), "-shown")
        message = self.message_text()
        shown = self.query_one("#diagram-message", Static)
        shown.update(message)
        shown.display = bool(message)
        self.canvas_view.display = not message
        self.query_one("#diagram-details", Static).update(self.details_text())

    def summary_text(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        machine = self.machine_ir
        if machine is None:
            text.append(self.machine, style="bold")
            return text
        text.append(f"{machine.kind} ", style="italic")
        text.append(machine.name, style="bold")
        canvas = self.canvas
        edges = f" · {_count(len(canvas.edges), 'arrow')}" if canvas is not None else ""
        text.append(f" · {_count(len(machine.states), 'state')}{edges}")
        text.append(f" · {self.show_path(machine.span.file)}:{machine.span.line}")
        if self.direction == "LR":
            text.append(" · left to right")
        return text

    def banner_text(self) -> str:
        if self.errors and self.machine_ir is not None:
            errors = "1 error" if self.errors == 1 else f"{self.errors} errors"
            return (
                f"The model has {errors}: this is the diagram of the last compile without "
                "errors (F8 goes to the first problem)."
            )
        return ""

    def message_text(self) -> str:
        """Why there is no drawing, if there is none."""
        if self._problem is not None:
            return self._problem
        if self.program is None:
            if self.errors:
                return (
                    "The model has errors, so there is no diagram yet.\n"
                    "Fix them (F8 goes to the first problem) and it appears here."
                )
            return "Compiling…"
        if self.machine_ir is None:
            return (
                f"There is no machine or spec named {self.machine} in the program.\n"
                "Press m to choose one."
            )
        if self.canvas is None:
            return "Laying out…"
        return ""

    def details_text(self) -> Text:
        """The selected state: its marks, its handlers, what leads to it."""
        text = Text()
        machine = self.machine_ir
        canvas = self.canvas
        state_name = self.selected
        if machine is None or state_name is None or state_name not in machine.states:
            text.append("Select a state (arrows, Tab, or a click).", style="italic")
            return text
        state = machine.states[state_name]
        text.append(f"state {state_name}\n", style="bold")
        marks = []
        if state_name == machine.start_state:
            marks.append("start")
        if state.temperature != "warm":
            marks.append(state.temperature)
        drawn = canvas.states.get(state_name) if canvas is not None else None
        if drawn is not None and not drawn.reachable:
            marks.append("unreachable from the start state")
        if marks:
            text.append(" · ".join(marks) + "\n", style="italic")
        text.append(f"{self.show_path(state.span.file)}:{state.span.line}", style="underline")
        text.append("  (Enter: open)\n\n", style="dim")
        rows = state_rows(machine, state_name)
        if not rows:
            text.append("No handlers: every event is unhandled here.\n", style="italic")
        for row in rows:
            text.append(f"{row.trigger}", style="bold")
            text.append(f" → {row.action}\n")
            for target in row.gotos:
                text.append(f"    may goto {target}\n", style="italic")
        if canvas is not None:
            arrivals = [e.transition for e in canvas.edges if e.transition.target == state_name]
            if arrivals:
                text.append("\nArrows in\n", style="bold")
                for t in arrivals:
                    text.append(f"  {t.source}", style="bold")
                    text.append(f"  {t.label}\n")
        return text

    # --- keys --------------------------------------------------------------------------

    def _select(self, state: str | None) -> None:
        if state is None:
            self.app.bell()
            return
        self.selected = state
        self.canvas_view.select(state)
        self.query_one("#diagram-details", Static).update(self.details_text())

    def action_move(self, direction: str) -> None:
        canvas = self.canvas
        if canvas is None or self.selected not in canvas.states:
            self.app.bell()
            return
        assert self.selected is not None
        self._select(nearest_state(canvas, self.selected, direction))

    def action_cycle(self, step: int) -> None:
        """Select the next (or previous) state in declaration order."""
        canvas = self.canvas
        if canvas is None or not canvas.states:
            return
        names = list(canvas.states)
        index = names.index(self.selected) if self.selected in names else -step
        self._select(names[(index + step) % len(names)])

    def action_start_state(self) -> None:
        machine = self.machine_ir
        self._select(machine.start_state if machine is not None else None)

    def action_pan(self, dx: int, dy: int) -> None:
        view = self.canvas_view
        view.scroll_relative(dx * PAN_X, dy * PAN_Y, animate=False)

    def action_page(self, step: int) -> None:
        view = self.canvas_view
        view.scroll_relative(
            0, step * max(view.scrollable_content_region.height - 2, 1), animate=False
        )

    def action_rotate(self) -> None:
        self.direction = "LR" if self.direction == "TB" else "TB"
        self._key = None
        self.redraw()

    def action_open_source(self) -> None:
        machine = self.machine_ir
        if machine is None or self.selected not in machine.states:
            self.app.bell()
            return
        assert self.selected is not None
        span = machine.states[self.selected].span
        self.post_message(OpenLocation(span.file, span.line, span.col))

    def on_diagram_canvas_clicked(self, event: DiagramCanvas.Clicked) -> None:
        event.stop()
        self._select(event.state)

    def action_choose_machine(self) -> None:
        """Ask which machine or spec to draw."""
        program = self.program
        if program is None:
            self.notify("The model has not compiled without errors yet.", timeout=3)
            return
        names = list(program.machines)

        def check(text: str) -> str | None:
            return None if text in program.machines else f"No machine or spec named {text}"

        def answer(text: str | None) -> None:
            if text:
                self.show_machine(text)
                self.focus_canvas()

        screen = AskScreen("Draw which machine or spec?", choices=names, check=check)
        self.app.push_screen(screen, answer)

    # --- export ------------------------------------------------------------------------

    def export_path(self, fmt: str) -> Path:
        return self.export_dir() / f"{self.machine}{SUFFIXES[fmt]}"

    def action_export(self) -> None:
        """Ask for a format, then the file (next to the model by default), and write it."""
        machine = self.machine_ir
        if machine is None:
            self.notify("There is no diagram to export.", severity="warning", timeout=3)
            return
        graph = state_graph(machine)

        def write(fmt: str, target: Path) -> None:
            try:
                data = export_graph(graph, fmt)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            except (OSError, RenderError) as error:
                self.app.call_from_thread(
                    self.notify, str(error), title="Export failed", severity="error"
                )
                return
            self.app.call_from_thread(
                self.notify, f"Wrote {target}", title="Diagram exported", timeout=6
            )

        def ask_path(fmt: str | None) -> None:
            if fmt not in SUFFIXES:
                return
            assert fmt is not None

            def check(text: str) -> str | None:
                if not text:
                    return "Type a file name."
                return None if Path(text).parent.is_dir() else f"No folder {Path(text).parent}"

            def chosen(text: str | None) -> None:
                if text:
                    self.run_worker(partial(write, fmt, Path(text)), thread=True, group="export")

            default = str(self.export_path(fmt))
            prompt = f"Write the {fmt} diagram of {machine.name} to"
            self.app.push_screen(AskScreen(prompt, value=default, check=check), chosen)

        choices = [
            Choice("svg", "SVG", "s", "primary"),
            Choice("png", "PNG", "p"),
            Choice("dot", "DOT", "d"),
            Choice("mermaid", "Mermaid", "m"),
            Choice("plantuml", "PlantUML", "u"),
            Choice("cancel", "Cancel", "c"),
        ]
        detail = (
            f"The state diagram of {machine.kind} {machine.name}, as `pide diagram` draws it. "
            f"The next question is the file (by default in {self.export_dir()}/)."
        )
        self.app.push_screen(ChoiceScreen("Export the diagram", detail, choices), ask_path)


def _count(n: int, noun: str) -> str:
    """`1 state`, `2 states`, `0 arrows`."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
