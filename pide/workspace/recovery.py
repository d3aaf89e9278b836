"""Recovery copies of unsaved edits, so a crash or a closed terminal loses nothing.

While a buffer has unsaved changes the IDE writes it, a few seconds after each change, to
`<cache>/pide/recovery/<hash>.p`: the hash is of the file's absolute path, and the first
line of the copy names that path again (as a P comment, so the copy is itself a readable P
file). Reading the path back from the copy, rather than trusting the hash alone, means a
copy is only ever offered for the file it was made from.

A copy is offered when its file is opened and it is newer than the file on disk and differs
from it; saving the file, or the user declining the copy, removes it. At start the IDE
offers the copies of its project's files, and of new files under its folder that were never
saved (`sources` lists the files that have copies).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pide.workspace.files import FileError, atomic_write

HEADER = "// pide recovery copy of: "


def default_recovery_dir() -> Path:
    """`$XDG_CACHE_HOME/pide/recovery`, else `~/.cache/pide/recovery`."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "pide" / "recovery"


@dataclass(frozen=True, slots=True)
class RecoveryCopy:
    """An unsaved version of `source`, stored at `path` at time `saved_ns`."""

    source: Path
    path: Path
    text: str
    saved_ns: int


@dataclass(frozen=True, slots=True)
class RecoveryStore:
    """The folder of recovery copies; every method is safe to call when it does not exist."""

    directory: Path

    def path_for(self, source: str | Path) -> Path:
        key = str(Path(source).resolve())
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
        return self.directory / f"{digest}.p"

    def save(self, source: str | Path, text: str) -> None:
        """Store `text` as the recovery copy of `source` (atomically, like a save)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FileError(f"cannot create {self.directory}: {error.strerror or error}") from error
        header = HEADER + str(Path(source).resolve()) + "\n"
        atomic_write(self.path_for(source), header + text)

    def load(self, source: str | Path) -> RecoveryCopy | None:
        """The recovery copy of `source`, if there is a readable one made from that file."""
        path = self.path_for(source)
        try:
            raw = path.read_text(encoding="utf-8")
            saved_ns = path.stat().st_mtime_ns
        except (OSError, UnicodeDecodeError):
            return None
        first, _, text = raw.partition("\n")
        resolved = Path(source).resolve()
        if first != HEADER + str(resolved):
            return None
        return RecoveryCopy(resolved, path, text, saved_ns)

    def offer(self, source: str | Path, disk_text: str | None) -> RecoveryCopy | None:
        """The copy worth offering when `source` is opened: newer than the file and different.

        `disk_text` is the file's current text, None when the file does not exist (then
        any copy is worth offering).
        """
        copy = self.load(source)
        if copy is None or copy.text == disk_text:
            return None
        if disk_text is not None:
            try:
                disk_ns = Path(source).stat().st_mtime_ns
            except OSError:
                return copy
            if disk_ns > copy.saved_ns:
                return None
        return copy

    def sources(self) -> list[Path]:
        """The files that have a recovery copy (read from the copies' first lines)."""
        found: list[Path] = []
        try:
            copies = sorted(self.directory.glob("*.p"))
        except OSError:
            return found
        for copy in copies:
            try:
                with copy.open(encoding="utf-8") as stream:
                    first = stream.readline().rstrip("\n")
            except (OSError, UnicodeDecodeError):
                continue
            if first.startswith(HEADER):
                found.append(Path(first.removeprefix(HEADER)))
        return found

    def discard(self, source: str | Path) -> None:
        with contextlib.suppress(OSError):
            self.path_for(source).unlink()


__all__ = ["FileError", "RecoveryCopy", "RecoveryStore", "default_recovery_dir"]
