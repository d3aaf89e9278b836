"""The parser's LALR(1) tables: built by lark from `p.lark`, cached on disk as plain data.

lark computes the automaton; `parser.py` drives it with its own loop and needs only the
tables. Importing lark and loading its cache cost about 60 ms of every cold start, more
than parsing a project, so the tables are kept in a `marshal` file of dicts, ints and
strings that loads in about a millisecond, and lark is imported only to build them: once
per grammar text (the file name carries a checksum of `p.lark` and the file holds the text
it was built from, so editing the grammar builds afresh). Rules keep their names, not callbacks: the parser binds them to the `AstBuilder`
at load time, so adding a builder method never needs a rebuild.
"""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from pide.core import usercache

# Bump when the layout of the cached data changes.
FORMAT = 1
END = "$END"


class RuleSpec(NamedTuple):
    """One grammar rule, as the parser's reductions need it."""

    name: str  # the `-> alias`, or the rule's own name (a `_x` helper rule is inlined)
    origin: str  # the rule's nonterminal
    length: int  # symbols popped by the reduction
    expand1: bool  # a `?rule` without alias: one child passes through unchanged
    unit: bool  # exactly one symbol and expand1: the reduction keeps its child
    splices: bool  # some child may be an inlined helper's list


class Tables(NamedTuple):
    """An action is a shift (the target state, >= 0) or a reduction (`~index` into `rules`)."""

    rules: list[RuleSpec]
    actions: dict[int, dict[str, int]]  # state -> terminal -> action
    gotos: dict[int, dict[str, int]]  # state -> nonterminal -> state
    start: int
    names: dict[str, str]  # terminal name -> the text a user would type


def grammar_text() -> str:
    try:  # beside this module in every install; importlib.resources costs a cold start more
        return Path(__file__).with_name("p.lark").read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        files = resources.files("pide.core.syntax")
        return files.joinpath("p.lark").read_text(encoding="utf-8")


def load_tables(text: str | None = None, directory: Path | None = None) -> Tables:
    """The tables for `text` (default: `p.lark`), from the cache in `directory` (default:
    `pide.core.usercache`) when it holds them, else built with lark and written there."""
    text = grammar_text() if text is None else text
    directory = usercache.cache_dir() if directory is None else directory
    # The name tells grammars apart cheaply (hashlib would cost more than the load); the
    # file holds the grammar text too, and a cache for another text is never used.
    key = f"{zlib.crc32(text.encode()):08x}-{len(text)}"
    path = directory / f"p-tables-{FORMAT}-{key}.marshal" if directory is not None else None
    data = usercache.read_bytes(path) if path is not None else None
    if data is not None:
        try:
            return _decode(marshal.loads(data), text)
        except (EOFError, ValueError, TypeError, KeyError, IndexError):
            pass  # damaged, or another grammar's: build it
    tables = build_tables(text)
    if path is not None:
        usercache.write_atomically(path, marshal.dumps(_encode(tables, text)))
        _forget_other_grammars(path)
    return tables


def _forget_other_grammars(kept: Path) -> None:
    """Remove the tables of other grammar texts (a grammar being edited leaves one per
    version) and lark's own cache, which older pides kept."""
    stale = [*kept.parent.glob("p-tables-*.marshal"), kept.parent / "p-grammar.lark-cache"]
    for path in stale:
        if path != kept:
            path.unlink(missing_ok=True)


def build_tables(text: str) -> Tables:
    """Run lark's LALR(1) construction on `text` and keep what the parser needs."""
    from lark import Lark

    lark = Lark(text, parser="lalr", lexer="contextual", keep_all_tokens=True)
    table = lark.parser.parser.parser.parse_table
    terminals = {t.name for t in lark.terminals} | {END}
    rules: list[RuleSpec] = []
    index: dict[int, int] = {}
    actions: dict[int, dict[str, int]] = {}
    gotos: dict[int, dict[str, int]] = {}
    for state, row in table.states.items():
        acts: dict[str, int] = {}
        gos: dict[str, int] = {}
        for symbol, (action, arg) in row.items():
            # str() and int(): lark hands out str subclasses, which marshal refuses.
            if symbol not in terminals:
                gos[str(symbol)] = int(arg)
            elif action.name == "Shift":
                acts[str(symbol)] = int(arg)
            else:
                if id(arg) not in index:
                    index[id(arg)] = len(rules)
                    rules.append(_rule_spec(arg))
                acts[str(symbol)] = ~index[id(arg)]
        actions[int(state)] = acts
        gotos[int(state)] = gos
    names = {str(t.name): str(t.pattern.value) for t in lark.terminals}
    return Tables(rules, actions, gotos, int(table.start_states["start"]), names)


def _rule_spec(rule: Any) -> RuleSpec:
    expand1 = bool(rule.options.expand1 and not rule.alias)
    return RuleSpec(
        name=str(rule.alias or rule.origin.name),
        origin=str(rule.origin.name),
        length=len(rule.expansion),
        expand1=expand1,
        unit=expand1 and len(rule.expansion) == 1,
        splices=any(s.name.startswith("_") for s in rule.expansion),
    )


def _encode(tables: Tables, text: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "grammar": text,
        "rules": [tuple(r) for r in tables.rules],
        "actions": tables.actions,
        "gotos": tables.gotos,
        "start": tables.start,
        "names": tables.names,
    }


def _decode(data: dict[str, Any], text: str) -> Tables:
    if data["format"] != FORMAT or data["grammar"] != text:
        raise ValueError("another cache format or grammar")
    rules = [RuleSpec(*r) for r in data["rules"]]
    return Tables(rules, data["actions"], data["gotos"], data["start"], data["names"])
