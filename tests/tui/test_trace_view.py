"""The trace debugger tab: opening traces, stepping, the inspector, jumping to source,
exports. Traces are recorded by the checker from small models (tests/trace/helpers.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pide.core.trace import dump_trace, load_text_trace, write_text_trace
from pide.core.trace.events import BugFound, EventSent
from textual.pilot import Pilot
from textual.widgets import Input

from pide.screens.ask import AskScreen
from pide.screens.choice import ChoiceScreen
from pide.widgets.trace_view import TraceView
from tests.trace.helpers import PINGPONG, pingpong, record
from tests.tui.conftest import SIZE, MakeApp, flush, settled, wait_until


@pytest.fixture
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the ping-pong model, the current directory being its folder."""
    folder = tmp_path / "pingpong"
    folder.mkdir()
    shutil.copy(PINGPONG, folder / "pingpong.p")
    monkeypatch.chdir(folder)
    return folder / "pingpong.p"


def plain(view: TraceView, part: str) -> str:
    return str(view.query_one(f"#trace-{part}").render())


async def open_view(pilot: Pilot[int]) -> TraceView:
    screen = await settled(pilot)
    await wait_until(pilot, lambda: screen.main_area.tabs.query(TraceView), "the trace view")
    return screen.main_area.tabs.query_one(TraceView)


async def answer(pilot: Pilot[int], text: str) -> None:
    """Type `text` into the open `AskScreen` and submit it."""
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await flush(pilot)


async def test_stepping_through_a_recorded_trace(model: Path, make_app: MakeApp) -> None:
    trace = pingpong()
    app = make_app(model)
    app.initial_trace = (trace, None)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_view(pilot)
        cursor = view.cursor
        # It opens at the bug, with the timeline focused and the explorer out of the way.
        assert isinstance(cursor.event, BugFound)
        assert view.timeline.has_focus
        assert app.main_screen is not None and app.main_screen.sidebar.has_class("-hidden")
        world = plain(view, "world")
        assert "After step" in world and "FewPongs Counting" in world
        assert "pongs = 3" in world and "served = 3" in world
        assert "receive: ePong, halt" in world
        assert "BUG (assertion)" in plain(view, "event")

        await pilot.press("home")
        assert cursor.index == 0
        await pilot.press("n", "right", "down")
        assert cursor.index == 3
        await pilot.press("p")
        assert cursor.index == 2
        await pilot.press("N")  # next event of the same machine
        assert cursor.lane is not None and cursor.index == cursor.lane.events[1]
        await pilot.press("P")
        assert cursor.index == 2
        await pilot.press("end")
        assert cursor.index == len(cursor) - 1

        # Go to a step: the cursor lands on its first event and the inspector follows.
        await pilot.press("g")
        assert isinstance(app.screen, AskScreen)
        await pilot.press("9", "enter")
        await flush(pilot)
        assert cursor.step == 9 and not isinstance(app.screen, AskScreen)
        assert "After step 9" in plain(view, "world")
        # An event past the end is explained, not silently taken as the last one.
        await pilot.press("g")
        await answer(pilot, "#9999")
        assert isinstance(app.screen, AskScreen) and cursor.step == 9
        error = str(app.screen.query_one("#ask-error").render())
        assert error == f"The last event is #{len(cursor) - 1}."
        await pilot.press("escape")

        # The eLog send: its row says where the message went, the inspector shows it queued.
        send = next(
            i for i, e in enumerate(trace.events) if isinstance(e, EventSent) and e.event == "eLog"
        )
        await pilot.press("home")
        await pilot.click(view.timeline, offset=(2, send + 1))  # row 0 is the header
        assert cursor.index == send
        world = plain(view, "world")
        assert "inbox (2):" in world and 'eLog "late"' in world
        event_text = plain(view, "event")
        assert 'send eLog "late" → Logger(3)' in event_text
        assert "pingpong.p:" in event_text and "send logger, eLog" in event_text

        await pilot.press("b")
        assert isinstance(cursor.event, BugFound)


