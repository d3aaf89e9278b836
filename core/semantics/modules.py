"""Modules, tests and implementations (reference 7): elaboration, checks, test cases.

A module expression elaborates to a `Module` (interface bindings, attached monitors and the
interfaces each watches, creation links changed by `rename`, private events/interfaces).
Each `test`/`implementation` then becomes one or more `TestCaseIR` (parameterised tests
expand per 7.3 in `paramtests.py`), and a program without any gets the `DefaultImpl` of 7.4.
"""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass, field, replace
from pide.core.semantics import ir
from pide.core.semantics.declare import Declarer, what_is
from pide.core.semantics.symbols import MachineSym, SymbolTable
from pide.core.semantics.types import (
    MapType,
    NamedTupleType,
    PermissionType,
    PType,
    SeqType,
    SetType,
    TupleType,
    is_assignable,
)
from pide.core.source import Span
from pide.core.syntax import ast


@dataclass(frozen=True, slots=True)
class Module:
    bindings: dict[str, str] = field(default_factory=dict)  # interface -> machine
    monitors: dict[str, frozenset[str]] = field(default_factory=dict)  # monitor -> watched
    links: dict[str, str] = field(default_factory=dict)  # created name -> bound interface
    private_events: frozenset[str] = frozenset()
    private_interfaces: frozenset[str] = frozenset()


def permission_events(t: PType) -> frozenset[str]:
    """Every event allowed by a permission type nested anywhere in `t`."""
    match t:
        case PermissionType(events=events):
            return events
        case TupleType(elements=parts) | NamedTupleType(types=parts):
            return frozenset().union(*(permission_events(p) for p in parts))
        case SeqType(element=element) | SetType(element=element):
            return permission_events(element)
        case MapType(key=key, value=value):
            return permission_events(key) | permission_events(value)
        case _:
            return frozenset()


