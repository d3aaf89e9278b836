"""State graphs of machines and monitors, computed from the typed IR.

A diagram is only worth putting in a design document if it is true to the model, so the
graph is derived from what the checker executes rather than from the source text: a state's
outgoing edges are its `on e goto T` handlers plus every `goto T` statement its entry, exit
and event handlers can run, following calls into the machine's own methods (a global
function cannot `goto`, reference 6.2). The result is a `networkx.MultiDiGraph`, so callers
can query it (reachability, degrees) as well as draw it; the exporters read only the node
and edge attributes documented on `state_graph`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import networkx as nx
from pide.core.semantics import ir
from pide.core.source import Span


@dataclasses.dataclass(frozen=True, slots=True)
class GotoSite:
    """A `goto` statement some handler of a state can run: where it leads, from where."""

    target: str
    span: Span


def _children(node: Any) -> Iterator[Any]:
    """The IR nodes directly inside `node` (statements, expressions, case blocks)."""
    for f in dataclasses.fields(node):
        value = getattr(node, f.name)
        if isinstance(value, tuple):
            yield from (v for v in value if dataclasses.is_dataclass(v))
        elif dataclasses.is_dataclass(value) and not isinstance(value, Span):
            yield value


def gotos_of(machine: ir.MachineIR, function: str) -> list[GotoSite]:
    """Every `goto` that running `function` can execute, through calls of the machine's own
    methods (each method visited once, so recursion terminates)."""
    sites: list[GotoSite] = []
    seen: set[str] = set()
    pending = [function]
    while pending:
        name = pending.pop()
        if name in seen or name not in machine.functions:
            continue
        seen.add(name)
        body = machine.functions[name].body
        stack: list[Any] = [body] if body is not None else []
        while stack:
            node = stack.pop()
            if isinstance(node, ir.Goto):
                sites.append(GotoSite(node.state, node.span))
            elif isinstance(node, ir.Call) and node.owner == machine.name:
                pending.append(node.function)
            stack.extend(_children(node))
    return sorted(sites, key=lambda s: (s.span.start, s.target))


def state_graph(machine: ir.MachineIR) -> nx.MultiDiGraph:
    """The states of `machine` and the transitions between them.

    Graph attributes: `name`, `kind` (machine, spec, scenario), `start`.
    Node attributes (one node per state, keyed by state name): `temperature` (hot, cold,
    warm), `start` (bool), `deferred` and `ignored` (sorted event names), `line`.
    Edge attributes: `trigger` (an event name, or `entry`/`exit` for gotos in those
    functions), `via` (`handler` for `on e goto T`, `goto` for a goto statement), `line`.
    """
    graph = nx.MultiDiGraph(name=machine.name, kind=machine.kind, start=machine.start_state)
    for name, state in machine.states.items():
        graph.add_node(
            name,
            temperature=state.temperature,
            start=name == machine.start_state,
            deferred=tuple(sorted(state.deferred)),
            ignored=tuple(sorted(state.ignored)),
            line=state.span.line,
        )
    for name, state in machine.states.items():
        for trigger, function in _functions_of(state):
            for site in gotos_of(machine, function):
                graph.add_edge(name, site.target, trigger=trigger, via="goto", line=site.span.line)
        for event, handler in state.handlers.items():
            if isinstance(handler, ir.GotoHandler):
                graph.add_edge(
                    name, handler.target, trigger=event, via="handler", line=handler.span.line
                )
    return graph


def _functions_of(state: ir.StateIR) -> Iterator[tuple[str, str]]:
    """(trigger, function) for every function the state runs itself."""
    if state.entry is not None:
        yield "entry", state.entry
    if state.exit is not None:
        yield "exit", state.exit
    for event, handler in state.handlers.items():
        # a `do` handler, or the `with` function of `on e goto T with f`
        function = handler.function
        if function is not None:
            yield event, function


def reachable_states(graph: nx.MultiDiGraph) -> set[str]:
    """The states a run can enter from the start state along the graph's edges."""
    start: str = graph.graph["start"]
    return {start} | set(nx.descendants(graph, start))
