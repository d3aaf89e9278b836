"""The Textual application: themes, the command palette and quitting; nothing else.

`pide PATH` lands in `run_app`. The app registers the themes (`pide.theming`), opens
`MainScreen` on the path and routes Ctrl+Q through the screen's unsaved-changes check. All
workspace behaviour lives in the screen and its widgets, so the app stays a thin shell that
later screens can be pushed onto; a trace given on the command line opens in the debugger.

A SIGTERM, SIGHUP (the terminal closed) or SIGINT (`kill -INT`; the Ctrl-C key is a key
press inside the IDE) would otherwise end the process on the spot, leaving the terminal in
application mode and losing the last seconds of typing: the app writes the recovery copy of
every modified buffer at once, then exits cleanly with the shell's code for the signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable, Mapping
from pathlib import Path

from rich.style import Style
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.theme import Theme

from pide.core.trace.model import Trace
from pide.screens.main import MainScreen
from pide.theming import (
    DEFAULT_THEME,
    PideTheme,
    bundled_themes,
    load_user_themes,
    token_styles_for,
    user_theme_dir,
)
from pide.workspace.recovery import RecoveryStore, default_recovery_dir


class PideApp(App[int]):
    """The pide IDE on one model (a `.p` file, a folder or a `.pproj`)."""

    TITLE = "pide"

    def __init__(
        self,
        target: str | Path,
        *,
        recovery_dir: Path | None = None,
        theme_dir: Path | None = None,
        cursor_blink: bool = True,
        trace: tuple[Trace, str | None] | None = None,
    ) -> None:
        super().__init__()
        self.target = str(target)
        self.initial_trace = trace
        self.recovery = RecoveryStore(recovery_dir or default_recovery_dir())
        self.cursor_blink = cursor_blink
        self.pide_themes: list[PideTheme] = bundled_themes()
        user_themes, self.theme_errors = load_user_themes(theme_dir or user_theme_dir())
        self.pide_themes += user_themes
        for pide_theme in self.pide_themes:
            self.register_theme(pide_theme.theme)
        self.theme = DEFAULT_THEME
        self.main_screen: MainScreen | None = None
        self._signals: list[signal.Signals] = []

    def get_default_screen(self) -> Screen[None]:
        self.main_screen = MainScreen(
            self.target,
            recovery=self.recovery,
            token_styles=self.token_styles,
            cursor_blink=self.cursor_blink,
            initial_trace=self.initial_trace,
        )
        return self.main_screen

    def token_styles(self, theme: Theme) -> Mapping[str, Style]:
        return token_styles_for(theme, self.pide_themes)

    def on_mount(self) -> None:
        for error in self.theme_errors:
            self.notify(error, title="Theme skipped", severity="warning", timeout=10)
        self._install_signal_handlers()

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self.terminate, signum)
                self._signals.append(signum)

    def on_unmount(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in self._signals:
            loop.remove_signal_handler(signum)
        self._signals.clear()

    def terminate(self, signum: int) -> None:
        """Stop for a signal: keep every unsaved buffer as a recovery copy, then exit."""
        if self.main_screen is not None:
            self.main_screen.write_recovery_copies()
        self.exit(return_code=128 + signum)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title != "Quit":
                yield command
        yield SystemCommand("Quit", "Quit pide, asking about unsaved changes", self.action_quit)
        if isinstance(screen, MainScreen):
            yield from screen.palette_commands()

    async def action_quit(self) -> None:
        """Quit through the main screen, which asks first about unsaved changes."""
        if self.main_screen is None or not self.main_screen.is_attached:
            self.exit()
        elif not isinstance(self.screen, MainScreen):
            # A dialog is open; quitting from under it would skip its question.
            self.bell()
        else:
            self.main_screen.request_quit()


def run_app(path: str | Path, trace: tuple[Trace, str | None] | None = None) -> int:
    """Open the IDE on `path` (with `trace`, from its file, open in the debugger) and return
    the process exit code once it closes."""
    app = PideApp(path, trace=trace)
    result = app.run()
    if app.return_code:
        return app.return_code
    return result or 0
