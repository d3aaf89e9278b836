"""Quitting and closing tabs ask before unsaved changes are lost."""

from __future__ import annotations

import os
import signal
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


async def test_a_termination_signal_keeps_unsaved_edits_and_exits(
    bank: Path, make_app: MakeApp
) -> None:
    """SIGTERM (or SIGHUP when the terminal closes) right after a keystroke: the edit is
    in a recovery copy at once (not only after the recovery delay) and the app exits
    through its normal shutdown, with the shell's code for the signal."""
    path = bank / "PSrc" / "BankServer.p"
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None
        assert app.recovery.load(path) is None
        await pilot.press("x")
        assert signal.SIGTERM in app._signals
        os.kill(os.getpid(), signal.SIGTERM)
        await wait_until(pilot, lambda: not app.is_running, "the app to exit")
    copy = app.recovery.load(path)
    assert copy is not None and copy.text.startswith("x")
    assert app.return_code == 128 + signal.SIGTERM
    assert not path.read_text().startswith("x")


async def test_closing_a_tab_discarding_its_changes_recompiles_and_keeps_focus(
    bank: Path, make_app: MakeApp
) -> None:
    """The error typed into a tab closed with "Discard" stayed in the problems (and kept
    the check runner from running) until something else recompiled; and closing the last
    tab left nothing focused, so keys went nowhere."""
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await pilot.press(*"oops")
        await wait_until(pilot, lambda: screen.status.errors == 1, "the error")
        await settled(pilot)
        await pilot.press("alt+w")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("d")
        await wait_until(pilot, lambda: screen.status.errors == 0, "the compile of the disk")
        assert screen.main_area.active_pane is None
        assert screen.sidebar.project_tree.has_focus
