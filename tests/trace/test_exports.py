"""Trace exports (Mermaid, PlantUML, DOT/SVG), event descriptions and trace file reading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pide.core.diagram.export import layout_program
from pide.core.runtime.values import PSeq
from pide.core.trace import dump_trace, write_json_trace, write_text_trace
from pide.core.trace.describe import describe_event, format_value, with_payload
from pide.core.trace.diagrams import (
    export_trace,
    to_dot_timeline,
    to_mermaid_sequence,
    to_plantuml_sequence,
)
from pide.core.trace.events import EVENT_CLASSES, EventSent, StateEntered, TraceEvent
from pide.core.trace.files import TraceFileError, read_trace_file
from pide.core.trace.model import Trace

from tests.trace.helpers import BANK, pingpong, record


def test_mermaid_has_a_participant_per_lane_and_an_arrow_per_send() -> None:
    trace = pingpong()
    text = to_mermaid_sequence(trace)
    lines = text.splitlines()
    assert lines[0] == "sequenceDiagram"
    assert lines[1] == "    title tcPing (random[seed '1'])"
    participants = [line.split()[1] for line in lines if line.startswith("    participant ")]
    assert participants == ["Client_1", "Server_2", "Logger_3", "FewPongs"]
    arrows = [line.strip() for line in lines if re.match(r"\s+\w+(->>|-x|--\)|-->>)\w+:", line)]
    sends = [e for e in trace.events if isinstance(e, EventSent)]
    observed = [a for a in arrows if "-->>FewPongs" in a]
    assert len(arrows) - len(observed) == len(sends)
    assert "Client_1->>Server_2: ePing Client(1)" in arrows
    assert "Server_2->>Client_1: ePong 1" in arrows
    # The logger halted with eLog still queued: a lost message ends in a cross.
    assert 'Client_1-xLogger_3: eLog "late"' in arrows
    assert observed == [f"Server_2-->>FewPongs: ePong {n}" for n in (1, 2, 3)]
    assert lines[-1].startswith("    Note over FewPongs: BUG: Assertion Failed:")
    assert "    Note over Logger_3: halted" in lines


def test_mermaid_escapes_what_would_end_a_message() -> None:
    sent = EventSent(
        step=1,
        machine="A(1)",
        machine_id=1,
        machine_type="A",
        state="S",
        event="eNote",
        payload="a;b #c",
        target="B(2)",
        target_id=2,
    )
    entered = StateEntered(step=0, machine="B(2)", machine_id=2, machine_type="B", state="S")
    text = to_mermaid_sequence(Trace(test_name="t", events=(entered, sent)))
    assert 'A_1--)B_2: eNote "a#59;b #35;c"' in text  # never taken: dotted


def test_plantuml_mirrors_the_mermaid_diagram() -> None:
    trace = pingpong()
    lines = to_plantuml_sequence(trace).splitlines()
    assert lines[0] == "@startuml" and lines[-1] == "@enduml"
    assert 'participant "Client(1)" as Client_1' in lines
    assert 'control "FewPongs" as FewPongs' in lines
    assert "Client_1 -> Server_2 : ePing Client(1)" in lines
    assert 'Client_1 ->x Logger_3 : eLog "late"' in lines
    assert "Server_2 --> FewPongs : ePong 3" in lines
    assert any(line.startswith("note over FewPongs #c0392b : BUG:") for line in lines)


def test_dot_chains_each_lane_and_links_sends_to_takes() -> None:
    trace = pingpong()
    dot = to_dot_timeline(trace)
    assert dot.startswith("digraph trace {")
    # Every taken message is an edge from its send node to its take node.
    for i, event in enumerate(trace.events):
        if isinstance(event, EventSent) and event.event == "ePing":
            assert re.search(rf"\be{i} -> e\d+ \[label=\"ePing Client\(1\)\"", dot)
    assert "lane3 [label=FewPongs group=lane3 shape=hexagon style=bold]" in dot
    assert "#c0392b" in dot  # the bug node


@pytest.mark.skipif(layout_program() is None, reason="no Graphviz layout program")
def test_svg_export_of_a_bank_trace() -> None:
    svg = export_trace(record(BANK, "tcPipelinedLostUpdate"), "svg").decode()
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "BankServer(3)" in svg


def test_export_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown trace export format"):
        export_trace(pingpong(), "gif")


def test_every_event_kind_has_a_description() -> None:
    trace = record(BANK, "tcPipelinedLostUpdate")
    seen: dict[str, str] = {}
    for event in (*trace.events, *pingpong().events):
        seen.setdefault(event.kind, describe_event(event, actor=True))
    assert seen["sent"].startswith("Client(") and "→ BankServer(3)" in seen["sent"]
    assert seen["goto"] == "Client(1): goto Pinging (from Init)"
    assert seen["halted"] == "Logger(3): halted, 1 queued event(s) dropped"
    assert seen["bug"].startswith("FewPongs: BUG (assertion)") or seen["bug"].startswith(
        "BankBalanceIsCorrect: BUG"
    )
    # The descriptions cover every kind (the match is exhaustive; check none is empty).
    assert all(seen.values()) and set(seen) <= set(EVENT_CLASSES)


def test_values_print_as_p_writes_them() -> None:
    assert format_value(None) == "null"
    assert format_value(True) == "true"
    assert format_value('say "hi"') == '"say \\"hi\\""'
    assert format_value(PSeq([1, 2])) == str(PSeq([1, 2]))
    assert format_value("x" * 50, 10) == '"xxxxxxxx…'
    assert with_payload("eReq", None) == "eReq"
    assert with_payload("eReq", 3) == "eReq 3"


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("t.pide-trace.json", dump_trace),
        ("t.trace.json", write_json_trace),
        ("t.txt", write_text_trace),
    ],
)
def test_trace_files_of_each_format_are_read(tmp_path: Path, name: str, write: object) -> None:
    assert callable(write)
    path = tmp_path / name
    path.write_text(write(pingpong()), encoding="utf-8")
    trace = read_trace_file(path)
    assert [type(e) for e in trace.events if not _pide_only(e)] == [
        type(e) for e in pingpong().events if not _pide_only(e)
    ]


def _pide_only(event: TraceEvent) -> bool:
    return event.kind == "enqueued"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{", "line 1: invalid JSON"),
        (b"[1]", "entry 0: expected an object"),
        (b"hello", "line 1: a trace must start with a <Tag> record"),
        (b"\xff\xfe", "not a trace (the file is not UTF-8 text)"),
    ],
)
def test_a_bad_trace_file_is_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "t.x"
    path.write_bytes(content)
    with pytest.raises(TraceFileError) as caught:
        read_trace_file(path)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(f"{path}: {message}")


def test_a_missing_trace_file(tmp_path: Path) -> None:
    with pytest.raises(TraceFileError, match=r"cannot read .*: No such file"):
        read_trace_file(tmp_path / "none.json")
