"""pide's own trace format: a lossless JSON encoding of a `Trace` (docs/trace-format.md).

P's formats drop what the debugger needs (steps, spans, snapshots, exact value types), so pide
saves traces in its own format. Design points:

* Runtime values get a typed encoding (`encode_value`): JSON null/bool/int/string stand for
  themselves and everything else is a one-key object naming its type (`{"float": "nan"}`,
  `{"set": [...]}`), so floats (including nan, inf and -0.0), sets, maps, seqs, tuples,
  named tuples, events and machine refs (with their permissions) round-trip exactly.
* Events are encoded generically from their dataclass fields, keyed by field name, with
  fields equal to their default left out; a new event field needs no codec change as long
  as its annotation is one of `_FIELD_CODECS`.
* Snapshots share unchanged machine/monitor snapshots by identity, like the runtime does:
  each distinct snapshot object is written once in a table and referenced by index.
* One event / table entry per line, so traces diff well.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from pide.core.runtime.values import MachineRef, PEvent, PMap, PNamedTuple, PSeq, PSet
from pide.core.source import Span
from pide.core.trace.events import EVENT_CLASSES, EventKind, RawPayload, Temperature, TraceEvent
from pide.core.trace.importing import TraceFormatError
from pide.core.trace.model import (
    Bug,
    MachineSnapshot,
    MachineStatus,
    MonitorSnapshot,
    Trace,
    WorldSnapshot,
)
from pide.core.trace.schedule import Schedule, ScheduleFormatError, parse_step_line, step_line

FORMAT_NAME = "pide-trace"
FORMAT_VERSION = 1


class _Bad(Exception):
    """A decoding problem; `where` is filled in on the way up."""


# ------------------------------------------------------------------------------------------
# Values


def encode_value(value: Any) -> Any:
    """The typed JSON encoding of a runtime value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, PEvent):
        return {"event": value.name}
    if isinstance(value, MachineRef):
        perms = None if value.permissions is None else sorted(value.permissions)
        return {"machine": value.id, "interface": value.interface, "permissions": perms}
    if isinstance(value, PSeq):
        return {"seq": [encode_value(v) for v in value]}
    if isinstance(value, PSet):
        return {"set": [encode_value(v) for v in value]}
    if isinstance(value, PMap):
        return {"map": [[encode_value(k), encode_value(v)] for k, v in value.items()]}
    if isinstance(value, PNamedTuple):
        return {"named": [[n, encode_value(v)] for n, v in zip(value.names, value.values)]}
    if isinstance(value, tuple):
        return {"tuple": [encode_value(v) for v in value]}
    if isinstance(value, RawPayload):
        return {"raw": value.text}
    return {"foreign": repr(value)}


def _list(obj: Any, what: str) -> list[Any]:
    if not isinstance(obj, list):
        raise _Bad(f"{what} must be an array")
    return obj


def decode_value(obj: Any) -> Any:
    """The runtime value of a typed JSON encoding (raises TraceFormatError)."""
    try:
        return _decode_value(obj)
    except _Bad as exc:
        raise TraceFormatError(0, f"bad value: {exc}") from None


def _decode_value(obj: Any) -> Any:
    if obj is None or isinstance(obj, bool | int | str):
        return obj
    if not isinstance(obj, dict) or not obj:
        raise _Bad(f"unexpected {type(obj).__name__} {json.dumps(obj)[:40]}")
    tag = next(iter(obj))
    body = obj[tag]
    if tag in _VALUE_DECODERS and (len(obj) == 1 or tag == "machine"):
        return _VALUE_DECODERS[tag](body, obj)
    raise _Bad(f"unknown value tag {tag!r}")


def _decode_float(body: Any, _: dict[str, Any]) -> float:
    if not isinstance(body, str):
        raise _Bad("a float must be written as a string")
    try:
        return float(body)
    except ValueError:
        raise _Bad(f"not a float: {body!r}") from None


def _decode_machine(body: Any, obj: dict[str, Any]) -> MachineRef:
    interface, perms = obj.get("interface"), obj.get("permissions")
    if not isinstance(body, int) or isinstance(body, bool) or not isinstance(interface, str):
        raise _Bad("a machine needs an integer id and a string interface")
    if perms is not None and not all(isinstance(p, str) for p in _list(perms, "permissions")):
        raise _Bad("permissions must be strings")
    return MachineRef(body, interface, None if perms is None else frozenset(perms))


def _decode_pairs(body: Any, what: str) -> list[tuple[Any, Any]]:
    pairs = []
    for pair in _list(body, what):
        if not isinstance(pair, list) or len(pair) != 2:
            raise _Bad(f"{what} entries must be [key, value] pairs")
        pairs.append((pair[0], pair[1]))
    return pairs


