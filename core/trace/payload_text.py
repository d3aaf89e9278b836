"""Parse trace payload text (P's escaped form, trace formats 2.3) back into runtime values.

P's trace files store payloads only as text, and that text is ambiguous: an integral float
prints like an int, an empty collection as `()`, and inside unnamed tuples strings lose their
quotes. The reader therefore makes the most likely choice (ints, seqs, strings for bare words
inside tuples, events for bare words elsewhere) and keeps any text it cannot parse as a
`RawPayload`, which prints back verbatim. Writing a parsed payload again gives the same text
except where the input itself was ambiguous.
"""

from __future__ import annotations

import re
from typing import Any

from pide.core.runtime.values import MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet
from pide.core.trace.events import RawPayload

_NUMBER = re.compile(r"-?(?:Infinity|\d+(?:\.\d+)?(?:E[+-]\d+)?)|NaN")
_MACHINE = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)\((\d+)\)")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):")


def _ordinal_key(text: str) -> bytes:
    # .NET's ordinal comparison, as `printing` sorts the plain form.
    return text.encode("utf-16-be", "surrogatepass")


class _Mismatch(Exception):
    """The text does not have the shape being tried."""


def parse_payload(text: str) -> Any:
    """The value a payload text most likely denotes, or `RawPayload(text)`."""
    parser = _Parser(text)
    try:
        value = parser.value(plain=False, stops=())
    except _Mismatch:
        return RawPayload(text)
    return value if parser.pos == len(text) else RawPayload(text)


def event_from_p_name(name: str) -> str:
    """Internal event name of a name P's output uses (`PHalt`, `DefaultEvent`, qualified)."""
    name = name.removeprefix("PImplementation.").removeprefix("PChecker.Runtime.Events.")
    return {"PHalt": "halt", "DefaultEvent": "null"}.get(name, name)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def _startswith(self, token: str) -> bool:
        return self.text.startswith(token, self.pos)

    def _expect(self, token: str) -> None:
        if not self._startswith(token):
            raise _Mismatch
        self.pos += len(token)

    def _at_stop(self, stops: tuple[str, ...]) -> bool:
        return not stops or any(self._startswith(s) for s in stops) or self.pos == len(self.text)

    def value(self, *, plain: bool, stops: tuple[str, ...]) -> Any:
        """One value; in `plain` mode (inside unnamed tuples) strings are bare and end at
        the first of `stops`."""
        start = self.pos
        try:
            result = self._structured(plain=plain, stops=stops)
            if self._at_stop(stops):
                return result
        except _Mismatch:
            if not plain:
                raise
        if not plain:
            raise _Mismatch
        self.pos = start
        return self._bare_text(stops)

    def _bare_text(self, stops: tuple[str, ...]) -> str | None:
        ends = [i for i in (self.text.find(s, self.pos) for s in stops) if i != -1]
        end = min(ends, default=len(self.text))
        text = self.text[self.pos : end]
        self.pos = end
        return text or None

    def _structured(self, *, plain: bool, stops: tuple[str, ...]) -> Any:
        char = self.text[self.pos : self.pos + 1]
        if char == "(":
            return self._collection(plain=plain)
        if char == "<":
            return self._tuple(plain=plain)
        if char == '"' and not plain:
            return self._string()
        return self._scalar(plain=plain)

    def _scalar(self, *, plain: bool) -> Any:
        for regex in (_MACHINE, _NUMBER, _IDENT):
            match = regex.match(self.text, self.pos)
            if match is None:
                continue
            self.pos = match.end()
            word = match.group(0)
            if regex is _MACHINE:
                return MachineRef(int(match.group(2)), match.group(1), None)
            if regex is _NUMBER:
                is_int = word.lstrip("-").isdigit()
                return int(word) if is_int else float(word.replace("Infinity", "inf"))
            if word in ("True", "False"):
                return word == "True"
            if word == "null" and not plain:
                return None
            return word if plain else PEvent(event_from_p_name(word))
        raise _Mismatch

    def _string(self) -> str:
        self._expect('"')
        parts: list[str] = []
        while True:
            end = self.text.find('"', self.pos)
            if end == -1:
                raise _Mismatch
            if end > 0 and self.text[end - 1] == "\\":
                parts.append(self.text[self.pos : end - 1] + '"')
                self.pos = end + 1
                continue
            parts.append(self.text[self.pos : end])
            self.pos = end + 1
            return "".join(parts)

    def _collection(self, *, plain: bool) -> Any:
        self._expect("(")
        if self._startswith(")"):
            self.pos += 1
            return PSeq()
        start = self.pos
        try:
            return self._set_or_map(plain=plain)
        except _Mismatch:
            self.pos = start
        items = [self.value(plain=plain, stops=(", ", ")"))]
        while self._startswith(", "):
            self.pos += 2
            items.append(self.value(plain=plain, stops=(", ", ")")))
        self._expect(")")
        return PSeq(items)

    def _set_or_map(self, *, plain: bool) -> PSet | PMap:
        elements: list[Any] = []
        entries: list[tuple[Any, Any]] = []
        texts: list[str] = []
        while True:
            self._expect("<")
            start = self.pos
            key = self.value(plain=plain, stops=("->", ">"))
            texts.append(self.text[start : self.pos])
            if self._startswith("->"):
                self.pos += 2
                entries.append((key, self.value(plain=plain, stops=(">, <", ">)"))))
            else:
                elements.append(key)
            self._expect(">")
            if self._startswith(")"):
                break
            self._expect(", ")
        self.pos += 1
        if elements and entries:
            raise _Mismatch
        # The plain form sorts sets and maps by text: unsorted `(<a,>, <b,>)` is a seq of
        # tuples.
        if plain and texts != sorted(texts, key=_ordinal_key):
            raise _Mismatch
        # Distinct values can share a rendering (`()` is any empty collection); merging
        # them would lose elements, so such text is kept as it is.
        result = PMap(entries) if entries else PSet(elements)
        if len(result) != len(entries or elements):
            raise _Mismatch
        return result

    def _tuple(self, *, plain: bool) -> tuple[Any, ...] | PNamedTuple:
        self._expect("<")
        if _FIELD.match(self.text, self.pos):
            names: list[str] = []
            values: list[Any] = []
            while not self._startswith(">"):
                field = _FIELD.match(self.text, self.pos)
                if field is None:
                    raise _Mismatch
                self.pos = field.end()
                names.append(field.group(1))
                values.append(self.value(plain=plain, stops=(", ",)))
                self._expect(", ")
            self.pos += 1
            return PNamedTuple(tuple(names), tuple(values))
        items: list[Any] = []
        while not self._startswith(">"):
            items.append(self.value(plain=True, stops=(",",)))
            self._expect(",")
        self.pos += 1
        return tuple(items)
