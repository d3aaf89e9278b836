"""Pass 1: collect every declaration into the symbol table and resolve declared types.

Duplicate rules follow the reference's namespace table (3.2) literally, including its
asymmetries (an event set clashes with an earlier interface, but not the other way round).
Declarations are visited in file order, so "the second declaration" is the one reported.

Type resolution expands aliases (detecting cycles), turns interface/machine/event-set names
into permission types with concrete event sets, and reports undeclared type names once each.
"""

from __future__ import annotations

from typing import Literal

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass
from pide.core.semantics.symbols import (
    EnumElementSym,
    EventSetSym,
    EventSym,
    FunctionSym,
    GlobalParamSym,
    InterfaceSym,
    MachineSym,
    SymbolTable,
    TypeNameSym,
    VarSym,
)
from pide.core.semantics.types import (
    ANY,
    BOOL,
    DATA,
    ERROR,
    EVENT,
    FLOAT,
    INT,
    MACHINE,
    NULL,
    STRING,
    EnumType,
    ForeignType,
    MapType,
    NamedTupleType,
    PermissionType,
    PType,
    SeqType,
    SetType,
    TupleType,
)
from pide.core.source import Span
from pide.core.syntax import ast

_PRIMITIVES: dict[str, PType] = {
    "bool": BOOL,
    "int": INT,
    "float": FLOAT,
    "string": STRING,
    "event": EVENT,
    "machine": MACHINE,
    "data": DATA,
    "any": ANY,
}


