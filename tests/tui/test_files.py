"""Nothing is lost: atomic saves, recovery copies, external changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pide.app import PideApp
from pide.screens.choice import ChoiceScreen
from pide.widgets.editor_pane import EditorPane
from tests.tui.conftest import SIZE, MakeApp, flush, settled, wait_until


def active(pane: EditorPane | None) -> EditorPane:
    assert pane is not None
    return pane


def with_newer_recovery_copy(make_app: MakeApp, project: Path, path: Path) -> tuple[PideApp, str]:
    """An app on `project` whose recovery folder holds a copy of `path` newer than the file
    (as after a crash); returns the app and the file's text on disk."""
    disk = path.read_text()
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))  # the file is older than the copy
    app = make_app(project)
    app.recovery.save(path, "// recovered\n" + disk)
    return app, disk


async def test_edits_get_a_recovery_copy_and_save_is_atomic(
    bank: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pide.widgets.editor_pane.RECOVERY_DELAY", 0.05)
    path = bank / "PSrc" / "BankServer.p"
    disk, inode = path.read_text(), path.stat().st_ino
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = active(screen.main_area.active_editor)
        await pilot.press(*"// new", "enter")
        assert pane.dirty and screen.status.dirty

        # A recovery copy appears while the file itself is untouched.
        copy_path = app.recovery.path_for(path)
        await wait_until(pilot, copy_path.exists, "the recovery copy")
        copy = app.recovery.load(path)
        assert copy is not None and copy.text == pane.text == "// new\n" + disk
        assert copy_path.read_text().splitlines()[0].endswith(str(path.resolve()))
        assert path.read_text() == disk

        # Saving replaces the file (a new inode: written aside, then renamed over it),
        # leaves no temporary file behind and drops the recovery copy.
        await pilot.press("ctrl+s")
        assert not pane.dirty and not screen.status.dirty
        assert path.read_text() == "// new\n" + disk
        assert path.stat().st_ino != inode
        assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []
        assert not copy_path.exists()


@pytest.mark.parametrize(
    ("key", "restored"), [("r", True), ("d", False)], ids=["restore", "discard"]
)
async def test_a_newer_recovery_copy_is_offered(
    bank: Path, make_app: MakeApp, key: str, restored: bool
) -> None:
    path = bank / "PSrc" / "BankServer.p"
    app, disk = with_newer_recovery_copy(make_app, bank / "Bank.pproj", path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the offer")
        await pilot.press(key)
        screen = await settled(pilot)
        pane = active(screen.main_area.active_editor)
        assert pane.text == ("// recovered\n" + disk if restored else disk)
        assert pane.dirty is restored
        assert path.read_text() == disk
        assert (app.recovery.load(path) is not None) is restored
        if restored:
            await pilot.press("ctrl+s")
            assert path.read_text() == "// recovered\n" + disk
            assert app.recovery.load(path) is None


async def test_escape_on_the_recovery_offer_keeps_the_copy(bank: Path, make_app: MakeApp) -> None:
    """Escape answers a dialog with its last choice; on the recovery offer that was
    "Discard", which deleted the unsaved work for good. Now it is "Not now"."""
    path = bank / "PSrc" / "BankServer.p"
    app, disk = with_newer_recovery_copy(make_app, bank / "Bank.pproj", path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the offer")
        await pilot.press("escape")
        screen = await settled(pilot)
        pane = active(screen.main_area.active_editor)
        assert pane.text == disk and not pane.dirty
        copy = app.recovery.load(path)
        assert copy is not None and copy.text == "// recovered\n" + disk


async def test_recovery_copies_of_files_not_opened_first_are_offered_at_start(
    bank: Path, make_app: MakeApp
) -> None:
    """After a crash the project opens on its first file; the unsaved changes of another
    file are offered at once, not only once the user happens to open that file."""
    first, other = bank / "PSrc" / "BankServer.p", bank / "PSrc" / "BankTypes.p"
    app, disk = with_newer_recovery_copy(make_app, bank / "Bank.pproj", other)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the offer")
        assert str(other.name) in str(app.screen.query_one("#choice-detail").render())
        await pilot.press("r")
        screen = await settled(pilot)
        assert screen.main_area.pane_for(str(first)) is not None
        pane = active(screen.main_area.active_editor)
        assert pane.path == str(other)
        assert pane.text == "// recovered\n" + disk and pane.dirty


async def test_external_changes_reload_or_ask(bank: Path, make_app: MakeApp) -> None:
    path = bank / "PSrc" / "BankServer.p"
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        pane = active(screen.main_area.active_editor)

        # A clean buffer follows the file silently.
        path.write_text("// theirs 1\n" + path.read_text())
        screen.check_disk()
        await flush(pilot)
        assert pane.text.startswith("// theirs 1\n") and not pane.dirty

        # With unsaved edits the user is asked; "keep mine" is asked only once, and a
        # later save overwrites the file without asking again.
        pane.editor.insert("// mine\n", (0, 0))
        await flush(pilot)
        mine = pane.text
        path.write_text("// theirs 2\n" + path.read_text())
        screen.check_disk()
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the question")
        await pilot.press("k")
        screen.check_disk()
        await flush(pilot)
        assert app.screen is screen and pane.text == mine and pane.dirty
        await pilot.press("ctrl+s")
        assert app.screen is screen and path.read_text() == mine

        # "Reload" takes the file from disk.
        pane.editor.insert("// mine again\n", (0, 0))
        await flush(pilot)
        path.write_text("// theirs 3\n")
        screen.check_disk()
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the question")
        await pilot.press("r")
        assert pane.text == "// theirs 3\n" and not pane.dirty

        # A deleted file keeps its text, which now counts as unsaved.
        path.unlink()
        screen.check_disk()
        await flush(pilot)
        assert pane.text == "// theirs 3\n" and pane.dirty
        await pilot.press("ctrl+s")
        assert path.read_text() == "// theirs 3\n"


async def test_a_never_saved_new_file_is_offered_back_at_start(
    bank: Path, make_app: MakeApp
) -> None:
    """A new file typed into but never saved exists only as its recovery copy; after a
    crash it was offered only if the user opened the same new path again."""
    new = bank / "PSrc" / "Fresh.p"
    app = make_app(bank / "Bank.pproj")
    app.recovery.save(new, "event eFresh;\n")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the offer")
        assert "Fresh.p" in str(app.screen.query_one("#choice-detail").render())
        await pilot.press("r")
        screen = await settled(pilot)
        pane = active(screen.main_area.active_editor)
        assert Path(pane.path).resolve() == new.resolve()
        assert pane.text == "event eFresh;\n" and pane.dirty
        assert not new.exists()
