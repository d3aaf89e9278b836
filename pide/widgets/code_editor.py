"""`CodeEditor`: Textual's `TextArea` with P highlighting and diagnostics painted in.

Textual's TextArea highlights through tree-sitter grammars and P has none, so this editor
styles lines itself in `get_line`, the hook TextArea offers for exactly this: it returns a
`rich.Text` for one document line, which TextArea then decorates with the selection, the
cursor and the cursor line. Lines are lexed lazily by `pide.widgets.highlighting` (only the
lines on screen, cached by their text), which keeps typing in a 2,000-line file instant.

Diagnostics are painted the same way (an underline on a tinted background over the span)
and as a marker in the gutter, drawn over the line number column in `render_line`.

Two private TextArea details are relied on, both in this module only: `_build_highlight_map`
is called after every change to the document (edit, undo, redo, load), which is where the
open-comment map is invalidated; `_line_cache` holds rendered lines and must be cleared
when styles or diagnostics change without the text changing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widgets import TextArea

from pide.core.diagnostics import Diagnostic, Severity
from pide.widgets.highlighting import comment_continuations, line_tokens

ERROR_MARK = "●"
WARNING_MARK = "▲"


@dataclass(frozen=True, slots=True)
class EditorStyles:
    """Everything theme-dependent the editor paints besides what TextArea's CSS covers."""

    tokens: Mapping[str, Style] = field(default_factory=dict)
    error: Style = field(default_factory=lambda: Style(underline=True, color="red"))
    warning: Style = field(default_factory=lambda: Style(underline=True, color="yellow"))
    error_mark: Style = field(default_factory=lambda: Style(color="red", bold=True))
    warning_mark: Style = field(default_factory=lambda: Style(color="yellow", bold=True))


def _binding_actions(bindings: Iterable[BindingType]) -> dict[str, str]:
    actions: dict[str, str] = {}
    for binding in bindings:
        keys, action = (
            (binding.key, binding.action) if isinstance(binding, Binding) else binding[:2]
        )
        for key in keys.split(","):
            actions.setdefault(key.strip(), action)
    return actions


_EDITOR_ACTIONS = _binding_actions(TextArea.BINDINGS)
"""TextArea's own key bindings: key -> action."""

Problem = tuple[int, int, Severity]
"""An underlined range of one line: start column, end column (0-based), severity."""


class CodeEditor(TextArea):
    """A P source editor: line numbers, P token colours, diagnostics underlined and marked."""

    DEFAULT_CSS = """
    CodeEditor {
        border: none;
        padding: 0;
        height: 1fr;
        &:focus { border: none; }
    }
    """

    def __init__(
        self,
        text: str,
        *,
        highlight: bool = True,
        cursor_blink: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(
            text,
            soft_wrap=False,
            tab_behavior="indent",
            show_line_numbers=True,
            highlight_cursor_line=True,
            id=id,
        )
        self.cursor_blink = cursor_blink
        self.highlight = highlight
        self._editor_styles = EditorStyles()
        self._continuations: dict[int, int] | None = None
        self._problems: dict[int, list[Problem]] = {}
        self._marks: dict[int, Severity] = {}

    # --- styling -------------------------------------------------------------------

    def apply_editor_styles(self, styles: EditorStyles) -> None:
        """Use the theme-dependent `styles` from now on (repaints every line)."""
        self._editor_styles = styles
        self._repaint()

    def set_problems(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Show `diagnostics` (all of this editor's file) as underlines and gutter marks."""
        problems: dict[int, list[Problem]] = {}
        marks: dict[int, Severity] = {}
        lines = self.document.lines
        for diagnostic in diagnostics:
            span = diagnostic.span
            if span.line < 1 or span.line > len(lines):
                continue
            first = span.line - 1
            last = min(max(span.end_line, span.line), len(lines)) - 1
            severity = diagnostic.severity
            if marks.get(first) is not Severity.ERROR:
                marks[first] = severity
            for index in range(first, last + 1):
                start = span.col - 1 if index == first else 0
                end = span.end_col - 1 if index == last and span.end_line == index + 1 else None
                length = len(lines[index])
                if end is None:
                    end = length
                if end <= start:
                    # A zero-width span (a missing `;`): underline the character it is at,
                    # or the line's last one when it points past the end.
                    start = min(start, max(length - 1, 0))
                    end = start + 1
                problems.setdefault(index, []).append((start, min(end, length), severity))
        self._problems = problems
        self._marks = marks
        self._repaint()

    @property
    def problem_lines(self) -> Mapping[int, Severity]:
        """0-based lines carrying a diagnostic, with the worst severity on each."""
        return self._marks

    def _repaint(self) -> None:
        self._line_cache.clear()
        self.refresh()

    # --- TextArea hooks --------------------------------------------------------------

    async def _on_key(self, event: events.Key) -> None:
        """Run the editor's own key bindings here, in order with typed characters.

        Textual runs a widget's bindings only once the key has bubbled up to the App, while
        TextArea inserts printable characters as soon as it sees them; with keys arriving
        in a burst (a fast typist on a busy machine, a terminal replaying input) "Down, x"
        could insert `x` before moving down. Handling the bindings as the key arrives keeps
        the order. Escape stays in the editor: TextArea would move focus to the next
        widget, which loses the user's place (F6 moves between panes).
        """
        if event.key == "escape":
            event.prevent_default()
            return
        action = _EDITOR_ACTIONS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)

    def _build_highlight_map(self) -> None:
        """Called by TextArea after every document change: the comment map is stale."""
        super()._build_highlight_map()
        self._continuations = None

    def get_line(self, line_index: int) -> Text:
        """The line as rich Text, with P token styles and diagnostic underlines applied."""
        line = super().get_line(line_index)
        if self.highlight and self._editor_styles.tokens:
            if self._continuations is None:
                self._continuations = comment_continuations(self.document.lines)
            tokens = self._editor_styles.tokens
            comment_end = self._continuations.get(line_index, 0)
            for start, end, category in line_tokens(line.plain, comment_end):
                style = tokens.get(category)
                if style is not None:
                    line.stylize(style, start, end)
        for start, end, severity in self._problems.get(line_index, ()):
            style = (
                self._editor_styles.error
                if severity is Severity.ERROR
                else self._editor_styles.warning
            )
            line.stylize(style, start, end)
        return line

    def render_line(self, y: int) -> Strip:
        """A rendered line, with a diagnostic marker drawn into the gutter's margin."""
        strip = super().render_line(y)
        severity = self._marks.get(self.scroll_offset.y + y)
        if severity is None or not self.show_line_numbers or self.soft_wrap:
            return strip
        width = self.gutter_width
        gutter, rest = strip.divide([width, strip.cell_length])[:2]
        text = "".join(segment.text for segment in gutter)
        base = next(iter(gutter)).style if len(gutter) else None
        error = severity is Severity.ERROR
        mark_style = self._editor_styles.error_mark if error else self._editor_styles.warning_mark
        mark = Segment(ERROR_MARK if error else WARNING_MARK, (base or Style()) + mark_style)
        segments = [Segment(text[: width - 2], base), mark, Segment(text[width - 1 :], base)]
        return Strip.join([Strip(segments, width), rest])
