"""State diagrams as text for design documents: DOT, Mermaid and PlantUML, and SVG/PNG.

All three text formats show the same thing, styled by role: the start state gets an
initial marker, hot states are red, cold states blue, and each edge is labelled with what
triggers it (`eReq` for `on eReq goto`, `eReq / goto` for a goto statement in the `eReq`
handler, `entry / goto` in an entry function). Parallel edges with the same label are
merged so a diagram stays readable. DOT is built with the `graphviz` package and laid out
by the `graphviz-pure` binary (or a system `dot`), so SVG and PNG need no system package.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable

import graphviz
import networkx as nx

TEXT_FORMATS = ("dot", "mermaid", "plantuml")
IMAGE_FORMATS = ("svg", "png")
FORMATS = TEXT_FORMATS + IMAGE_FORMATS
SUFFIXES = {"svg": ".svg", "png": ".png", "dot": ".dot", "mermaid": ".mmd", "plantuml": ".puml"}
"""The file suffix of each format (the ones `pide diagram -o` recognises)."""

_HOT = "#c0392b"
_COLD = "#2e6da4"


class RenderError(Exception):
    """The layout program is missing or failed; the message says which and why."""


def edge_labels(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """(source, target, label) for every distinct transition, in a stable order."""
    seen: dict[tuple[str, str, str], None] = {}
    for source, target, data in graph.edges(data=True):
        label = data["trigger"] if data["via"] == "handler" else f"{data['trigger']} / goto"
        seen.setdefault((source, target, label), None)
    order = {name: i for i, name in enumerate(graph.nodes)}
    return sorted(seen, key=lambda e: (order[e[0]], order[e[1]], e[2]))


def _state_note(data: dict[str, object]) -> str:
    """The `defer`/`ignore` lines shown under a state's name."""
    parts = []
    for key, keyword in (("deferred", "defer"), ("ignored", "ignore")):
        events = data[key]
        assert isinstance(events, tuple)
        if events:
            parts.append(f"{keyword} {', '.join(events)}")
    return "\n".join(parts)


def to_dot(graphs: Iterable[nx.MultiDiGraph]) -> str:
    """One DOT digraph; with several machines each is a cluster, names prefixed by machine."""
    graphs = list(graphs)
    dot = graphviz.Digraph("pide", graph_attr={"rankdir": "LR", "fontname": "Helvetica"})
    dot.attr("node", shape="box", style="rounded", fontname="Helvetica")
    dot.attr("edge", fontname="Helvetica", fontsize="10")
    for graph in graphs:
        prefix = f"{graph.graph['name']}." if len(graphs) > 1 else ""
        if len(graphs) > 1:
            with dot.subgraph(name=f"cluster_{graph.graph['name']}") as sub:
                sub.attr(label=f"{graph.graph['kind']} {graph.graph['name']}")
                _dot_machine(sub, graph, prefix)
        else:
            dot.attr(label=f"{graph.graph['kind']} {graph.graph['name']}", labelloc="t")
            _dot_machine(dot, graph, prefix)
    source: str = dot.source
    return source


def _dot_machine(dot: graphviz.Digraph, graph: nx.MultiDiGraph, prefix: str) -> None:
    start_marker = f"{prefix}__start__"
    dot.node(start_marker, "", shape="point", width="0.15")
    for name, data in graph.nodes(data=True):
        note = _state_note(data)
        label = f"{name}\n{note}" if note else name
        attrs = {"peripheries": "2"} if data["start"] else {}
        if data["temperature"] == "hot":
            attrs |= {"color": _HOT, "fontcolor": _HOT, "xlabel": "hot"}
        elif data["temperature"] == "cold":
            attrs |= {"color": _COLD, "fontcolor": _COLD, "xlabel": "cold"}
        dot.node(prefix + name, label, **attrs)
    dot.edge(start_marker, prefix + graph.graph["start"])
    for source, target, label in edge_labels(graph):
        style = "dashed" if label.endswith("/ goto") else "solid"
        dot.edge(prefix + source, prefix + target, label=label, style=style)