async def test_enter_opens_the_current_events_source(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    app.initial_trace = (pingpong(), None)
    async with app.run_test(size=SIZE) as pilot:
        view = await open_view(pilot)
        screen = app.main_screen
        assert screen is not None
        span = view.cursor.span
        assert span is not None
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.main_area.active_editor is not None, "the editor")
        pane = screen.main_area.active_editor
        assert pane is not None and Path(pane.path).name == "pingpong.p"
        assert pane.editor.cursor_location == (span.line - 1, span.col - 1)
        # Back to the trace: Alt+→ cycles tabs and focuses the timeline.
        screen.main_area.activate(view)
        await pilot.press("escape")
        assert view.timeline.has_focus


async def test_a_p_text_trace_shows_a_world_without_variables(
    model: Path, make_app: MakeApp
) -> None:
    trace = load_text_trace(write_text_trace(pingpong()))
    app = make_app(model)
    app.initial_trace = (trace, "pingpong.txt")
    async with app.run_test(size=SIZE) as pilot:
        view = await open_view(pilot)
        assert isinstance(view.cursor.event, BugFound)
        world = plain(view, "world")
        assert "from the events" in world and "Logger(3) Logging halted" in world
        await pilot.press("g")
        await pilot.press("1", "enter")
        await flush(pilot)
        assert view.cursor.index == 1


async def test_open_trace_from_the_palette_and_a_bad_file(
    model: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    good = model.parent / "pide-out" / "tcPing" / "pingpong_0_0.pide-trace.json"
    good.parent.mkdir(parents=True)
    good.write_text(dump_trace(pingpong()), encoding="utf-8")
    bad = model.parent / "broken.trace.json"
    bad.write_text("[{]", encoding="utf-8")
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        screen.action_open_trace()
        await flush(pilot)
        ask = app.screen
        assert isinstance(ask, AskScreen)
        # Trace files found in the project are offered, newest first.
        assert os.path.join("pide-out", "tcPing", "pingpong_0_0.pide-trace.json") in ask.choices
        await answer(pilot, "broken.trace.json")
        await flush(pilot)
        assert not screen.main_area.tabs.query(TraceView)
        [notice] = list(app._notifications)
        assert "broken.trace.json: entry" in notice.message or "invalid JSON" in notice.message
        screen.action_open_trace()
        await flush(pilot)
        await answer(pilot, "nowhere.json")
        assert isinstance(app.screen, AskScreen)  # explained in the dialog, not closed
        await pilot.press("escape")
        screen.action_open_trace()
        await flush(pilot)
        await answer(pilot, str(good.relative_to(model.parent)))
        view = await open_view(pilot)
        assert view.trace_path is not None and view.trace_path.endswith("pide-trace.json")


async def test_export_writes_next_to_the_trace(model: Path, make_app: MakeApp) -> None:
    trace_file = model.parent / "out" / "pp_0_0.pide-trace.json"
    trace_file.parent.mkdir()
    trace_file.write_text(dump_trace(pingpong()), encoding="utf-8")
    app = make_app(model)
    app.initial_trace = (pingpong(), str(trace_file))
    async with app.run_test(size=SIZE) as pilot:
        await open_view(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("m")
        written = trace_file.with_name("pp_0_0.mmd")
        await wait_until(pilot, written.exists, "the Mermaid file")
        text = written.read_text(encoding="utf-8")
        assert text.startswith("sequenceDiagram") and "Client_1->>Server_2: ePing" in text


def test_bank_trace_records_for_the_snapshot() -> None:
    """The bank trace the snapshot shows has a bug in the spec (guards the golden's premise)."""
    trace = record(Path("examples/bank/Bank.pproj").resolve(), "tcPipelinedLostUpdate")
    assert trace.bug is not None and trace.bug.machine == "BankBalanceIsCorrect"
