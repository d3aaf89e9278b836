"""`pide check` and `pide replay` (registered on the main parser by `cli.build_parser`)."""

from __future__ import annotations

import argparse


def add_check_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Placeholder until the checker lands: the commands are added when core.check exists."""
    try:
        import pide.core.check.checker  # noqa: F401
    except ImportError:
        return