@dataclass(slots=True)
class Declarer:
    table: SymbolTable
    bag: DiagnosticBag

    # -- duplicates -----------------------------------------------------------------------

    def _duplicate(self, what: str, name: ast.Name, first: Span) -> None:
        self.bag.error(
            "P0201",
            f"'{name.text}' is already declared as {what}",
            name.span,
            Note("first declared here", first),
        )

    def _type_namespace_clash(self, name: ast.Name, kinds: set[str]) -> bool:
        """Check a new type-like name against the existing kinds the table lists."""
        t = self.table
        text = name.text
        if "alias" in kinds and text in t.type_names and t.type_names[text].kind != "enum":
            self._duplicate("a type", name, t.type_names[text].span)
            return True
        if "enum" in kinds and text in t.type_names and t.type_names[text].kind == "enum":
            self._duplicate("an enum", name, t.type_names[text].span)
            return True
        if "interface" in kinds and text in t.interfaces:
            iface = t.interfaces[text]
            what = "a machine" if iface.machine else "an interface"
            self._duplicate(what, name, iface.span)
            return True
        if "machine" in kinds and text in t.machines:
            m = t.machines[text]
            self._duplicate("a machine" if m.kind == "machine" else f"a {m.kind}", name, m.span)
            return True
        if "eventset" in kinds and text in t.event_sets:
            self._duplicate("an event set", name, t.event_sets[text].span)
            return True
        return False

    # -- registration ---------------------------------------------------------------------

    def register(self, decl: ast.Decl) -> None:
        t = self.table
        match decl:
            case ast.TypeDecl(name=name):
                if not self._type_namespace_clash(name, {"alias", "enum", "interface", "machine"}):
                    type_kind: Literal["alias", "foreign"] = (
                        "alias" if decl.type is not None else "foreign"
                    )
                    foreign = ForeignType(name.text) if decl.type is None else None
                    t.type_names[name.text] = TypeNameSym(
                        name.text, type_kind, name.span, decl, foreign
                    )
            case ast.EnumDecl(name=name):
                if not self._type_namespace_clash(name, {"alias", "enum", "interface", "machine"}):
                    elements = self._enum_elements(decl)
                    t.type_names[name.text] = TypeNameSym(
                        name.text, "enum", name.span, decl, EnumType(name.text, elements)
                    )
            case ast.EventDecl(name=name):
                if name.text == "null":
                    pass  # already a syntax error
                elif name.text in t.events:
                    self._duplicate("an event", name, t.events[name.text].span)
                elif name.text in t.enum_elements:
                    self._duplicate("an enum element", name, t.enum_elements[name.text].span)
                else:
                    t.events[name.text] = EventSym(name.text, NULL, name.span, decl)
            case ast.EventSetDecl(name=name):
                if not self._type_namespace_clash(name, {"eventset", "interface"}):
                    t.event_sets[name.text] = EventSetSym(name.text, frozenset(), name.span, decl)
            case ast.InterfaceDecl(name=name):
                if not self._type_namespace_clash(name, {"interface", "enum", "alias", "machine"}):
                    t.interfaces[name.text] = InterfaceSym(
                        name.text, NULL, frozenset(), name.span, None, decl
                    )
            case ast.MachineDecl(name=name):
                if not self._type_namespace_clash(name, {"machine", "interface", "enum", "alias"}):
                    t.machines[name.text] = MachineSym(name.text, "machine", name.span, decl)
                    t.interfaces[name.text] = InterfaceSym(
                        name.text, NULL, frozenset(), name.span, name.text
                    )
            case ast.SpecDecl(name=name):
                if not self._type_namespace_clash(name, {"machine", "interface", "enum", "alias"}):
                    monitor_kind: Literal["spec", "scenario"] = (
                        "scenario" if decl.is_scenario else "spec"
                    )
                    t.machines[name.text] = MachineSym(name.text, monitor_kind, name.span, decl)
            case ast.FunDecl(name=name):
                if name.text in t.functions:
                    self._duplicate("a function", name, t.functions[name.text].span)
                else:
                    t.functions[name.text] = FunctionSym(
                        name.text, None, [], NULL, name.span, decl, decl.body is None
                    )
            case ast.GlobalParamDecl(names=names):
                for n in names:
                    if n.text in t.params:
                        self._duplicate("a global param", n, t.params[n.text].span)
                    else:
                        t.params[n.text] = GlobalParamSym(n.text, ERROR, n.span)
            case ast.ModuleDecl(name=name):
                if name.text in t.modules:
                    self._duplicate("a module", name, t.modules[name.text].name.span)
                else:
                    t.modules[name.text] = decl
            case ast.TestDecl(name=name) | ast.ImplementationDecl(name=name):
                if name.text in t.tests:
                    what = (
                        "a test"
                        if isinstance(t.tests[name.text], ast.TestDecl)
                        else ("an implementation")
                    )
                    self._duplicate(what, name, t.tests[name.text].name.span)
                else:
                    t.tests[name.text] = decl
            case ast.UnsupportedDecl():
                pass

    def _enum_elements(self, decl: ast.EnumDecl) -> tuple[tuple[str, int], ...]:
        t = self.table
        elements: list[tuple[str, int]] = []
        for index, element in enumerate(decl.elements):
            value = index if element.value is None else element.value
            name = element.name
            if name.text in t.enum_elements:
                self._duplicate("an enum element", name, t.enum_elements[name.text].span)
                continue
            if name.text in t.events:
                self._duplicate("an event", name, t.events[name.text].span)
                continue
            t.enum_elements[name.text] = EnumElementSym(name.text, decl.name.text, value, name.span)
            elements.append((name.text, value))
        return tuple(elements)

    # -- type resolution -------------------------------------------------------------------

    def resolve_type(self, texpr: ast.TypeExpr) -> PType:
        match texpr:
            case ast.PrimitiveTypeExpr(kind=kind):
                return _PRIMITIVES[kind]
            case ast.SeqTypeExpr(element=e):
                return SeqType(self.resolve_type(e))
            case ast.SetTypeExpr(element=e):
                return SetType(self.resolve_type(e))
            case ast.MapTypeExpr(key=k, value=v):
                return MapType(self.resolve_type(k), self.resolve_type(v))
            case ast.TupleTypeExpr(elements=elements):
                return TupleType(tuple(self.resolve_type(e) for e in elements))
            case ast.NamedTupleTypeExpr(fields=fields):
                seen: dict[str, Span] = {}
                for fname, _ in fields:
                    if fname.text in seen:
                        self.bag.error(
                            "P0209",
                            f"field '{fname.text}' appears twice in this named tuple type",
                            fname.span,
                            Note("first field here", seen[fname.text]),
                        )
                    seen.setdefault(fname.text, fname.span)
                return NamedTupleType(
                    tuple(f.text for f, _ in fields), tuple(self.resolve_type(t) for _, t in fields)
                )
            case ast.NamedTypeExpr(name=name):
                return self.resolve_named_type(name)

    def resolve_named_type(self, name: ast.Name) -> PType:
        t = self.table
        text = name.text
        sym = t.type_names.get(text)
        if sym is not None:
            if sym.kind == "alias":
                return self._alias_type(sym, name.span)
            assert sym.type is not None
            return sym.type
        if text in t.event_sets:
            return PermissionType(text, "eventset", t.event_sets[text].events)
        if text in t.interfaces:
            iface = t.interfaces[text]
            kind: Literal["machine", "interface"] = "machine" if iface.machine else "interface"
            return PermissionType(text, kind, iface.receives)
        if text in t.events and text not in ("null", "halt"):
            self.bag.error(
                "P0901",
                f"using the event '{text}' as a type is only supported by the PVerifier backend",
                name.span,
            )
            return ERROR
        if text in t.machines:
            self.bag.error("P0206", f"'{text}' is a {t.machines[text].kind}, not a type", name.span)
            return ERROR
        self.bag.error("P0206", f"unknown type '{text}'", name.span)
        return ERROR

    def _alias_type(self, sym: TypeNameSym, use: Span) -> PType:
        if sym.type is not None:
            return sym.type
        if sym.resolving:
            return ERROR  # reported by each alias of the cycle once it is resolved
        decl = sym.decl
        assert isinstance(decl, ast.TypeDecl) and decl.type is not None
        sym.resolving = True
        resolved = self.resolve_type(decl.type)
        sym.resolving = False
        if sym.type is None:
            # Every alias on the cycle is reported, each on its own declaration (an alias
            # that only refers to a cycle is not, and gets ERROR silently). The reference
            # throws at the reference that closes the cycle, which, depending on which
            # declaration is resolved first, lies in any member of the cycle: reporting
            # each member puts an error on that line whichever order it resolves in.
            if self._mentions_alias(decl.type, sym.name, set()):
                self.bag.error(
                    "P0317",
                    f"type alias '{sym.name}' refers to itself (circular type definition)",
                    decl.name.span,
                )
                resolved = ERROR
            sym.type = resolved
        return sym.type

    def _mentions_alias(self, texpr: ast.TypeExpr, target: str, seen: set[str]) -> bool:
        match texpr:
            case ast.PrimitiveTypeExpr():
                return False
            case ast.SeqTypeExpr(element=e) | ast.SetTypeExpr(element=e):
                return self._mentions_alias(e, target, seen)
            case ast.MapTypeExpr(key=k, value=v):
                return self._mentions_alias(k, target, seen) or self._mentions_alias(
                    v, target, seen
                )
            case ast.TupleTypeExpr(elements=elements):
                return any(self._mentions_alias(e, target, seen) for e in elements)
            case ast.NamedTupleTypeExpr(fields=fields):
                return any(self._mentions_alias(e, target, seen) for _, e in fields)
            case ast.NamedTypeExpr(name=name):
                if name.text == target:
                    return True
                sym = self.table.type_names.get(name.text)
                if sym is None or sym.kind != "alias" or name.text in seen:
                    return False
                seen.add(name.text)
                assert isinstance(sym.decl, ast.TypeDecl) and sym.decl.type is not None
                return self._mentions_alias(sym.decl.type, target, seen)

    # -- events and event lists --------------------------------------------------------------

    def unknown_event(self, name: ast.Name) -> None:
        what = what_is(self.table, name.text)
        if what is not None:
            self.bag.error("P0211", f"'{name.text}' is {what}, not an event", name.span)
        else:
            self.bag.error("P0205", f"unknown event '{name.text}'", name.span)

    def event_names(self, names: tuple[ast.Name, ...], allow_null: bool = False) -> frozenset[str]:
        """Resolve a list of event names, reporting unknown ones (P0205)."""
        result: set[str] = set()
        for n in names:
            if n.text == "null" and not allow_null:
                self.bag.error("P0102", "the null event cannot appear in this list", n.span)
                continue
            if n.text in self.table.events:
                result.add(n.text)
            else:
                self.unknown_event(n)
        return frozenset(result)


