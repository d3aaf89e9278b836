"""Fixtures for the IDE's tests: a private copy of an example, private recovery/theme
folders (the user's ~/.cache and ~/.config are never touched), and `wait_until`, which
waits for a condition (a compile finishing, a dialog opening) instead of a fixed time."""

from __future__ import annotations

import asyncio
import inspect
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pide.core.api import compile_path
from pide.core.check import CheckConfig, Checker
from pide.core.runtime import compile_program
from pide.core.trace.model import Trace
from textual.pilot import Pilot
from textual.widgets import Footer

from pide.app import PideApp
from pide.screens.main import MainScreen
from pide.widgets.project_tree import ProjectTree


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin is needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SIZE = (100, 30)
"""The terminal size of behaviour tests: small, because drawing dominates their run time."""
SNAPSHOT_SIZE = (160, 48)
"""The terminal size of the snapshot goldens."""

MakeApp = Callable[[Path | str], PideApp]


def file_nodes(tree: ProjectTree) -> dict[str, str]:
    """Display name -> path of every file in the project tree."""
    found: dict[str, str] = {}
    stack = [tree.root]
    while stack:
        node = stack.pop()
        if node.data is not None:
            found[Path(node.data).name] = node.data
        stack.extend(node.children)
    return found


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A copy of examples/bank (tests edit and save files)."""
    target = tmp_path / "bank"
    shutil.copytree(EXAMPLES / "bank", target)
    return target


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[[Path | str], PideApp]:
    def make(target: Path | str) -> PideApp:
        return PideApp(
            target,
            recovery_dir=tmp_path / "recovery",
            theme_dir=tmp_path / "themes",
            cursor_blink=False,
        )

    return make


async def wait_until(
    pilot: Pilot[int], condition: Callable[[], object], what: str, timeout: float = 15.0
) -> None:
    """Let the app run until `condition()` holds; fail (naming `what`) after `timeout` s."""
    waited = 0.0
    while not condition():
        if waited >= timeout:
            raise AssertionError(f"timed out waiting for {what}")
        # A plain sleep lets the app (same event loop) run; `pilot.pause` would also visit
        # every widget's message queue on each poll, which costs more than the wait.
        await asyncio.sleep(0.05)
        waited += 0.05
    await flush(pilot)


async def flush(pilot: Pilot[int]) -> None:
    """Let the app handle the messages already posted.

    `pilot.pause()` without a delay also waits for the process to go idle, which takes up
    to a second while a compile runs in its worker thread; tests do not need that.
    """
    await pilot.pause(0)


def main_screen(app: PideApp) -> MainScreen:
    assert app.main_screen is not None
    return app.main_screen


async def settled(pilot: Pilot[int]) -> MainScreen:
    """Wait until the app has opened its project and finished compiling it."""
    app = pilot.app
    assert isinstance(app, PideApp)
    await wait_until(pilot, lambda: app.main_screen is not None, "the main screen")
    screen = main_screen(app)
    await wait_until(
        pilot, lambda: screen.result is not None and not screen.compiling, "the compile"
    )
    return screen


async def footer_drawn(pilot: Pilot[int]) -> None:
    """Wait until the footer shows its keys: it redraws them a moment after each focus
    change, so a snapshot taken right after one can catch it empty."""
    screen = next(s for s in reversed(pilot.app.screen_stack) if s.query(Footer))
    footer = screen.query_one(Footer)
    await wait_until(pilot, lambda: footer.children, "the footer's keys")


def bank_lost_update_trace(project: str | Path) -> Trace:
    """The bank's lost-update bug (tcPipelinedLostUpdate) as the checker records it; the
    trace's source paths are relative when `project` is."""
    result = compile_path(str(project))
    assert result.program is not None
    config = CheckConfig(seed=1, schedules=100, project_name="Bank", strategy="random")
    test = result.program.tests["tcPipelinedLostUpdate"]
    trace = Checker().run(compile_program(result.program), test, config).trace
    assert trace is not None
    return trace