@dataclass(slots=True)
class ModuleElaborator:
    table: SymbolTable
    bag: DiagnosticBag
    machine_creates: dict[str, frozenset[str]]
    _stack: list[str] = field(default_factory=list)

    # -- derived sets --------------------------------------------------------------------

    def sends(self, module: Module) -> frozenset[str]:
        result: set[str] = set()
        for machine in set(module.bindings.values()):
            m = self.table.machines[machine]
            result |= m.sends if m.sends is not None else self.table.all_events
        return frozenset(result)

    def receives(self, module: Module) -> frozenset[str]:
        result: set[str] = set()
        for iface in module.bindings:
            sym = self.table.interfaces.get(iface)
            if sym is not None:
                result |= sym.receives
        return frozenset(result)

    def creates(self, module: Module) -> frozenset[str]:
        result: set[str] = set()
        for machine in set(module.bindings.values()):
            for created in self.machine_creates.get(machine, frozenset()):
                result.add(module.links.get(created, created))
        return frozenset(result)

    def permissions(self, module: Module, events: frozenset[str]) -> frozenset[str]:
        """Events that occur in permission types of the payloads of `events` and of the
        constructor payloads of the interfaces the module binds or creates."""
        result: set[str] = set()
        for e in events:
            sym = self.table.events.get(e)
            if sym is not None:
                result |= permission_events(sym.payload)
        for iface in set(module.bindings) | self.creates(module):
            isym = self.table.interfaces.get(iface)
            if isym is not None:
                result |= permission_events(isym.payload)
        return frozenset(result)

    # -- elaboration -----------------------------------------------------------------------

    def elaborate(self, expr: ast.ModuleExpr) -> Module | None:
        match expr:
            case ast.PrimitiveModule(bindings=bindings):
                return self._primitive(bindings)
            case ast.NamedModule(name=name):
                decl = self.table.modules.get(name.text)
                if decl is None:
                    self.bag.error("P0213", f"unknown module '{name.text}'", name.span)
                    return None
                if name.text in self._stack:
                    self.bag.error(
                        "P0213", f"module '{name.text}' is defined in terms of itself", name.span
                    )
                    return None
                self._stack.append(name.text)
                try:
                    return self.elaborate(decl.module)
                finally:
                    self._stack.pop()
            case ast.UnionModule(modules=parts, span=span):
                return self._union([self.elaborate(p) for p in parts], span, compose=False)
            case ast.ComposeModule(modules=parts, span=span):
                return self._union([self.elaborate(p) for p in parts], span, compose=True)
            case ast.AssertModule(specs=specs, module=inner):
                return self._assert(specs, self.elaborate(inner))
            case ast.HideEventsModule(events=events, module=inner):
                return self._hide_events(events, self.elaborate(inner))
            case ast.HideInterfacesModule(interfaces=ifaces, module=inner):
                return self._hide_interfaces(ifaces, self.elaborate(inner))
            case ast.RenameModule(old=old, new=new, module=inner):
                return self._rename(old, new, self.elaborate(inner))
            case ast.MainModule(module=inner):
                return self.elaborate(inner)

    def _primitive(self, bindings: tuple[ast.Binding, ...]) -> Module | None:
        result: dict[str, str] = {}
        ok = True
        for b in bindings:
            m = self.table.machines.get(b.machine.text)
            if m is None:
                what = what_is(self.table, b.machine.text)
                if what is None and b.machine.text in self.table.events:
                    what = "an event"
                if what is not None:
                    self.bag.error(
                        "P0605",
                        f"'{b.machine.text}' is {what}; only machines can be bound",
                        b.machine.span,
                    )
                else:
                    self.bag.error("P0212", f"unknown machine '{b.machine.text}'", b.machine.span)
                ok = False
                continue
            if m.is_monitor:
                self.bag.error(
                    "P0605",
                    f"{m.kind} '{m.name}' cannot be bound in a module: attach monitors with "
                    f"'assert {m.name} in ...'",
                    b.machine.span,
                )
                ok = False
                continue
            iface_name = b.interface.text if b.interface is not None else m.name
            iface_span = b.interface.span if b.interface is not None else b.machine.span
            iface = self.table.interfaces.get(iface_name)
            if iface is None:
                self.bag.error("P0207", f"unknown interface '{iface_name}'", iface_span)
                ok = False
                continue
            if iface_name in result:
                self.bag.error(
                    "P0603", f"interface '{iface_name}' is bound more than once", iface_span
                )
                ok = False
                continue
            if self.table.incomplete & {m.name, iface_name}:
                # Its event lists name something unknown (reported there): the module's
                # receive/send sets are unknown too, so nothing built on it is checked.
                ok = False
                continue
            if b.interface is not None and not self._implements(m, iface_name, b.span):
                ok = False
                continue
            result[iface_name] = m.name
        return Module(bindings=result) if ok else None

    def _implements(self, m: MachineSym, iface_name: str, span: Span) -> bool:
        iface = self.table.interfaces[iface_name]
        receives = m.receives if m.receives is not None else self.table.all_events
        missing = iface.receives - receives
        if missing:
            self.bag.error(
                "P0604",
                f"'{m.name}' cannot implement '{iface_name}': it does not receive "
                f"{', '.join(sorted(missing))}",
                span,
            )
            return False
        if not is_assignable(iface.payload, m.payload):
            self.bag.error(
                "P0604",
                f"'{m.name}' cannot implement '{iface_name}': its constructor takes {m.payload}, "
                f"but the interface passes {iface.payload}",
                span,
            )
            return False
        return True

    def _union(self, parts: list[Module | None], span: Span, compose: bool) -> Module | None:
        if any(p is None for p in parts):
            return None
        modules = [p for p in parts if p is not None]
        bindings: dict[str, str] = {}
        monitors: dict[str, frozenset[str]] = {}
        links: dict[str, str] = {}
        ok = True
        word = "compose" if compose else "union"
        for index, mod in enumerate(modules):
            for iface, machine in mod.bindings.items():
                if iface in bindings:
                    self.bag.error(
                        "P0607",
                        f"{word}: interface '{iface}' is bound in more than one component",
                        span,
                    )
                    ok = False
                bindings[iface] = machine
            for monitor, watched in mod.monitors.items():
                if monitor in monitors:
                    self.bag.error(
                        "P0607",
                        f"{word}: monitor '{monitor}' is attached in more than one component",
                        span,
                    )
                    ok = False
                monitors[monitor] = watched
            links.update(mod.links)
            if compose:
                for other in modules[:index]:
                    shared = self.sends(mod) & self.sends(other)
                    if shared:
                        self.bag.error(
                            "P0607",
                            f"compose: components both send {', '.join(sorted(shared))}",
                            span,
                        )
                        ok = False
                    both = self.creates(mod) & self.creates(other)
                    if both:
                        self.bag.error(
                            "P0607",
                            f"compose: components both create {', '.join(sorted(both))}",
                            span,
                        )
                        ok = False
        ok = self._private_events_stay_private(modules, word, span) and ok
        if not ok:
            return None
        private_events = frozenset().union(*(m.private_events for m in modules))
        private_ifaces = frozenset().union(*(m.private_interfaces for m in modules))
        return Module(bindings, monitors, links, private_events, private_ifaces)

    def _private_events_stay_private(self, modules: list[Module], word: str, span: Span) -> bool:
        """A component's private (hidden) events may not be sent or received by another
        component, nor occur in the permissions of another component's events or constructor
        payloads (reference 7.1, `union`)."""
        ok = True
        for i, mod in enumerate(modules):
            if not mod.private_events:
                continue
            for j, other in enumerate(modules):
                if i == j:
                    continue
                used = self.sends(other) | self.receives(other)
                leaked = mod.private_events & (used | self.permissions(other, used))
                if leaked:
                    self.bag.error(
                        "P0607",
                        f"{word}: private event{'s' if len(leaked) > 1 else ''} "
                        f"{', '.join(sorted(leaked))} of one component "
                        f"{'are' if len(leaked) > 1 else 'is'} used by another",
                        span,
                    )
                    ok = False
        return ok

    def _assert(self, specs: tuple[ast.Name, ...], inner: Module | None) -> Module | None:
        if inner is None:
            return None
        monitors = dict(inner.monitors)
        sends = self.sends(inner)
        watched = frozenset(inner.bindings)
        ok = True
        for name in specs:
            m = self.table.machines.get(name.text)
            if m is None:
                self.bag.error("P0212", f"unknown spec '{name.text}'", name.span)
                ok = False
                continue
            if not m.is_monitor:
                self.bag.error(
                    "P0606",
                    f"'{name.text}' is a machine; 'assert' expects a spec monitor",
                    name.span,
                )
                ok = False
                continue
            if name.text in monitors:
                self.bag.error(
                    "P0606", f"spec '{name.text}' is already attached to this module", name.span
                )
                ok = False
                continue
            if name.text in self.table.incomplete:
                ok = False  # its observes list names something unknown (reported there)
                continue
            # `halt` too: it is in the sends set of a machine without a `sends` clause (the
            # universal set), but not in an explicit list that leaves it out (reference 7.1).
            unsent = sorted(m.observes - sends)
            if unsent:
                self.bag.error(
                    "P0606",
                    f"spec '{name.text}' observes {', '.join(unsent)}, which no machine of this "
                    "module sends",
                    name.span,
                )
                ok = False
                continue
            monitors[name.text] = watched
        return replace(inner, monitors=monitors) if ok else None

    def _hide_events(self, events: tuple[ast.Name, ...], inner: Module | None) -> Module | None:
        if inner is None:
            return None
        sends, receives = self.sends(inner), self.receives(inner)
        hidden = set(inner.private_events)
        for e in events:
            if e.text not in self.table.events:
                Declarer(self.table, self.bag).unknown_event(e)
                return None
            if e.text not in sends or e.text not in receives:
                self.bag.error(
                    "P0608",
                    f"cannot hide '{e.text}': it must be both sent and received inside the module",
                    e.span,
                )
                return None
            hidden.add(e.text)
        newly = frozenset(hidden - inner.private_events)
        bound, created = set(inner.bindings), set(self.creates(inner))
        for iface in sorted(bound ^ created):
            sym = self.table.interfaces.get(iface)
            clash = newly & sym.receives if sym is not None else frozenset()
            if clash:
                how = "bound but never created" if iface in bound else "created but not bound"
                self.bag.error(
                    "P0608",
                    f"cannot hide {', '.join(sorted(clash))}: interface '{iface}' receives it "
                    f"and is {how} in the module (only interfaces both created and bound "
                    "there may receive a hidden event)",
                    events[0].span,
                )
                return None
        public = (sends | receives) - hidden
        exposed = newly & self.permissions(inner, public)
        if exposed:
            self.bag.error(
                "P0608",
                f"cannot hide {', '.join(sorted(exposed))}: it occurs in the permissions of a "
                "public event's payload or of a constructor payload",
                events[0].span,
            )
            return None
        return replace(inner, private_events=frozenset(hidden))

    def _hide_interfaces(self, ifaces: tuple[ast.Name, ...], inner: Module | None) -> Module | None:
        if inner is None:
            return None
        created = self.creates(inner)
        hidden = set(inner.private_interfaces)
        for i in ifaces:
            if i.text not in self.table.interfaces:
                self.bag.error("P0207", f"unknown interface '{i.text}'", i.span)
                return None
            if i.text not in inner.bindings or i.text not in created:
                self.bag.error(
                    "P0608",
                    f"cannot hide interface '{i.text}': it must be both created and bound in the module",
                    i.span,
                )
                return None
            hidden.add(i.text)
        return replace(inner, private_interfaces=frozenset(hidden))

    def _rename(self, old: ast.Name, new: ast.Name, inner: Module | None) -> Module | None:
        if inner is None:
            return None
        for n in (old, new):
            if n.text not in self.table.interfaces:
                self.bag.error("P0207", f"unknown interface '{n.text}'", n.span)
                return None
        a, b = self.table.interfaces[old.text], self.table.interfaces[new.text]
        if self.table.incomplete & {old.text, new.text}:
            return None  # a receive list names something unknown (reported there)
        if a.receives != b.receives:
            self.bag.error(
                "P0608",
                f"cannot rename '{old.text}' to '{new.text}': their receive sets differ",
                new.span,
            )
            return None
        created = self.creates(inner)
        if old.text not in inner.bindings and old.text not in created:
            self.bag.error(
                "P0608",
                f"cannot rename '{old.text}': it is neither bound nor created in the module",
                old.span,
            )
            return None
        if new.text in inner.bindings or new.text in created:
            self.bag.error(
                "P0608",
                f"cannot rename to '{new.text}': it is already bound or created in the module",
                new.span,
            )
            return None

        def ren(name: str) -> str:
            return new.text if name == old.text else name

        bindings = {ren(i): m for i, m in inner.bindings.items()}
        monitors = {m: frozenset(ren(i) for i in w) for m, w in inner.monitors.items()}
        links = {k: ren(v) for k, v in inner.links.items()}
        links.setdefault(old.text, new.text)
        return Module(bindings, monitors, links, inner.private_events, inner.private_interfaces)


