"""`TraceView`: the trace debugger, a tab of the main area.

    ┌ summary: test · strategy · events/steps · the bug ─────────────────────────────┐
    │ timeline (TimelineView): one column per machine/monitor │ inspector: every     │
    │ and one row per event, sends drawn as arrows            │ machine's state,     │
    │                                                         │ variables and inbox, │
    │                                                         │ every monitor        │
    ├ the current event, and its source line ─────────────────────────────────────────┤

All the logic (moves, lanes, message pairing, the world at each event) is the headless
`TraceCursor`; the view maps keys to its moves and redraws the three parts after each.
Enter posts `OpenLocation` for the current event's source, so the screen opens it in an
editor like any other jump to source.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static, TabPane

from pide.core.trace.cursor import TraceCursor
from pide.core.trace.describe import describe_event, format_value
from pide.core.trace.model import MachineSnapshot, MachineStatus, MonitorSnapshot, Trace
from pide.messages import OpenLocation
from pide.screens.ask import AskScreen
from pide.widgets.focus import focus_now
from pide.widgets.trace_timeline import TimelineView

Resolve = Callable[[str], str | None]
"""Maps a span's file name to a file on disk (None when there is none)."""

PAGE = 10


class TraceView(TabPane):
    """A recorded trace, stepped through event by event."""

    DEFAULT_CSS = """
    TraceView {
        padding: 0;
        height: 1fr;
        & > #trace-summary { height: 1; padding: 0 1; background: $panel; }
        & > #trace-body { height: 1fr; }
        & #trace-inspector {
            width: 42;
            height: 1fr;
            border-left: vkey $panel;
            background: $surface;
            padding: 0 1;
            scrollbar-size-vertical: 1;
        }
        & > #trace-event { height: 3; padding: 0 1; background: $panel; }
    }
    """

    BINDINGS = [
        Binding("n,right,down", "step(1)", "Next", key_display="n/→"),
        Binding("p,left,up", "step(-1)", "Prev", key_display="p/←"),
        Binding("N", "lane(1)", "Next of machine", key_display="N"),
        Binding("P", "lane(-1)", "Prev of machine", key_display="P"),
        Binding("m", "message(1)", "Next message", show=False),
        Binding("M", "message(-1)", "Prev message", show=False),
        Binding("t", "partner", "Other end", show=False),
        Binding("b", "bug", "Bug"),
        Binding("g", "go_to_step", "Go to step"),
        Binding("home", "start", "First", show=False),
        Binding("end", "end", "Last", show=False),
        Binding("pagedown", "step(10)", "Page down", show=False),
        Binding("pageup", "step(-10)", "Page up", show=False),
        Binding("enter", "open_source", "Source"),
        Binding("e", "export", "Export"),
    ]

    def __init__(
        self,
        trace: Trace,
        title: str,
        *,
        resolve: Resolve = lambda name: name if Path(name).is_file() else None,
        show_path: Callable[[str], str] = str,
        trace_path: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(title, id=id)
        self.cursor = TraceCursor(trace)
        self.resolve = resolve
        self.show_path = show_path
        self.trace_path = trace_path
        self._lines: dict[str, list[str] | None] = {}
        if trace.bug is not None and self.cursor.bug_index is not None:
            self.cursor.to_bug()

    def compose(self) -> ComposeResult:
        yield Static(self._summary(), id="trace-summary")
        with Horizontal(id="trace-body"):
            yield TimelineView(self.cursor, id="trace-timeline")
            with VerticalScroll(id="trace-inspector"):
                yield Static(id="trace-world")
        yield Static(id="trace-event")

    def on_mount(self) -> None:
        self.refresh_cursor()

    def on_resize(self, event: events.Resize) -> None:
        # The inspector keeps at most two fifths of a narrow tab, so the timeline shows.
        width = event.size.width
        self.query_one("#trace-inspector").styles.width = min(42, max(24, width * 2 // 5))

    @property
    def timeline(self) -> TimelineView:
        return self.query_one(TimelineView)

    def focus_timeline(self) -> None:
        focus_now(self.timeline)

    # --- drawing -----------------------------------------------------------------------

    def refresh_cursor(self) -> None:
        """Redraw after the cursor moved."""
        self.timeline.show(self.cursor.index)
        self.query_one("#trace-world", Static).update(self.world_text())
        self.query_one("#trace-event", Static).update(self.event_text())

    def _summary(self) -> Text:
        trace = self.cursor.trace
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(trace.test_name or "trace", style="bold")
        if trace.project_name:
            text.append(f" · {trace.project_name}")
        if trace.strategy_description:
            text.append(f" · {trace.strategy_description}")
        steps = f", {trace.step_count} steps" if self.cursor.step is not None else ""
        text.append(f" · {len(self.cursor)} events{steps}")
        if trace.bug is not None:
            text.append(" · ")
            text.append(f"BUG ({trace.bug.kind}): {trace.bug.message}", style="bold red")
        return text

    def event_text(self) -> Text:
        """The current event in full, and the line of source that caused it."""
        cursor = self.cursor
        event = cursor.event
        text = Text()
        if event is None:
            text.append("The trace has no events.")
            return text
        text.append(f"#{cursor.index}/{len(cursor) - 1}", style="bold")
        if cursor.step is not None:
            text.append(f" · step {cursor.step}")
        text.append(" · ")
        text.append(describe_event(event, actor=True, limit=200))
        span = event.span
        text.append("\n")
        if span is None:
            text.append("no source location", style="italic")
            return text
        path = self.resolve(span.file)
        shown = span.file if path is None else self.show_path(path)
        text.append(f"{shown}:{span.line}:{span.col}", style="underline")
        line = self._source_line(path, span.line) if path is not None else None
        if line is not None:
            text.append(f"  {line.strip()}", style="italic")
        text.append("  (Enter: open)" if path is not None else "  (file not found)")
        return text

    def _source_line(self, path: str, line: int) -> str | None:
        if path not in self._lines:
            try:
                self._lines[path] = Path(path).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self._lines[path] = None
        lines = self._lines[path]
        return lines[line - 1] if lines is not None and 0 < line <= len(lines) else None

    def world_text(self) -> Text:
        """Every machine's state, variables and inbox, then every monitor, at the cursor."""
        cursor = self.cursor
        world = cursor.world
        text = Text()
        if world is None:
            text.append("No world recorded at this event.", style="italic")
            return text
        if cursor.world_is_derived:
            text.append(f"After #{cursor.index}", style="bold")
            text.append(" (from the events: this trace has no variables)\n", style="italic")
        else:
            text.append(f"After step {world.step}", style="bold")
            text.append("  ● changed in this step\n", style="italic")
        changed = cursor.changed()
        lane = cursor.lane
        current = lane.name if lane is not None else None
        for machine in world.machines:
            self._machine_text(text, machine, machine.name in changed, machine.name == current)
        if world.monitors:
            text.append("\nMonitors\n", style="bold underline")
        for monitor in world.monitors:
            self._monitor_text(text, monitor, monitor.name in changed, monitor.name == current)
        return text

    def _heading(self, text: Text, name: str, changed: bool, current: bool) -> None:
        text.append("● " if changed else "  ", style="bold yellow")
        text.append(name, style="bold reverse" if current else "bold")

    def _machine_text(
        self, text: Text, machine: MachineSnapshot, changed: bool, current: bool
    ) -> None:
        self._heading(text, machine.name, changed, current)
        status = "" if machine.status is MachineStatus.IDLE else f" {machine.status}"
        text.append(f" {machine.state or '?'}{status}\n")
        if machine.type and machine.name.split("(")[0] != machine.type:
            text.append(f"    machine {machine.type}\n", style="dim")
        if machine.awaiting:
            text.append(f"    receive: {', '.join(machine.awaiting)}\n", style="italic")
        for name, value in machine.fields:
            text.append(f"    {name} = ")
            text.append(format_value(value, 120) + "\n")
        if machine.status is MachineStatus.HALTED:
            return
        if machine.inbox:
            text.append(f"    inbox ({len(machine.inbox)}):\n")
            for event, payload in machine.inbox:
                text.append(f"      {event}", style="bold")
                text.append(f" {format_value(payload, 80)}\n" if payload is not None else "\n")
        else:
            text.append("    inbox: empty\n", style="italic")

    def _monitor_text(
        self, text: Text, monitor: MonitorSnapshot, changed: bool, current: bool
    ) -> None:
        self._heading(text, monitor.name, changed, current)
        temperature = f" ({monitor.temperature})" if monitor.temperature != "warm" else ""
        text.append(f" {monitor.state or '?'}{temperature}\n")
        for name, value in monitor.fields:
            text.append(f"    {name} = {format_value(value, 120)}\n")

    # --- moves -----------------------------------------------------------------------------

    def _moved(self, moved: bool) -> None:
        if moved:
            self.refresh_cursor()
        else:
            self.app.bell()

    def action_step(self, count: int) -> None:
        self._moved(self.cursor.forward(count))

    def action_lane(self, direction: int) -> None:
        cursor = self.cursor
        self._moved(cursor.next_in_lane() if direction > 0 else cursor.previous_in_lane())

    def action_message(self, direction: int) -> None:
        cursor = self.cursor
        self._moved(cursor.next_message() if direction > 0 else cursor.previous_message())

    def action_partner(self) -> None:
        self._moved(self.cursor.to_partner())

    def action_bug(self) -> None:
        if self.cursor.bug_index is None:
            self.notify("This trace has no bug.", timeout=3)
            return
        self.cursor.to_bug()
        self.refresh_cursor()

    def action_start(self) -> None:
        self._moved(self.cursor.to_start())

    def action_end(self) -> None:
        self._moved(self.cursor.to_end())

    def go_to_step(self, step: int) -> None:
        self.cursor.to_step(step)
        self.refresh_cursor()

    def action_go_to_step(self) -> None:
        cursor = self.cursor
        last = max(cursor.trace.step_count - 1, 0)
        stepped = cursor.step is not None

        def check(text: str) -> str | None:
            if not text.strip().lstrip("#").isdigit():
                return "Type a number: a step, or #N for event N."
            if text.startswith("#") or not stepped:
                index = int(text.lstrip("#"))
                return None if index < len(cursor) else f"The last event is #{len(cursor) - 1}."
            return None if int(text) <= last else f"The last step is {last}."

        def answer(text: str | None) -> None:
            if text is None:
                return
            if text.startswith("#") or not stepped:
                cursor.go_to(int(text.lstrip("#")))
                self.refresh_cursor()
            else:
                self.go_to_step(int(text))

        prompt = (
            f"Go to step (0 to {last}), or #N for event N"
            if stepped
            else f"Go to event (0 to {len(cursor) - 1})"
        )
        self.app.push_screen(AskScreen(prompt, check=check), answer)

    @on(TimelineView.Clicked)
    def _clicked(self, event: TimelineView.Clicked) -> None:
        event.stop()
        self.cursor.go_to(event.index)
        self.refresh_cursor()

    def action_open_source(self) -> None:
        span = self.cursor.span
        if span is None:
            self.notify("This event has no source location.", timeout=3)
            return
        path = self.resolve(span.file)
        if path is None:
            self.notify(f"{span.file} is not in this project.", severity="warning")
            return
        self.post_message(OpenLocation(path, span.line, span.col))

    def action_export(self) -> None:
        from pide.widgets.trace_export import export_trace_view

        export_trace_view(self)
