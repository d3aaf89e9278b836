"""The layout at small and large terminal sizes."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer, HelpPanel
from textual.widgets._footer import FooterKey

from pide.screens.main import pane_sizes
from tests.tui.conftest import (
    MakeApp,
    bank_lost_update_trace,
    flush,
    footer_drawn,
    settled,
    wait_until,
)


def test_pane_sizes_shrink_with_the_terminal() -> None:
    assert pane_sizes(160, 48) == (38, 11)
    assert pane_sizes(120, 36) == (38, 11)
    assert pane_sizes(80, 24) == (24, 7)
    assert pane_sizes(40, 12) == (20, 6)


async def test_a_small_terminal_leaves_the_editor_and_timeline_room(
    bank: Path, make_app: MakeApp
) -> None:
    """At 80x24 a fixed 38-column sidebar and 11-row panel left the editor 8 lines and the
    trace debugger's 42-column inspector the whole tab, with no timeline at all."""
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settled(pilot)
        await flush(pilot)
        assert screen.sidebar.outer_size.width == 24
        assert screen.bottom_panel.outer_size.height == 7
        pane = screen.main_area.active_editor
        assert pane is not None and pane.editor.size.height >= 12

        view = await screen.open_trace(bank_lost_update_trace(bank / "Bank.pproj"))
        await flush(pilot)
        timeline = view.timeline
        await wait_until(pilot, lambda: timeline.size.width >= 30, "the timeline's width")
        inspector = view.query_one("#trace-inspector")
        assert inspector.outer_size.width == 24
        # The narrow lanes keep the machines' ids (two clients were both `Cli…`).
        header = "".join(segment.text for segment in timeline.render_line(0))
        assert "S(1)" in header and "D(2)" in header and "C(4" in header

        await pilot.resize_terminal(160, 48)
        await wait_until(pilot, lambda: screen.sidebar.outer_size.width == 38, "the full sidebar")
        assert screen.bottom_panel.outer_size.height == 11
        await wait_until(pilot, lambda: inspector.outer_size.width == 42, "the full inspector")


async def test_an_80_column_footer_shows_the_essential_keys_and_f1_all(
    bank: Path, make_app: MakeApp
) -> None:
    """At 80 columns the footer used to end before Check (F5) and Quit; F1 now shows the
    panel of every key, and hides it again."""
    app = make_app(bank / "Bank.pproj")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settled(pilot)
        await footer_drawn(pilot)
        footer = screen.query_one(Footer)
        shown = {
            key.key
            for key in footer.query(FooterKey)
            if key.region.width and key.region.right <= 80 - len("^p palette")
        }
        assert {"ctrl+s", "f5", "f7", "f8", "ctrl+q", "f1"} <= shown
        await pilot.press("f1")
        await wait_until(pilot, lambda: screen.query(HelpPanel), "the keys panel")
        await pilot.press("f1")
        await wait_until(pilot, lambda: not screen.query(HelpPanel), "the panel to close")
