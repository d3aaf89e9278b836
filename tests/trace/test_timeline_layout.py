"""The debugger's timeline rows (pide.workspace.timeline) and source/trace file lookup
(pide.workspace.sources), headless."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pide.core.trace.cursor import TraceTimeline
from pide.core.trace.events import EventSent, MachineHalted

from pide.workspace.sources import find_trace_files, resolve_source
from pide.workspace.timeline import (
    DESCRIPTION_ROOM,
    PREFIX_WIDTH,
    LaneLife,
    Role,
    fit,
    header_cells,
    lane_width,
    row_cells,
    row_text,
)
from tests.trace.helpers import pingpong

WIDTH = 11


def rows() -> list[str]:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    life = LaneLife.of(trace.events, timeline)
    return [
        row_text(row_cells(trace.events, timeline, life, i, WIDTH))
        for i in range(len(trace.events))
    ]


def lane_columns(text: str) -> list[str]:
    """The glyph at the centre of each of the four lanes."""
    return [text[PREFIX_WIDTH + k * WIDTH + WIDTH // 2] for k in range(4)]


def test_header_names_every_lane() -> None:
    timeline = TraceTimeline.of(pingpong())
    text = row_text(header_cells(timeline, WIDTH))
    assert text.startswith("    #  step ")
    assert [
        text[PREFIX_WIDTH + k * WIDTH : PREFIX_WIDTH + (k + 1) * WIDTH].strip() for k in range(4)
    ] == ["Client(1)", "Server(2)", "Logger(3)", "FewPongs"]
    assert text.endswith(" what happened")


def test_a_send_is_an_arrow_from_sender_to_receiver() -> None:
    trace = pingpong()
    lines = rows()
    ping = next(
        i for i, e in enumerate(trace.events) if isinstance(e, EventSent) and e.event == "ePing"
    )
    assert lane_columns(lines[ping]) == ["▲", "▶", "│", "│"]
    start = PREFIX_WIDTH + WIDTH // 2
    assert lines[ping][start + 1 : start + WIDTH] == "─" * (WIDTH - 1)
    taken = TraceTimeline.of(trace).message_at[ping].receive
    assert lines[ping].endswith(f" send ePing Client(1) → Server(2)  (taken #{taken})")
    pong = next(
        i for i, e in enumerate(trace.events) if isinstance(e, EventSent) and e.event == "ePong"
    )
    assert lane_columns(lines[pong]) == [
        "◀",
        "▲",
        " ",
        "│",
    ]  # the logger has halted  # right to left
    stop = next(
        i for i, e in enumerate(trace.events) if isinstance(e, EventSent) and e.event == "eStop"
    )
    # An arrow over a lane in between draws across its lifeline.
    assert lane_columns(lines[stop]) == ["▲", "─", "▶", "│"]


def test_lifelines_start_at_creation_and_end_at_a_halt() -> None:
    trace = pingpong()
    lines = rows()
    assert lane_columns(lines[0])[:3] == [" ", " ", " "]  # nobody exists but the spec
    halt = next(i for i, e in enumerate(trace.events) if isinstance(e, MachineHalted))
    assert lane_columns(lines[halt])[2] == "■"
    assert lane_columns(lines[halt + 1])[2] == " "
    assert lane_columns(lines[-1]) == ["│", "│", " ", "✖"]


def test_rows_refer_to_the_other_end_of_their_message() -> None:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    lines = rows()
    for message in timeline.messages:
        if message.receive is not None:
            assert f"(taken #{message.receive})" in lines[message.send]
            assert f"(sent #{message.send})" in lines[message.receive]
        elif message.dropped_at is not None and message.dropped_at != message.send:
            assert f"(dropped #{message.dropped_at})" in lines[message.send]


def test_bug_row_is_styled_as_the_bug() -> None:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    life = LaneLife.of(trace.events, timeline)
    cells = row_cells(trace.events, timeline, life, len(trace.events) - 1, WIDTH)
    assert cells[-1].role is Role.BUG and any(c.text == "✖" for c in cells)


def test_lane_width_shrinks_to_fit_and_names_keep_their_ids() -> None:
    names = ["SharedAccountDriver(1)", "Client(4)"]
    assert lane_width(names, 200) == 16
    assert lane_width(names, 80) == (80 - PREFIX_WIDTH - DESCRIPTION_ROOM) // 2
    assert lane_width(names * 10, 40) == 5
    assert fit("SharedAccountDriver(1)", 10) == "Share…(1) "
    assert fit("Client(4)", 11) == " Client(4) "
    assert fit("BankBalanceIsCorrect", 8) == "BankBa… "
    # The narrowest lanes keep the ids apart: not `Cli…` twice.
    assert fit("Client(4)", 5) == " C(4)" and fit("Client(5)", 5) == " C(5)"
    assert fit("SharedAccountDriver(12)", 6).strip() == "S(12)"
    assert fit("BankBalanceIsCorrect", 5).strip() == "Ban…"


def test_resolve_source_finds_the_project_file(tmp_path: Path, monkeypatch: object) -> None:
    src = tmp_path / "proj" / "PSrc"
    src.mkdir(parents=True)
    client = src / "Client.p"
    client.write_text("machine Client {}\n")
    files = [str(client)]
    root = tmp_path / "proj"
    assert resolve_source(str(client), root, files) == str(client)
    assert resolve_source("PSrc/Client.p", root, files) == str(root / "PSrc/Client.p")
    # Recorded elsewhere: the longest matching tail wins.
    assert resolve_source("/elsewhere/proj/PSrc/Client.p", root, files) == str(client)
    assert resolve_source("examples/x/PSrc/Client.p", None, files) == str(client)
    assert resolve_source("Server.p", root, files) is None


def test_find_trace_files_newest_first(tmp_path: Path) -> None:
    out = tmp_path / "pide-out" / "tc"
    out.mkdir(parents=True)
    old = out / "A_0_0.pide-trace.json"
    new = out / "A_0_0.trace.json"
    text = out / "A_0_0.txt"
    notes = tmp_path / "notes.txt"
    hidden = tmp_path / ".git" / "x.trace.json"
    hidden.parent.mkdir()
    for path in (old, new, text, notes, hidden):
        path.write_text("x")
    now = time.time()
    os.utime(old, (now - 100, now - 100))
    found = find_trace_files([tmp_path])
    assert found[0] in (str(new), str(text))
    assert set(found) == {str(old), str(new), str(text)}
    assert found[-1] == str(old)
    assert find_trace_files([tmp_path / "missing"]) == []
