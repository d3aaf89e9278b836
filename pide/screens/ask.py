"""`AskScreen`: ask for one line of text, with a list of likely answers to pick from.

Used for "Open trace…" (a path, with the trace files found in the project listed), "Draw
which machine?" and the debugger's "go to step". `check` turns the typed text into the
answer or an error message shown under the field, so a wrong answer is explained without
closing the dialog. Typing narrows the list to the answers containing the text; ↓ moves into
the list, and Enter on text that is no answer itself takes the one answer left in the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

Check = Callable[[str], str | None]
"""Returns an error message for a bad answer, None for a good one."""


class AskScreen(ModalScreen[str | None]):
    """Dismisses with the typed (or picked) text, or None when cancelled."""

    DEFAULT_CSS = """
    AskScreen {
        align: center top;
        & > Vertical {
            margin-top: 3;
            width: 80;
            height: auto;
            max-height: 80%;
            padding: 0 1;
            background: $panel;
            border: thick $primary 60%;
        }
        & Input { margin-top: 1; }
        & OptionList { height: auto; max-height: 12; margin-top: 1; }
        & #ask-error { color: $error; height: auto; }
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("down", "to_list", "Choose from the list", show=False),
    ]

    def __init__(
        self,
        prompt: str,
        *,
        value: str = "",
        placeholder: str = "",
        choices: Sequence[str] = (),
        check: Check | None = None,
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.value = value
        self.placeholder = placeholder
        self.choices = list(choices)
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.prompt)
            suggester = SuggestFromList(self.choices) if self.choices else None
            yield Input(
                value=self.value,
                placeholder=self.placeholder,
                suggester=suggester,
                id="ask-input",
            )
            yield Label("", id="ask-error")
            if self.choices:
                yield OptionList(*(Option(c) for c in self.choices), id="ask-choices")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _matching(self, text: str) -> list[str]:
        """The choices containing `text` (all of them when it is empty), ignoring case."""
        wanted = text.strip().casefold()
        return [c for c in self.choices if wanted in c.casefold()]

    def _answer(self, text: str) -> None:
        problem = self.check(text) if self.check is not None else None
        if problem is not None or (not text and self.choices):
            matching = self._matching(text)
            if len(matching) == 1 and matching[0] != text:
                self._answer(matching[0])
                return
            if not text:
                problem = "Type an answer, or choose one from the list (↓)."
            self.query_one("#ask-error", Label).update(problem or "")
            return
        self.dismiss(text)

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        if not self.choices:
            return
        options = self.query_one("#ask-choices", OptionList)
        options.clear_options()
        options.add_options([Option(c) for c in self._matching(event.value)])
        self.query_one("#ask-error", Label).update("")

    def action_to_list(self) -> None:
        if not self.choices:
            return
        options = self.query_one("#ask-choices", OptionList)
        if options.option_count:
            options.highlighted = 0
            self.set_focus(options)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._answer(event.value.strip())

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._answer(str(event.option.prompt))

    def action_cancel(self) -> None:
        self.dismiss(None)
