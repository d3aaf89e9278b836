"""No input makes the front end raise: mutated and truncated models give diagnostics only.

Seeds are the examples and the corpus; hypothesis truncates them, deletes/duplicates/swaps
slices, and splices in P tokens and stray characters. 2,000+ inputs run in CI.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pide.core.api import compile_sources
from pide.core.source import SourceFile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(
    p.read_text(encoding="utf-8")
    for folder in (ROOT / "examples", ROOT / "tests" / "corpus")
    for p in folder.rglob("*.p")
)
SNIPPETS = [
    "{", "}", "(", ")", ";", ",", ".", "=", "==", "+=", "-=", "$", "$$", "machine", "state",
    "start", "hot", "cold", "on", "goto", "with", "do", "defer", "ignore", "entry", "exit",
    "receive", "case", "send", "raise", "new", "halt", "null", "this", "var", "fun", "event",
    "int", "seq[", "map[", "set[", "test", "module", "union", "assert", "in", "as", "to",
    '"{0}"', '"', "/*", "*/", "//", "?", "@", "&", "|", "\x00", "é", "1.5", ".5", "5.",
    "2147483648", "forall", "is", "init-condition", "Proof",
]  # fmt: skip


@st.composite
def mutated_model(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 40)))
        op = draw(st.sampled_from(["truncate", "delete", "duplicate", "insert", "swap"]))
        if op == "truncate":
            text = text[:i]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(SNIPPETS)) + text[i:]
        else:
            k = draw(st.integers(0, len(text)))
            a, b = sorted((i, k))
            text = text[:a] + text[b:j] + text[a:b] + text[j:] if j > b else text
    return text


@settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_model())
def test_front_end_never_raises(text: str) -> None:
    result = compile_sources([SourceFile("fuzz.p", text)])
    for d in result.diagnostics:
        assert d.span.line >= 0 and d.code.startswith("P")
