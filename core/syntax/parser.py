"""Parsing P source text into an AST, with error recovery.

lark's LALR(1) parser (contextual lexer) builds the AST directly through `AstBuilder`. We
drive the token loop ourselves instead of calling `Lark.parse`, because a designer wants every
syntax error of a file in one pass, not only the first:

* a missing `;` at a line break is repaired by inserting it (the message points at the end
  of the line where it is missing);
* otherwise the parser enters panic mode: it skips tokens up to a synchronising token (after
  a `;`, or at a `}` or a keyword that starts a declaration/state/member), pops parser states
  back to the innermost statement list / state body / machine body / top level that accepts
  that token, and continues;
* after an error, further errors are suppressed until three tokens have been accepted, so
  one mistake yields one message.

Error messages describe what was expected in P terms ("expected an expression", "expected
';' after statement") rather than listing grammar terminals.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters, UnexpectedToken
from lark.parsers.lalr_parser_state import ParserState
from pide.core.diagnostics import Diagnostic, DiagnosticBag
from pide.core.source import SourceFile, Span
from pide.core.syntax import ast
from pide.core.syntax.transformer import AstBuilder

RESERVED_WORDS = frozenset(
    [
        "any",
        "bool",
        "enum",
        "event",
        "eventset",
        "float",
        "int",
        "machine",
        "interface",
        "map",
        "set",
        "string",
        "seq",
        "data",
        "announce",
        "as",
        "assert",
        "break",
        "case",
        "cold",
        "continue",
        "default",
        "defer",
        "do",
        "else",
        "entry",
        "exit",
        "foreach",
        "format",
        "fun",
        "goto",
        "halt",
        "hot",
        "if",
        "ignore",
        "in",
        "keys",
        "new",
        "observes",
        "on",
        "print",
        "raise",
        "receive",
        "return",
        "scenario",
        "send",
        "sizeof",
        "spec",
        "start",
        "state",
        "this",
        "type",
        "values",
        "var",
        "param",
        "pairwise",
        "wise",
        "while",
        "with",
        "choose",
        "module",
        "implementation",
        "test",
        "paramtest",
        "refines",
        "compose",
        "union",
        "hidee",
        "hidei",
        "rename",
        "safe",
        "main",
        "receives",
        "sends",
        "creates",
        "to",
        "true",
        "false",
        "null",
        "invariant",
        "axiom",
        "is",
        "inflight",
        "targets",
        "sent",
        "Proof",
        "prove",
        "using",
        "Lemma",
        "Theorem",
        "except",
        "requires",
        "ensures",
        "forall",
        "exists",
        "pure",
        "assume",
    ]
)

_TOP_LEVEL_KEYWORDS = {
    "type", "enum", "event", "eventset", "interface", "machine", "spec", "scenario", "fun",
    "param", "module", "test", "implementation", "pure", "axiom", "init-condition", "Proof",
    "Lemma", "Theorem",
}  # fmt: skip
_MEMBER_KEYWORDS = {"var", "state", "start", "hot", "cold"}
_STATE_ITEM_KEYWORDS = {"entry", "exit", "on", "defer", "ignore"}
_SYNC_KEEP_VALUES = _TOP_LEVEL_KEYWORDS | _MEMBER_KEYWORDS | _STATE_ITEM_KEYWORDS | {"}"}
_ERROR_COOLDOWN = 2


@dataclass(frozen=True, slots=True)
class _Grammar:
    lark: Lark
    builder: AstBuilder
    names: dict[str, str]  # terminal name -> the text a user would type
    keyword_types: dict[str, str]  # keyword text -> its terminal name
    statement_states: frozenset[int]
    recovery_states: frozenset[int]
    action_table: dict[int, dict[str, Any]]


_lock = threading.Lock()
_grammar: _Grammar | None = None
_current_bag: DiagnosticBag | None = None


def _on_unterminated_comment(tok: Token) -> Token:
    if _current_bag is not None:
        line, col = tok.line or 1, tok.column or 1
        span = Span(
            _current_path, tok.start_pos or 0, (tok.start_pos or 0) + 2, line, col, line, col + 2
        )
        _current_bag.error("P0103", "block comment is never closed with '*/'", span)
    return tok


_current_path = "<input>"


def _cache_path() -> str | bool:
    try:
        base = Path.home() / ".cache" / "pide"
        base.mkdir(parents=True, exist_ok=True)
        return str(base / "p-grammar.lark-cache")
    except OSError:
        return False


def _load_grammar() -> _Grammar:
    global _grammar
    if _grammar is not None:
        return _grammar
    text = resources.files("pide.core.syntax").joinpath("p.lark").read_text(encoding="utf-8")
    builder = AstBuilder()
    lark = Lark(
        text,
        parser="lalr",
        lexer="contextual",
        keep_all_tokens=True,
        transformer=builder,
        # Only one callback: lark 1.x chains callbacks of several terminals with a
        # late-binding closure, so reserved words are checked in the token loop instead.
        lexer_callbacks={"UNTERMINATED_COMMENT": _on_unterminated_comment},
        cache=_cache_path(),
        start="start",
    )
    names = {t.name: str(t.pattern.value) for t in lark.terminals}
    table: dict[int, dict[str, Any]] = lark.parser.parser.parser.parse_table.states

    def accepts(state: int, value: str) -> bool:
        return any(names.get(term) == value for term in table[state])

    statement_states = frozenset(s for s in table if accepts(s, "assert"))
    recovery_states = frozenset(
        s
        for s in table
        if accepts(s, "assert")
        or accepts(s, "entry")
        or accepts(s, "state")
        or accepts(s, "machine")
    )
    keyword_types = {
        value: name
        for name, value in names.items()
        if value.isidentifier() and name != "IDEN" and value in RESERVED_WORDS
    }
    _grammar = _Grammar(
        lark, builder, names, keyword_types, statement_states, recovery_states, table
    )
    return _grammar


def _span_of(path: str, tok: Token) -> Span:
    start = tok.start_pos or 0
    end = tok.end_pos if tok.end_pos is not None else start
    return Span(
        path,
        start,
        end,
        tok.line or 1,
        tok.column or 1,
        tok.end_line or tok.line or 1,
        tok.end_column or tok.column or 1,
    )


def _span_after(path: str, tok: Token) -> Span:
    """A one-character span just after `tok` (where a missing `;` belongs)."""
    end = tok.end_pos or 0
    line = tok.end_line or 1
    col = tok.end_column or 1
    return Span(path, end, end + 1, line, col, line, col + 1)


class _Driver:
    """One parse: feeds tokens, reports and recovers from errors."""

    def __init__(self, grammar: _Grammar, source: SourceFile, bag: DiagnosticBag) -> None:
        self.g = grammar
        self.source = source
        self.bag = bag
        interactive = grammar.lark.parse_interactive(source.text)
        self.state: ParserState[Any] = interactive.parser_state
        self.lexer_thread = interactive.lexer_thread
        self.prev: Token | None = None
        self.cooldown = 0
        self.after_lexical_error = False
        self.tokens = self._token_stream()

    # -- tokens -------------------------------------------------------------------------

    def _token_stream(self) -> Iterator[Token]:
        """Tokens for the current parser state; survives lexer errors."""
        text = self.source.text
        while True:
            try:
                yield from self.lexer_thread.lex(self.state)  # type: ignore[no-untyped-call]
                break
            except UnexpectedCharacters as e:
                self._lexical_error(e)
                lexer_state = self.lexer_thread.state
                assert lexer_state is not None
                pos = lexer_state.line_ctr.char_pos
                if pos < len(text):
                    skip = 1
                    if text[pos] == '"':
                        newline = text.find("\n", pos)
                        skip = (newline if newline != -1 else len(text)) - pos
                    lexer_state.line_ctr.feed(text[pos : pos + skip])
            except UnexpectedToken as e:
                # The contextual lexer found a token that is valid elsewhere in P but not
                # here; the root lexer has consumed it.
                yield e.token
        end = Token("$END", "", len(text), *self.source.position(len(text)), None, None, len(text))
        end.end_line, end.end_column = end.line, end.column
        yield end

    def _next(self) -> Token:
        return next(self.tokens)

    def _check_reserved(self, tok: Token) -> None:
        """Reserved words the contextual lexer let through as names (accepted tokens only)."""
        if tok.type != "IDEN" or tok.value not in RESERVED_WORDS:
            return
        span = _span_of(self.source.path, tok)
        if tok.value == "null":
            self.bag.error(
                "P0102",
                "the null event cannot be declared, deferred, ignored or named here",
                span,
            )
        else:
            self.bag.error(
                "P0107", f"'{tok.value}' is a reserved word and cannot be used as a name", span
            )

    # -- diagnostics --------------------------------------------------------------------

    def _lexical_error(self, e: UnexpectedCharacters) -> None:
        pos = e.pos_in_stream or 0
        ch = self.source.text[pos] if pos < len(self.source.text) else ""
        line, col = self.source.position(pos)
        span = Span(self.source.path, pos, pos + 1, line, col, line, col + 1)
        if ch == '"':
            self.bag.error("P0103", "string literal is not closed on this line", span)
        else:
            shown = ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
            hint = {
                "&": " (logical and is '&&')",
                "|": " (logical or is '||')",
                "'": " (strings use double quotes)",
            }.get(ch, "")
            self.bag.error("P0101", f"invalid character '{shown}' in P source{hint}", span)
        self.cooldown = _ERROR_COOLDOWN
        self.after_lexical_error = True

    def _describe(self, tok: Token) -> str:
        if tok.type == "$END":
            return "end of file"
        if tok.type == "IDEN":
            return f"name '{tok.value}'"
        if tok.type in ("INT", "FLOAT"):
            return f"number {tok.value}"
        if tok.type == "STRING":
            return "string literal"
        return f"'{tok.value}'"

    def _expected(self, state: int) -> str:
        expected = {t for t in self.g.action_table[state] if t in self.g.names or t == "$END"}
        shown = {self.g.names.get(t, t) for t in expected}
        if "assert" in shown:
            return "a statement" + (" or '}'" if "}" in shown else "")
        if "entry" in shown:
            return "'entry', 'exit', 'on', 'defer', 'ignore' or '}' in a state body"
        if "state" in shown and "fun" in shown:
            return "'var', 'fun', a state or '}' in a machine body"
        if "machine" in shown and "event" in shown and "test" in shown:
            return "a declaration (event, machine, spec, fun, type, enum, module, test, ...)"
        if "seq" in shown and "int" in shown:
            return "a type"
        if "IDEN" in expected and "INT" in expected and "STRING" in expected:
            return "an expression"
        ordered = sorted(self._display(t) for t in expected if t != "$END")
        if "$END" in expected:
            ordered.append("end of file")
        if not ordered:
            return "nothing more"
        if len(ordered) > 6:
            return "one of " + ", ".join(ordered[:6]) + ", ..."
        return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " or " + ordered[-1]

    def _display(self, terminal: str) -> str:
        special = {"IDEN": "a name", "INT": "an integer", "FLOAT": "a number", "STRING": "a string"}
        if terminal in special:
            return special[terminal]
        return f"'{self.g.names.get(terminal, terminal)}'"

    def _report(self, code: str, message: str, span: Span) -> None:
        if self.cooldown == 0:
            self.bag.error(code, message, span)
        self.cooldown = _ERROR_COOLDOWN

    # -- the loop -----------------------------------------------------------------------

    def run(self) -> list[ast.Decl]:
        while True:
            tok = self._next()  # not a for loop: panic mode may push a token back
            if tok.type == "$END":
                return self._finish(tok)
            self._feed(tok)

    def _finish(self, end: Token) -> list[ast.Decl]:
        while True:
            try:
                result: list[ast.Decl] = self.state.feed_token(end, True)
                return result
            except UnexpectedToken:
                self._report(
                    "P0102",
                    f"unexpected end of file: expected {self._expected(self.state.position)}",
                    _span_of(self.source.path, end),
                )
                if not self._resume_at(end, feed=False):
                    return []

    def _feed(self, tok: Token) -> None:
        if self.after_lexical_error:
            # The bad characters were skipped; resynchronise instead of misreading the rest.
            self.after_lexical_error = False
            self._panic(tok)
            return
        if (
            tok.type == "IDEN"
            and tok.value == "var"
            and self.state.position in self.g.statement_states
        ):
            self._report(
                "P0102",
                "variable declarations must come at the start of a function body, "
                "before any statement",
                _span_of(self.source.path, tok),
            )
            self._panic(tok)
            return
        try:
            self.state.feed_token(tok)
            self._check_reserved(tok)
            self.prev = tok
            if self.cooldown:
                self.cooldown -= 1
            return
        except UnexpectedToken:
            pass
        if self._insert_semicolon(tok):
            return
        self._report(
            "P0102",
            f"unexpected {self._describe(tok)}: expected {self._expected(self.state.position)}",
            _span_of(self.source.path, tok),
        )
        self._panic(tok)

    def _insert_semicolon(self, tok: Token) -> bool:
        """Repair a `;` missing at the end of a line (or right before a `}`)."""
        prev = self.prev
        if prev is None:
            return False
        at_line_break = (tok.line or 0) > (prev.end_line or 0)
        if not (at_line_break or tok.value == "}"):
            return False
        semi_name = next((n for n, v in self.g.names.items() if v == ";"), None)
        if semi_name is None or semi_name not in self.g.action_table[self.state.position]:
            return False
        trial = self.state.copy(deepcopy_values=False)
        semi = Token.new_borrow_pos(semi_name, ";", prev)
        try:
            trial.feed_token(semi)
            after = trial.position
            trial.feed_token(tok)
        except UnexpectedToken:
            return False
        what = "statement" if after in self.g.statement_states else "declaration"
        self._report("P0102", f"expected ';' after {what}", _span_after(self.source.path, prev))
        self.state.state_stack = trial.state_stack
        self.state.value_stack = trial.value_stack
        self.prev = tok
        return True

    def _panic(self, tok: Token) -> None:
        current = tok
        while True:
            if current.type == "$END":
                self._resume_at(current, feed=False)
                self.tokens = _prepend(current, self.tokens)
                return
            if current.value == ";" and current.type != "STRING":
                current = self._next()
                if current.type != "$END" and self._resume_at(current):
                    return
                continue
            if current.value in _SYNC_KEEP_VALUES and self._resume_at(current):
                return
            current = self._next()

    def _resume_at(self, tok: Token, feed: bool = True) -> bool:
        """Pop back to the innermost recovery state that accepts `tok`, then feed it."""
        keyword_type = self.g.keyword_types.get(tok.value) if tok.type == "IDEN" else None
        if keyword_type is not None:
            # Lexed in the error state, where the contextual lexer saw no keywords.
            tok = Token.new_borrow_pos(keyword_type, tok.value, tok)
        stack = self.state.state_stack
        for depth in range(len(stack) - 1, -1, -1):
            state = stack[depth]
            if state not in self.g.recovery_states and depth != 0:
                continue
            if tok.type not in self.g.action_table[state]:
                continue
            del self.state.state_stack[depth + 1 :]
            del self.state.value_stack[depth:]
            if not feed:
                return True
            try:
                self.state.feed_token(tok, tok.type == "$END")
            except UnexpectedToken:
                continue
            self.prev = tok
            if self.cooldown:
                self.cooldown -= 1
            return True
        return False


def _prepend(first: Token, rest: Iterator[Token]) -> Iterator[Token]:
    yield first
    yield from rest


def parse_source(source: SourceFile) -> tuple[ast.SourceUnit, list[Diagnostic]]:
    """Parse one file. Never raises for bad input: problems come back as diagnostics."""
    global _current_bag, _current_path
    with _lock:
        grammar = _load_grammar()
        bag = DiagnosticBag()
        grammar.builder.path = source.path
        grammar.builder.diagnostics = bag
        _current_bag, _current_path = bag, source.path
        try:
            decls = _Driver(grammar, source, bag).run()
        finally:
            _current_bag = None
        unit = ast.SourceUnit(source.path, tuple(d for d in decls if d is not None))
        return unit, bag.sorted()


def parse_text(text: str, path: str = "<input>") -> tuple[ast.SourceUnit, list[Diagnostic]]:
    return parse_source(SourceFile(path, text))
