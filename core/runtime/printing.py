"""String forms of runtime values: `print`/`format` text, trace payload text, JSON payloads.

P shows a value in three ways and pide must reproduce each exactly, because users compare
pide's output with the reference checker's:

* the *print* form (`print`, `format`, string placeholders; reference 8.2), which is also
  the *plain* form the trace formats use inside unnamed tuples;
* the *escaped* form of trace payloads (trace formats 2.3): strings quoted, nested null
  written `null`, sets and maps in enumeration order rather than sorted;
* the JSON payload of `*.trace.json` files (trace formats 3.3).

Floats follow .NET Core 3.0+ `double.ToString()`: the shortest digits that round-trip (Python's
`repr` computes the same digits) laid out by the "G" rules, which switch to `E` notation when
the decimal exponent is below -5 or beyond the larger of 15 and the digit count.

Sorting "by string form" uses ordinal (UTF-16 code unit) order like .NET's ordinal compare;
Python compares code points, which differs only for characters outside the BMP.

Format strings (reference 1.5) are .NET composite formats restricted to `{N}`; the static
check and the runtime substitution share one scanner so they cannot disagree.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pide.core.runtime.values import MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]
"""A value `json.dumps` can write."""

_HALT_P_NAME = "PHalt"


def p_event_name(name: str) -> str:
    """The name P's output uses for an event: `halt` is `PHalt`, the null event `DefaultEvent`."""
    if name == "halt":
        return _HALT_P_NAME
    if name == "null":
        return "DefaultEvent"
    return name


def format_float(value: float) -> str:
    """A float as .NET Core's `double.ToString()` writes it (invariant culture)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0:
        return sign + "0"
    digits, scale = _shortest_digits(abs(value))
    # .NET's "G" layout: `scale` is the number of digits before the decimal point.
    if scale > max(len(digits), 15) or scale < -3:
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        exponent = scale - 1
        exp_sign = "+" if exponent >= 0 else "-"
        return f"{sign}{mantissa}E{exp_sign}{abs(exponent):02d}"
    if scale <= 0:
        return f"{sign}0.{'0' * -scale}{digits}"
    whole = digits[:scale].ljust(scale, "0")
    fraction = digits[scale:]
    return sign + whole + ("." + fraction if fraction else "")


def _shortest_digits(value: float) -> tuple[str, int]:
    """Shortest round-trip significant digits of a positive finite float and its scale, so
    that value == 0.<digits> * 10**scale."""
    mantissa, _, exp_text = repr(value).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    scale = len(whole) + (int(exp_text) if exp_text else 0)
    stripped = digits.lstrip("0")
    scale -= len(digits) - len(stripped)
    return stripped.rstrip("0"), scale


def _ordinal_key(text: str) -> bytes:
    # Big-endian UTF-16 bytes compare like .NET's ordinal (code unit) string comparison.
    return text.encode("utf-16-be", "surrogatepass")


def _sorted_by_text(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda pair: _ordinal_key(pair[0]))


def to_print_string(value: Any) -> str:
    """The print form of a value (reference 8.2), used by `print`, `format` and placeholders.

    This is also the *plain* form used inside unnamed tuples in trace payloads."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, str):
        return value
    return _render_composite(value, to_print_string, sort=True)


def to_trace_string(value: Any) -> str:
    """The escaped form of a value inside trace payloads (trace formats 2.3).

    A top-level `None` gives `null`; callers leave the payload out for a null payload."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, tuple) and not isinstance(value, PSeq):
        # Unnamed tuples switch to the plain form for their elements, recursively.
        return "<" + "".join(to_print_string(item) + "," for item in value) + ">"
    if isinstance(value, bool | int | float):
        return to_print_string(value)
    return _render_composite(value, to_trace_string, sort=False)


def _render_composite(value: Any, render: Callable[[Any], str], *, sort: bool) -> str:
    """Events, machine refs and collections; `render` renders the elements, `sort` says
    whether sets and maps are sorted by their elements' text (else enumeration order)."""
    if isinstance(value, PEvent):
        return p_event_name(value.name)
    if isinstance(value, MachineRef):
        return f"{value.interface}({value.id})"
    if isinstance(value, PSeq):
        return "(" + ", ".join(render(item) for item in value) + ")"
    if isinstance(value, PSet):
        texts = [render(item) for item in value]
        if sort:
            texts.sort(key=_ordinal_key)
        return "(" + ", ".join(f"<{text}>" for text in texts) + ")"
    if isinstance(value, PMap):
        entries = [(render(k), render(v)) for k, v in value.items()]
        if sort:
            entries = _sorted_by_text(entries)
        return "(" + ", ".join(f"<{k}->{v}>" for k, v in entries) + ")"
    if isinstance(value, PNamedTuple):
        fields = "".join(f"{n}:{render(v)}, " for n, v in zip(value.names, value.values))
        return "<" + fields + ">"
    if isinstance(value, tuple):
        return "<" + "".join(render(item) + "," for item in value) + ">"
    # Foreign values (and imported payload text, see pide.core.trace) print via str().
    return str(value)


