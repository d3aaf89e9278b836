"""A trace as a sequence diagram: Mermaid, PlantUML, and DOT (for SVG via `graphviz-pure`).

A counterexample is easiest to discuss as the picture distributed-systems people draw: one
lifeline per machine (and per spec monitor), one arrow per message. All three exporters walk
the same `TraceTimeline` and pick the same events:

* each send is an arrow from the sender to the receiver, labelled with the event and its
  payload; a message dropped because the receiver had halted ends in a cross, one never
  taken is dotted;
* a monitor observing an event is a dotted arrow from the machine that sent or announced
  it to the monitor;
* creations, state entries and halts are notes on the lifeline; the bug is a note too.

Mermaid and PlantUML put arrows in event order. The DOT graph is ShiViz-like instead: each
lane is a vertical chain of its events, each message an edge from its send to the event that
took it, so Graphviz lays time out by causality (a take is always below its send).
"""

from __future__ import annotations

import itertools
import re

import graphviz
from pide.core.trace.cursor import LaneKind, Message, TraceTimeline
from pide.core.trace.describe import describe_event, with_payload
from pide.core.trace.events import (
    BugFound,
    EventDequeued,
    EventReceived,
    EventSent,
    MachineCreated,
    MachineHalted,
    MonitorProcessed,
    MonitorStateEntered,
    StateEntered,
    TraceEvent,
)
from pide.core.trace.model import Trace

LABEL_LIMIT = 40
"""Payloads in arrow labels are cut to this many characters."""

_BUG_COLOR = "#c0392b"


def _ident(name: str) -> str:
    """A participant identifier made of letters, digits and underscores."""
    ident = re.sub(r"[^A-Za-z0-9_]", "_", name).strip("_") or "p"
    return ident if not ident[0].isdigit() else f"p_{ident}"


def _title(trace: Trace) -> str:
    strategy = f" ({trace.strategy_description})" if trace.strategy_description else ""
    return f"{trace.test_name}{strategy}"


def _note(event: TraceEvent) -> str | None:
    """The note an event puts on its lifeline, if it is one that gets a note."""
    match event:
        case MachineCreated():
            return f"created by {event.creator}" if event.creator else "created"
        case StateEntered() | MonitorStateEntered():
            return describe_event(event)
        case MachineHalted():
            return "halted"
        case BugFound():
            return f"BUG: {event.message}"
        case _:
            return None


def _participants(timeline: TraceTimeline) -> dict[str, str]:
    idents: dict[str, str] = {}
    for lane in timeline.lanes:
        ident = _ident(lane.name)
        while ident in idents.values():
            ident += "_"
        idents[lane.name] = ident
    return idents


def _owner(timeline: TraceTimeline, who: dict[str, str], index: int) -> str | None:
    """The participant identifier of event `index`'s lane."""
    position = timeline.lane_of[index]
    return None if position is None else who[timeline.lanes[position].name]


def _arrow_label(trace: Trace, message: Message) -> str:
    sent = trace.events[message.send]
    assert isinstance(sent, EventSent)
    return with_payload(sent.event, sent.payload, LABEL_LIMIT)


def _mermaid_text(text: str) -> str:
    """Mermaid message text: no line breaks, `;` and `#` escaped as entity codes."""
    return re.sub(r"[#;]", lambda m: f"#{ord(m.group())};", text.replace("\n", " "))


def to_mermaid_sequence(trace: Trace) -> str:
    """A Mermaid `sequenceDiagram` of the trace."""
    timeline = TraceTimeline.of(trace)
    who = _participants(timeline)
    lines = ["sequenceDiagram", f"    title {_mermaid_text(_title(trace))}"]
    for lane in timeline.lanes:
        lines.append(f"    participant {who[lane.name]} as {_mermaid_text(lane.name)}")
    for index, event in enumerate(trace.events):
        owner = _owner(timeline, who, index)
        message = timeline.message_at.get(index)
        if isinstance(event, EventSent) and message is not None:
            target = who.get(event.target)
            if owner is None or target is None:
                continue
            arrow = "-x" if message.dropped else ("->>" if message.receive is not None else "--)")
            label = _mermaid_text(_arrow_label(trace, message))
            lines.append(f"    {owner}{arrow}{target}: {label}")
        elif isinstance(event, MonitorProcessed) and owner is not None:
            source = who.get(event.sender or "")
            if source is not None:
                label = _mermaid_text(with_payload(event.event, event.payload, LABEL_LIMIT))
                lines.append(f"    {source}-->>{owner}: {label}")
        elif owner is not None and (note := _note(event)) is not None:
            lines.append(f"    Note over {owner}: {_mermaid_text(note)}")
    return "\n".join(lines) + "\n"


def _plantuml_text(text: str) -> str:
    return text.replace("\n", " ")


