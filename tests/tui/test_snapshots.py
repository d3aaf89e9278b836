"""SVG snapshots of the main screen at 160x48, compared with goldens in `snapshots/`.

Regenerate the goldens after an intended change with `PIDE_UPDATE_GOLDENS=1 pytest
tests/tui/test_snapshots.py`, then look at the SVGs before committing them. The project is
a copy in a temporary folder, shown with paths relative to its root, and the cursor does
not blink, so nothing in the picture depends on where or when the test runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pide.app import PideApp
from tests.tui.conftest import SNAPSHOT_SIZE, MakeApp, flush, settled, wait_until

GOLDENS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("PIDE_UPDATE_GOLDENS") == "1"


def assert_snapshot(app: PideApp, name: str, tmp_path: Path) -> None:
    svg = app.export_screenshot(title="pide")
    golden = GOLDENS / f"{name}.svg"
    if UPDATE:
        GOLDENS.mkdir(exist_ok=True)
        golden.write_text(svg, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"no golden {golden}; create it with PIDE_UPDATE_GOLDENS=1")
    if svg != golden.read_text(encoding="utf-8"):
        actual = tmp_path / f"{name}.svg"
        actual.write_text(svg, encoding="utf-8")
        pytest.fail(f"{name} differs from {golden}; this run's picture is {actual}")


async def test_snapshot_bank_opened(bank: Path, make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        await settled(pilot)
        assert_snapshot(app, "bank_opened", tmp_path)


async def test_snapshot_error_and_outline(bank: Path, make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None
        pane.editor.insert("    var broken: tNoSuchType;\n", (10, 0))
        await wait_until(pilot, lambda: screen.status.errors == 1, "the error")
        await settled(pilot)
        await pilot.press("ctrl+o")
        await flush(pilot)
        assert_snapshot(app, "error_and_outline", tmp_path)


async def test_snapshot_light_theme_quit_dialog(
    bank: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        app.theme = "pide-light"
        pane = screen.main_area.active_editor
        assert pane is not None
        pane.editor.insert("// an unsaved line\n")
        await wait_until(pilot, lambda: pane.dirty, "the edit")
        await settled(pilot)
        await pilot.press("ctrl+q")
        await flush(pilot)
        assert_snapshot(app, "light_quit_dialog", tmp_path)