def _decode_named(body: Any, _: dict[str, Any]) -> PNamedTuple:
    pairs = _decode_pairs(body, "named tuple")
    if not all(isinstance(n, str) for n, _v in pairs):
        raise _Bad("named tuple field names must be strings")
    return PNamedTuple(tuple(n for n, _v in pairs), tuple(_decode_value(v) for _n, v in pairs))


def _decode_event_value(body: Any, _: dict[str, Any]) -> PEvent:
    if not isinstance(body, str):
        raise _Bad("an event name must be a string")
    return PEvent(body)


def _decode_text(body: Any, _: dict[str, Any]) -> RawPayload:
    if not isinstance(body, str):
        raise _Bad("raw/foreign text must be a string")
    return RawPayload(body)


_VALUE_DECODERS: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "float": _decode_float,
    "event": _decode_event_value,
    "machine": _decode_machine,
    "seq": lambda b, _: PSeq(_decode_value(v) for v in _list(b, "seq")),
    "set": lambda b, _: PSet(_decode_value(v) for v in _list(b, "set")),
    "map": lambda b, _: PMap(
        (_decode_value(k), _decode_value(v)) for k, v in _decode_pairs(b, "map")
    ),
    "named": _decode_named,
    "tuple": lambda b, _: tuple(_decode_value(v) for v in _list(b, "tuple")),
    "raw": _decode_text,
    "foreign": _decode_text,
}


# ------------------------------------------------------------------------------------------
# Spans and events


def encode_span(span: Span | None) -> Any:
    if span is None:
        return None
    return [span.file, span.start, span.end, span.line, span.col, span.end_line, span.end_col]


def _decode_span(obj: Any) -> Span | None:
    if obj is None:
        return None
    if (
        not isinstance(obj, list)
        or len(obj) != 7
        or not isinstance(obj[0], str)
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in obj[1:])
    ):
        raise _Bad("a span must be [file, start, end, line, col, end_line, end_col]")
    return Span(obj[0], obj[1], obj[2], obj[3], obj[4], obj[5], obj[6])


def _check(predicate: Callable[[Any], bool], what: str) -> Callable[[Any], Any]:
    def decode(obj: Any) -> Any:
        if not predicate(obj):
            raise _Bad(f"expected {what}, found {json.dumps(obj)[:40]}")
        return obj

    return decode


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _decode_names(obj: Any) -> tuple[str, ...]:
    items = _list(obj, "a list of names")
    if not all(isinstance(x, str) for x in items):
        raise _Bad("names must be strings")
    return tuple(items)


def _decode_temperature(obj: Any) -> Temperature:
    try:
        return Temperature(obj)
    except ValueError:
        raise _Bad(f"unknown temperature {obj!r}") from None


_Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]
_IDENTITY: Callable[[Any], Any] = lambda x: x  # noqa: E731
_FIELD_CODECS: dict[str, _Codec] = {
    "int": (_IDENTITY, _check(_is_int, "an integer")),
    "str": (_IDENTITY, _check(lambda x: isinstance(x, str), "a string")),
    "str | None": (_IDENTITY, _check(lambda x: x is None or isinstance(x, str), "a string")),
    "bool": (_IDENTITY, _check(lambda x: isinstance(x, bool), "a boolean")),
    "bool | int": (_IDENTITY, _check(lambda x: isinstance(x, int), "a boolean or integer")),
    "Any": (encode_value, _decode_value),
    "Span | None": (encode_span, _decode_span),
    "tuple[str, ...]": (list, _decode_names),
    "Temperature": (str, _decode_temperature),
}
"""(encode, decode) per field annotation of the event classes."""


def encode_event(event: TraceEvent) -> dict[str, Any]:
    """An event as a JSON object: `kind`, then every field that differs from its default."""
    result: dict[str, Any] = {"kind": event.kind.value}
    for field in dataclasses.fields(event):
        value = getattr(event, field.name)
        is_default = field.default is not dataclasses.MISSING and value == field.default
        if is_default and type(value) is type(field.default):
            continue
        result[field.name] = _FIELD_CODECS[str(field.type)][0](value)
    return result


