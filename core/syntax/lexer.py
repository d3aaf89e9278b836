"""The P tokenizer: one compiled regular expression, keywords by table lookup.

The grammar's terminals come from lark (`p.lark`); this module turns source text into those
terminals quickly. It is context-free: the contextual part of lexing (a keyword used where
only a name fits, `t.0` where a float literal cannot appear) is resolved by the parser driver,
which knows which terminals the current LR state accepts and re-types or splits a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class Tok(str):
    """A token: its text (it *is* the string) plus terminal type and position.

    Positions follow lark's conventions (0-based offsets, 1-based line/column, end column
    exclusive) so spans can be built directly.
    """

    __slots__ = ("column", "end_column", "end_line", "end_pos", "line", "start_pos", "type")

    type: str
    start_pos: int
    end_pos: int
    line: int
    column: int
    end_line: int
    end_column: int

    def __new__(cls, type_: str, value: str, start: int, line: int, column: int) -> Tok:
        self = str.__new__(cls, value)
        self.type = type_
        self.start_pos = start
        self.end_pos = start + len(value)
        self.line = line
        self.column = column
        self.end_line = line
        self.end_column = column + len(value)
        return self

    @property
    def value(self) -> str:
        return str.__str__(self)

    def retyped(self, type_: str) -> Tok:
        return Tok(type_, self.value, self.start_pos, self.line, self.column)


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

_MASTER = re.compile(
    r"[ \t\r\n\f]*(?:"
    r"(?P<LC>//[^\n]*)"
    r"|(?P<BC>/\*[\s\S]*?\*/)"
    r"|(?P<UC>/\*[\s\S]*)"
    r"|(?P<INITC>init-condition\b)"
    r"|(?P<IDEN>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<FLOAT>[0-9]*\.[0-9]+)"
    r"|(?P<INT>[0-9]+)"
    r'|(?P<STRING>"(?:\\[^\n]|[^"\\\n])*")'
    r"|(?P<PUNCT>" + "|".join(re.escape(p) for p in _PUNCTUATION) + ")"
    r"|$)"
)


@dataclass(frozen=True, slots=True)
class TerminalNames:
    """Maps text to the grammar's terminal names (taken from the lark grammar)."""

    keywords: dict[str, str]  # keyword text -> terminal
    punctuation: dict[str, str]  # operator text -> terminal


class Lexer:
    """Iterates tokens of one text; `restart(pos)` re-lexes from a position (token splits)."""

    def __init__(self, text: str, names: TerminalNames) -> None:
        self.text = text
        self.names = names
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.errors: list[LexError] = []

    def _advance_lines(self, start: int, end: int) -> None:
        text = self.text
        nl = text.count("\n", start, end)
        if nl:
            self.line += nl
            self.line_start = text.rfind("\n", start, end) + 1

    def next(self) -> Tok | None:
        """The next token, or None at the end; lexical errors are collected in `errors`."""
        text = self.text
        keywords = self.names.keywords
        punct = self.names.punctuation
        match = _MASTER.match
        n = len(text)
        while self.pos < n:
            m = match(text, self.pos)
            if m is None:
                # Only whitespace can precede the failure: skip it, then report the character.
                pos = self.pos
                while text[pos] in " \t\r\n\f":
                    pos += 1
                self._advance_lines(self.pos, pos)
                self.pos = pos
                self._error(pos)
                continue
            kind = m.lastgroup
            pos = m.start(kind) if kind is not None else m.end()
            end = m.end()
            if pos != self.pos:
                self._advance_lines(self.pos, pos)
            if kind is None:  # trailing whitespace at the end of the text
                self.pos = end
                continue
            if kind == "LC" or kind == "BC":
                self._advance_lines(pos, end)
                self.pos = end
                continue
            self.pos = end
            column = pos - self.line_start + 1
            value = m.group(kind)
            if kind == "IDEN":
                return Tok(keywords.get(value, "IDEN"), value, pos, self.line, column)
            if kind == "PUNCT":
                return Tok(punct[value], value, pos, self.line, column)
            if kind == "UC":
                self.errors.append(LexError("comment", pos, self.line, column, "/*"))
                self._advance_lines(pos, end)
                continue
            if kind == "INITC":
                return Tok(keywords.get(value, "IDEN"), value, pos, self.line, column)
            assert kind is not None
            return Tok(kind, value, pos, self.line, column)
        return None

    def _error(self, pos: int) -> None:
        text = self.text
        column = pos - self.line_start + 1
        if text[pos] == '"':
            newline = text.find("\n", pos)
            end = newline if newline != -1 else len(text)
            self.errors.append(LexError("string", pos, self.line, column, text[pos:end]))
            self.pos = end
        else:
            self.errors.append(LexError("char", pos, self.line, column, text[pos]))
            self.pos = pos + 1

    def restart(self, pos: int, line: int, column: int) -> None:
        """Continue lexing at `pos` (inside the current line)."""
        self.pos = pos
        self.line = line
        self.line_start = pos - column + 1
