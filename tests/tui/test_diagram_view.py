"""The state diagram tab: opening it on the machine at the cursor or in the outline,
selecting states, jumping to source, following edits (and errors), exporting, and an SVG
snapshot of a real example."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from pide.screens.ask import AskScreen
from pide.screens.choice import ChoiceScreen
from pide.screens.main import MainScreen
from pide.widgets.diagram_view import DiagramView, machine_at, nearest_state
from pide.workspace.outline import OutlineKind
from tests.test_diagram_ascii import MODEL
from tests.tui.conftest import EXAMPLES, SIZE, SNAPSHOT_SIZE, MakeApp, flush, settled, wait_until
from tests.tui.test_snapshots import assert_snapshot

RUNNING_LINE = MODEL.splitlines().index("  state Running {") + 1


@pytest.fixture
def model(tmp_path: Path) -> Path:
    folder = tmp_path / "pump"
    folder.mkdir()
    path = folder / "model.p"
    path.write_text(MODEL, encoding="utf-8")
    return path


async def diagram_shown(pilot: Pilot[int], machine: str | None = None) -> DiagramView:
    """Wait until the diagram tab has drawn (`machine`, if given)."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    await wait_until(pilot, lambda: screen.diagram_view is not None, "the diagram tab")
    view = screen.diagram_view
    assert view is not None

    def drawn() -> bool:
        canvas = view.canvas
        return (
            canvas is not None and not view.drawing and (machine is None or canvas.name == machine)
        )

    await wait_until(pilot, drawn, "the drawing")
    return view


def details(view: DiagramView) -> str:
    return str(view.query_one("#diagram-details").render())


async def open_on_running(pilot: Pilot[int]) -> tuple[MainScreen, DiagramView]:
    screen = await settled(pilot)
    pane = screen.main_area.active_editor
    assert pane is not None
    pane.editor.move_cursor((RUNNING_LINE, 4))  # inside state Running
    await pilot.press("f7")
    return screen, await diagram_shown(pilot, "Pump")


