"""`pide explain CODE` and the generated diagnostics reference (docs/diagnostics.md)."""

from __future__ import annotations

from pide.core.diagnostics import CATALOGUE

_RANGES = [
    ("P00", "Project files and inputs"),
    ("P01", "Lexical and syntax errors"),
    ("P02", "Names"),
    ("P03", "Types"),
    ("P04", "Machines, states, handlers and capabilities"),
    ("P05", "Control flow"),
    ("P06", "Modules, tests and implementations"),
    ("P08", "Warnings (never change the verdict)"),
    ("P09", "Not supported (PVerifier-only and unimplemented reference features)"),
]


def explain(code: str) -> str | None:
    info = CATALOGUE.get(code.upper())
    if info is None:
        return None
    return f"{info.code} ({info.title}): {info.summary}"


def diagnostics_markdown() -> str:
    lines = [
        "# Diagnostic codes",
        "",
        "Generated from `core/diagnostics/codes.py` (`python -m pide.explain > docs/diagnostics.md`).",
        "Codes are stable: a published code keeps its meaning. `pide explain CODE` prints one.",
        "",
    ]
    for prefix, heading in _RANGES:
        entries = [c for c in CATALOGUE.values() if c.code.startswith(prefix)]
        if not entries:
            continue
        lines += [f"## {heading}", "", "| code | name | meaning |", "|---|---|---|"]
        lines += [f"| {c.code} | {c.title} | {c.summary} |" for c in entries]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(diagnostics_markdown(), end="")
