"""Log readers: JSON Lines records and their errors, format detection, P traces with line
numbers, and following a growing file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.conformance import LogFormatError
from pide.core.conformance.ptraces import json_trace_observations, text_trace_observations
from pide.core.conformance.readers import (
    detect_format,
    follow_lines,
    jsonl_observation,
    jsonl_observations,
)
from pide.core.trace.pjson import write_json_trace
from pide.core.trace.ptext import write_text_trace

from .helpers import record


def test_jsonl_record_members() -> None:
    line = (
        '{"event": "eX", "payload": {"a": 1}, "kind": "announce", "machine": "m-1", '
        '"target": "t", "time": 12.5, "extra": [1]}'
    )
    obs = jsonl_observation("f.jsonl", 3, line)
    assert obs is not None
    assert (obs.event, obs.payload, obs.kind, obs.sender, obs.target, obs.time) == (
        "eX",
        {"a": 1},
        "announce",
        "m-1",
        "t",
        12.5,
    )
    assert obs.has_payload and obs.where == "f.jsonl:3"


def test_missing_payload_and_blank_lines() -> None:
    items = list(
        jsonl_observations("f", '{"event": "a"}\n\n   \n{"event": "b", "payload": null}\n')
    )
    assert [(o.line, o.event, o.has_payload) for o in items] == [(1, "a", False), (4, "b", True)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"event": "a"', "f:7: invalid JSON: Expecting ',' delimiter"),
        ("[1, 2]", "f:7: expected a JSON object, got an array of 2"),
        ('{"payload": 1}', "f:7: no 'event' member"),
        ('{"event": 3}', "f:7: 'event' is the number 3"),
        ('{"event": "a", "kind": "recv"}', '\'kind\' must be "send" or "announce"'),
        ('{"event": "a", "machine": 4}', "'machine' must be a string, got the number 4"),
    ],
)
def test_malformed_jsonl(line: str, message: str) -> None:
    with pytest.raises(LogFormatError) as error:
        jsonl_observation("f", 7, line)
    assert message in str(error.value)
    assert error.value.line == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"event": "a"}\n', "jsonl"),
        ("  \n[\n]", "pjson"),
        ("<TestLog> Running test 'x'.", "ptext"),
        ("", "jsonl"),
    ],
)
def test_detect_format(text: str, expected: str) -> None:
    assert detect_format("f", text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{\n  "format": "pide-trace"\n}', "multi-line JSON document"),
        ("hello", "not a log pide reads"),
    ],
)
def test_detect_format_errors(text: str, message: str) -> None:
    with pytest.raises(LogFormatError, match=message):
        detect_format("f", text)


def test_text_trace_observations_point_at_their_lines() -> None:
    trace = record("tcShop")
    text = write_text_trace(trace)
    lines = text.split("\n")
    items = list(text_trace_observations("t.txt", text))
    # The shop sends five events; the specs observe four of them (before their SendLog).
    assert [o.event for o in items] == [
        "eOrderPlaced",
        "eOrderPlaced",
        "eOrderShipped",
        "eOrderCancelled",
        "eHeartbeat",
    ]
    for obs in items:
        assert f"'{obs.event}" in lines[obs.line - 1]
    monitored = [o for o in items if o.event != "eHeartbeat"]
    assert all("is processing event" in lines[o.line - 1] for o in monitored)
    heartbeat = items[-1]
    assert "<SendLog>" in lines[heartbeat.line - 1]
    assert heartbeat.sender == "Shop(1)" and heartbeat.target == "Shop(1)"


def test_json_trace_observations_point_at_their_entries() -> None:
    trace = record("tcShop")
    text = write_json_trace(trace)
    lines = text.split("\n")
    items = list(json_trace_observations("t.json", text))
    assert len(items) == 5
    for obs in items:
        assert lines[obs.line - 1].strip() == "{"
        assert f'"event": "{obs.event}"' in "\n".join(lines[obs.line : obs.line + 8])
    assert items[0].sender == "Shop(1)"


def test_announce_is_one_observation() -> None:
    text = write_text_trace(record("tcAudit"))
    items = list(text_trace_observations("a.txt", text))
    assert [(o.event, o.kind) for o in items] == [("eAudit", "announce")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('[\n  {"type": "SendEvent"\n', 3, "invalid JSON: Expecting ',' delimiter"),
        ('[\n  {"type": 3}\n]', 2, "expected an object with a 'type'"),
        ('[\n  {"type": "Bogus", "details": {}}\n]', 2, "unknown entry type"),
        ('[\n  {"type": "Print", "details": {}} {}\n]', 2, "expected ',' or ']'"),
        ("[\n]\nx", 3, "text after the JSON array"),
    ],
)
def test_malformed_json_traces(text: str, line: int, message: str) -> None:
    with pytest.raises(LogFormatError) as error:
        list(json_trace_observations("t.json", text))
    assert message in str(error.value)
    assert error.value.line == line


def test_malformed_text_trace() -> None:
    text = "<TestLog> Running test 'x'.\n<SendLog> nonsense\n"
    with pytest.raises(LogFormatError) as error:
        list(text_trace_observations("t.txt", text))
    assert error.value.line == 2 and "unrecognised <SendLog> record" in str(error.value)


def test_follow_lines_waits_for_complete_lines(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    writes = [b'{"event": "a"}\n{"eve', b'nt": "b"}\n', b"", b'{"event": "c"}\n']
    got: list[tuple[int, str]] = []

    def sleep(_seconds: float) -> None:
        # Called whenever the reader is at the end of the file: the "writer" appends more.
        if writes:
            with log.open("ab") as out:
                out.write(writes.pop(0))

    lines = follow_lines(log, stop=lambda: not writes, poll=0, sleep=sleep)
    for item in lines:
        got.append(item)
    assert got == [(1, '{"event": "a"}'), (2, '{"event": "b"}'), (3, '{"event": "c"}')]


def test_follow_lines_waits_for_the_file_and_restarts_after_truncation(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    steps = [
        lambda: log.write_text('{"event": "a"}\n{"event": "b"}\n'),
        lambda: log.write_text('{"event": "c"}\n'),  # rotated: shorter than what was read
        lambda: None,
    ]

    def sleep(_seconds: float) -> None:
        if steps:
            steps.pop(0)()

    got = list(follow_lines(log, stop=lambda: not steps, poll=0, sleep=sleep))
    assert got == [(1, '{"event": "a"}'), (2, '{"event": "b"}'), (1, '{"event": "c"}')]


def test_a_byte_order_mark_is_not_part_of_the_log(tmp_path: Path) -> None:
    from pide.core.conformance.readers import read_log_text

    log = tmp_path / "bom.jsonl"
    log.write_bytes(b'\xef\xbb\xbf{"event": "a"}\n')
    text = read_log_text(log)
    assert detect_format(str(log), text) == "jsonl"
    assert [o.event for o in jsonl_observations(str(log), text)] == ["a"]