# ------------------------------------------------------------------------------------------
# Format strings


def parse_format_placeholders(template: str) -> tuple[list[int], str | None]:
    """Scan a format string (reference 1.5).

    Returns the placeholder indices in order of appearance (repeats included) and None, or,
    for a malformed template, the indices found before the problem and a one-line message.
    The number of arguments a call needs is `max(indices) + 1` (0 when there are none).
    """
    indices: list[int] = []
    i, n = 0, len(template)
    while i < n:
        char = template[i]
        if char == "{":
            if template.startswith("{", i + 1):
                i += 2
                continue
            close = template.find("}", i + 1)
            if close == -1:
                return indices, "string format has an unterminated '{' (write '{{' for a brace)"
            inner = template[i + 1 : close]
            if not inner or any(c not in "0123456789" for c in inner):
                return indices, (
                    f"string format placeholders must contain only digits, found '{{{inner}}}'"
                )
            indices.append(int(inner))
            i = close + 1
        elif char == "}":
            if template.startswith("}", i + 1):
                i += 2
                continue
            return indices, "string format has a lone '}' (write '}}' for a brace)"
        else:
            i += 1
    return indices, None


def format_string(template: str, args: Sequence[Any]) -> str:
    """Substitute `{N}` placeholders with the print forms of `args`; `{{`/`}}` are braces.

    Templates are validated statically, so this never raises: a malformed template is
    returned unchanged, and a placeholder whose index has no argument is kept as written.
    """
    if parse_format_placeholders(template)[1] is not None:
        return template
    parts: list[str] = []
    i, n = 0, len(template)
    while i < n:
        char = template[i]
        if char in "{}" and template.startswith(char, i + 1):
            parts.append(char)
            i += 2
        elif char == "{":
            close = template.index("}", i)
            index = int(template[i + 1 : close])
            parts.append(
                to_print_string(args[index]) if index < len(args) else template[i : close + 1]
            )
            i = close + 1
        else:
            nxt = _next_brace(template, i)
            parts.append(template[i:nxt])
            i = nxt
    return "".join(parts)


def _next_brace(text: str, start: int) -> int:
    positions = [p for p in (text.find("{", start), text.find("}", start)) if p != -1]
    return min(positions) if positions else len(text)


# ------------------------------------------------------------------------------------------
# JSON payloads


def to_json_payload(value: Any, nested_null: JsonValue = "null") -> JsonValue:
    """P's JSON trace payload for a value (trace formats 3.3).

    Nulls (top-level and nested) become `nested_null`: the string `"null"` in `*.trace.json`,
    JSON `null` (pass None) in verbose traces. Unnamed tuples become `{"0": .., "1": ..}` with
    converted elements (the reference writes reflection garbage there). Non-finite floats are
    not JSON numbers, so they are written as the strings `NaN`, `Infinity`, `-Infinity`.
    """
    if value is None:
        return nested_null
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else format_float(value)
    if isinstance(value, PEvent | MachineRef):
        return to_print_string(value)
    if isinstance(value, PSeq | PSet):
        return [to_json_payload(item, nested_null) for item in value]
    if isinstance(value, PMap):
        return {to_trace_string(k): to_json_payload(v, nested_null) for k, v in value.items()}
    if isinstance(value, PNamedTuple):
        return {n: to_json_payload(v, nested_null) for n, v in zip(value.names, value.values)}
    if isinstance(value, tuple):
        return {str(i): to_json_payload(item, nested_null) for i, item in enumerate(value)}
    return str(value)
