"""Editing: live diagnostics, problem navigation, go to line, themes."""

from __future__ import annotations

from pathlib import Path

from pide.core.diagnostics import Severity
from textual import events
from textual.widgets._select import SelectOverlay

from pide.screens.goto_line import GoToLineScreen
from tests.tui.conftest import SIZE, MakeApp, flush, settled, wait_until


async def test_typing_an_error_reports_it_and_undo_clears_it(bank: Path, make_app: MakeApp) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None
        original = pane.text
        pane.editor.move_cursor((1, 0))
        await pilot.press(*"type t = nosuch;")
        problems = screen.bottom_panel.problems
        await wait_until(pilot, lambda: problems.diagnostics, "a problem")
        await settled(pilot)
        [problem] = problems.diagnostics
        assert problem.code == "P0206" and problem.severity is Severity.ERROR
        assert (problem.span.line, problem.span.col) == (2, 10)
        assert screen.status.errors == 1
        assert pane.editor.problem_lines == {1: Severity.ERROR}
        assert pane.dirty and str(screen.main_area.tabs.get_tab(pane.id or "").label).endswith("●")

        # Selecting the problem puts the cursor on it.
        pane.editor.move_cursor((30, 0))
        problems.focus_table()
        await pilot.press("enter")
        await flush(pilot)
        assert pane.editor.cursor_location == (1, 9)
        assert pane.editor.has_focus

        for _ in range(20):
            if pane.text == original:
                break
            await pilot.press("ctrl+z")
        await wait_until(pilot, lambda: not problems.diagnostics, "the problem to go away")
        assert not pane.dirty and pane.editor.problem_lines == {}


async def test_next_problem_and_go_to_line(bank: Path, make_app: MakeApp) -> None:
    client = bank / "PSrc" / "Client.p"
    client.write_text(client.read_text() + "\nfun Broken() { x = 1; }\nfun Worse() { y = 2; }\n")
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        errors = [d for d in screen.bottom_panel.problems.diagnostics if d.is_error]
        assert [d.message for d in errors] == [
            "cannot find variable 'x'",
            "cannot find variable 'y'",
        ]
        await pilot.press("f8")
        pane = screen.main_area.active_editor
        assert pane is not None and pane.file_name == "Client.p"
        assert pane.editor.cursor_location == (errors[0].span.line - 1, errors[0].span.col - 1)
        await pilot.press("f8")
        assert pane.editor.cursor_location == (errors[1].span.line - 1, errors[1].span.col - 1)
        await pilot.press("shift+f8")
        assert pane.editor.cursor_location == (errors[0].span.line - 1, errors[0].span.col - 1)

        await pilot.press("ctrl+g")
        assert isinstance(app.screen, GoToLineScreen)
        await pilot.press("3", ":", "5", "enter")
        assert pane.editor.cursor_location == (2, 4)
        assert screen.status.position == (3, 5)


async def test_theme_switch_restyles_the_editor(bank: Path, make_app: MakeApp) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None
        light = next(t for t in app.pide_themes if t.name == "pide-light")
        app.theme = "pide-light"
        await flush(pilot)
        keyword_line = pane.editor.get_line(5)  # "machine AtomicBankServer"
        styles = {str(span.style) for span in keyword_line.spans}
        assert str(light.tokens["declaration-word"]) in styles
        app.theme = "nord"  # one of Textual's: token colours are derived from it
        await flush(pilot)
        assert pane.editor.get_line(5).spans


async def test_keys_typed_ahead_follow_the_focus_keys(bank: Path, make_app: MakeApp) -> None:
    """A terminal delivers keys typed quickly in one read. The keys after F6 or Shift+F6
    go where those keys moved the focus, not to the editor that had it before (F6 then Tab
    used to indent the editor, F6 then Enter to split its line)."""
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None and pane.editor.has_focus
        text = pane.text
        screen.bottom_panel.tabs.active = "panel-check"
        await screen.check_runner.ensure_form()
        await flush(pilot)

        def burst(*keys: tuple[str, str | None]) -> None:
            driver = app._driver
            assert driver is not None
            for key, char in keys:
                event = events.Key(key, char)
                event.set_sender(app)
                driver.send_message(event)

        burst(("f6", None), ("tab", "\t"), ("enter", "\r"))
        await wait_until(pilot, lambda: isinstance(app.focused, SelectOverlay), "the menu")
        assert pane.text == text and not pane.dirty
        await pilot.press("escape", "escape")  # close the menu, back to the editor
        assert pane.editor.has_focus
        burst(("shift+f6", None), ("x", "x"))
        await wait_until(pilot, lambda: screen.sidebar.project_tree.has_focus, "the explorer")
        await flush(pilot)
        assert pane.text == text and not pane.dirty


async def test_enter_on_a_problem_jumps_and_says_it_in_full(bank: Path, make_app: MakeApp) -> None:
    """The Problems table cuts a long message at its width; choosing the row jumps to the
    span and shows the whole message."""
    types = bank / "PSrc" / "BankTypes.p"
    types.write_text("oops " + types.read_text())
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        [problem] = screen.bottom_panel.problems.diagnostics
        assert len(problem.message) > 60
        screen.bottom_panel.problems.focus_table()
        await pilot.press("enter")

        def jumped() -> bool:
            pane = screen.main_area.active_editor
            return pane is not None and pane.file_name == "BankTypes.p"

        await wait_until(pilot, jumped, "the jump")
        await wait_until(
            pilot,
            lambda: any(problem.message in n.message for n in app._notifications),
            "the message in full",
        )
