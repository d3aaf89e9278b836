"""The IDE's small dialogs, driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label, OptionList

from pide.screens.ask import AskScreen
from tests.tui.conftest import SIZE, MakeApp, flush, settled


async def test_ask_narrows_the_list_and_reaches_it_from_the_keyboard(
    bank: Path, make_app: MakeApp
) -> None:
    """In "Draw which machine?" and "Open trace…", ↓ goes from the field into the list,
    typing narrows it, and Enter takes the one answer left; an empty Enter explains
    itself instead of saying 'No machine or spec named '."""
    app = make_app(bank / "Bank.pproj")
    answers: list[str | None] = []
    choices = ["Client", "ClientDriver", "Server"]

    def check(text: str) -> str | None:
        return None if text in choices else f"No machine or spec named {text}"

    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)

        async def ask() -> AskScreen:
            screen = AskScreen("Draw which?", choices=choices, check=check)
            app.push_screen(screen, answers.append)
            await flush(pilot)
            return screen

        screen = await ask()
        await pilot.press("enter")
        assert app.screen is screen
        assert "choose one from the list" in str(screen.query_one("#ask-error", Label).render())
        await pilot.press("down")
        options = screen.query_one(OptionList)
        assert options.has_focus and options.highlighted == 0
        await pilot.press("down", "enter")
        assert answers == ["ClientDriver"]

        screen = await ask()
        await pilot.press(*"serv")
        assert options is not screen.query_one(OptionList)
        assert screen.query_one(OptionList).option_count == 1
        await pilot.press("enter")
        assert answers[-1] == "Server"

        screen = await ask()
        await pilot.press(*"client")
        assert screen.query_one(OptionList).option_count == 2
        await pilot.press("enter")  # "client" is no machine, and two are left: explained
        assert app.screen is screen
        assert "No machine" in str(screen.query_one("#ask-error", Label).render())
        screen.query_one(Input).value = "Client"
        await pilot.press("enter")
        assert answers[-1] == "Client"
