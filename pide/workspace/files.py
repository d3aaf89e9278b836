"""Reading and writing the user's files without ever leaving a half-written one behind.

`atomic_write` writes a temporary file in the target's own directory (so the final rename
never crosses a file system), fsyncs it and `os.replace`s the target: a crash, a full disk or
a killed process leaves either the old file or the new one, never a truncated mix. The
directory is fsynced too, so the rename itself survives a power cut.

`DiskStamp` is what "changed on disk" means: modification time, size and inode. The inode
matters because editors and version-control tools also replace files atomically, which can
keep the size and, on coarse clocks, the modification time.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class DiskStamp:
    """Identity of one version of a file on disk."""

    mtime_ns: int
    size: int
    inode: int

    @classmethod
    def of(cls, path: str | Path) -> DiskStamp | None:
        """The stamp of `path`, or None when it does not exist (or cannot be read)."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, st.st_ino)


@dataclass(frozen=True, slots=True)
class LoadedText:
    """A text file as the editor holds it: the text without a BOM, and whether it had one."""

    text: str
    stamp: DiskStamp | None
    bom: bool = False


class FileError(Exception):
    """A file could not be read or written; the message is fit to show the user."""


def read_text(path: str | Path) -> LoadedText:
    """Read a UTF-8 text file, remembering a byte-order mark so saving can restore it."""
    try:
        data = Path(path).read_bytes()
        stamp = DiskStamp.of(path)
    except OSError as error:
        raise FileError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise FileError(
            f"{path} is not UTF-8 text (line {line}, column {column}, byte {error.start}); "
            "pide edits UTF-8 only: convert the file (e.g. with iconv) to open it"
        ) from error
    if text.startswith(BOM):
        return LoadedText(text[1:], stamp, bom=True)
    return LoadedText(text, stamp)


def atomic_write(path: str | Path, text: str, *, bom: bool = False) -> DiskStamp | None:
    """Replace `path` with `text` (UTF-8) atomically; returns the new file's stamp.

    The file's permission bits are kept. Raises `FileError` when the file cannot be written;
    the original is untouched in that case.
    """
    target = Path(path)
    data = ((BOM if bom else "") + text).encode("utf-8")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise FileError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise FileError(f"cannot write {path}: {error.strerror or error}") from error
    _fsync_directory(directory)
    return DiskStamp.of(target)


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable; some platforms cannot open directories, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