def to_mermaid(graph: nx.MultiDiGraph) -> str:
    """A Mermaid `stateDiagram-v2` of one machine."""
    lines = ["stateDiagram-v2", f"    %% {graph.graph['kind']} {graph.graph['name']}"]
    lines.append(f"    [*] --> {graph.graph['start']}")
    for source, target, label in edge_labels(graph):
        lines.append(f"    {source} --> {target} : {label}")
    hot = [n for n, d in graph.nodes(data=True) if d["temperature"] == "hot"]
    cold = [n for n, d in graph.nodes(data=True) if d["temperature"] == "cold"]
    for name, data in graph.nodes(data=True):
        if not graph.degree(name) and name != graph.graph["start"]:
            lines.append(f"    {name}")
        note = _state_note(data)
        if note:
            lines.append(f"    note right of {name}")
            lines.extend(f"        {line}" for line in note.splitlines())
            lines.append("    end note")
    if hot:
        lines.append(f"    classDef hot stroke:{_HOT},color:{_HOT},stroke-width:2px")
        lines.append(f"    class {','.join(hot)} hot")
    if cold:
        lines.append(f"    classDef cold stroke:{_COLD},color:{_COLD},stroke-width:2px")
        lines.append(f"    class {','.join(cold)} cold")
    return "\n".join(lines) + "\n"


def to_plantuml(graph: nx.MultiDiGraph) -> str:
    """A PlantUML state diagram of one machine."""
    lines = ["@startuml", f"title {graph.graph['kind']} {graph.graph['name']}"]
    for name, data in graph.nodes(data=True):
        color = {"hot": f" {_HOT} ##[bold]{_HOT}", "cold": f" {_COLD} ##[bold]{_COLD}"}.get(
            str(data["temperature"]), ""
        )
        stereotype = f" <<{data['temperature']}>>" if data["temperature"] != "warm" else ""
        lines.append(f"state {name}{stereotype}{color}")
        for line in _state_note(data).splitlines():
            lines.append(f"{name} : {line}")
    lines.append(f"[*] --> {graph.graph['start']}")
    for source, target, label in edge_labels(graph):
        arrow = "-[dashed]->" if label.endswith("/ goto") else "-->"
        lines.append(f"{source} {arrow} {target} : {label}")
    lines.append("@enduml")
    return "\n".join(lines) + "\n"


def layout_program() -> str | None:
    """The Graphviz-compatible binary to lay out DOT: graphviz-pure's, else a system `dot`."""
    return shutil.which("graphviz-pure") or shutil.which("dot")


def render(dot_source: str, fmt: str, timeout: float = 60.0) -> bytes:
    """Lay out DOT and return the `svg` or `png` bytes."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"not an image format: {fmt}")
    return run_graphviz(dot_source, fmt, timeout)


def run_graphviz(dot_source: str, fmt: str, timeout: float) -> bytes:
    """Run the layout program on DOT with output format `fmt` (`svg`, `png`, `plain`)."""
    program = layout_program()
    if program is None:
        raise RenderError("no Graphviz layout program found (install the graphviz-pure package)")
    try:
        done = subprocess.run(
            [program, "-Kdot", f"-T{fmt}"],
            input=dot_source.encode(),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise RenderError(f"{program} failed: {error}") from error
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise RenderError(f"{program} failed: {message[-1] if message else done.returncode}")
    return done.stdout


def export_graph(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """One machine's diagram in `fmt` (any of `FORMATS`), as the bytes of its file."""
    if fmt == "mermaid":
        return to_mermaid(graph).encode()
    if fmt == "plantuml":
        return to_plantuml(graph).encode()
    dot = to_dot([graph])
    if fmt == "dot":
        return dot.encode()
    return render(dot, fmt)
