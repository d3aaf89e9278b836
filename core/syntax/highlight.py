"""A Pygments lexer for P (`PLexer`), shared by the editor, the exporters and `pygmentize`.

The lexer follows reference section 1 and never fails: any character that is not part of a
P token comes out as `Error`, so the editor can underline it while the user types. It is a
highlighter, not the compiler's lexer: it works on raw text without a parse, so it tells
declarations from uses by what follows a word (`machine Foo` declares, `x: machine` is a
type) and `t.0` from `.5` by what precedes the dot.

Token types are chosen in one place, `TOKEN_TYPES`, keyed by lexical category; the editor's
theme and the HTML/ANSI exporters style these token types and nothing else.

It is registered through the `pygments.lexers` entry point (`pyproject.toml`). Pygments'
built-in Pawn and OpenEdge lexers also claim `*.p`; a higher `priority` wins
`get_lexer_for_filename` and `guess_lexer_for_filename` when the text is not decisive, and
`analyse_text` scores P's characteristic declarations when it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from pygments.lexer import RegexLexer, default
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
    _TokenType,
)

TOKEN_TYPES: Final[dict[str, _TokenType]] = {
    "whitespace": Whitespace,  # space, tab, CR, LF, form feed
    "line-comment": Comment.Single,  # // ...
    "block-comment": Comment.Multiline,  # /* ... */ (an unclosed one runs to the end)
    "string": String.Double,  # "..."
    "string-escape": String.Escape,  # \n \" \\ and the doubled braces {{ }}
    "placeholder": String.Interpol,  # {0} inside a string
    "integer": Number.Integer,  # 42, and tuple indices as in t.0
    "float": Number.Float,  # 3.25 .5
    "literal-word": Keyword.Constant,  # true false null
    "declaration-word": Keyword.Declaration,  # fun var state start ... (DECLARATION_WORDS)
    "type-word": Keyword.Type,  # int seq ..., and machine/interface/event used as types
    "statement-word": Keyword,  # if while send goto entry on ... (STATEMENT_WORDS)
    "module-word": Keyword.Namespace,  # module test union compose ... (MODULE_WORDS)
    "verifier-word": Keyword.Reserved,  # PVerifier-only words (VERIFIER_WORDS)
    "operator-word": Operator.Word,  # as to in
    "builtin": Name.Builtin,  # keys values sizeof choose format default halt
    "this": Name.Builtin.Pseudo,  # this
    "nondeterminism": Keyword.Pseudo,  # $ $$
    "operator": Operator,  # == != <= && || ==> <==> -> = += -= + - * / % ! < >
    "punctuation": Punctuation,  # { } [ ] ( ) ; , . :
    "type-name": Name.Class,  # the name after machine spec scenario interface type enum
    "event-name": Name.Constant,  # the name after event, eventset
    "state-name": Name.Label,  # the name after state, goto
    "function-name": Name.Function,  # the name after fun
    "module-name": Name.Namespace,  # the name after module, test, implementation
    "variable-name": Name.Variable,  # the names after var, param
    "identifier": Name,  # any other name
    "error": Error,  # a character that starts no P token, an unclosed string's quote
}
"""The token type of every lexical category the lexer distinguishes."""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


DECLARATION_WORDS: Final = _words(
    "cold enum eventset fun hot observes param scenario spec start state type var"
)
DUAL_WORDS: Final = ("event", "interface", "machine")
"""Declaration words when a name follows (`event e;`), type words otherwise (`x: event`)."""
TYPE_WORDS: Final = _words("any bool data float int map seq set string")
LITERAL_WORDS: Final = ("true", "false", "null")
STATEMENT_WORDS: Final = _words(
    "announce assert break case continue defer do else entry exit foreach goto if ignore new"
    " on pairwise print raise receive return send while wise with"
)
BUILTIN_WORDS: Final = _words("choose default format halt keys sizeof values")
OPERATOR_WORDS: Final = ("as", "in", "to")
MODULE_WORDS: Final = _words(
    "assume compose creates hidee hidei implementation main module paramtest receives"
    " refines rename safe sends test union"
)
"""Module-system words; `assume` is here because checker mode only uses it in `test`."""
VERIFIER_WORDS: Final = _words(
    "Lemma Proof Theorem axiom ensures except exists forall inflight init-condition"
    " invariant is prove pure requires sent targets using"
)

_WORD_TOKENS: Final[dict[str, _TokenType]] = {
    **{w: TOKEN_TYPES["declaration-word"] for w in DECLARATION_WORDS},
    **{w: TOKEN_TYPES["type-word"] for w in (*TYPE_WORDS, *DUAL_WORDS)},
    **{w: TOKEN_TYPES["literal-word"] for w in LITERAL_WORDS},
    **{w: TOKEN_TYPES["statement-word"] for w in STATEMENT_WORDS},
    **{w: TOKEN_TYPES["builtin"] for w in BUILTIN_WORDS},
    **{w: TOKEN_TYPES["operator-word"] for w in OPERATOR_WORDS},
    **{w: TOKEN_TYPES["module-word"] for w in MODULE_WORDS},
    **{w: TOKEN_TYPES["verifier-word"] for w in VERIFIER_WORDS},
    "this": TOKEN_TYPES["this"],
}
RESERVED_WORDS: Final = frozenset(_WORD_TOKENS)

_END = r"(?![A-Za-z0-9_])"
_WS = r"[ \t\r\n\f]"
_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_RESERVED = "|".join(sorted(map(re.escape, RESERVED_WORDS), key=len, reverse=True))
_NAME = rf"(?!(?:{_RESERVED}){_END}){_IDENT}"
"""An identifier that is not a reserved word."""
_NAME_FOLLOWS = rf"(?={_WS}+{_NAME})"
_DECLARATION = TOKEN_TYPES["declaration-word"]


def _keyword(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")" + _END


def _name_state(token: _TokenType, *, several: bool = False) -> list[Any]:
    """The state after a declaring word: blanks and comments, then maybe the name(s)."""
    rules: list[Any] = [
        (rf"{_WS}+", TOKEN_TYPES["whitespace"]),
        (r"//[^\n]*", TOKEN_TYPES["line-comment"]),
        (r"/\*[\s\S]*?\*/", TOKEN_TYPES["block-comment"]),
    ]
    if several:
        rules += [(",", TOKEN_TYPES["punctuation"]), (_NAME, token)]
    else:
        rules.append((_NAME, token, "#pop"))
    return [*rules, default("#pop")]


def _identifier(_lexer: object, match: re.Match[str]) -> Iterator[tuple[int, _TokenType, str]]:
    word = match.group()
    yield match.start(), _WORD_TOKENS.get(word, TOKEN_TYPES["identifier"]), word


_STRING_BODY: Final = [
    (r"\\.", TOKEN_TYPES["string-escape"]),
    (r"\{\{|\}\}", TOKEN_TYPES["string-escape"]),
    (r"\{[0-9]+\}", TOKEN_TYPES["placeholder"]),
    (r"[{}]", TOKEN_TYPES["error"]),
    (r'[^"\\{}\n]+', TOKEN_TYPES["string"]),
]

_P_MARKERS: Final = (
    (re.compile(r"^[ \t]*machine[ \t]+\w+\s*(?:\{|receives\b|sends\b)", re.MULTILINE), 0.5),
    (re.compile(r"\bstart[ \t]+(?:(?:hot|cold)[ \t]+)?state[ \t]+\w+\s*\{"), 0.4),
    (re.compile(r"^[ \t]*event[ \t]+\w+[ \t]*(?::[^;\n]*)?;", re.MULTILINE), 0.3),
    (re.compile(r"\b(?:spec|scenario)[ \t]+\w+[ \t]+observes\b"), 0.4),
    (re.compile(r"\btest[ \t]+\w+[ \t]*\[[ \t]*main[ \t]*="), 0.4),
    (re.compile(r"\bon[ \t]+\w+(?:[ \t]*,[ \t]*\w+)*[ \t]+(?:do|goto)\b"), 0.2),
)


class PLexer(RegexLexer):  # type: ignore[misc, unused-ignore]
    """Lexer for P, the language of communicating state machines (reference section 1)."""

    name = "P"
    aliases = ["p", "plang"]
    filenames = ["*.p"]
    mimetypes = ["text/x-p"]
    url = "https://p-org.github.io/P/"
    priority = 0.5
    flags = re.MULTILINE | re.ASCII

    tokens = {
        "root": [
            (rf"{_WS}+", TOKEN_TYPES["whitespace"]),
            (r"//[^\n]*", TOKEN_TYPES["line-comment"]),
            (r"/\*[\s\S]*?\*/", TOKEN_TYPES["block-comment"]),
            (r"/\*[\s\S]*", TOKEN_TYPES["block-comment"]),
            (r'"(?=(?:[^"\\\n]|\\.)*")', TOKEN_TYPES["string"], "string"),
            (r'"', TOKEN_TYPES["error"], "open-string"),
            (r"(?<![.])[0-9]+\.[0-9]+", TOKEN_TYPES["float"]),
            (r"(?<![A-Za-z0-9_)\]])\.[0-9]+", TOKEN_TYPES["float"]),
            (r"[0-9]+", TOKEN_TYPES["integer"]),
            (r"\$\$?", TOKEN_TYPES["nondeterminism"]),
            (r"init-condition" + _END, TOKEN_TYPES["verifier-word"]),
            (_keyword(("machine", "interface")) + _NAME_FOLLOWS, _DECLARATION, "type-name"),
            (_keyword(("spec", "scenario", "type", "enum")), _DECLARATION, "type-name"),
            (r"event" + _END + _NAME_FOLLOWS, _DECLARATION, "event-name"),
            (_keyword(("eventset",)), _DECLARATION, "event-name"),
            (_keyword(("state",)), _DECLARATION, "state-name"),
            (_keyword(("goto",)), TOKEN_TYPES["statement-word"], "state-name"),
            (_keyword(("fun",)), _DECLARATION, "function-name"),
            (
                _keyword(("module", "test", "implementation")),
                TOKEN_TYPES["module-word"],
                "module-name",
            ),
            (_keyword(("var", "param")), _DECLARATION, "variable-names"),
            (_IDENT, _identifier),
            (r"<==>|==>|==|!=|<=|>=|&&|\|\||->|\+=|-=|[<>=+\-*/%!]", TOKEN_TYPES["operator"]),
            (r"[{}\[\]();,.:]", TOKEN_TYPES["punctuation"]),
            (r"[\s\S]", TOKEN_TYPES["error"]),
        ],
        "string": [(r'"', TOKEN_TYPES["string"], "#pop"), *_STRING_BODY],
        "open-string": [*_STRING_BODY, default("#pop")],
        "type-name": _name_state(TOKEN_TYPES["type-name"]),
        "event-name": _name_state(TOKEN_TYPES["event-name"]),
        "state-name": _name_state(TOKEN_TYPES["state-name"]),
        "function-name": _name_state(TOKEN_TYPES["function-name"]),
        "module-name": _name_state(TOKEN_TYPES["module-name"]),
        "variable-names": _name_state(TOKEN_TYPES["variable-name"], several=True),
    }

    @staticmethod
    def analyse_text(text: str) -> float:
        """How P-like `text` looks: 0.0 to 1.0 from P's characteristic declarations."""
        return min(1.0, sum(score for marker, score in _P_MARKERS if marker.search(text)))
