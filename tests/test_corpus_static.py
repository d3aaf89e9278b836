"""The front-end corpus: every program gets exactly the verdict and diagnostics it declares."""

from __future__ import annotations

from pathlib import Path

import pytest
from pide.core.diagnostics import render_all

from tests.corpus_harness import annotations, compile_program, corpus_id, produced, programs

ACCEPTED = programs("Correct") + programs("DynamicError")
REJECTED = programs("StaticError")


@pytest.mark.parametrize("path", ACCEPTED, ids=corpus_id)
def test_accepted_programs_compile_without_errors(path: Path) -> None:
    result = compile_program(path)
    assert result.errors == [], render_all(result.errors, result.sources)
    missing = annotations(path, "warning") - produced(result, errors=False)
    assert not missing, f"expected warnings not reported: {sorted(missing)}"


@pytest.mark.parametrize("path", REJECTED, ids=corpus_id)
def test_rejected_programs_report_exactly_the_annotated_errors(path: Path) -> None:
    result = compile_program(path)
    expected = annotations(path, "error")
    assert expected, "a StaticError program must annotate its errors"
    got = produced(result, errors=True)
    assert got == expected, render_all(result.diagnostics, result.sources)
    missing = annotations(path, "warning") - produced(result, errors=False)
    assert not missing, f"expected warnings not reported: {sorted(missing)}"
