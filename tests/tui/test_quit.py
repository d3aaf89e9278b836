"""Quitting and closing tabs ask before unsaved changes are lost."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from pide.screens.choice import ChoiceScreen
from pide.screens.main import MainScreen
from tests.tui.conftest import SIZE, MakeApp, flush, settled, wait_until


async def edit(pilot: Pilot[int], screen: MainScreen) -> None:
    pane = screen.main_area.active_editor
    assert pane is not None
    pane.editor.insert("// edit\n")
    await flush(pilot)
    assert pane.dirty


async def test_quit_asks_about_unsaved_changes(bank: Path, make_app: MakeApp) -> None:
    path = bank / "PSrc" / "BankServer.p"
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await edit(pilot, screen)
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("c")  # cancel
        assert app.is_running and app.screen is screen
        await pilot.press("ctrl+q")
        await pilot.press("d")  # quit without saving
        await wait_until(pilot, lambda: not app.is_running, "the app to exit")
    assert not path.read_text().startswith("// edit")
    assert app.recovery.load(path) is None


async def test_quit_can_save_everything_first(bank: Path, make_app: MakeApp) -> None:
    path = bank / "PSrc" / "BankServer.p"
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        await edit(pilot, await settled(pilot))
        await pilot.press("ctrl+q")
        await pilot.press("s")
        await wait_until(pilot, lambda: not app.is_running, "the app to exit")
    assert path.read_text().startswith("// edit\n")


async def test_quit_without_changes_exits_at_once(bank: Path, make_app: MakeApp) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running, "the app to exit")