def _decode_event(obj: Any) -> TraceEvent:
    if not isinstance(obj, dict):
        raise _Bad("an event must be an object")
    try:
        cls = EVENT_CLASSES[EventKind(str(obj.get("kind")))]
    except ValueError:
        raise _Bad(f"unknown event kind {obj.get('kind')!r}") from None
    kwargs: dict[str, Any] = {}
    known = {"kind"}
    for field in dataclasses.fields(cls):
        known.add(field.name)
        if field.name not in obj:
            if field.default is dataclasses.MISSING:
                raise _Bad(f"{cls.kind.value} event without '{field.name}'")
            continue
        try:
            kwargs[field.name] = _FIELD_CODECS[str(field.type)][1](obj[field.name])
        except _Bad as exc:
            raise _Bad(f"field '{field.name}': {exc}") from None
    unknown = set(obj) - known
    if unknown:
        raise _Bad(f"{cls.kind.value} event has unknown field(s) {sorted(unknown)}")
    return cls(**kwargs)


def decode_event(obj: Any) -> TraceEvent:
    """An event from its JSON object (raises TraceFormatError)."""
    try:
        return _decode_event(obj)
    except _Bad as exc:
        raise TraceFormatError(0, f"bad event: {exc}") from None


# ------------------------------------------------------------------------------------------
# Snapshots, schedule, bug


def _pairs_out(pairs: tuple[tuple[str, Any], ...]) -> list[list[Any]]:
    return [[name, encode_value(value)] for name, value in pairs]


def _pairs_in(obj: Any, what: str) -> tuple[tuple[str, Any], ...]:
    pairs = _decode_pairs(obj, what)
    if not all(isinstance(n, str) for n, _v in pairs):
        raise _Bad(f"{what} names must be strings")
    return tuple((n, _decode_value(v)) for n, v in pairs)


def _machine_out(m: MachineSnapshot) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "type": m.type,
        "state": m.state,
        "status": m.status.value,
        "fields": _pairs_out(m.fields),
        "inbox": _pairs_out(m.inbox),
        "awaiting": None if m.awaiting is None else list(m.awaiting),
    }


def _get(obj: Any, key: str, decode: Callable[[Any], Any]) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _Bad(f"missing '{key}'")
    try:
        return decode(obj[key])
    except _Bad as exc:
        raise _Bad(f"'{key}': {exc}") from None


_STR = _FIELD_CODECS["str"][1]
_INT = _FIELD_CODECS["int"][1]
_OPT_STR = _FIELD_CODECS["str | None"][1]


def _machine_in(obj: Any) -> MachineSnapshot:
    def status(x: Any) -> MachineStatus:
        try:
            return MachineStatus(x)
        except ValueError:
            raise _Bad(f"unknown status {x!r}") from None

    return MachineSnapshot(
        id=_get(obj, "id", _INT),
        name=_get(obj, "name", _STR),
        type=_get(obj, "type", _STR),
        state=_get(obj, "state", _STR),
        status=_get(obj, "status", status),
        fields=_get(obj, "fields", lambda x: _pairs_in(x, "fields")),
        inbox=_get(obj, "inbox", lambda x: _pairs_in(x, "inbox")),
        awaiting=_get(obj, "awaiting", lambda x: None if x is None else _decode_names(x)),
    )


def _monitor_out(m: MonitorSnapshot) -> dict[str, Any]:
    return {
        "name": m.name,
        "state": m.state,
        "temperature": m.temperature.value,
        "fields": _pairs_out(m.fields),
        "hot_steps": m.hot_steps,
    }


def _monitor_in(obj: Any) -> MonitorSnapshot:
    return MonitorSnapshot(
        name=_get(obj, "name", _STR),
        state=_get(obj, "state", _STR),
        temperature=_get(obj, "temperature", _decode_temperature),
        fields=_get(obj, "fields", lambda x: _pairs_in(x, "fields")),
        hot_steps=_get(obj, "hot_steps", _INT),
    )


def _schedule_out(schedule: Schedule | None) -> Any:
    if schedule is None:
        return None
    return {
        "fair": schedule.fair,
        "liveness_threshold": schedule.liveness_threshold,
        "test_method": schedule.test_method,
        "extra_header": list(schedule.extra_header),
        "steps": [step_line(step) for step in schedule.steps],
    }


def _schedule_in(obj: Any) -> Schedule | None:
    if obj is None:
        return None
    threshold = _get(obj, "liveness_threshold", lambda x: x if x is None else _INT(x))
    lines = _get(obj, "steps", _decode_names)
    try:
        steps = tuple(parse_step_line(line, i) for i, line in enumerate(lines))
    except ScheduleFormatError as exc:
        raise _Bad(f"schedule step {exc.line_no}: {exc.message}") from None
    return Schedule(
        steps=steps,
        fair=_get(obj, "fair", _FIELD_CODECS["bool"][1]),
        liveness_threshold=threshold,
        test_method=_get(obj, "test_method", _OPT_STR),
        extra_header=_get(obj, "extra_header", _decode_names),
    )