def to_plantuml_sequence(trace: Trace) -> str:
    """A PlantUML sequence diagram of the trace."""
    timeline = TraceTimeline.of(trace)
    who = _participants(timeline)
    lines = ["@startuml", f"title {_plantuml_text(_title(trace))}"]
    for lane in timeline.lanes:
        kind = "participant" if lane.kind is LaneKind.MACHINE else "control"
        lines.append(f'{kind} "{lane.name}" as {who[lane.name]}')
    for index, event in enumerate(trace.events):
        owner = _owner(timeline, who, index)
        message = timeline.message_at.get(index)
        if isinstance(event, EventSent) and message is not None:
            target = who.get(event.target)
            if owner is None or target is None:
                continue
            arrow = "->x" if message.dropped else ("->" if message.receive is not None else "-->")
            label = _plantuml_text(_arrow_label(trace, message))
            lines.append(f"{owner} {arrow} {target} : {label}")
        elif isinstance(event, MonitorProcessed) and owner is not None:
            source = who.get(event.sender or "")
            if source is not None:
                label = _plantuml_text(with_payload(event.event, event.payload, LABEL_LIMIT))
                lines.append(f"{source} --> {owner} : {label}")
        elif owner is not None and (note := _note(event)) is not None:
            if isinstance(event, BugFound):
                lines.append(f"note over {owner} {_BUG_COLOR} : {_plantuml_text(note)}")
            else:
                lines.append(f"hnote over {owner} : {_plantuml_text(note)}")
    lines.append("@enduml")
    return "\n".join(lines) + "\n"


def _dot_event(event: TraceEvent) -> bool:
    """Whether the DOT timeline shows `event` as a node."""
    return isinstance(
        event,
        EventSent
        | EventDequeued
        | EventReceived
        | MachineCreated
        | StateEntered
        | MonitorStateEntered
        | MonitorProcessed
        | MachineHalted
        | BugFound,
    )


def to_dot_timeline(trace: Trace) -> str:
    """A ShiViz-like DOT graph: lanes as vertical chains, messages as edges."""
    timeline = TraceTimeline.of(trace)
    dot = graphviz.Digraph("trace", graph_attr={"rankdir": "TB", "fontname": "Helvetica"})
    dot.attr(label=_title(trace), labelloc="t", newrank="true", nodesep="0.5")
    dot.attr("node", fontname="Helvetica", fontsize="10", shape="box", style="rounded")
    dot.attr("edge", fontname="Helvetica", fontsize="9")
    heads = []
    for position, lane in enumerate(timeline.lanes):
        head = f"lane{position}"
        heads.append(head)
        shape = "box" if lane.kind is LaneKind.MACHINE else "hexagon"
        dot.node(head, lane.name, shape=shape, style="bold", group=head)
        previous = head
        for index in lane.events:
            event = trace.events[index]
            if not _dot_event(event):
                continue
            node = f"e{index}"
            attrs = {"group": head}
            if isinstance(event, BugFound):
                attrs |= {"color": _BUG_COLOR, "fontcolor": _BUG_COLOR}
            dot.node(node, f"#{index} {describe_event(event, limit=LABEL_LIMIT)}", **attrs)
            dot.edge(previous, node, arrowhead="none", weight="100", color="#999999")
            previous = node
    with dot.subgraph() as top:
        top.attr(rank="same")
        for head in heads:
            top.node(head)
    for left, right in itertools.pairwise(heads):
        dot.edge(left, right, style="invis")
    for message in timeline.messages:
        label = _arrow_label(trace, message)
        if message.receive is not None:
            dot.edge(f"e{message.send}", f"e{message.receive}", label=label, color="#2e6da4")
    # A monitor observes synchronously, inside the sender's step: order its node after the
    # sender's latest node, so specs and bugs sit at the right height.
    for index, event in enumerate(trace.events):
        if not isinstance(event, MonitorProcessed) or event.sender is None:
            continue
        sender = timeline.lane_named(event.sender)
        if sender is None:
            continue
        shown = [i for i in timeline.lanes[sender].events if i < index]
        shown = [i for i in shown if _dot_event(trace.events[i])]
        if shown:
            dot.edge(f"e{shown[-1]}", f"e{index}", style="dotted", color="#999999")
    source: str = dot.source
    return source


EXPORT_SUFFIXES = {"mermaid": ".mmd", "plantuml": ".puml", "dot": ".gv", "svg": ".svg"}
"""The trace exports and the file suffix each is written with."""


def export_trace(trace: Trace, fmt: str) -> bytes:
    """The trace as `fmt` (a key of `EXPORT_SUFFIXES`); SVG needs the Graphviz layout program
    (`pide.core.diagram.RenderError` if it is missing or fails)."""
    if fmt == "mermaid":
        return to_mermaid_sequence(trace).encode()
    if fmt == "plantuml":
        return to_plantuml_sequence(trace).encode()
    if fmt == "dot":
        return to_dot_timeline(trace).encode()
    if fmt == "svg":
        from pide.core.diagram.export import render

        return render(to_dot_timeline(trace), "svg")
    raise ValueError(f"unknown trace export format: {fmt}")
