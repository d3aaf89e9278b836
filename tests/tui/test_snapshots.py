"""SVG snapshots of the main screen at 160x48, compared with goldens in `snapshots/`.

Regenerate the goldens after an intended change with `PIDE_UPDATE_GOLDENS=1 pytest
tests/tui/test_snapshots.py`, then look at the SVGs before committing them. The project is
a copy in a temporary folder, shown with paths relative to its root, and the cursor does
not blink, so nothing in the picture depends on where or when the test runs.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from pide.widgets.trace_view import TraceView
from tests.tui.conftest import (
    SNAPSHOT_SIZE,
    MakeApp,
    bank_lost_update_trace,
    flush,
    footer_drawn,
    settled,
    wait_until,
)

GOLDENS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("PIDE_UPDATE_GOLDENS") == "1"


async def assert_snapshot(pilot: Pilot[int], name: str, tmp_path: Path) -> None:
    await footer_drawn(pilot)
    svg = pilot.app.export_screenshot(title="pide")
    golden = GOLDENS / f"{name}.svg"
    if UPDATE:
        GOLDENS.mkdir(exist_ok=True)
        golden.write_text(svg, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"no golden {golden}; create it with PIDE_UPDATE_GOLDENS=1")
    if svg != golden.read_text(encoding="utf-8"):
        actual = tmp_path / f"{name}.svg"
        actual.write_text(svg, encoding="utf-8")
        pytest.fail(f"{name} differs from {golden}; this run's picture is {actual}")


async def test_snapshot_bank_opened(bank: Path, make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        await settled(pilot)
        await assert_snapshot(pilot, "bank_opened", tmp_path)


async def test_snapshot_error_and_outline(bank: Path, make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None
        pane.editor.insert("    var broken: tNoSuchType;\n", (10, 0))
        await wait_until(pilot, lambda: screen.status.errors == 1, "the error")
        await settled(pilot)
        await pilot.press("ctrl+o")
        await flush(pilot)
        await assert_snapshot(pilot, "error_and_outline", tmp_path)


async def test_snapshot_light_theme_quit_dialog(
    bank: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        app.theme = "pide-light"
        pane = screen.main_area.active_editor
        assert pane is not None
        pane.editor.insert("// an unsaved line\n")
        await wait_until(pilot, lambda: pane.dirty, "the edit")
        await settled(pilot)
        await pilot.press("ctrl+q")
        await flush(pilot)
        await assert_snapshot(pilot, "light_quit_dialog", tmp_path)


async def test_snapshot_trace_debugger(
    bank: Path, make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(bank / "Bank.pproj")
    monkeypatch.chdir(bank)
    app.initial_trace = (bank_lost_update_trace("Bank.pproj"), None)
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        await wait_until(pilot, lambda: screen.main_area.tabs.query(TraceView), "the debugger")
        await pilot.press("p", "p", "p", "p", "p")  # to the database's acknowledgement
        await debugger_settled(pilot)
        await assert_snapshot(pilot, "trace_debugger", tmp_path)


async def test_snapshot_check_runner_after_a_bug(
    bank: Path, make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(bank)
    app = make_app("Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        await runner.ensure_form()
        runner.query_one("#check-test", Select).value = "tcPipelinedLostUpdate"
        runner.query_one("#check-seed", Input).value = "1"
        await pilot.press("f5")
        await wait_until(pilot, lambda: screen.main_area.tabs.query(TraceView), "the debugger")
        await wait_until(pilot, lambda: not runner.running, "the run")
        await debugger_settled(pilot)
        # The wall time varies from run to run: show a fixed one.
        stats = runner.query_one("#check-stats", Static)
        stats.update(str(stats.render()).rsplit(" · ", 1)[0] + " · 0.0 s")
        summary = runner.query_one("#check-summary", Static)
        lines = str(summary.render()).splitlines()
        summary.update("\n".join(_fixed_figures(line) for line in lines))
        await flush(pilot)
        await assert_snapshot(pilot, "check_runner_bug", tmp_path)


async def debugger_settled(pilot: Pilot[int]) -> None:
    """Wait until the debugger has scrolled its current row into view."""
    view = pilot.app.screen.query_one(TraceView)
    await wait_until(pilot, lambda: view.timeline.row_visible(view.cursor.index), "the row")


def _fixed_figures(line: str) -> str:
    """A summary line without its run-dependent figures (rate, time)."""
    line = re.sub(r"\([\d,]+/s\)", "(N/s)", line)
    return re.sub(r"time [\d.]+s", "time N s", line)
