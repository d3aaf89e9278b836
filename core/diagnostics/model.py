"""The `Diagnostic` record: one problem in the user's model.

Problems in a model are data, never exceptions: every phase appends diagnostics to a
`DiagnosticBag` and carries on, so one run reports every error it can find. A diagnostic's
`code` is stable (see `codes.py`) so tools, tests and users can refer to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import StrEnum

from pide.core.fastdataclass import dataclass, field
from pide.core.source import Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Note:
    """A secondary message, optionally pointing at another place (e.g. the first declaration)."""

    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    span: Span
    notes: tuple[Note, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.span.file, self.span.line, self.span.col, self.code)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "span": self.span.to_json(),
            "notes": [
                {"message": n.message, "span": n.span.to_json() if n.span else None}
                for n in self.notes
            ],
        }


@dataclass(slots=True)
class DiagnosticBag:
    """An append-only collection shared by the phases of one compilation."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)

    def error(self, code: str, message: str, span: Span, *notes: Note) -> None:
        self.items.append(Diagnostic(code, Severity.ERROR, message, span, tuple(notes)))

    def warning(self, code: str, message: str, span: Span, *notes: Note) -> None:
        self.items.append(Diagnostic(code, Severity.WARNING, message, span, tuple(notes)))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.items.extend(diagnostics)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        """Unique diagnostics ordered by file, line, column (duplicates from re-checks dropped)."""
        seen: set[tuple[str, str, int, int, str]] = set()
        result = []
        for d in sorted(self.items, key=Diagnostic.sort_key):
            key = (d.code, d.span.file, d.span.start, d.span.end, d.message)
            if key not in seen:
                seen.add(key)
                result.append(d)
        return result

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
