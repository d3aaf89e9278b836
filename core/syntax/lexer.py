"""The P tokenizer: one compiled regular expression, keywords by table lookup.

The grammar's terminals come from lark (`p.lark`); this module turns source text into those
terminals quickly. It is context-free: the contextual part of lexing (a keyword used where
only a name fits, `t.0` where a float literal cannot appear) is resolved by the parser driver,
which knows which terminals the current LR state accepts and re-types or splits a token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from pide.core.fastdataclass import dataclass


class Tok(str):
    """A token: its text (it *is* the string) plus terminal type and position.

    Positions follow lark's conventions (0-based offsets, 1-based line/column, end column
    exclusive) so spans can be built directly. A token never spans lines, so its end is
    derived from its length instead of being stored: the lexer makes one per word of the
    model, and every stored field is a cost.
    """

    __slots__ = ("column", "line", "start_pos", "type")

    type: str
    start_pos: int
    line: int
    column: int

    @classmethod
    def make(cls, type_: str, value: str, start: int, line: int, column: int) -> Tok:
        self = cls(value)
        self.type = type_
        self.start_pos = start
        self.line = line
        self.column = column
        return self

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def end_pos(self) -> int:
        return self.start_pos + len(self)

    @property
    def end_line(self) -> int:
        return self.line

    @property
    def end_column(self) -> int:
        return self.column + len(self)

    def retyped(self, type_: str) -> Tok:
        return Tok.make(type_, self.value, self.start_pos, self.line, self.column)


@dataclass(frozen=True, slots=True)
class LexError:
    """A piece of text that is no token; `kind` is 'char', 'string' or 'comment'."""

    kind: str
    start: int
    line: int
    column: int
    text: str


# Order matters: longer operators before their prefixes; FLOAT before INT.
_PUNCTUATION = [
    "<==>", "==>", "$$", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "->",
    "$", "!", "<", ">", "=", "+", "-", "*", "/", "%", "{", "}", "[", "]", "(", ")", ";",
    ",", ".", ":",
]  # fmt: skip

# One match per token: leading whitespace, then exactly one alternative. `ERR` takes any
# character no token starts with, so the scan never has to search for the next match. The
# alternatives are tried in order, so the frequent ones come first where precedence allows
# (`init-condition` before names, comments before `/`, floats before `.`); `BRACKET` is the
# punctuation that is no prefix of another operator. `TWISE` is the `(` of a test's `(N wise)`
# clause: after `assume b` a plain `(` would be read as the start of a call `b(...)`, which
# LALR(1) cannot undo, so the lexer tells the two apart by looking ahead for `N wise`.
_MASTER = re.compile(
    r"[ \t\r\n\f]*(?:"
    r"(?P<INITC>init-condition\b)"
    r"|(?P<IDEN>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<TWISE>\((?=[ \t\r\n\f]*[0-9]+[ \t\r\n\f]*wise\b))"
    r"|(?P<BRACKET>[(){};,:\[\]])"
    r"|(?P<LC>//[^\n]*)"
    r"|(?P<BC>/\*[\s\S]*?\*/)"
    r"|(?P<UC>/\*[\s\S]*)"
    r"|(?P<FLOAT>[0-9]*\.[0-9]+)"
    r"|(?P<PUNCT>" + "|".join(re.escape(p) for p in _PUNCTUATION) + ")"
    r"|(?P<INT>[0-9]+)"
    r'|(?P<STRING>"(?:\\[^\n]|[^"\\\n])*")'
    r"|(?P<ERR>[\s\S])"
    r"|$)"
)
_INITC, _IDEN, _TWISE, _BRACKET, _LC, _BC, _UC, _FLOAT, _PUNCT, _INT, _STRING, _ERR = range(1, 13)
assert _MASTER.groupindex["ERR"] == _ERR


@dataclass(frozen=True, slots=True)
class TerminalNames:
    """Maps text to the grammar's terminal names (taken from the lark grammar)."""

    keywords: dict[str, str]  # keyword text -> terminal
    punctuation: dict[str, str]  # operator text -> terminal


class Lexer:
    """Iterates tokens of one text: `tokens` is an iterator over them, which
    `restart(pos)` replaces to re-lex from a position (the parser's token splits)."""

    def __init__(self, text: str, names: TerminalNames) -> None:
        self.text = text
        self.names = names
        self.errors: list[LexError] = []
        starts = [0]
        find = text.find
        nl = find("\n")
        while nl != -1:
            starts.append(nl + 1)
            nl = find("\n", nl + 1)
        self._line_starts = starts
        self.tokens: Iterator[Tok] = self._scan(0)

    def next(self) -> Tok | None:
        """The next token, or None at the end; lexical errors are collected in `errors`."""
        return next(self.tokens, None)

    def restart(self, pos: int) -> None:
        """Continue lexing at `pos`: `tokens` becomes a new iterator."""
        self.tokens = self._scan(pos)

    def _scan(self, pos: int) -> Iterator[Tok]:
        """Tokens from `pos` on. Lines are found by bisecting the line starts, only when a
        token starts beyond the current line (most tokens share a line with the previous)."""
        text = self.text
        keywords = self.names.keywords
        punct = self.names.punctuation
        punct_kinds = (_BRACKET, _PUNCT)
        starts = self._line_starts
        last_line = len(starts)
        make = Tok
        errors = self.errors
        line = bisect_right(starts, pos)
        line_start = starts[line - 1]
        next_start = starts[line] if line < last_line else len(text) + 1
        while True:
            for m in _MASTER.finditer(text, pos):
                kind = m.lastindex
                if kind is None:  # only whitespace is left
                    return
                start, end = m.span(kind)
                if start >= next_start:
                    line = bisect_right(starts, start)
                    line_start = starts[line - 1]
                    next_start = starts[line] if line < last_line else len(text) + 1
                value = text[start:end]
                tok = make(value)
                if kind == _IDEN:
                    tok.type = keywords.get(value, "IDEN")
                elif kind in punct_kinds:
                    tok.type = punct[value]
                elif kind == _INT:
                    tok.type = "INT"
                elif kind == _STRING:
                    tok.type = "STRING"
                elif kind == _FLOAT:
                    tok.type = "FLOAT"
                elif kind in (_LC, _BC):
                    continue
                elif kind == _TWISE:
                    tok.type = "TWISE_LPAR"
                elif kind == _INITC:
                    tok.type = keywords.get(value, "IDEN")
                elif kind == _UC:
                    errors.append(LexError("comment", start, line, start - line_start + 1, "/*"))
                    continue
                else:  # ERR
                    column = start - line_start + 1
                    if value == '"':
                        newline = text.find("\n", start)
                        stop = newline if newline != -1 else len(text)
                        errors.append(LexError("string", start, line, column, text[start:stop]))
                        pos = stop
                        break  # resume after the unclosed string
                    errors.append(LexError("char", start, line, column, value))
                    continue
                tok.start_pos = start
                tok.line = line
                tok.column = start - line_start + 1
                yield tok
            else:
                return
