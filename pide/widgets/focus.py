"""`focus_now`: move the focus before the next key is handled.

`Widget.focus()` only schedules the change (`call_later`), after the messages already
queued. Keys typed ahead arrive together in one read (F6 then Tab), and the app hands each
key to the focused widget as it reads it, so with `focus()` the keys after F6 went to the
widget focused before: F6 then Tab indented the editor instead of moving through the check
form. The screen's "go to that pane" actions focus through this function instead (it
helps the priority keys, which the app handles before reading the next key).
"""

from __future__ import annotations

from textual.dom import NoScreen
from textual.widget import Widget


def focus_now(widget: Widget) -> None:
    """Focus `widget` at once (falling back to `focus()` when it has no screen yet)."""
    try:
        screen = widget.screen
    except NoScreen:
        widget.focus()
        return
    screen.set_focus(widget)
