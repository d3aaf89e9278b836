"""Messages that cross widget boundaries: "show this place in the source".

Widget-specific messages are nested in their widgets (`ProblemsPanel.ProblemSelected`,
`OutlineTree.ItemSelected`, ...). Those that ask for a jump to source subclass
`OpenLocation`, and the main screen handles every `OpenLocation` with one `@on` handler.
Any later panel (a check report, a trace debugger stepping through events, a state
diagram) gets "jump to source" by posting one, without the screen learning about it.
"""

from __future__ import annotations

from textual.message import Message


class OpenLocation(Message):
    """Open `path` in the editor and put the cursor at 1-based `line`:`col`.

    A `line` of 0 means "the file as a whole": it is opened without moving the cursor.
    """

    def __init__(self, path: str, line: int = 0, col: int = 0) -> None:
        super().__init__()
        self.path = path
        self.line = line
        self.col = col
