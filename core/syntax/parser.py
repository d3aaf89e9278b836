"""Parsing P source text into an AST, with error recovery.

lark builds the LALR(1) automaton from `p.lark` (cached on disk); this module drives it with
its own tight loop, because lark's general-purpose driver and lexer were the front end's
bottleneck. The driver does what lark's contextual lexer does — a keyword where the state
only accepts a name is read as that name, and `t.0` splits a would-be float — and calls the
`AstBuilder` callbacks directly on each reduction, so the AST is built while parsing.

A designer wants every syntax error of a file in one pass, not only the first:

* a missing `;` at a line break (or before `}`) is repaired by inserting it; the message is
  reported at the next token, like the reference's parser, with a note pointing at the end
  of the line where it is missing;
* otherwise the parser enters panic mode: it skips tokens up to a synchronising token (after
  a `;`, or at a `}` or a keyword that starts a declaration, member, state item), pops LR
  states back to the innermost statement list / state body / machine body / top level that
  accepts that token, and continues;
* after an error, further errors are suppressed until two tokens have been accepted, so one
  mistake yields one message.

Error messages describe what was expected in P terms ("expected an expression", "expected
';' after statement") rather than listing grammar terminals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pide.core.diagnostics import Diagnostic, DiagnosticBag, Note, Severity
from pide.core.fastdataclass import dataclass
from pide.core.source import SourceFile, Span
from pide.core.syntax import ast
from pide.core.syntax.gcpause import long_lived
from pide.core.syntax.lexer import _PUNCTUATION, Lexer, LexError, TerminalNames, Tok
from pide.core.syntax.tables import END as _END
from pide.core.syntax.tables import RuleSpec, load_tables
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
        "init-condition",
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


class _Inline(list[Any]):
    """Children of an inlined helper rule (lark's `__x_star_n` for `x*`), spliced into the
    parent's children."""


@dataclass(frozen=True, slots=True)
class _Rule:
    length: int
    origin: str
    callback: Callable[[list[Any]], Any] | None  # None: a unit rule passing its child through
    splices: bool  # some child may be an _Inline list


# An action is a shift (the target state, an int) or a reduction (its _Rule): telling them
# apart by type saves unpacking a pair on every step of the LR loop.
_Action = int | _Rule


@dataclass(frozen=True, slots=True)
class _Grammar:
    actions: dict[int, dict[str, _Action]]  # state -> terminal -> action
    gotos: dict[int, dict[str, int]]
    start: int
    names: dict[str, str]  # terminal name -> the text a user would type
    terminals: TerminalNames
    keyword_types: frozenset[str]
    statement_states: frozenset[int]
    recovery_states: frozenset[int]
    builder: AstBuilder
    unit_memo: dict[tuple[int, int, str], int]


_lock = threading.Lock()
_grammar: _Grammar | None = None


def _make_callback(builder: AstBuilder, spec: RuleSpec) -> Callable[[list[Any]], Any] | None:
    """What a reduction by this rule builds (None: a unit rule passing its child through)."""
    if spec.unit:
        return None
    if spec.name.startswith("_"):
        return _Inline
    method = getattr(builder, spec.name, None)
    if spec.expand1:
        if method is None:

            def expand(children: list[Any]) -> Any:
                return children[0] if len(children) == 1 else children

            return expand

        def expand_or_build(children: list[Any], method: Any = method) -> Any:
            return children[0] if len(children) == 1 else method(children)

        return expand_or_build
    if method is None:
        return list
    return method  # type: ignore[no-any-return]


def _load_grammar() -> _Grammar:
    global _grammar
    if _grammar is not None:
        return _grammar
    tables = load_tables()
    builder = AstBuilder()
    rules = [
        _Rule(spec.length, spec.origin, _make_callback(builder, spec), spec.splices)
        for spec in tables.rules
    ]
    actions: dict[int, dict[str, _Action]] = {
        state: {term: action if action >= 0 else rules[~action] for term, action in row.items()}
        for state, row in tables.actions.items()
    }
    names = tables.names
    keywords = {
        value: name
        for name, value in names.items()
        if (value.isidentifier() or value == "init-condition") and name != "IDEN"
    }
    punctuation = {value: name for name, value in names.items() if value in _PUNCTUATION}

    def accepting(*texts: str) -> frozenset[int]:
        """The states with an action on a token spelled as one of `texts`."""
        terms = {name for name, value in names.items() if value in texts}
        return frozenset(s for s, row in actions.items() if not terms.isdisjoint(row))

    statement_states = accepting("assert")
    recovery_states = accepting("assert", "entry", "state", "machine")
    _grammar = _Grammar(
        actions,
        tables.gotos,
        tables.start,
        names,
        TerminalNames(keywords, punctuation),
        frozenset(keywords.values()),
        statement_states,
        recovery_states,
        builder,
        {},
    )
    return _grammar


def _span_of(path: str, tok: Tok) -> Span:
    return Span(
        path, tok.start_pos, tok.end_pos, tok.line, tok.column, tok.end_line, tok.end_column
    )


def _span_after(path: str, tok: Tok) -> Span:
    """A one-character span just after `tok` (where a missing `;` belongs)."""
    return Span(
        path,
        tok.end_pos,
        tok.end_pos + 1,
        tok.end_line,
        tok.end_column,
        tok.end_line,
        tok.end_column + 1,
    )


class _Reject(Exception):
    """The current token cannot be shifted in the current state."""


class _Driver:
    """One parse: the LR loop, error reports and recovery."""

    def __init__(self, grammar: _Grammar, source: SourceFile, bag: DiagnosticBag) -> None:
        self.g = grammar
        self.source = source
        self.path = source.path
        self.bag = bag
        self.lexer = Lexer(source.text, grammar.terminals)
        self.states: list[int] = [grammar.start]
        self.values: list[Any] = []
        self.prev: Tok | None = None
        self.cooldown = 0
        self.reported_lex_errors = 0
        self.pushback: list[Tok] = []
        self.closed_braces = 0
        # The last keyword read as a name (P0107), with its report's index in the bag and
        # what the parser expected there: see `_rejected`.
        self.retyped: tuple[Tok, int, str] | None = None
        self.resync_line = 0  # see `_report`

    # -- tokens -------------------------------------------------------------------------

    def _next(self) -> Tok:
        if self.pushback:
            return self.pushback.pop()
        return self._after_lexer(self.lexer.next())

    def _after_lexer(self, tok: Tok | None) -> Tok:
        """The token the parser sees after the lexer produced `tok` (None at the end)."""
        if len(self.lexer.errors) > self.reported_lex_errors:
            self._report_lex_errors()
            if tok is not None:
                # Resynchronise instead of misreading what follows the bad characters.
                self._panic(tok)
                return self._next()
        if tok is None:
            return self._end_token()
        return tok

    def _end_token(self) -> Tok:
        n = len(self.source.text)
        line, col = self.source.position(n)
        return Tok.make(_END, "", n, line, col)

    def _report_lex_errors(self) -> None:
        for err in self.lexer.errors[self.reported_lex_errors :]:
            self._lexical_error(err)
        self.reported_lex_errors = len(self.lexer.errors)

    def _lexical_error(self, err: LexError) -> None:
        span = Span(
            self.path, err.start, err.start + 1, err.line, err.column, err.line, err.column + 1
        )
        if err.kind == "string":
            self.bag.error("P0103", "string literal is not closed on this line", span)
        elif err.kind == "comment":
            span = Span(
                self.path, err.start, err.start + 2, err.line, err.column, err.line, err.column + 2
            )
            self.bag.error("P0103", "block comment is never closed with '*/'", span)
        else:
            ch = err.text
            shown = ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
            hint = {
                "&": " (logical and is '&&')",
                "|": " (logical or is '||')",
                "'": " (strings use double quotes)",
            }.get(ch, "")
            self.bag.error("P0101", f"invalid character '{shown}' in P source{hint}", span)
        self.cooldown = _ERROR_COOLDOWN

    # -- the LR machine -------------------------------------------------------------------

    def _shift_or_reduce(self, tok: Tok) -> None:
        """Feed one token: reduce as needed, then shift it (raise _Reject if impossible)."""
        actions = self.g.actions
        gotos = self.g.gotos
        states = self.states
        values = self.values
        unit_memo = self.g.unit_memo
        tok_type = tok.type
        while True:
            act = actions[states[-1]].get(tok_type)
            if act is None:
                raise _Reject
            if type(act) is int:
                states.append(act)
                values.append(tok)
                return
            rule: _Rule = act  # type: ignore[assignment]
            callback = rule.callback
            if callback is None:
                # A unit rule (`?a: b`): the value stays, only the top state changes. Chains
                # of them (postfix -> unary -> ... -> expr) depend only on the state below,
                # the top state and the lookahead, so each chain is followed once.
                key = (states[-2], states[-1], tok_type)
                top = unit_memo.get(key)
                if top is None:
                    top = self._follow_units(states[-2], rule, tok_type)
                    unit_memo[key] = top
                states[-1] = top
                continue
            n = rule.length
            if n:
                children = values[-n:]
                del values[-n:]
                del states[-n:]
                if rule.splices:
                    children = _splice(children)
            else:
                children = []
            value = callback(children)
            if tok_type == _END and rule.origin == "start":
                values.append(value)
                return
            states.append(gotos[states[-1]][rule.origin])
            values.append(value)

    def _follow_units(self, below: int, rule: _Rule, tok_type: str) -> int:
        top = self.g.gotos[below][rule.origin]
        while True:
            act = self.g.actions[top].get(tok_type)
            if act is None or isinstance(act, int) or act.callback is not None:
                return top
            top = self.g.gotos[below][act.origin]

    def _shiftable(self, tok_type: str) -> bool:
        """Whether a `tok_type` token would be shifted, after the reductions it causes.

        LALR merges lookaheads, so a terminal in a state's row may only lead to reductions
        that end in a state rejecting it: a name may follow any expression (a test's
        `assume e name [...]`), yet `j = 0 if (...)` cannot read `if` as a name.
        """
        actions, gotos = self.g.actions, self.g.gotos
        stack = list(self.states)
        while True:
            act = actions[stack[-1]].get(tok_type)
            if act is None:
                return False
            if type(act) is int:
                return True
            rule: _Rule = act  # type: ignore[assignment]
            if rule.origin == "start":
                return True  # accepting at the end of the file
            if rule.length:
                del stack[-rule.length :]
            if not stack or rule.origin not in gotos[stack[-1]]:
                return False
            stack.append(gotos[stack[-1]][rule.origin])

    def _can_take(self, tok: Tok) -> bool:
        return tok.type in self.g.actions[self.states[-1]]

    def _contextualise(self, tok: Tok) -> Tok:
        """What lark's contextual lexer would have produced for this state."""
        acts = self.g.actions[self.states[-1]]
        if tok.type in acts:
            return tok
        if (
            tok.type in self.g.keyword_types
            and "IDEN" in acts
            and self.states[-1] not in self.g.statement_states
            and self._shiftable("IDEN")
        ):
            # A reserved word where only a name fits (`var data: int;`): read it as that name
            # and report P0107. At the start of a statement a keyword is far more likely a
            # misplaced construct (`do { } while`), so it stays a syntax error there.
            return tok.retyped("IDEN")
        if tok.type == "FLOAT" and "DOT" in acts and tok.value.startswith("."):
            # `t.0` / `t.0.1`: no float can start here, so this is a dot and an integer.
            self.lexer.restart(tok.start_pos + 1)
            return Tok.make("DOT", ".", tok.start_pos, tok.line, tok.column)
        if tok.type == "FLOAT" and "INT" in acts and not tok.value.startswith("."):
            digits = tok.value.split(".", 1)[0]
            self.lexer.restart(tok.start_pos + len(digits))
            return Tok.make("INT", digits, tok.start_pos, tok.line, tok.column)
        return tok

    # -- diagnostics --------------------------------------------------------------------

    def _describe(self, tok: Tok) -> str:
        if tok.type == _END:
            return "end of file"
        if tok.type == "IDEN":
            return f"name '{tok.value}'"
        if tok.type in ("INT", "FLOAT"):
            return f"number {tok.value}"
        if tok.type == "STRING":
            return "string literal"
        return f"'{tok.value}'"

    def _expected(self) -> str:
        # Only terminals the parser would really shift: LALR merges lookaheads, so a state's
        # row also lists terminals that merely reduce into a state rejecting them (a name or
        # `(N wise)` after any expression, from a test's `assume e (2 wise) name`).
        expected = {t for t in self.g.actions[self.states[-1]] if self._shiftable(t)}
        shown = {self.g.names.get(t, t) for t in expected}
        if "assert" in shown and "while" in shown:
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
        ordered = sorted(self._display(t) for t in expected if t != _END)
        if _END in expected:
            ordered.append("end of file")
        if not ordered:
            return "nothing more"
        if len(ordered) > 6:
            return "one of " + ", ".join(ordered[:6]) + ", ..."
        return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " or " + ordered[-1]

    def _display(self, terminal: str) -> str:
        special = {
            "IDEN": "a name",
            "INT": "an integer",
            "FLOAT": "a number",
            "STRING": "a string",
            "TWISE_LPAR": "'(N wise)'",
        }
        if terminal in special:
            return special[terminal]
        return f"'{self.g.names.get(terminal, terminal)}'"

    def _report(self, code: str, message: str, span: Span, *notes: Note) -> None:
        # After recovery resumed at a keyword on the line of the error (`fun f() machine
        # creates W;` resumes at `machine`), what still fails on that line is the same
        # mistake: the reference stops at its first syntax error, so pide reports one.
        if self.cooldown == 0 and span.line != self.resync_line:
            self.bag.error(code, message, span, *notes)
            self.retyped = None
        self.cooldown = _ERROR_COOLDOWN

    def _check_reserved(self, tok: Tok) -> None:
        """Reserved words the contextual rule let through as names (accepted tokens only)."""
        if tok.value not in RESERVED_WORDS:
            return
        span = _span_of(self.path, tok)
        if tok.value == "null":
            self.bag.error(
                "P0102", "the null event cannot be declared, deferred, ignored or named here", span
            )
        else:
            self.bag.error(
                "P0107", f"'{tok.value}' is a reserved word and cannot be used as a name", span
            )

    # -- the loop -----------------------------------------------------------------------

    def run(self) -> list[ast.Decl]:
        """The LR loop. Its common case (a token the current state takes as it is, no
        lexical error pending) is inlined here with everything in local variables; any
        other case goes through `_feed`, `_next` and the recovery methods."""
        g = self.g
        actions = g.actions
        gotos = g.gotos
        unit_memo = g.unit_memo
        states = self.states
        values = self.values
        pushback = self.pushback
        lexer = self.lexer
        lex_errors = lexer.errors
        reserved = RESERVED_WORDS
        splice = _splice
        tokens = lexer.tokens
        while True:
            if pushback:
                tok = pushback.pop()
            else:
                tok_or_none = next(tokens, None)
                if tok_or_none is None or len(lex_errors) != self.reported_lex_errors:
                    tok = self._after_lexer(tok_or_none)
                    tokens = lexer.tokens
                else:
                    tok = tok_or_none
            tok_type = tok.type
            if tok_type == _END:
                return self._finish(tok)
            act = actions[states[-1]].get(tok_type)
            if act is None:
                self._feed(tok)
                tokens = lexer.tokens
                continue
            # Reduce (building AST nodes) until `tok` can be shifted: see _shift_or_reduce.
            while type(act) is not int:
                rule: _Rule = act  # type: ignore[assignment]
                callback = rule.callback
                if callback is None:
                    key = (states[-2], states[-1], tok_type)
                    top = unit_memo.get(key)
                    if top is None:
                        top = self._follow_units(states[-2], rule, tok_type)
                        unit_memo[key] = top
                    states[-1] = top
                else:
                    n = rule.length
                    if n:
                        children = values[-n:]
                        del values[-n:]
                        del states[-n:]
                        if rule.splices:
                            children = splice(children)
                    else:
                        children = []
                    values.append(callback(children))
                    states.append(gotos[states[-1]][rule.origin])
                act = actions[states[-1]].get(tok_type)
                if act is None:
                    break
            if act is None:
                self._rejected(tok)
                tokens = lexer.tokens
                continue
            states.append(act)
            values.append(tok)
            if tok_type == "IDEN" and tok in reserved:
                self._check_reserved(tok)
            self.prev = tok
            if self.cooldown:
                self.cooldown -= 1

    def _finish(self, end: Tok) -> list[ast.Decl]:
        while True:
            try:
                self._shift_or_reduce(end)
                result: list[ast.Decl] = self.values[-1]
                return result
            except _Reject:
                self._report(
                    "P0102",
                    f"unexpected end of file: expected {self._expected()}",
                    _span_of(self.path, end),
                )
                if not self._resume_at(end, feed=False):
                    return []

    def _feed(self, raw: Tok) -> None:
        tok = raw if raw.type in self.g.actions[self.states[-1]] else self._contextualise(raw)
        if tok.type == "IDEN" and tok.value == "var" and self.states[-1] in self.g.statement_states:
            self._report(
                "P0102",
                "variable declarations must come at the start of a function body, "
                "before any statement",
                _span_of(self.path, tok),
            )
            self._panic(tok)
            return
        expected_here = self._expected() if tok is not raw else ""
        try:
            self._shift_or_reduce(tok)
        except _Reject:
            pass
        else:
            pending = self.retyped
            if tok.type == "IDEN" and not (
                tok is not raw
                and (tok.line == self.resync_line or (pending and pending[0].line == tok.line))
            ):
                # (a keyword read as a name right after recovery resumed on its line, or after
                # another such keyword on its line, is the rest of the same mistake)
                reported = len(self.bag)
                self._check_reserved(tok)
                if tok is not raw and len(self.bag) > reported:
                    self.retyped = (tok, reported, expected_here)
            self.prev = tok
            if self.cooldown:
                self.cooldown -= 1
            return
        self._rejected(tok)

    def _rejected(self, tok: Tok) -> None:
        """`tok` cannot be shifted (after whatever reductions it caused): repair or report."""
        retyped = self.retyped
        if retyped is not None and tok.line == retyped[0].line:
            # The line of a keyword read as a name fails further on: the keyword was no
            # misused name but a misplaced word (`var var x: int;`, `assert in s;`,
            # `x = default map[int, int];`). One error at the keyword replaces its P0107 and
            # the error this token would give.
            keyword, index, expected = retyped
            self.bag.items[index] = Diagnostic(
                "P0102",
                Severity.ERROR,
                f"unexpected '{keyword.value}': expected {expected}",
                _span_of(self.path, keyword),
                (),
            )
            self.retyped = None
            self.cooldown = _ERROR_COOLDOWN
            self._panic(tok)
            return
        if self._insert_semicolon(tok):
            return
        self._report(
            "P0102",
            f"unexpected {self._describe(tok)}: expected {self._expected()}",
            _span_of(self.path, tok),
        )
        self._panic(tok)

    def _insert_semicolon(self, tok: Tok) -> bool:
        """Repair a `;` missing at the end of a line (or right before a `}`)."""
        prev = self.prev
        if prev is None:
            return False
        if not (tok.line > prev.end_line or tok.value == "}"):
            return False
        if "SEMICOLON" not in self.g.actions[self.states[-1]]:
            return False
        saved_states, saved_values = list(self.states), list(self.values)
        semi = Tok.make("SEMICOLON", ";", prev.end_pos, prev.end_line, prev.end_column)
        try:
            self._shift_or_reduce(semi)
            self._shift_or_reduce(tok)
        except _Reject:
            self.states[:], self.values[:] = saved_states, saved_values
            return False
        # Reported at the token that shows the `;` is missing, as the reference's parser does
        # (its line is the one P reports); a note points where the `;` belongs.
        where = f"at the end of line {prev.end_line} " if tok.line > prev.end_line else ""
        self._report(
            "P0102",
            f"missing ';' {where}(before {self._describe(tok)})",
            _span_of(self.path, tok),
            Note("the ';' belongs here", _span_after(self.path, prev)),
        )
        self.prev = tok
        return True

    def _panic(self, tok: Tok) -> None:
        """Skip to a synchronising token, keeping braces balanced.

        `{`/`}` pairs met while skipping are skipped whole. A `}` that closes a block opened
        *before* the error either resumes parsing (when a state that accepts it lies below
        exactly the blocks already closed) or closes one more of those blocks.
        """
        self.closed_braces = 0
        depth = 0
        current = tok
        while True:
            value = current.value
            if current.type == _END:
                self._resume_at(current, feed=False)
                self.pushback.append(current)
                return
            if current.type == "LBRACE":
                depth += 1
            elif current.type == "RBRACE":
                if depth:
                    depth -= 1
                elif self._resume_at(current):
                    if current.line == tok.line:
                        self.resync_line = current.line
                    return
                else:
                    self.closed_braces += 1
            elif depth == 0 and value == ";" and current.type == "SEMICOLON":
                current = self._raw_next()
                if current.type != _END and current.type != "RBRACE" and self._resume_at(current):
                    return
                continue
            elif depth == 0 and value in _SYNC_KEEP_VALUES and self._resume_at(current):
                if current.line == tok.line:
                    self.resync_line = current.line
                return
            current = self._raw_next()

    def _raw_next(self) -> Tok:
        """The next token while skipping (lexical errors are reported, not resynchronised)."""
        if self.pushback:
            return self.pushback.pop()
        tok = self.lexer.next()
        if len(self.lexer.errors) > self.reported_lex_errors:
            self._report_lex_errors()
        if tok is None:
            return self._end_token()
        return tok

    def _resume_at(self, tok: Tok, feed: bool = True) -> bool:
        """Pop back to the innermost recovery state that accepts `tok`, then feed it.

        Only states below exactly `closed_braces` opening braces qualify, so the braces the
        parser had already seen stay matched with the ones in the text.
        """
        stack = self.states
        braces_popped = 0
        for depth in range(len(stack) - 1, -1, -1):
            if depth < len(self.values) and getattr(self.values[depth], "type", None) == "LBRACE":
                braces_popped += 1
            if braces_popped > self.closed_braces:
                break
            if braces_popped != self.closed_braces:
                continue
            state = stack[depth]
            if state not in self.g.recovery_states and depth != 0:
                continue
            if tok.type not in self.g.actions[state]:
                continue
            saved_states, saved_values = list(self.states), list(self.values)
            del self.states[depth + 1 :]
            del self.values[depth:]
            if not feed:
                return True
            try:
                self._shift_or_reduce(tok)
            except _Reject:
                self.states[:], self.values[:] = saved_states, saved_values
                continue
            self.prev = tok
            if self.cooldown:
                self.cooldown -= 1
            return True
        return False


def _splice(children: list[Any]) -> list[Any]:
    out: list[Any] = []
    for child in children:
        if type(child) is _Inline:
            out.extend(child)
        else:
            out.append(child)
    return out


def parse_source(source: SourceFile) -> tuple[ast.SourceUnit, list[Diagnostic]]:
    """Parse one file. Never raises for bad input: problems come back as diagnostics."""
    with _lock:
        grammar = _load_grammar()
        bag = DiagnosticBag()
        grammar.builder.path = source.path
        grammar.builder.diagnostics = bag
        with long_lived():  # the AST is acyclic and outlives the parse: see gcpause
            decls = _Driver(grammar, source, bag).run()
            unit = ast.SourceUnit(source.path, tuple(d for d in decls if d is not None))
        return unit, bag.sorted()


def parse_text(text: str, path: str = "<input>") -> tuple[ast.SourceUnit, list[Diagnostic]]:
    return parse_source(SourceFile(path, text))
