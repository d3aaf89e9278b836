"""Line-at-a-time P highlighting for the editor, driven by the shared Pygments `PLexer`.

Lexing a whole document with `PLexer` costs about 0.1 ms a line, far too much to redo on
every keystroke of a 2,000-line file. The editor only ever paints the lines on screen, so
lines are lexed one at a time, when painted, and cached by their text: typing re-lexes one
line. The only thing P carries from one line to the next is an open `/* ... */` comment;
`comment_continuations` finds those with one regular-expression pass over the document
(strings and `//` comments are matched first so a `/*` inside them opens nothing).

The result of lexing a line is a tuple of `(start, end, category)` spans where the category
is a key of `TOKEN_TYPES` (`"statement-word"`, `"line-comment"`, ...): themes style those
categories, so the highlighter never sees a colour.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from pygments.token import _TokenType

from pide.core.syntax.highlight import TOKEN_TYPES, PLexer

TokenSpan = tuple[int, int, str]
"""`(start, end, category)`: columns are 0-based character offsets into the line."""

_CATEGORY_OF: Final[dict[_TokenType, str]] = {token: name for name, token in TOKEN_TYPES.items()}
_UNSTYLED: Final = frozenset({"whitespace", "identifier"})
_LEXER: Final = PLexer()
_SCAN: Final = re.compile(r'//[^\n]*|"(?:[^"\\\n]|\\.)*"?|/\*[\s\S]*?(?:\*/|\Z)')


def category_of(token: _TokenType) -> str | None:
    """The `TOKEN_TYPES` key for a token type (or its nearest ancestor that has one)."""
    current: _TokenType | None = token
    while current is not None:
        if (name := _CATEGORY_OF.get(current)) is not None:
            return name
        current = current.parent
    return None


def comment_continuations(lines: Sequence[str]) -> dict[int, int]:
    """Lines that start inside a block comment opened earlier, and where it ends on them.

    Maps a 0-based line index to the column just after the comment's `*/` on that line,
    or to the line's length when the comment goes on past it.
    """
    text = "\n".join(lines)
    if "/*" not in text:
        return {}
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    result: dict[int, int] = {}
    for match in _SCAN.finditer(text):
        if not match.group().startswith("/*"):
            continue
        first = bisect.bisect_right(starts, match.start()) - 1
        last = bisect.bisect_right(starts, match.end() - 1) - 1
        for index in range(first + 1, last + 1):
            result[index] = match.end() - starts[index] if index == last else len(lines[index])
    return result


@lru_cache(maxsize=16384)
def line_tokens(line: str, comment_until: int = 0) -> tuple[TokenSpan, ...]:
    """The styled spans of one line; its first `comment_until` characters close a comment."""
    spans: list[TokenSpan] = []
    if comment_until > 0:
        spans.append((0, comment_until, "block-comment"))
    for start, token, value in _LEXER.get_tokens_unprocessed(line[comment_until:]):
        category = category_of(token)
        if category is not None and category not in _UNSTYLED:
            begin = comment_until + start
            spans.append((begin, begin + len(value), category))
    return tuple(spans)