def what_is(table: SymbolTable, name: str) -> str | None:
    """What a name that is not an event denotes, for "not an event" messages."""
    if name in table.enum_elements:
        return "an enum element"
    if name in table.machines:
        return f"a {table.machines[name].kind}"
    if name in table.interfaces:
        return "an interface"
    if name in table.type_names:
        return "a type"
    if name in table.event_sets:
        return "an event set"
    if name in table.functions:
        return "a function"
    if name in table.params:
        return "a global param"
    return None


def declare_program(program: ast.Program, bag: DiagnosticBag) -> tuple[SymbolTable, Declarer]:
    """Build the symbol table: names first, then every declared type and signature."""
    table = SymbolTable()
    d = Declarer(table, bag)
    decls = program.decls()
    for decl in decls:
        d.register(decl)
    # Event sets and receive sets first: permission types carry them, so every type that
    # mentions an interface or machine must be resolved after they are known.
    universal = table.all_events
    _resolve_event_sets(d, decls)
    for decl in decls:
        reported = len(d.bag)
        match decl:
            case ast.InterfaceDecl(name=name):
                iface = table.interfaces.get(name.text)
                if iface is not None and iface.decl is decl:
                    iface.receives = d.event_names(decl.receives)
            case ast.MachineDecl(name=name):
                m = table.machines.get(name.text)
                if m is not None and m.decl is decl:
                    m.receives = d.event_names(decl.receives) if decl.receives is not None else None
                    m.sends = d.event_names(decl.sends) if decl.sends is not None else None
                    table.interfaces[name.text].receives = (
                        m.receives if m.receives is not None else universal
                    )
            case ast.SpecDecl(name=name):
                m = table.machines.get(name.text)
                if m is not None and m.decl is decl:
                    m.observes = d.event_names(decl.observes)
            case _:
                pass
        if len(d.bag) > reported and isinstance(
            decl, ast.InterfaceDecl | ast.MachineDecl | ast.SpecDecl
        ):
            table.incomplete.add(decl.name.text)
    for decl in decls:
        match decl:
            case ast.TypeDecl(name=name) if decl.type is not None:
                sym = table.type_names.get(name.text)
                if sym is not None and sym.decl is decl:
                    d._alias_type(sym, name.span)
            case ast.EventDecl(name=name, payload=payload) if payload is not None:
                ev = table.events.get(name.text)
                if ev is not None and ev.decl is decl:
                    ev.payload = d.resolve_type(payload)
            case ast.InterfaceDecl(name=name, payload=payload) if payload is not None:
                iface = table.interfaces.get(name.text)
                if iface is not None and iface.decl is decl:
                    iface.payload = d.resolve_type(payload)
            case ast.GlobalParamDecl(names=names, type=texpr):
                ptype = d.resolve_type(texpr)
                for n in names:
                    if table.params[n.text].span == n.span:
                        table.params[n.text].type = ptype
            case _:
                pass
    for decl in decls:
        if isinstance(decl, ast.FunDecl) and decl.name.text in table.functions:
            fun_sym = table.functions[decl.name.text]
            if fun_sym.decl is decl:
                _resolve_signature(d, fun_sym, decl)
    for m in table.machines.values():
        _declare_members(d, m)
    return table, d