def _decl_order(span: Span) -> tuple[str, int]:
    return (span.file, span.start)


def test_case(
    elab: ModuleElaborator,
    name: str,
    main: ast.Name | None,
    module: Module,
    kind: str,
    span: Span,
    param_values: dict[str, object] | None = None,
) -> ir.TestCaseIR | None:
    """Check closedness and the main machine; build the runnable configuration."""
    table, bag = elab.table, elab.bag
    ok = True
    missing = sorted(elab.creates(module) - set(module.bindings))
    if missing:
        where = span
        notes: tuple[Note, ...] = ()
        if kind != "test":
            # The reference reports an implementation (and DefaultImpl) that is not closed at
            # the declaration of the first interface nobody binds, a test at the test.
            first = min(missing, key=lambda i: _decl_order(table.interfaces[i].span))
            where = table.interfaces[first].span
            notes = (Note(f"{kind} '{name}'", span),)
        bag.error(
            "P0601",
            f"{kind} '{name}' is not closed: {', '.join(repr(m) for m in missing)} "
            f"{'is' if len(missing) == 1 else 'are'} created but not bound in its module",
            where,
            *notes,
        )
        ok = False
    main_name = main.text if main is not None else None
    if main is not None and kind == "test":
        m = table.machines.get(main.text)
        if m is None or m.is_monitor:
            bag.error(
                "P0602", f"main machine '{main.text}' of test '{name}' is not a machine", main.span
            )
            ok = False
        elif main.text not in module.bindings.values():
            bag.error(
                "P0602",
                f"main machine '{main.text}' is not bound in the module of test '{name}'",
                main.span,
            )
            ok = False
        elif m.payload != table.events["null"].payload:
            bag.error(
                "P0602",
                f"main machine '{main.text}' cannot be started by a test: its start state's entry takes a parameter",
                main.span,
            )
            ok = False
    if not ok or main_name is None:
        return None
    monitors = [ir.MonitorAttachment(mon, watched) for mon, watched in module.monitors.items()]
    all_bound = frozenset(module.bindings)
    for m in table.machines.values():
        if m.kind == "scenario" and m.name not in module.monitors:
            monitors.append(ir.MonitorAttachment(m.name, all_bound))
    test_kind = "implementation" if kind == "implementation" else "test"
    return ir.TestCaseIR(
        name,
        main_name,
        dict(module.bindings),
        tuple(monitors),
        dict(param_values or {}),
        test_kind,  # type: ignore[arg-type]
        span,
        dict(module.links),
    )
