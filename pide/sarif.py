"""SARIF 2.1.0 output, so CI systems (GitHub code scanning, GitLab, Azure) show diagnostics
inline on the model's source."""

from __future__ import annotations

from typing import Any

from pide import __version__
from pide.core.diagnostics import CATALOGUE, Diagnostic

_LEVELS = {"error": "error", "warning": "warning", "note": "note"}


def to_sarif(diagnostics: list[Diagnostic]) -> dict[str, Any]:
    used = sorted({d.code for d in diagnostics})
    rules = [
        {
            "id": code,
            "name": CATALOGUE[code].title if code in CATALOGUE else code,
            "shortDescription": {"text": CATALOGUE[code].summary if code in CATALOGUE else code},
        }
        for code in used
    ]
    index = {code: i for i, code in enumerate(used)}
    results = []
    for d in diagnostics:
        region: dict[str, int] = {
            "startLine": max(1, d.span.line),
            "startColumn": max(1, d.span.col),
        }
        if d.span.end_line >= d.span.line and d.span.end_line > 0:
            region["endLine"] = d.span.end_line
            region["endColumn"] = max(1, d.span.end_col)
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": _LEVELS[str(d.severity)],
                "message": {"text": d.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": d.span.file},
                            "region": region,
                        }
                    }
                ],
            }
        )
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "pide",
                        "version": __version__,
                        "informationUri": "https://p-org.github.io/P/",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
