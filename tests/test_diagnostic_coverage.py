"""Every diagnostic code that the front end can report is exercised by at least two corpus
programs of our own, so a rule can't silently lose its check (issue 2's acceptance bar).

Project-file codes (P000x) are covered by `test_project.py`, which builds `.pproj` trees;
codes whose summary is "Reserved." keep a number stable and are never reported."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pide.core.diagnostics.codes import CATALOGUE

CORPUS = Path(__file__).parent / "corpus"
_ANNOTATION = re.compile(r"(?:error|warning):\s*(P\d{4})")


def _programs_per_code() -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in CORPUS.rglob("*.p"):
        counts.update(set(_ANNOTATION.findall(path.read_text(encoding="utf-8"))))
    return counts


def test_every_reportable_code_has_two_corpus_programs() -> None:
    counts = _programs_per_code()
    reportable = [
        code
        for code, info in CATALOGUE.items()
        if not code.startswith("P000") and info.summary != "Reserved."
    ]
    thin = {code: counts[code] for code in reportable if counts[code] < 2}
    assert not thin, f"codes with fewer than two corpus programs: {thin}"


def test_annotations_name_known_codes() -> None:
    unknown = set(_programs_per_code()) - set(CATALOGUE)
    assert not unknown, f"corpus annotations with codes not in the catalogue: {sorted(unknown)}"
