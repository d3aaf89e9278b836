"""The Pygments lexer for P: token types, lexer selection, robustness on any input."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pide.core.syntax.highlight import RESERVED_WORDS, TOKEN_TYPES, PLexer
from pygments.lexers import (
    get_lexer_by_name,
    get_lexer_for_filename,
    get_lexer_for_mimetype,
    guess_lexer_for_filename,
)
from pygments.lexers.pawn import PawnLexer
from pygments.plugin import find_plugin_lexers
from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Whitespace,
)

Str = String.Double


def lex(code: str) -> list[tuple[object, str]]:
    """Non-blank tokens of `code` as (token type, text)."""
    return [(t, v) for _, t, v in PLexer().get_tokens_unprocessed(code) if v.strip()]


CASES = [
    ("line-comment", "x // note", [(Name, "x"), (Comment.Single, "// note")]),
    (
        "block-comment-does-not-nest",
        "/* a /* b */ c */",
        [(Comment.Multiline, "/* a /* b */"), (Name, "c"), (Operator, "*"), (Operator, "/")],
    ),
    (
        "unclosed-block-comment",
        "x /* never\nclosed",
        [(Name, "x"), (Comment.Multiline, "/* never\nclosed")],
    ),
    (
        "event-declaration",
        "event eReq: (id: int);",
        [
            (Keyword.Declaration, "event"),
            (Name.Constant, "eReq"),
            (Punctuation, ":"),
            (Punctuation, "("),
            (Name, "id"),
            (Punctuation, ":"),
            (Keyword.Type, "int"),
            (Punctuation, ")"),
            (Punctuation, ";"),
        ],
    ),
    (
        "event-as-type",
        "var e: event;",
        [
            (Keyword.Declaration, "var"),
            (Name.Variable, "e"),
            (Punctuation, ":"),
            (Keyword.Type, "event"),
            (Punctuation, ";"),
        ],
    ),
    (
        "machine-declaration-and-type",
        "machine Server receives eReq; { var peer, other: machine; }",
        [
            (Keyword.Declaration, "machine"),
            (Name.Class, "Server"),
            (Keyword.Namespace, "receives"),
            (Name, "eReq"),
            (Punctuation, ";"),
            (Punctuation, "{"),
            (Keyword.Declaration, "var"),
            (Name.Variable, "peer"),
            (Punctuation, ","),
            (Name.Variable, "other"),
            (Punctuation, ":"),
            (Keyword.Type, "machine"),
            (Punctuation, ";"),
            (Punctuation, "}"),
        ],
    ),
    (
        "machine-before-keyword-is-a-type",
        "x as machine in s",
        [
            (Name, "x"),
            (Operator.Word, "as"),
            (Keyword.Type, "machine"),
            (Operator.Word, "in"),
            (Name, "s"),
        ],
    ),
    (
        "spec-and-states",
        "spec Safe observes e { start hot state Init { on e goto Done; } }",
        [
            (Keyword.Declaration, "spec"),
            (Name.Class, "Safe"),
            (Keyword.Declaration, "observes"),
            (Name, "e"),
            (Punctuation, "{"),
            (Keyword.Declaration, "start"),
            (Keyword.Declaration, "hot"),
            (Keyword.Declaration, "state"),
            (Name.Label, "Init"),
            (Punctuation, "{"),
            (Keyword, "on"),
            (Name, "e"),
            (Keyword, "goto"),
            (Name.Label, "Done"),
            (Punctuation, ";"),
            (Punctuation, "}"),
            (Punctuation, "}"),
        ],
    ),
    (
        "function-and-builtins",
        "fun F(): int { return sizeof(keys(m)) + choose(3); }",
        [
            (Keyword.Declaration, "fun"),
            (Name.Function, "F"),
            (Punctuation, "("),
            (Punctuation, ")"),
            (Punctuation, ":"),
            (Keyword.Type, "int"),
            (Punctuation, "{"),
            (Keyword, "return"),
            (Name.Builtin, "sizeof"),
            (Punctuation, "("),
            (Name.Builtin, "keys"),
            (Punctuation, "("),
            (Name, "m"),
            (Punctuation, ")"),
            (Punctuation, ")"),
            (Operator, "+"),
            (Name.Builtin, "choose"),
            (Punctuation, "("),
            (Number.Integer, "3"),
            (Punctuation, ")"),
            (Punctuation, ";"),
            (Punctuation, "}"),
        ],
    ),
    (
        "module-system",
        "test tc [main=D]: assert S in (union A, B);",
        [
            (Keyword.Namespace, "test"),
            (Name.Namespace, "tc"),
            (Punctuation, "["),
            (Keyword.Namespace, "main"),
            (Operator, "="),
            (Name, "D"),
            (Punctuation, "]"),
            (Punctuation, ":"),
            (Keyword, "assert"),
            (Name, "S"),
            (Operator.Word, "in"),
            (Punctuation, "("),
            (Keyword.Namespace, "union"),
            (Name, "A"),
            (Punctuation, ","),
            (Name, "B"),
            (Punctuation, ")"),
            (Punctuation, ";"),
        ],
    ),
    (
        "literals",
        "true false null this",
        [
            (Keyword.Constant, "true"),
            (Keyword.Constant, "false"),
            (Keyword.Constant, "null"),
            (Name.Builtin.Pseudo, "this"),
        ],
    ),
    (
        "keywords-are-case-sensitive",
        "True Proof proof",
        [(Name, "True"), (Keyword.Reserved, "Proof"), (Name, "proof")],
    ),
    (
        "verifier-words",
        "invariant init-condition init - condition",
        [
            (Keyword.Reserved, "invariant"),
            (Keyword.Reserved, "init-condition"),
            (Name, "init"),
            (Operator, "-"),
            (Name, "condition"),
        ],
    ),
    (
        "fair-vs-plain-choice",
        "$$ $ $$$",
        [
            (Keyword.Pseudo, "$$"),
            (Keyword.Pseudo, "$"),
            (Keyword.Pseudo, "$$"),
            (Keyword.Pseudo, "$"),
        ],
    ),
    (
        "floats",
        "3.25 .5 007",
        [(Number.Float, "3.25"), (Number.Float, ".5"), (Number.Integer, "007")],
    ),
    ("five-dot-is-not-a-float", "5.", [(Number.Integer, "5"), (Punctuation, ".")]),
    (
        "tuple-index-is-not-a-float",
        "t.0.1 + f().2",
        [
            (Name, "t"),
            (Punctuation, "."),
            (Number.Integer, "0"),
            (Punctuation, "."),
            (Number.Integer, "1"),
            (Operator, "+"),
            (Name, "f"),
            (Punctuation, "("),
            (Punctuation, ")"),
            (Punctuation, "."),
            (Number.Integer, "2"),
        ],
    ),
    (
        "operators-longest-match",
        "a <==> b ==> c == d != e <= f >= g && h || i -> j += k -= l % !m",
        [
            (Name, "a"),
            (Operator, "<==>"),
            (Name, "b"),
            (Operator, "==>"),
            (Name, "c"),
            (Operator, "=="),
            (Name, "d"),
            (Operator, "!="),
            (Name, "e"),
            (Operator, "<="),
            (Name, "f"),
            (Operator, ">="),
            (Name, "g"),
            (Operator, "&&"),
            (Name, "h"),
            (Operator, "||"),
            (Name, "i"),
            (Operator, "->"),
            (Name, "j"),
            (Operator, "+="),
            (Name, "k"),
            (Operator, "-="),
            (Name, "l"),
            (Operator, "%"),
            (Operator, "!"),
            (Name, "m"),
        ],
    ),
    (
        "string-escapes-and-placeholders",
        r'"a\"b {0}{{x}} {12}\n"',
        [
            (Str, '"'),
            (Str, "a"),
            (String.Escape, r"\""),
            (Str, "b "),
            (String.Interpol, "{0}"),
            (String.Escape, "{{"),
            (Str, "x"),
            (String.Escape, "}}"),
            (String.Interpol, "{12}"),
            (String.Escape, r"\n"),
            (Str, '"'),
        ],
    ),
    (
        "bad-braces-in-string",
        '"{x} }"',
        [(Str, '"'), (Error, "{"), (Str, "x"), (Error, "}"), (Error, "}"), (Str, '"')],
    ),
    (
        "unterminated-string-stops-at-line-end",
        '"open {0}\nx',
        [(Error, '"'), (Str, "open "), (String.Interpol, "{0}"), (Name, "x")],
    ),
    (
        "error-characters",
        "a @ b # c & d | e é ' ^ ~ ?",
        [
            (Name, "a"),
            (Error, "@"),
            (Name, "b"),
            (Error, "#"),
            (Name, "c"),
            (Error, "&"),
            (Name, "d"),
            (Error, "|"),
            (Name, "e"),
            (Error, "é"),
            (Error, "'"),
            (Error, "^"),
            (Error, "~"),
            (Error, "?"),
        ],
    ),
    (
        "non-ascii-letter-ends-identifier",
        "abcé1",
        [(Name, "abc"), (Error, "é"), (Number.Integer, "1")],
    ),
]


@pytest.mark.parametrize(("code", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tokens(code: str, expected: list[tuple[object, str]]) -> None:
    assert lex(code) == expected


def test_whitespace_is_whitespace() -> None:
    tokens = list(PLexer().get_tokens_unprocessed("a \t\r\n\fb"))
    assert tokens[1] == (1, Whitespace, " \t\r\n\f")


REFERENCE_TEXT = """any bool enum event eventset float int machine interface map set string seq data
    announce as assert break case cold continue default defer do else entry exit foreach format
    fun goto halt if ignore in keys new observes on print raise receive return scenario send
    sizeof spec start state this type values var param pairwise wise while with choose
    module implementation test paramtest refines compose union hidee hidei rename safe main
    receives sends creates to true false null invariant axiom is inflight targets sent Proof
    prove using Lemma Theorem except requires ensures forall exists init-condition pure assume
    """
# Section 1.3 omits `hot`, which the state grammar (2.3) uses next to `cold`.
REFERENCE_WORDS = set(REFERENCE_TEXT.split()) | {"hot"}


def test_reserved_words_match_reference_section_1_3() -> None:
    assert RESERVED_WORDS == REFERENCE_WORDS


@pytest.mark.parametrize("word", sorted(REFERENCE_WORDS))
def test_every_reserved_word_is_a_keyword_not_a_name(word: str) -> None:
    [(token, text)] = lex(word)
    assert text == word
    assert token is not Name
    assert token in TOKEN_TYPES.values()


P_CODE = """
event eStart: int;
machine Main {
  start state Init {
    entry { send this, eStart, 1; }
    on eStart do (x: int) { assert x > 0, "bad {0}", x; }
  }
}
"""


@pytest.mark.parametrize(
    "pick",
    [
        lambda: get_lexer_for_filename("model.p"),
        lambda: get_lexer_for_filename("dir/model.p", P_CODE),
        lambda: guess_lexer_for_filename("x.p", P_CODE),
        lambda: guess_lexer_for_filename("x.p", "not obviously anything"),
        lambda: get_lexer_by_name("p"),
        lambda: get_lexer_by_name("plang"),
        lambda: get_lexer_for_mimetype("text/x-p"),
    ],
)
def test_lexer_selection_prefers_p_over_pawn(pick: Callable[[], object]) -> None:
    assert isinstance(pick(), PLexer)


def test_competitors_and_entry_point() -> None:
    assert "*.p" in PawnLexer.filenames  # otherwise the selection test proves nothing
    assert PLexer in list(find_plugin_lexers())


def test_analyse_text() -> None:
    assert PLexer.analyse_text(P_CODE) == 1.0
    assert PLexer.analyse_text("int main() { return 0; }") == 0.0


def assert_round_trip(text: str) -> None:
    tokens = list(PLexer().get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in tokens) == text
    assert all(t in TOKEN_TYPES.values() for _, t, _ in tokens)


def test_every_byte_and_random_garbage_never_raise() -> None:
    assert_round_trip("".join(map(chr, range(256))))
    rng = random.Random(20240601)
    alphabet = [chr(c) for c in range(256)] + list('"{}\\/*$.0123456789') * 8
    for _ in range(200):
        assert_round_trip("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 200))))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    assert_round_trip(text)
