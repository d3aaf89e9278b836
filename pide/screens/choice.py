"""`ChoiceScreen`: a small modal question with a few labelled answers.

Every "are you sure?" in the IDE (quit with unsaved changes, restore a recovery copy, reload
a file changed on disk, close a modified tab) is this one dialog with different choices, so
they all look and behave alike: each choice has a key shown in parentheses, Escape means the
last choice (the safe "cancel"), and the dialog returns the chosen choice's id.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


@dataclass(frozen=True, slots=True)
class Choice:
    """An answer: `id` is returned, `key` picks it from the keyboard."""

    id: str
    label: str
    key: str
    variant: str = "default"


class ChoiceScreen(ModalScreen[str]):
    """Ask `question` (with an explanatory `detail`); dismisses with a `Choice.id`."""

    DEFAULT_CSS = """
    ChoiceScreen {
        align: center middle;
        & > Vertical {
            width: auto;
            min-width: 60;
            max-width: 90;
            height: auto;
            padding: 1 2;
            background: $panel;
            border: thick $primary 60%;
        }
        & #choice-question { text-style: bold; width: 100%; }
        & #choice-detail { margin: 1 0; color: $text-muted; width: 100%; }
        & Horizontal { height: auto; align-horizontal: right; }
        & Horizontal { width: auto; }
        & Button { margin-left: 1; min-width: 10; width: auto; }
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, question: str, detail: str, choices: list[Choice]) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.question, id="choice-question")
            yield Static(self.detail, id="choice-detail", markup=False)
            with Horizontal():
                for choice in self.choices:
                    yield Button(
                        Content(f"{choice.label} ({choice.key})"),
                        id=f"choice-{choice.id}",
                        variant=choice.variant,  # type: ignore[arg-type]
                    )

    def on_mount(self) -> None:
        self.query_one(f"#choice-{self.choices[0].id}", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id:
            self.dismiss(event.button.id.removeprefix("choice-"))

    def on_key(self, event: Key) -> None:
        for choice in self.choices:
            if event.key == choice.key:
                event.stop()
                self.dismiss(choice.id)
                return

    def action_cancel(self) -> None:
        self.dismiss(self.choices[-1].id)
