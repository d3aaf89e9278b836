"""Machine structure (reference 4.5, 4.6, 6.3): start states, state items, handlers.

Turns each state's entry/exit/on/defer/ignore items into a `StateIR`, checking anonymous
handlers as ordinary functions of the machine (named `<State:entry>`, `<State:on eX>`, ...,
which cannot clash with method names) and resolving named handlers to machine methods.
"""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass, field
from pide.core.semantics import ir
from pide.core.semantics.declare import Declarer
from pide.core.semantics.functions import CheckedFunction, FunctionChecker
from pide.core.semantics.symbols import InterfaceSym, MachineSym
from pide.core.semantics.types import ERROR, NULL, PType, TupleType, is_assignable
from pide.core.source import Span
from pide.core.syntax import ast


def entry_parameter(declarer: Declarer, m: MachineSym, state: ast.StateDecl) -> tuple[int, PType]:
    """(number of parameters, type of the first) of a state's entry handler."""
    cached = m.entry_params.get(state.name.text)
    if cached is not None:
        return cached
    result: tuple[int, PType] = (0, NULL)
    for item in state.items:
        if isinstance(item, ast.EntryItem):
            handler = item.handler
            if isinstance(handler, ast.AnonHandler):
                if handler.param is not None:
                    result = (1, declarer.resolve_type(handler.param.type))
            else:
                method = m.methods.get(handler.text)
                if method is None or len(method.params) > 1:
                    # An unknown or global entry function (P0203/P0405), or one with several
                    # parameters (P0406), is reported where it is named: its payload is left
                    # open so that `new`, `goto` and transitions into the state add nothing.
                    result = (1, ERROR)
                elif method.params:
                    result = (1, method.params[0].type)
            break
    m.entry_params[state.name.text] = result
    return result


def _header_span(state: ast.StateDecl) -> Span:
    """From the state's first word (`start`, `hot`, `cold` or `state`) to its name."""
    full, name = state.span, state.name.span
    return Span(full.file, full.start, name.end, full.line, full.col, name.end_line, name.end_col)


def payload_fits(payload: PType, param: PType) -> bool:
    """Handler rule 6.3: the payload fits the parameter, or is a 1-tuple whose element does."""
    if is_assignable(payload, param):
        return True
    return (
        isinstance(payload, TupleType)
        and len(payload.elements) == 1
        and is_assignable(payload.elements[0], param)
    )


def prepare_machine(declarer: Declarer, m: MachineSym) -> None:
    """Find the start state and the constructor payload type before bodies are checked."""
    bag = declarer.bag
    starts = [s for s in m.decl.body.states if s.is_start]
    if not starts:
        bag.error("P0401", f"{m.kind} '{m.name}' has no start state", m.decl.name.span)
    for extra in starts[1:]:
        bag.error(
            "P0402",
            f"{m.kind} '{m.name}' has more than one start state",
            extra.span,
            Note("the first start state", starts[0].name.span),
        )
    if starts:
        m.start_state = starts[0].name.text
        if m.kind == "machine":
            count, ptype = entry_parameter(declarer, m, starts[0])
            m.payload = ptype if count else NULL
            iface: InterfaceSym | None = declarer.table.interfaces.get(m.name)
            if iface is not None and iface.machine == m.name:
                iface.payload = m.payload


@dataclass(slots=True)
class MachineResult:
    functions: dict[str, CheckedFunction] = field(default_factory=dict)
    states: dict[str, ir.StateIR] = field(default_factory=dict)
    transition_handlers: list[tuple[str, str, Span]] = field(default_factory=list)
    handled_events: set[str] = field(default_factory=set)
    goto_targets: set[str] = field(default_factory=set)


