"""Human-readable rendering of diagnostics: `file:line:col: error[P0301]: message` + caret.

The caret line underlines the whole span when it stays on one line, like compilers designers
already know (rustc, clang), so the exact offending token is obvious in a terminal or a CI log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pide.core.diagnostics.model import Diagnostic
from pide.core.source import SourceFile, Span


def _snippet(span: Span, source: SourceFile | None) -> list[str]:
    if source is None or span.line < 1:
        return []
    text = source.line_text(span.line)
    if not text and span.line > source.line_count:
        return []
    gutter = f"{span.line:>4} | "
    expanded = text.replace("\t", " ")
    width = 1
    if span.end_line == span.line and span.end_col > span.col:
        width = span.end_col - span.col
    width = max(1, min(width, max(1, len(expanded) - span.col + 1)))
    caret = " " * (len(gutter) - 2) + "| " + " " * (span.col - 1) + "^" + "~" * (width - 1)
    return [gutter + expanded, caret]


def render_diagnostic(diagnostic: Diagnostic, source: SourceFile | None = None) -> str:
    span = diagnostic.span
    lines = [f"{span}: {diagnostic.severity}[{diagnostic.code}]: {diagnostic.message}"]
    lines.extend(_snippet(span, source))
    for note in diagnostic.notes:
        where = f"{note.span}: " if note.span is not None else ""
        lines.append(f"  = note: {where}{note.message}")
    return "\n".join(lines)


def render_all(
    diagnostics: Iterable[Diagnostic], sources: Mapping[str, SourceFile] | None = None
) -> str:
    sources = sources or {}
    return "\n".join(render_diagnostic(d, sources.get(d.span.file)) for d in diagnostics)