def _resolve_event_sets(d: Declarer, decls: list[ast.Decl]) -> None:
    for decl in decls:
        if isinstance(decl, ast.EventSetDecl):
            sym = d.table.event_sets.get(decl.name.text)
            if sym is not None and sym.decl is decl:
                sym.events = d.event_names(decl.events)


def _check_not_global_param(d: Declarer, name: ast.Name, what: str) -> None:
    param = d.table.params.get(name.text)
    if param is not None:
        d.bag.error(
            "P0208",
            f"{what} '{name.text}' has the name of a global param (global params cannot be "
            "redeclared or shadowed)",
            name.span,
            Note("the global param", param.span),
        )


def _resolve_signature(d: Declarer, sym: FunctionSym, decl: ast.FunDecl) -> None:
    # Duplicate and global-param clashes of parameters are reported when the body is
    # checked (functions.py), where parameters and locals share one scope.
    for index, p in enumerate(decl.params):
        sym.params.append(VarSym(p.name.text, d.resolve_type(p.type), p.name.span, index))
    sym.return_type = d.resolve_type(decl.return_type) if decl.return_type else NULL
    if decl.creates is not None:
        sym.creates = decl.creates.text
        if decl.creates.text not in d.table.interfaces:
            d.bag.error("P0207", f"unknown interface '{decl.creates.text}'", decl.creates.span)


def _declare_members(d: Declarer, m: MachineSym) -> None:
    body = m.decl.body
    for var in body.vars:
        ptype = d.resolve_type(var.type)
        for n in var.names:
            if n.text in m.fields:
                d._duplicate("a variable", n, m.fields[n.text].span)
                continue
            _check_not_global_param(d, n, "field")
            sym = VarSym(n.text, ptype, n.span, len(m.field_list))
            m.fields[n.text] = sym
            m.field_list.append(sym)
    for state in body.states:
        if state.name.text in m.states:
            d._duplicate("a state", state.name, m.states[state.name.text].name.span)
        else:
            m.states[state.name.text] = state
    for fun in body.functions:
        name = fun.name
        if name.text in m.methods:
            d._duplicate("a function", name, m.methods[name.text].span)
            continue
        earlier = m.states.get(name.text)
        if earlier is not None and earlier.span.start < fun.span.start:
            # Reference 3.2: a new function clashes with an existing state, a new state only
            # with states, so a state declared after a method of its name is no duplicate.
            # The method is still declared: its calls and handler uses resolve without an
            # "unknown function" cascade (states and functions are looked up apart).
            d._duplicate("a state", name, earlier.name.span)
        method = FunctionSym(name.text, m.name, [], NULL, name.span, fun, fun.body is None)
        _resolve_signature(d, method, fun)
        m.methods[name.text] = method