@dataclass(slots=True)
class MachineBuilder:
    checker: FunctionChecker
    m: MachineSym
    result: MachineResult = field(default_factory=MachineResult)

    @property
    def bag(self) -> DiagnosticBag:
        return self.checker.bag

    def build(self) -> MachineResult:
        for state in self.m.decl.body.states:
            if self.m.states.get(state.name.text) is state:
                self.result.states[state.name.text] = self._state(state)
        return self.result

    # -- handlers -----------------------------------------------------------------------

    def _anonymous(self, fname: str, handler: ast.AnonHandler, role: str) -> str:
        params: list[tuple[ast.Name, PType]] = []
        if handler.param is not None:
            if role == "exit":
                self.bag.error("P0406", "an exit handler takes no parameter", handler.param.span)
            params.append(
                (handler.param.name, self.checker.declarer.resolve_type(handler.param.type))
            )
        checked = self.checker.check(
            name=fname,
            display_name=f"{self.m.name}.{fname}",
            machine=self.m,
            params=params,
            return_type=NULL,
            has_return_type=False,
            body=handler.body,
            span=handler.span,
            anonymous=True,
        )
        self.result.functions[fname] = checked
        return fname

    def _named(self, name: ast.Name, role: str, state: ast.StateDecl | None) -> str | None:
        method = self.m.methods.get(name.text)
        # A global/foreign function or too many parameters in a state's entry or exit is
        # reported at the state's header, where the reference reports it (it checks these
        # per state); in `on ... do/with` it is reported at the item.
        where, as_what = name.span, "a handler"
        notes: tuple[Note, ...] = ()
        if state is not None and role in ("entry", "exit"):
            where = _header_span(state)
            notes = (Note(f"used as the {role} handler here", name.span),)
            as_what = f"the {role} handler of state '{state.name.text}'"
        if method is None:
            if name.text in self.checker.table.functions:
                self.bag.error(
                    "P0405",
                    f"global function '{name.text}' cannot be used as {as_what}: only "
                    f"functions of '{self.m.name}' can",
                    where,
                    *notes,
                )
            else:
                self.bag.error("P0203", f"'{self.m.name}' has no function '{name.text}'", name.span)
            return None
        if method.is_foreign:
            self.bag.error(
                "P0405",
                f"foreign function '{name.text}' cannot be used as {as_what}",
                where,
                *notes,
            )
            return None
        limit = 0 if role == "exit" else 1
        if len(method.params) > limit:
            what = (
                "an exit handler takes no parameter"
                if role == "exit"
                else ("a handler takes at most one parameter")
            )
            self.bag.error(
                "P0406", f"'{name.text}' cannot be used as {as_what}: {what}", where, *notes
            )
        return name.text

    def _handler(
        self, ref: ast.HandlerRef, fname: str, role: str, state: ast.StateDecl | None = None
    ) -> str | None:
        if isinstance(ref, ast.AnonHandler):
            return self._anonymous(fname, ref, role)
        return self._named(ref, role, state)

    def _handler_param(self, ref: ast.HandlerRef) -> PType | None:
        if isinstance(ref, ast.AnonHandler):
            if ref.param is None:
                return None
            return self.checker.declarer.resolve_type(ref.param.type)
        method = self.m.methods.get(ref.text)
        if method is None or len(method.params) != 1:
            return None  # a wrong arity is reported once, as P0406
        return method.params[0].type

    # -- states ---------------------------------------------------------------------------

    def _state(self, state: ast.StateDecl) -> ir.StateIR:
        s = state.name.text
        entry: str | None = None
        exit_: str | None = None
        seen_entry = seen_exit = False
        handlers: dict[str, ir.Handler] = {}
        deferred: set[str] = set()
        ignored: set[str] = set()
        mentioned: dict[str, Span] = {}
        for item in state.items:
            match item:
                case ast.EntryItem(handler=ref, span=span):
                    if seen_entry:
                        self.bag.error(
                            "P0404", f"state '{s}' has more than one entry handler", span
                        )
                    else:
                        entry = self._handler(ref, f"<{s}:entry>", "entry", state)
                    seen_entry = True
                case ast.ExitItem(handler=ref, span=span):
                    if seen_exit:
                        self.bag.error("P0404", f"state '{s}' has more than one exit handler", span)
                    else:
                        exit_ = self._handler(ref, f"<{s}:exit>", "exit", state)
                        if exit_ is not None:
                            self.result.transition_handlers.append((exit_, "exit", span))
                    seen_exit = True
                case ast.DeferItem(events=events, span=span):
                    if self.m.is_monitor:
                        self.bag.error("P0410", f"a {self.m.kind} cannot defer events", span)
                    deferred |= self._events(events, mentioned, s)
                case ast.IgnoreItem(events=events):
                    ignored |= self._events(events, mentioned, s)
                case ast.OnDoItem(events=events, handler=ref, span=span):
                    names = self._events(events, mentioned, s)
                    label = ",".join(e.text for e in events)
                    fname = self._handler(ref, f"<{s}:on {label}>", "do")
                    self._check_payloads(events, self._handler_param(ref), ref)
                    if fname is not None:
                        for e in names:
                            handlers[e] = ir.DoHandler(fname, span)
                case ast.OnGotoItem(events=events, target=target, handler=ref, span=span):
                    handlers.update(self._goto_item(s, events, target, ref, span, mentioned))
        temperature = state.temperature or "warm"
        return ir.StateIR(
            s,
            temperature,
            entry,
            exit_,
            handlers,
            frozenset(deferred),
            frozenset(ignored),
            state.span,
        )

    def _goto_item(
        self,
        s: str,
        events: tuple[ast.Name, ...],
        target: ast.Name,
        ref: ast.HandlerRef | None,
        span: Span,
        mentioned: dict[str, Span],
    ) -> dict[str, ir.Handler]:
        names = self._events(events, mentioned, s)
        label = ",".join(e.text for e in events)
        fname = None
        if ref is not None:
            fname = self._handler(ref, f"<{s}:goto {label}>", "with")
            self._check_payloads(events, self._handler_param(ref), ref)
            if fname is not None:
                self.result.transition_handlers.append((fname, "with", span))
        target_state = self.m.states.get(target.text)
        if target_state is None:
            self.bag.error("P0204", f"'{self.m.name}' has no state '{target.text}'", target.span)
            return {}
        self.result.goto_targets.add(target.text)
        count, ptype = entry_parameter(self.checker.declarer, self.m, target_state)
        if count == 1:
            for e in events:
                ev = self.checker.table.events.get(e.text)
                if ev is not None and not payload_fits(ev.payload, ptype):
                    self.bag.error(
                        "P0320",
                        f"the entry of '{target.text}' expects a {ptype}, but event '{e.text}' "
                        f"carries {_payload_text(ev.payload)}",
                        e.span,
                    )
        return {e: ir.GotoHandler(target.text, fname, span) for e in names}

    def _check_payloads(
        self, events: tuple[ast.Name, ...], param: PType | None, ref: ast.HandlerRef
    ) -> None:
        if param is None or param == ERROR:
            return
        for e in events:
            ev = self.checker.table.events.get(e.text)
            if ev is not None and not payload_fits(ev.payload, param):
                self.bag.error(
                    "P0320",
                    f"the handler expects a {param}, but event '{e.text}' carries "
                    f"{_payload_text(ev.payload)}",
                    e.span,
                )

    def _events(self, events: tuple[ast.Name, ...], mentioned: dict[str, Span], s: str) -> set[str]:
        result: set[str] = set()
        for e in events:
            if e.text == "null" and self.m.is_monitor:
                self.bag.error("P0410", f"a {self.m.kind} cannot handle the null event", e.span)
                continue
            if e.text not in self.checker.table.events:
                self.checker.declarer.unknown_event(e)
                continue
            if e.text in mentioned:
                self.bag.error(
                    "P0403",
                    f"state '{s}' already handles, defers or ignores '{e.text}'",
                    e.span,
                    Note("first mentioned here", mentioned[e.text]),
                )
                continue
            mentioned[e.text] = e.span
            if self.m.is_monitor and e.text not in self.m.observes and e.text != "halt":
                self.bag.warning(
                    "P0805",
                    f"{self.m.kind} '{self.m.name}' does not observe '{e.text}', so this can never fire",
                    e.span,
                )
            self.result.handled_events.add(e.text)
            result.add(e.text)
        return result


def _payload_text(payload: PType) -> str:
    return "no payload" if payload == NULL else f"a {payload}"
