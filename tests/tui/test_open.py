"""Opening a project: the explorer, the outline, bad inputs, new files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pide.core.diagnostics import Diagnostic
from pide.core.project import Project, load_project
from textual.widgets import DataTable, Footer, Input

from pide.screens.ask import AskScreen
from pide.widgets.outline_tree import OutlineTree
from pide.workspace.outline import OutlineKind
from tests.tui.conftest import SIZE, MakeApp, file_nodes, flush, settled, wait_until


async def test_bank_opens_with_explorer_outline_and_editor(bank: Path, make_app: MakeApp) -> None:
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        tree = screen.sidebar.project_tree
        folders = [str(node.label) for node in tree.root.children]
        assert folders == ["Bank.pproj", "PSrc", "PSpec", "PTst"]
        assert set(file_nodes(tree)) >= {"BankServer.p", "Client.p", "TestScript.p"}
        pane = screen.main_area.active_editor
        assert pane is not None and pane.display_title == "PSrc/BankServer.p"
        assert pane.editor.has_focus
        assert screen.status.project == "Bank"
        assert (screen.status.errors, screen.status.warnings) == (0, 0)
        assert screen.bottom_panel.problems.diagnostics == ()

        # The outline lists machines, their states (start marked) and each state's handlers.
        await pilot.press("ctrl+o")
        outline = screen.sidebar.query_one(OutlineTree)
        assert outline.has_focus
        groups = {str(n.data.name): n for n in outline.root.children if n.data}
        assert {"Events", "Machines", "Specs", "Tests"} <= set(groups)
        machines = {n.data.name: n for n in groups["Machines"].children if n.data}
        assert {"AtomicBankServer", "PipelinedBankServer", "Client"} <= set(machines)
        members = machines["AtomicBankServer"].children
        states = [n for n in members if n.data and n.data.kind is OutlineKind.STATE]
        assert [(n.data.name, n.data.marks) for n in states if n.data] == [("Serving", ("start",))]
        handlers = [c.data.name for c in states[0].children if c.data]
        assert handlers == ["entry", "on eWithdrawReq", "on eDepositReq"]

        # Choosing a state puts the cursor on its declaration.
        serving = states[0].data
        assert serving is not None
        outline.move_cursor(states[0])
        await pilot.press("enter")
        assert pane.editor.has_focus
        assert pane.editor.cursor_location == (serving.line - 1, serving.col - 1)

        # Choosing a file in the explorer opens it in a second tab.
        client = file_nodes(tree)["Client.p"]
        await pilot.press("ctrl+b", "ctrl+b")  # hide and show the explorer: focus lands on it
        assert tree.has_focus
        tree.select_path(client)
        await pilot.press("enter")
        active = screen.main_area.active_editor
        assert active is not None and active.path == client and active.editor.has_focus
        assert screen.status.file == "PSrc/Client.p"
        assert screen.main_area.tabs.tab_count == 2
        await pilot.press("ctrl+pageup")
        assert screen.main_area.active_editor is pane


async def test_a_missing_path_opens_with_its_problem(tmp_path: Path, make_app: MakeApp) -> None:
    app = make_app(tmp_path / "nowhere")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        [problem] = screen.bottom_panel.problems.diagnostics
        assert problem.code == "P0001" and "no such file" in problem.message
        assert screen.main_area.active_editor is None
        table = screen.bottom_panel.problems.query_one(DataTable)
        assert table.row_count == 1


async def test_a_malformed_pproj_shows_where_it_is_broken(bank: Path, make_app: MakeApp) -> None:
    pproj = bank / "Bank.pproj"
    pproj.write_text("<Project>\n  <ProjectName>Bank</ProjectName>\n  <InputFiles>\n</Project>\n")
    app = make_app(pproj)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        [problem] = screen.bottom_panel.problems.diagnostics
        assert problem.code == "P0001" and problem.span.line == 4
        screen.bottom_panel.problems.focus_table()
        await pilot.press("enter")
        await flush(pilot)
        pane = screen.main_area.active_editor
        assert pane is not None and pane.file_name == "Bank.pproj"
        assert pane.editor.cursor_location[0] == 3


async def test_a_new_p_file_is_created_on_save(tmp_path: Path, make_app: MakeApp) -> None:
    path = tmp_path / "model.p"
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        assert screen.bottom_panel.problems.diagnostics[0].code == "P0001"
        await pilot.press(*"event e;")
        await pilot.press("ctrl+s")
        assert path.read_text() == "event e;"
        await wait_until(
            pilot,
            lambda: screen.result is not None and screen.result.project is not None,
            "a compile of the new file",
        )
        await settled(pilot)
        codes = [d.code for d in screen.bottom_panel.problems.diagnostics]
        assert "P0001" not in codes


async def test_files_added_to_an_empty_folder_or_a_missing_pproj_folder_are_noticed(
    tmp_path: Path, make_app: MakeApp
) -> None:
    """The project's root and its top folders are watched, not only the files it had: a
    first .p file in an empty folder, or the folder a .pproj names appearing, recompiles."""
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        assert [d.code for d in screen.bottom_panel.problems.diagnostics] == ["P0002"]
        (empty / "a.p").write_text("machine Main { start state S { } }\n")
        screen.check_disk()
        await wait_until(pilot, lambda: screen.status.errors == 0, "the new file's compile")
        assert "a.p" in file_nodes(screen.sidebar.project_tree)

    project = tmp_path / "proj"
    project.mkdir()
    (project / "P.pproj").write_text(
        "<Project><ProjectName>P</ProjectName>"
        "<InputFiles><PFile>./PSrc/</PFile></InputFiles></Project>"
    )
    app = make_app(project / "P.pproj")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        assert screen.status.errors > 0
        (project / "PSrc").mkdir()
        screen.check_disk()
        await settled(pilot)
        (project / "PSrc" / "m.p").write_text("machine Main { start state S { } }\n")
        screen.check_disk()
        await wait_until(pilot, lambda: screen.status.errors == 0, "the new folder's compile")
        assert "m.p" in file_nodes(screen.sidebar.project_tree)


async def test_ctrl_n_creates_a_file_in_an_empty_folder(tmp_path: Path, make_app: MakeApp) -> None:
    """An empty folder was a dead end: nothing to open and no way to start a file."""
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, AskScreen)
        await pilot.press("enter")  # no name yet: explained, not closed
        assert isinstance(app.screen, AskScreen)
        await pilot.press(*"nowhere/x.p", "enter")
        assert isinstance(app.screen, AskScreen)
        app.screen.query_one(Input).value = "Model"
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.main_area.active_editor is not None, "the editor")
        pane = screen.main_area.active_editor
        assert pane is not None and pane.path == str(empty / "Model.p")
        await pilot.press(*"machine Main { start state S { } }", "ctrl+s")
        assert (empty / "Model.p").read_text() == "machine Main { start state S { } }"
        screen.check_disk()
        await wait_until(pilot, lambda: screen.status.errors == 0, "the new file's compile")
        assert "Model.p" in file_nodes(screen.sidebar.project_tree)


async def test_the_screen_is_drawn_while_a_big_folder_loads(
    bank: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading walks the folder for .p files (seconds for a home folder); it ran inside
    `on_mount`, so the terminal stayed blank until it finished."""
    release = threading.Event()

    def slow_load(target: str) -> tuple[Project | None, list[Diagnostic]]:
        release.wait(10)
        return load_project(target)

    monkeypatch.setattr("pide.screens.main.load_project", slow_load)
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.main_screen is not None, "the main screen")
        screen = app.main_screen
        assert screen is not None
        await wait_until(pilot, lambda: screen.query(Footer) and screen.status.busy, "a frame")
        assert screen.project is None and screen.result is None
        release.set()
        await settled(pilot)
        assert screen.project is not None and screen.main_area.active_editor is not None
