"""Warnings that help a designer without changing the verdict (P08xx)."""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag
from pide.core.semantics import ir
from pide.core.semantics.context import Usage
from pide.core.semantics.symbols import SymbolTable
from pide.core.source import Span
from pide.core.syntax import ast


def report_warnings(
    table: SymbolTable,
    usage: Usage,
    handled: set[str],
    state_targets: dict[str, set[str]],
    tests: list[ir.TestCaseIR],
    unread_locals: list[tuple[str, Span]],
    bag: DiagnosticBag,
) -> None:
    included = table.included_files
    attached = {m.monitor for t in tests for m in t.monitors} | _asserted_in_tests(table)
    goto_targets: dict[str, set[str]] = {}  # grouped once: scanning per machine is quadratic
    for mm, s in usage.goto_targets:
        goto_targets.setdefault(mm, set()).add(s)
    for m in table.machines.values():
        if m.span.file in included:
            continue
        if m.kind == "spec" and m.name not in attached:
            bag.warning(
                "P0801",
                f"spec '{m.name}' is not attached to any test, so nothing checks it "
                f"(attach it with 'assert {m.name} in ...')",
                m.span,
            )
        if m.kind == "scenario":
            states = list(m.states.values())
            if not any(s.temperature == "cold" for s in states):
                bag.warning(
                    "P0806",
                    f"scenario '{m.name}' has no cold state, so it can never be satisfied",
                    m.span,
                )
            elif any(s.is_start and s.temperature == "cold" for s in states):
                bag.warning(
                    "P0806",
                    f"scenario '{m.name}' starts in a cold state, so it is satisfied trivially",
                    m.span,
                )
        targets = state_targets.get(m.name, set()) | goto_targets.get(m.name, set())
        for name, state in m.states.items():
            if not state.is_start and name not in targets:
                bag.warning(
                    "P0802", f"no transition reaches state '{name}' of '{m.name}'", state.name.span
                )
        for name, f in m.fields.items():
            if (m.name, name) not in usage.fields_read:
                bag.warning("P0804", f"field '{name}' of '{m.name}' is never read", f.span)
    used = usage.events_mentioned | usage.events_emitted | handled
    for m in table.machines.values():
        used |= m.observes
    for name, ev in table.events.items():
        if ev.decl is None or name in used or ev.span.file in included:
            continue
        bag.warning(
            "P0803",
            f"event '{name}' is declared but never sent, raised, announced or handled",
            ev.span,
        )
    for name, span in unread_locals:
        if span.file not in included:
            bag.warning("P0804", f"variable '{name}' is never read", span)


def _asserted_in_tests(table: SymbolTable) -> set[str]:
    """Every name an `assert ... in` of a test or implementation names, through named modules.
    A test that failed to elaborate (a module error, reported already) still attaches what it
    asserts as far as P0801 is concerned: "not attached to any test" would be untrue there."""
    names: set[str] = set()
    seen: set[str] = set()
    pending: list[ast.ModuleExpr] = [
        d.module for d in table.tests.values() if d.span.file not in table.included_files
    ]
    while pending:
        e = pending.pop()
        if isinstance(e, ast.AssertModule):
            names.update(n.text for n in e.specs)
            pending.append(e.module)
        elif isinstance(e, ast.NamedModule):
            decl = table.modules.get(e.name.text)
            if decl is not None and e.name.text not in seen:
                seen.add(e.name.text)
                pending.append(decl.module)
        elif isinstance(e, (ast.UnionModule, ast.ComposeModule)):
            pending.extend(e.modules)
        elif isinstance(e, ast.PrimitiveModule):
            continue
        else:
            pending.append(e.module)
    return names
