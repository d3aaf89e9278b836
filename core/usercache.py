"""pide's cache folder (`~/.cache/pide`): data that is costly to derive on every start.

The parser's LALR tables (`syntax/tables.py`) and the code templates of
`fastdataclass` live here. Everything in it is optional: a missing, unreadable or damaged
file, or a folder that cannot be created, only costs the next start a rebuild, never an
error. Files are replaced by a rename, so concurrent runs never read half a file.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    """The folder, created if needed; None when there is no usable home directory."""
    home = os.path.expanduser("~")
    if home.startswith("~"):
        return None
    base = Path(home) / ".cache" / "pide"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return base


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename; give up quietly when that fails."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
