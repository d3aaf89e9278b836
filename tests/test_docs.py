"""Generated documentation stays in sync with the code it documents."""

from __future__ import annotations

from pathlib import Path

from pide.explain import diagnostics_markdown, explain

ROOT = Path(__file__).resolve().parent.parent


def test_diagnostics_reference_is_up_to_date() -> None:
    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    assert text == diagnostics_markdown(), "run: python -m pide.explain > docs/diagnostics.md"


def test_explain_knows_codes() -> None:
    assert explain("p0301") is not None and "P0301" in explain("P0301")  # type: ignore[operator]
    assert explain("P9999") is None
