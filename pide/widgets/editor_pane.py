"""`EditorPane`: one open file — its editor, what is on disk, and its recovery copy.

The pane is where "nothing is lost" is enforced for one file. It knows the text last read
from or written to disk (`saved_text`, None when the file does not exist), so it can say
whether the buffer is dirty; it writes a recovery copy a few seconds after each change
while the buffer is dirty; it saves atomically; and it compares the file's `DiskStamp`
with the one it loaded to tell when someone else changed the file. Deciding what to do
about an external change (reload silently, or ask) is left to the screen, which can open
dialogs.
"""

from __future__ import annotations

import contextlib
from enum import Enum
from pathlib import Path

from textual.app import ComposeResult
from textual.message import Message
from textual.timer import Timer
from textual.widgets import TabPane, TextArea

from pide.widgets.code_editor import CodeEditor
from pide.workspace.files import DiskStamp, FileError, LoadedText, atomic_write, read_text
from pide.workspace.recovery import RecoveryStore

RECOVERY_DELAY = 2.0
"""Seconds after the last change before the recovery copy is written."""


class DiskState(Enum):
    SAME = "same"
    CHANGED = "changed"
    DELETED = "deleted"


class EditorPane(TabPane):
    """A tab holding one file's `CodeEditor` and the file's on-disk state."""

    DEFAULT_CSS = """
    EditorPane { padding: 0; }
    """

    class DirtyChanged(Message):
        """The buffer went from saved to modified, or back."""

        def __init__(self, pane: EditorPane, dirty: bool) -> None:
            super().__init__()
            self.pane = pane
            self.dirty = dirty

        @property
        def control(self) -> EditorPane:
            return self.pane

    def __init__(
        self,
        path: str,
        title: str,
        loaded: LoadedText,
        *,
        recovery: RecoveryStore,
        exists: bool = True,
        cursor_blink: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(Path(path).name, id=id)
        self.path = path
        """The file's path as the compiler names it (diagnostics use the same string)."""
        self.display_title = title
        """The path shown to the user, relative to the project root."""
        self.file_name = Path(path).name
        self.saved_text: str | None = loaded.text if exists else None
        self.stamp: DiskStamp | None = loaded.stamp
        self.bom = loaded.bom
        self.recovery = recovery
        self._is_dirty = not exists and loaded.text != ""
        self._recovery_timer: Timer | None = None
        self._discarded = False
        self._editor = CodeEditor(
            loaded.text,
            highlight=path.endswith(".p"),
            cursor_blink=cursor_blink,
            id=f"{id}-editor" if id else None,
        )

    def compose(self) -> ComposeResult:
        yield self._editor

    @property
    def editor(self) -> CodeEditor:
        return self._editor

    @property
    def text(self) -> str:
        return self._editor.text

    @property
    def dirty(self) -> bool:
        return self._is_dirty

    def _on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._update_dirty()
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
        self._recovery_timer = self.set_timer(RECOVERY_DELAY, self.write_recovery)

    def _update_dirty(self) -> None:
        dirty = self._editor.text != self.saved_text
        if dirty != self._is_dirty:
            self._is_dirty = dirty
            self.post_message(self.DirtyChanged(self, dirty))

    # --- disk ----------------------------------------------------------------------

    def save(self) -> None:
        """Write the buffer atomically; raises `FileError` (the buffer stays dirty)."""
        text = self._editor.text
        self.stamp = atomic_write(self.path, text, bom=self.bom)
        self.saved_text = text
        self.discard_recovery()
        self._update_dirty()

    def disk_state(self) -> DiskState:
        """How the file on disk compares with the version this buffer was loaded from."""
        stamp = DiskStamp.of(self.path)
        if stamp == self.stamp:
            return DiskState.SAME
        return DiskState.DELETED if stamp is None else DiskState.CHANGED

    def reload(self) -> None:
        """Replace the buffer with the file on disk (undoable); raises `FileError`."""
        loaded = read_text(self.path)
        self.accept_disk_version(loaded)
        if loaded.text != self._editor.text:
            row, col = self._editor.cursor_location
            self._editor.replace(loaded.text, (0, 0), self._editor.document.end)
            last = self._editor.document.line_count - 1
            self._editor.cursor_location = (min(row, last), col)
        self.discard_recovery()
        self._update_dirty()

    def accept_disk_version(self, loaded: LoadedText | None = None) -> None:
        """Take the file as it is now on disk as the saved version (keeping the buffer).

        Used when the user keeps their edits over an external change: the next save
        overwrites the file, and the same change is not reported again.
        """
        if loaded is None:
            try:
                loaded = read_text(self.path)
            except FileError:
                self.stamp, self.saved_text = None, None
                self._update_dirty()
                return
        self.stamp, self.saved_text, self.bom = loaded.stamp, loaded.text, loaded.bom
        self._update_dirty()

    def forget_disk_version(self) -> None:
        """The file was deleted: the buffer is now the only copy (so it counts as dirty)."""
        self.stamp, self.saved_text = None, None
        self._update_dirty()

    # --- recovery -------------------------------------------------------------------

    def write_recovery(self) -> None:
        """Write (or, when the buffer is clean, remove) this file's recovery copy."""
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
            self._recovery_timer = None
        self._update_dirty()  # the Changed message of the last keystroke may be pending
        if not self._is_dirty:
            self.recovery.discard(self.path)
            return
        try:
            self.recovery.save(self.path, self._editor.text)
        except FileError as error:
            self.notify(str(error), title="Recovery copy not written", severity="warning")

    def discard_changes(self) -> None:
        """The user chose to throw the unsaved changes away: no recovery copy is kept."""
        self._discarded = True
        self.discard_recovery()

    def _on_unmount(self) -> None:
        # The last chance for unsaved work when the app goes away for any reason.
        if self._is_dirty and not self._discarded:
            with contextlib.suppress(FileError):
                self.recovery.save(self.path, self._editor.text)

    def discard_recovery(self) -> None:
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
            self._recovery_timer = None
        self.recovery.discard(self.path)
