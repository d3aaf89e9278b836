"""What a state does, row by row, for the diagram view's side list.

The drawing shows where a state can go; this lists how it reacts to everything, including
what draws no arrow: `do` handlers that stay, deferred and ignored events, entry and exit
functions. Each row names the trigger, the action as the user wrote it (`goto Busy`,
`do work`, `do {…}` for an anonymous handler), the states its goto statements can reach
(through the machine's own methods, as in the graph), and where it is declared.
"""

from __future__ import annotations

from pide.core.diagram.graph import gotos_of
from pide.core.fastdataclass import dataclass
from pide.core.semantics import ir
from pide.core.source import Span


@dataclass(frozen=True, slots=True)
class HandlerRow:
    trigger: str
    action: str
    gotos: tuple[str, ...]
    span: Span | None


def _function_text(machine: ir.MachineIR, name: str) -> str:
    function = machine.functions.get(name)
    return "{…}" if function is None or function.is_anonymous else name


def _gotos(machine: ir.MachineIR, function: str | None) -> tuple[str, ...]:
    if function is None:
        return ()
    return tuple(dict.fromkeys(site.target for site in gotos_of(machine, function)))


def _span_of(machine: ir.MachineIR, function: str) -> Span | None:
    found = machine.functions.get(function)
    return found.span if found is not None else None


def state_rows(machine: ir.MachineIR, state_name: str) -> list[HandlerRow]:
    """Entry, every event handler (in declaration order), exit, then defer and ignore."""
    state = machine.states[state_name]
    rows: list[HandlerRow] = []
    if state.entry is not None:
        entry = state.entry
        text = _function_text(machine, entry)
        rows.append(HandlerRow("entry", text, _gotos(machine, entry), _span_of(machine, entry)))
    for event, handler in state.handlers.items():
        if isinstance(handler, ir.GotoHandler):
            action = f"goto {handler.target}"
            if handler.function is not None:
                action += f" with {_function_text(machine, handler.function)}"
            gotos = _gotos(machine, handler.function)
        else:
            action = f"do {_function_text(machine, handler.function)}"
            gotos = _gotos(machine, handler.function)
        rows.append(HandlerRow(event, action, gotos, handler.span))
    if state.exit is not None:
        exit_ = state.exit
        text = _function_text(machine, exit_)
        rows.append(HandlerRow("exit", text, _gotos(machine, exit_), _span_of(machine, exit_)))
    for event in sorted(state.deferred):
        rows.append(HandlerRow(event, "defer", (), None))
    for event in sorted(state.ignored):
        rows.append(HandlerRow(event, "ignore", (), None))
    return rows