def _bug_out(bug: Bug | None) -> Any:
    if bug is None:
        return None
    return {
        "kind": bug.kind,
        "message": bug.message,
        "machine": bug.machine,
        "state": bug.state,
        "span": encode_span(bug.span),
    }


def _bug_in(obj: Any) -> Bug | None:
    if obj is None:
        return None
    return Bug(
        kind=_get(obj, "kind", _STR),
        message=_get(obj, "message", _STR),
        machine=_get(obj, "machine", _OPT_STR),
        state=_get(obj, "state", _OPT_STR),
        span=_get(obj, "span", _decode_span),
    )


# ------------------------------------------------------------------------------------------
# Documents


class _Interner:
    """Index table of snapshot objects, shared by identity (the runtime reuses the object
    of a machine that did not change between steps)."""

    def __init__(self, encode: Callable[[Any], dict[str, Any]]) -> None:
        self.encode = encode
        self.index: dict[int, int] = {}
        self.table: list[dict[str, Any]] = []

    def ref(self, item: Any) -> int:
        key = id(item)
        if key not in self.index:
            self.index[key] = len(self.table)
            self.table.append(self.encode(item))
        return self.index[key]


def _lines(items: list[Any]) -> str:
    if not items:
        return "[]"
    return "[\n" + ",\n".join("  " + _compact(item) for item in items) + "\n ]"


def _compact(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def dump_trace(trace: Trace) -> str:
    """A trace in pide's trace format (docs/trace-format.md)."""
    machines = _Interner(_machine_out)
    monitors = _Interner(_monitor_out)
    snapshots = [
        {
            "step": snap.step,
            "machines": [machines.ref(m) for m in snap.machines],
            "monitors": [monitors.ref(m) for m in snap.monitors],
        }
        for snap in trace.snapshots
    ]
    header = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "test_name": trace.test_name,
        "project_name": trace.project_name,
        "strategy": trace.strategy,
        "strategy_description": trace.strategy_description,
        "seed": trace.seed,
        "bug": _bug_out(trace.bug),
        "schedule": _schedule_out(trace.schedule),
    }
    parts = [f" {_compact(k)}: {_compact(v)}" for k, v in header.items()]
    parts.append(f' "events": {_lines([encode_event(e) for e in trace.events])}')
    parts.append(f' "machine_states": {_lines(machines.table)}')
    parts.append(f' "monitor_states": {_lines(monitors.table)}')
    parts.append(f' "snapshots": {_lines(snapshots)}')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def load_trace(text: str) -> Trace:
    """A trace from pide's trace format. Raises TraceFormatError with a one-line message."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TraceFormatError(
            exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise TraceFormatError(0, f'not a pide trace (expected "format": "{FORMAT_NAME}")')
    if doc.get("version") != FORMAT_VERSION:
        raise TraceFormatError(
            0, f"unsupported pide trace version {doc.get('version')!r} (expected {FORMAT_VERSION})"
        )
    try:
        return _load_document(doc)
    except _Bad as exc:
        raise TraceFormatError(0, f"bad pide trace: {exc}") from None


def _load_document(doc: dict[str, Any]) -> Trace:
    events = []
    for index, obj in enumerate(_get(doc, "events", lambda x: _list(x, "events"))):
        try:
            events.append(_decode_event(obj))
        except _Bad as exc:
            raise _Bad(f"events[{index}]: {exc}") from None
    machines = [_machine_in(m) for m in _get(doc, "machine_states", lambda x: _list(x, "table"))]
    monitors = [_monitor_in(m) for m in _get(doc, "monitor_states", lambda x: _list(x, "table"))]

    def pick(table: list[Any], refs: Any) -> tuple[Any, ...]:
        indices = _list(refs, "snapshot references")
        if not all(_is_int(i) and 0 <= i < len(table) for i in indices):
            raise _Bad("snapshot reference out of range")
        return tuple(table[i] for i in indices)

    snapshots = tuple(
        WorldSnapshot(
            step=_get(snap, "step", _INT),
            machines=_get(snap, "machines", lambda refs: pick(machines, refs)),
            monitors=_get(snap, "monitors", lambda refs: pick(monitors, refs)),
        )
        for snap in _get(doc, "snapshots", lambda x: _list(x, "snapshots"))
    )
    seed = _get(doc, "seed", lambda x: x if x is None else _INT(x))
    return Trace(
        test_name=_get(doc, "test_name", _STR),
        project_name=_get(doc, "project_name", _STR),
        strategy=_get(doc, "strategy", _STR),
        strategy_description=_get(doc, "strategy_description", _STR),
        seed=seed,
        events=tuple(events),
        snapshots=snapshots,
        schedule=_get(doc, "schedule", _schedule_in),
        bug=_get(doc, "bug", _bug_in),
    )
