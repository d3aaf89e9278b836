"""The Check tab: F5 runs the checker in a worker with progress; a bug opens the debugger
and writes the CLI's artifacts; Cancel stops a long run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pide.core.check import StopReason
from textual.widgets import Button, Input, ProgressBar, Select

from pide.widgets.check_runner import CheckRunner
from pide.widgets.trace_view import TraceView
from tests.trace.helpers import PINGPONG
from tests.tui.conftest import SIZE, MakeApp, flush, settled, wait_until


@pytest.fixture
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "pingpong"
    folder.mkdir()
    shutil.copy(PINGPONG, folder / "pingpong.p")
    monkeypatch.chdir(folder)
    return folder / "pingpong.p"


def text_of(runner: CheckRunner, part: str) -> str:
    return str(runner.query_one(f"#check-{part}").render())


async def test_f5_finds_the_bug_and_opens_its_trace(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        assert not runner.built  # until the tab is first shown
        await runner.ensure_form()
        assert runner.query_one("#check-test", Select).value == "tcPing"
        runner.query_one("#check-seed", Input).value = "1"
        await pilot.press("f5")
        assert screen.bottom_panel.tabs.active == "panel-check"
        await wait_until(pilot, lambda: screen.main_area.tabs.query(TraceView), "the debugger")
        view = screen.main_area.tabs.query_one(TraceView)
        assert view.cursor.trace.bug is not None and view.timeline.has_focus
        outcome = runner.last
        assert outcome is not None and outcome.report.stopped is StopReason.BUG
        written = model.parent / "pide-out" / "tcPing" / "pingpong_0_0.pide-trace.json"
        assert view.trace_path == str(Path("pide-out") / "tcPing" / written.name)
        assert written.is_file() and written.with_suffix("").with_suffix(".schedule").is_file()
        summary = text_of(runner, "summary")
        assert "BUG in FewPongs" in summary and "wrote pide-out" in summary
        assert text_of(runner, "stats").startswith("bug found · 1 schedule · ")
        assert not runner.running and runner.query_one("#check-cancel").disabled


async def test_cancel_stops_a_long_run(bank: Path, make_app: MakeApp, monkeypatch: object) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        screen.bottom_panel.tabs.active = "panel-check"  # showing the tab builds the form
        await wait_until(pilot, lambda: runner.built and runner.query("#check-test"), "the form")
        runner.query_one("#check-test", Select).value = "tcSharedAccount"
        runner.query_one("#check-schedules", Input).value = "1000000"
        await screen.action_run_check()
        await wait_until(pilot, lambda: "schedules ·" in text_of(runner, "stats"), "progress")
        assert runner.running and not runner.query_one("#check-cancel").disabled
        assert "/1,000,000 schedules" in text_of(runner, "stats")
        runner.query_one("#check-cancel", Button).press()
        await wait_until(pilot, lambda: not runner.running, "the run to stop")
        await flush(pilot)
        outcome = runner.last
        assert outcome is not None and outcome.report.stopped is StopReason.INTERRUPTED
        assert text_of(runner, "stats").startswith("cancelled")
        assert not screen.main_area.tabs.query(TraceView)


async def test_a_bad_form_is_explained(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        assert not runner.start()  # no form yet
        await runner.ensure_form()
        runner.query_one("#check-schedules", Input).value = "0"
        assert runner.request() == "schedules and max steps must be at least 1"
        assert not runner.start()
        runner.query_one("#check-schedules", Input).value = "5"
        runner.query_one("#check-seed", Input).value = "-"
        assert runner.request() == "seed must be a whole number"
        runner.query_one("#check-seed", Input).value = ""
        request = runner.request()
        assert not isinstance(request, str) and request.seed is None and request.schedules == 5


async def test_long_test_case_names_in_the_test_field(bank: Path, make_app: MakeApp) -> None:
    """The bank's parameterised family `tcManyClients___nClients_2` wrapped over two lines
    in the menu; the one-line field shows its start with an ellipsis."""
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        screen.bottom_panel.tabs.active = "panel-check"
        await runner.ensure_form()
        await flush(pilot)
        select = runner.query_one("#check-test", Select)
        names = [str(name) for _, name in select._options if isinstance(name, str)]
        longest = max(names, key=len)
        assert len(longest) > 22
        select.value = longest
        await flush(pilot)
        label = select.query_one("SelectCurrent #label")
        assert label.size.height == 1
        await pilot.press("f6", "enter")  # the menu: one line per name
        overlay = select.query_one("SelectOverlay")
        await wait_until(pilot, lambda: overlay.has_focus, "the menu")
        assert overlay.size.width >= len(longest)


async def test_a_dfs_run_that_finds_a_bug_stops_its_bar(model: Path, make_app: MakeApp) -> None:
    """A DFS bar has no total and pulses while the search runs; after a bug it pulsed on
    as if the search were still running, and the summary said "per schedule min 0, avg 0,
    max 0" (DFS does not count steps per schedule)."""
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        runner = screen.check_runner
        screen.bottom_panel.tabs.active = "panel-check"
        await runner.ensure_form()
        runner.query_one("#check-strategy", Select).value = "dfs"
        await screen.action_run_check()
        await wait_until(pilot, lambda: runner.last is not None, "the run")
        await flush(pilot)
        outcome = runner.last
        assert outcome is not None and outcome.report.stopped is StopReason.BUG
        bar = runner.query_one(ProgressBar)
        assert bar.total is not None and bar.percentage == 1
        summary = text_of(runner, "summary")
        assert "distinct states" in summary and "per schedule" not in summary
