"""Source files and spans.

Every AST node, IR node, diagnostic and trace event points back into the model's text through
a `Span`. Spans store 1-based line/column pairs (what editors and `file:line:col` messages
use) next to 0-based offsets (what slicing the text uses), so no consumer has to recompute
one from the other.
"""

from __future__ import annotations

import bisect

from pide.core.fastdataclass import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open region `[start, end)` of one source file."""

    file: str
    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def merge(self, other: Span) -> Span:
        """The smallest span covering `self` and `other` (same file assumed)."""
        first, last = (self, other) if self.start <= other.start else (other, self)
        end = last if last.end >= first.end else first
        return Span(
            self.file, first.start, end.end, first.line, first.col, end.end_line, end.end_col
        )

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "endLine": self.end_line,
            "endCol": self.end_col,
        }


NO_SPAN = Span("<builtin>", 0, 0, 0, 0, 0, 0)
"""Span of things that have no source text (built-in events, synthesised tests)."""


@dataclass(slots=True)
class SourceFile:
    """One `.p` file's text plus a line index for offset -> (line, col) conversion."""

    path: str
    text: str
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        text = self.text
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._line_starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        line, col = self.position(start)
        end_line, end_col = self.position(end)
        return Span(self.path, start, end, line, col, end_line, end_col)

    def line_text(self, line: int) -> str:
        """Text of a 1-based line without its newline ('' when out of range)."""
        if line < 1 or line > len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)