async def test_f7_draws_the_machine_at_the_cursor(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await open_on_running(pilot)
        assert view.selected == "Running" and view.canvas_view.has_focus
        assert str(screen.main_area.tabs.get_tab("diagram").label) == "Diagram Pump"
        canvas = view.canvas
        assert canvas is not None and set(canvas.states) == {
            "Idle",
            "Running",
            "Finished",
            "Orphan",
        }
        text = details(view)
        assert "state Running" in text
        assert "eStop → goto Idle" in text and "eDone → do {…}" in text
        assert "may goto Finished" in text and "eGo → defer" in text
        summary = str(view.query_one("#diagram-summary").render())
        assert "machine Pump · 4 states · 5 arrows · model.p:" in summary
        # The drawing is on screen: the selected state's box is in the visible region.
        box = canvas.states["Running"].box
        shown = view.canvas_view.scrollable_content_region
        assert box.height <= shown.height


async def test_selecting_states_and_jumping_to_source(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await open_on_running(pilot)
        canvas = view.canvas
        assert canvas is not None
        await pilot.press("home")
        assert view.selected == "Idle"
        order = list(canvas.states)
        await pilot.press("tab")
        assert view.selected == order[(order.index("Idle") + 1) % len(order)]
        await pilot.press("shift+tab")
        assert view.selected == "Idle"
        # The arrows move to the nearest state that way, as the layout placed them.
        expected = nearest_state(canvas, "Idle", "down")
        await pilot.press("down")
        assert view.selected == expected and expected is not None
        assert f"state {expected}" in details(view)
        # A click selects the box under the pointer.
        finished = canvas.states["Finished"].box
        drawing = view.canvas_view
        drawing.scroll_to_state("Finished")
        await flush(pilot)
        x, y = drawing.scroll_offset
        offset = (finished.x + drawing.indent + 2 - x, finished.y + 1 - y)
        await pilot.click(drawing, offset=offset)
        assert view.selected == "Finished"
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.main_area.active_editor is not None, "the editor")
        pane = screen.main_area.active_editor
        assert pane is not None
        line = MODEL.splitlines().index("  state Finished { }")
        assert pane.editor.cursor_location == (line, 2)
        # F7 from there shows the diagram again, with Finished selected.
        await pilot.press("f7")
        await flush(pilot)
        assert screen.main_area.active_pane is view and view.selected == "Finished"


async def test_a_state_in_the_outline_opens_its_machine(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await pilot.press("ctrl+o")
        tree = screen.sidebar.outline_tree
        stack = [tree.root]
        busy = None
        while stack:
            node = stack.pop()
            item = node.data
            if item is not None and item.kind is OutlineKind.STATE and item.name == "Busy":
                busy = node
            stack.extend(node.children)
        assert busy is not None
        tree.move_cursor(busy)
        await pilot.press("f7")
        view = await diagram_shown(pilot, "Liveness")
        assert view.selected == "Busy" and view.canvas_view.selected == "Busy"
        assert "hot" in details(view)


async def test_the_diagram_follows_edits_and_survives_errors(
    model: Path, make_app: MakeApp
) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await open_on_running(pilot)
        pane = screen.main_area.active_editor
        assert pane is None  # the diagram tab is active
        pane = screen.main_area.pane_for(str(model))
        assert pane is not None
        editor = pane.editor
        # A new state reached from Finished: the drawing gains a box and an arrow.
        line = MODEL.splitlines().index("  state Finished { }")
        editor.replace(
            "  state Finished { on eRetry goto Again; }\n  state Again { }",
            (line, 0),
            (line, len("  state Finished { }")),
        )
        await wait_until(
            pilot,
            lambda: view.canvas is not None and "Again" in view.canvas.states,
            "the new state",
        )
        assert view.selected == "Running"  # the selection is kept
        assert "Again" in view.canvas.text()
        # An error: the last drawing stays, under a banner saying so.
        editor.insert("this is not P\n", (0, 0))
        await wait_until(pilot, lambda: view.errors > 0, "the error")
        await flush(pilot)
        banner = view.query_one("#diagram-banner")
        assert banner.has_class("-shown")
        assert "last compile without errors" in str(banner.render())
        assert view.canvas is not None and "Again" in view.canvas.states
        editor.replace("", (0, 0), (1, 0))
        await wait_until(pilot, lambda: view.errors == 0, "the fix")
        await flush(pilot)
        assert not banner.has_class("-shown")
        # Renaming the machine away: the view says so and offers the others.
        text = editor.text.replace("Pump", "Pumper")
        editor.replace(text, (0, 0), editor.document.end)
        await wait_until(pilot, lambda: view.machine_ir is None, "the rename")
        await flush(pilot)
        message = view.query_one("#diagram-message")
        assert message.display and "no machine or spec named Pump" in str(message.render())
        await pilot.press("m")
        assert isinstance(app.screen, AskScreen) and "Pumper" in app.screen.choices
        app.screen.query_one(Input).value = "Pumper"
        await pilot.press("enter")
        await diagram_shown(pilot, "Pumper")
        assert str(screen.main_area.tabs.get_tab("diagram").label) == "Diagram Pumper"


async def test_a_model_with_errors_has_no_diagram_yet(tmp_path: Path, make_app: MakeApp) -> None:
    broken = tmp_path / "broken.p"
    broken.write_text(MODEL.replace("state Finished { }", "state Finished { x = 1; }"))
    app = make_app(broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await pilot.press("f7")
        await flush(pilot)
        assert screen.diagram_view is None
        assert any("errors" in n.message for n in app._notifications)
        view = await screen.show_diagram("Pump")
        await flush(pilot)
        message = view.query_one("#diagram-message")
        assert message.display
        assert "The model has errors, so there is no diagram yet" in str(message.render())


async def test_f7_while_a_fix_compiles_waits_for_the_compile(
    tmp_path: Path, make_app: MakeApp
) -> None:
    """F7 right after fixing the last error, before the recompile finished, used to say
    "The model has errors" (the previous compile's verdict); it now draws once the
    compile is done."""
    broken = tmp_path / "broken.p"
    bad = "state Finished { x = 1; }"
    broken.write_text(MODEL.replace("state Finished { }", bad))
    app = make_app(broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        assert screen.result is not None and screen.result.program is None
        pane = screen.main_area.active_editor
        assert pane is not None
        row = next(i for i, line in enumerate(pane.text.splitlines()) if bad in line)
        start = pane.text.splitlines()[row].index(bad)
        pane.editor.replace("state Finished { }", (row, start), (row, start + len(bad)))
        pane.editor.move_cursor((RUNNING_LINE, 4))
        await wait_until(pilot, lambda: screen.compiling, "the recompile to be scheduled")
        await pilot.press("f7")
        await diagram_shown(pilot, "Pump")
        assert not any("errors" in n.message for n in app._notifications)


async def test_export_asks_the_format_and_the_file(model: Path, make_app: MakeApp) -> None:
    app = make_app(model)
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await open_on_running(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("m")
        await flush(pilot)
        assert isinstance(app.screen, AskScreen)
        field = app.screen.query_one(Input)
        assert field.value == str(model.parent / "Pump.mmd")  # next to the model
        await pilot.press("enter")
        written = model.parent / "Pump.mmd"
        await wait_until(pilot, written.exists, "the Mermaid file")
        text = written.read_text(encoding="utf-8")
        assert text.startswith("stateDiagram-v2") and "Running --> Idle : eStop" in text
        await wait_until(
            pilot, lambda: any(str(written) in n.message for n in app._notifications), "notice"
        )
        # From the palette, to a chosen file, as SVG.
        await screen.action_export_diagram()
        await flush(pilot)
        await pilot.press("s")
        await flush(pilot)
        chosen = model.parent / "out" / "pump.svg"
        chosen.parent.mkdir()
        app.screen.query_one(Input).value = str(chosen)
        await pilot.press("enter")
        await wait_until(pilot, chosen.exists, "the SVG file", timeout=30)
        assert "<svg" in chosen.read_text(encoding="utf-8")


def test_machine_at_a_line(model: Path) -> None:
    from pide.core.api import compile_path

    result = compile_path(str(model))
    assert result.program is not None
    path = str(model)
    lines = MODEL.splitlines()
    assert machine_at(result.program, path, RUNNING_LINE + 1) == ("Pump", "Running")
    fun_line = lines.index("  fun check() { if ($) { goto Finished; } }") + 1
    assert machine_at(result.program, path, fun_line) == ("Pump", None)
    assert machine_at(result.program, path, 1) is None
    assert machine_at(result.program, "elsewhere.p", RUNNING_LINE + 1) is None


async def test_snapshot_diagram_view(tmp_path: Path, make_app: MakeApp) -> None:
    espresso = tmp_path / "espresso"
    shutil.copytree(EXAMPLES / "espresso", espresso)
    app = make_app(espresso / "Espresso.pproj")
    async with app.run_test(size=SNAPSHOT_SIZE) as pilot:
        screen = await settled(pilot)
        await screen.show_diagram("CoffeeMakerController", "Ready")
        view = await diagram_shown(pilot, "CoffeeMakerController")
        await flush(pilot)
        assert view.selected == "Ready" and view.canvas_view.selected == "Ready"
        await pilot.wait_for_scheduled_animations()  # the tab strip's underline slides
        await assert_snapshot(pilot, "diagram_view", tmp_path)
        # The drawing is taller than the view: it pans, and r turns it left to right.
        drawing = view.canvas_view
        top = drawing.scroll_offset.y
        await pilot.press("shift+down")
        assert drawing.scroll_offset.y > top
        await pilot.press("r")
        await wait_until(
            pilot,
            lambda: view.canvas is not None and view.canvas.direction == "LR" and not view.drawing,
            "the turned drawing",
        )
        assert view.selected == "Ready" and "left to right" in str(
            view.query_one("#diagram-summary").render()
        )


def test_the_ide_loads_the_diagram_modules_when_first_asked() -> None:
    """networkx and the layout code cost a good part of the IDE's start: F7 loads them."""
    script = (
        "import sys\n"
        "import pide.screens.main\n"
        "print('networkx' in sys.modules, 'pide.widgets.diagram_view' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert run.stdout.split() == ["False", "False"]


async def test_the_summary_counts_in_words(tmp_path: Path, make_app: MakeApp) -> None:
    """A one-state machine is "1 state · 1 arrow", not "1 states · 1 arrows"."""
    path = tmp_path / "one.p"
    path.write_text("event e;\nmachine Main {\n  start state S { on e goto S; }\n}\n")
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        await screen.show_diagram("Main")
        view = await diagram_shown(pilot, "Main")
        summary = str(view.query_one("#diagram-summary").render())
        assert "machine Main · 1 state · 1 arrow · one.p:" in summary
