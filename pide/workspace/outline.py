"""The outline of a P program: its declarations as a tree of named, located items.

Built from the parsed AST (`CompileResult.units`) rather than the symbol table, because the
parser recovers from errors and still returns every declaration it understood: the outline
stays useful while the user is in the middle of an edit that does not type-check.

Declarations are grouped by kind (events, enums, types, interfaces, machines, specs,
functions, parameters, modules, tests) in source order. Machines and specs list their
fields, methods and states; states are marked start/hot/cold and list their entry/exit
functions and event handlers. Details such as payload types are the source text itself, so
the outline shows what the user wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import assert_never

from pide.core.source import SourceFile, Span
from pide.core.syntax import ast

DETAIL_LIMIT = 48
"""Longer details are shortened with an ellipsis: the outline is a narrow column."""


class OutlineKind(StrEnum):
    GROUP = "group"
    EVENT = "event"
    EVENT_SET = "eventset"
    ENUM = "enum"
    ENUM_ELEMENT = "enum-element"
    TYPE = "type"
    INTERFACE = "interface"
    MACHINE = "machine"
    SPEC = "spec"
    STATE = "state"
    HANDLER = "handler"
    VARIABLE = "variable"
    FUNCTION = "function"
    PARAM = "param"
    MODULE = "module"
    TEST = "test"


@dataclass(frozen=True, slots=True)
class OutlineItem:
    """One entry: `name` plus a `detail` (payload, signature, target), where it is declared."""

    kind: OutlineKind
    name: str
    file: str
    line: int
    col: int
    detail: str = ""
    marks: tuple[str, ...] = ()
    children: tuple[OutlineItem, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """What identifies this item among its siblings across rebuilds."""
        return (self.kind, self.name)


GROUP_TITLES: tuple[tuple[str, str], ...] = (
    ("events", "Events"),
    ("enums", "Enums"),
    ("types", "Types"),
    ("interfaces", "Interfaces"),
    ("machines", "Machines"),
    ("specs", "Specs"),
    ("functions", "Functions"),
    ("params", "Parameters"),
    ("modules", "Modules"),
    ("tests", "Tests"),
)


class _Builder:
    def __init__(self, sources: Mapping[str, SourceFile]) -> None:
        self.sources = sources
        self.groups: dict[str, list[OutlineItem]] = {key: [] for key, _ in GROUP_TITLES}

    def text(self, span: Span) -> str:
        source = self.sources.get(span.file)
        if source is None:
            return ""
        return _shorten(re.sub(r"\s+", " ", source.text[span.start : span.end]).strip())

    def item(
        self,
        kind: OutlineKind,
        name: ast.Name,
        detail: str = "",
        marks: tuple[str, ...] = (),
        children: tuple[OutlineItem, ...] = (),
    ) -> OutlineItem:
        span = name.span
        return OutlineItem(
            kind, name.text, span.file, span.line, span.col, _shorten(detail), marks, children
        )

    def add(self, decl: ast.Decl) -> None:
        match decl:
            case ast.EventDecl(name=name, payload=payload):
                detail = self.text(payload.span) if payload else ""
                self.groups["events"].append(self.item(OutlineKind.EVENT, name, detail=detail))
            case ast.EventSetDecl(name=name, events=events):
                detail = _names(events)
                self.groups["events"].append(self.item(OutlineKind.EVENT_SET, name, detail=detail))
            case ast.EnumDecl(name=name, elements=elements):
                children = tuple(self.item(OutlineKind.ENUM_ELEMENT, e.name) for e in elements)
                self.groups["enums"].append(self.item(OutlineKind.ENUM, name, children=children))
            case ast.TypeDecl(name=name, type=type_expr):
                detail = self.text(type_expr.span) if type_expr else "foreign"
                self.groups["types"].append(self.item(OutlineKind.TYPE, name, detail=detail))
            case ast.InterfaceDecl(name=name, payload=payload):
                detail = self.text(payload.span) if payload else ""
                item = self.item(OutlineKind.INTERFACE, name, detail=detail)
                self.groups["interfaces"].append(item)
            case ast.MachineDecl(name=name, body=body):
                children = self.members(body)
                item = self.item(OutlineKind.MACHINE, name, children=children)
                self.groups["machines"].append(item)
            case ast.SpecDecl(name=name, body=body, is_scenario=is_scenario, observes=observes):
                marks = ("scenario",) if is_scenario else ()
                children = self.members(body)
                detail = "observes " + _names(observes)
                item = self.item(OutlineKind.SPEC, name, detail, marks, children)
                self.groups["specs"].append(item)
            case ast.FunDecl():
                self.groups["functions"].append(self.function(decl))
            case ast.GlobalParamDecl(names=names, type=type_expr):
                detail = self.text(type_expr.span)
                self.groups["params"].extend(
                    self.item(OutlineKind.PARAM, n, detail=detail) for n in names
                )
            case ast.ModuleDecl(name=name):
                self.groups["modules"].append(self.item(OutlineKind.MODULE, name))
            case ast.TestDecl(name=name, main=main, params=params):
                marks = ("param",) if params else ()
                detail = f"main = {main.text}"
                item = self.item(OutlineKind.TEST, name, detail=detail, marks=marks)
                self.groups["tests"].append(item)
            case ast.ImplementationDecl(name=name):
                item = self.item(OutlineKind.TEST, name, marks=("implementation",))
                self.groups["tests"].append(item)
            case ast.UnsupportedDecl():
                pass
            case _:
                assert_never(decl)

    def function(self, decl: ast.FunDecl) -> OutlineItem:
        params = ", ".join(f"{p.name.text}: {self.text(p.type.span)}" for p in decl.params)
        detail = f"({params})"
        if decl.return_type is not None:
            detail += ": " + self.text(decl.return_type.span)
        marks = ("foreign",) if decl.body is None else ()
        return self.item(OutlineKind.FUNCTION, decl.name, detail=_shorten(detail), marks=marks)

    def members(self, body: ast.MachineBody) -> tuple[OutlineItem, ...]:
        """Fields, methods and states in source order."""
        found: list[tuple[int, OutlineItem]] = []
        for var in body.vars:
            detail = self.text(var.type.span)
            for n in var.names:
                found.append((n.span.start, self.item(OutlineKind.VARIABLE, n, detail=detail)))
        for fun in body.functions:
            found.append((fun.span.start, self.function(fun)))
        for state in body.states:
            found.append((state.span.start, self.state(state)))
        return tuple(item for _, item in sorted(found, key=lambda pair: pair[0]))

    def state(self, state: ast.StateDecl) -> OutlineItem:
        marks = (("start",) if state.is_start else ()) + (
            (state.temperature,) if state.temperature else ()
        )
        children = tuple(self.state_item(item) for item in state.items)
        return self.item(OutlineKind.STATE, state.name, marks=marks, children=children)

    def state_item(self, item: ast.StateItem) -> OutlineItem:
        span = item.span
        match item:
            case ast.EntryItem(handler=handler):
                name, detail = "entry", self.handler(handler)
            case ast.ExitItem(handler=handler):
                name, detail = "exit", self.handler(handler)
            case ast.DeferItem(events=events):
                name, detail = "defer", _names(events)
            case ast.IgnoreItem(events=events):
                name, detail = "ignore", _names(events)
            case ast.OnDoItem(events=events, handler=handler):
                name, detail = f"on {_names(events)}", _join("do", self.handler(handler))
            case ast.OnGotoItem(events=events, target=target, handler=handler):
                with_part = f" with {self.handler(handler)}" if handler is not None else ""
                name, detail = f"on {_names(events)}", f"goto {target.text}{with_part}"
            case _:
                assert_never(item)
        return OutlineItem(
            OutlineKind.HANDLER, name, span.file, span.line, span.col, detail=_shorten(detail)
        )

    def handler(self, handler: ast.HandlerRef) -> str:
        if isinstance(handler, ast.Name):
            return handler.text
        if handler.param is not None:
            return f"({handler.param.name.text}: {self.text(handler.param.type.span)})"
        return ""

    def result(self) -> tuple[OutlineItem, ...]:
        groups = []
        for key, title in GROUP_TITLES:
            items = self.groups[key]
            if items:
                first = items[0]
                groups.append(
                    OutlineItem(
                        OutlineKind.GROUP,
                        title,
                        first.file,
                        first.line,
                        first.col,
                        detail=str(len(items)),
                        children=tuple(items),
                    )
                )
        return tuple(groups)


def _names(names: Iterable[ast.Name]) -> str:
    return ", ".join(n.text for n in names)


def _join(word: str, rest: str) -> str:
    return f"{word} {rest}" if rest else word


def _shorten(text: str) -> str:
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def build_outline(
    units: Iterable[ast.SourceUnit], sources: Mapping[str, SourceFile]
) -> tuple[OutlineItem, ...]:
    """The outline of every declaration in `units`, grouped by kind (empty groups left out)."""
    builder = _Builder(sources)
    for unit in units:
        for decl in unit.decls:
            builder.add(decl)
    return builder.result()
