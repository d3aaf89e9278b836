"""Log readers: pide's JSON Lines log, format detection, and following a growing log.

The JSON Lines format (docs/conformance.md) is what an implementation is meant to emit:
one object per line, `{"event": "eDepositReq", "payload": {...}, "machine": "client-7",
"time": ...}`. Each line is read on its own, so a log can be checked while it grows
(`follow_lines`) and a broken line is reported with its number. Payloads stay plain JSON
here; only the model knows their types (`values.from_json`).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from pide.core.conformance.model import LogFormat, LogFormatError, Observation
from pide.core.conformance.ptraces import json_trace_observations, text_trace_observations
from pide.core.conformance.values import describe_json

JSONL_FIELDS = ("event", "payload", "kind", "machine", "target", "time")
"""The members pide reads from a JSON Lines record; any other member is ignored, so a
logger may add its own (a request id, a host name)."""


def jsonl_observation(file: str, line: int, text: str) -> Observation | None:
    """The observation on one JSON Lines line (None for a blank line)."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        obj: Any = json.loads(stripped)
    except json.JSONDecodeError as error:
        raise LogFormatError(
            file, line, f"invalid JSON: {error.msg} (column {error.colno})"
        ) from None
    except RecursionError:
        raise LogFormatError(file, line, "invalid JSON: nested too deeply") from None
    if not isinstance(obj, dict):
        raise LogFormatError(file, line, f"expected a JSON object, got {describe_json(obj)}")
    event = obj.get("event")
    if not isinstance(event, str) or not event:
        what = "no 'event' member" if event is None else f"'event' is {describe_json(event)}"
        raise LogFormatError(file, line, f"{what}: each line needs the event's name as a string")
    kind = obj.get("kind", "send")
    if kind not in ("send", "announce"):
        raise LogFormatError(
            file, line, f'\'kind\' must be "send" or "announce", got {describe_json(kind)}'
        )
    names = {}
    for member in ("machine", "target"):
        value = obj.get(member)
        if value is not None and not isinstance(value, str):
            raise LogFormatError(
                file, line, f"'{member}' must be a string, got {describe_json(value)}"
            )
        names[member] = value
    return Observation(
        file,
        line,
        event,
        obj.get("payload"),
        "json",
        has_payload="payload" in obj,
        sender=names["machine"],
        target=names["target"],
        kind=kind,
        time=obj.get("time"),
    )


def jsonl_observations(file: str, text: str) -> Iterator[Observation]:
    for number, line in enumerate(text.split("\n"), start=1):
        observation = jsonl_observation(file, number, line)
        if observation is not None:
            yield observation


def detect_format(file: str, text: str) -> LogFormat:
    """Tell the format from the content: an array is P's JSON trace, a `<Tag>` P's text
    trace, an object per line pide's JSON Lines."""
    start = text.lstrip()[:1]
    if start == "[":
        return "pjson"
    if start == "<":
        return "ptext"
    if start == "{":
        first = text.lstrip().split("\n", 1)[0].strip()
        if first == "{":
            raise LogFormatError(
                file,
                text[: len(text) - len(text.lstrip())].count("\n") + 1,
                "a multi-line JSON document, not JSON Lines (for pide's own .pide-trace.json, "
                "give the P trace written next to it: .trace.json or .txt)",
            )
        return "jsonl"
    if not start:
        return "jsonl"  # an empty log: nothing happened yet
    raise LogFormatError(file, 1, "not a log pide reads (JSON Lines, P's JSON or text trace)")


def observations(file: str, text: str, fmt: LogFormat | None = None) -> Iterator[Observation]:
    """Every observation of a whole log, in order (`fmt` None: detect it)."""
    chosen = detect_format(file, text) if fmt is None else fmt
    if chosen == "pjson":
        return json_trace_observations(file, text)
    if chosen == "ptext":
        return text_trace_observations(file, text)
    return jsonl_observations(file, text)


def read_log_text(path: str | Path) -> str:
    """A log's text (LogFormatError if it cannot be read)."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")  # a BOM is not part of the log
    except UnicodeDecodeError:
        raise LogFormatError(str(path), 0, "not a text log (the file is not UTF-8)") from None
    except OSError as error:
        raise LogFormatError(
            str(path), 0, f"cannot read the log: {error.strerror or error}"
        ) from None


def follow_lines(
    path: str | Path,
    stop: Callable[[], bool],
    *,
    poll: float = 0.2,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[tuple[int, str]]:
    """(line number, text) of each complete line of a growing file, like `tail -f` from its
    start; returns once `stop()` is true while no complete line is waiting. A line is taken
    only once its newline arrives, so a half-written line is never misread. When the file is
    truncated or replaced (log rotation) reading starts again at its first line."""
    handle: IO[bytes] | None = None
    buffer = b""
    number = 0
    try:
        while True:
            if handle is None:
                handle = _open(path)
                if handle is None:
                    if stop():
                        return
                    sleep(poll)
                    continue
                buffer, number = b"", 0
            chunk = handle.read(65536)
            if chunk:
                buffer += chunk
                *complete, buffer = buffer.split(b"\n")
                for raw in complete:
                    number += 1
                    yield number, raw.decode("utf-8", errors="replace").removesuffix("\r")
                continue
            if _replaced(path, handle):
                handle.close()
                handle = None
                continue
            if stop():
                return
            sleep(poll)
    finally:
        if handle is not None:
            handle.close()


def _open(path: str | Path) -> IO[bytes] | None:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        return None


def _replaced(path: str | Path, handle: IO[bytes]) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False  # rotated away and not recreated yet: keep the old file
    opened = os.fstat(handle.fileno())
    return on_disk.st_ino != opened.st_ino or on_disk.st_size < handle.tell()
