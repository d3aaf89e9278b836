"""State diagrams of P machines and monitors: graphs from the IR, and their exporters."""

from pide.core.diagram.export import (
    FORMATS,
    IMAGE_FORMATS,
    TEXT_FORMATS,
    RenderError,
    render,
    to_dot,
    to_mermaid,
    to_plantuml,
)
from pide.core.diagram.graph import reachable_states, state_graph

__all__ = [
    "FORMATS",
    "IMAGE_FORMATS",
    "TEXT_FORMATS",
    "RenderError",
    "reachable_states",
    "render",
    "state_graph",
    "to_dot",
    "to_mermaid",
    "to_plantuml",
]
