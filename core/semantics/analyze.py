"""Semantic analysis: AST program -> (typed IR, diagnostics).

The passes, in order: declare (symbols, types, duplicates) -> machine headers (start state,
constructor payload) -> bodies (every function and handler, to IR) -> effects (capability
rules, `creates` inference) -> modules and tests -> warnings. Each pass reports what it can
and carries on; the IR is returned only when no error was found, since the runtime must
never execute a model with an unreported hole in it.
"""

from __future__ import annotations

import sys

from pide.core.diagnostics import Diagnostic, DiagnosticBag, Note
from pide.core.fastdataclass import dataclass, field
from pide.core.semantics import ir
from pide.core.semantics.context import DirectEffects, Usage
from pide.core.semantics.declare import declare_program
from pide.core.semantics.effects import FunctionKey, check_capabilities, close_effects, with_effects
from pide.core.semantics.functions import CheckedFunction, FunctionChecker, check_named_function
from pide.core.semantics.handlers import MachineBuilder, prepare_machine
from pide.core.semantics.modules import Module, ModuleElaborator, test_case
from pide.core.semantics.paramtests import expand
from pide.core.semantics.symbols import SymbolTable
from pide.core.semantics.types import EnumType
from pide.core.semantics.warnings import report_warnings
from pide.core.source import Span
from pide.core.syntax import ast
from pide.core.syntax.gcpause import long_lived


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    program: ir.ProgramIR | None
    diagnostics: list[Diagnostic]
    table: SymbolTable

    @property
    def ok(self) -> bool:
        return self.program is not None


@dataclass(slots=True)
class _Bodies:
    checked: dict[FunctionKey, CheckedFunction] = field(default_factory=dict)
    transition_handlers: list[tuple[FunctionKey, str]] = field(default_factory=list)
    states: dict[str, dict[str, ir.StateIR]] = field(default_factory=dict)
    handled: set[str] = field(default_factory=set)
    goto_targets: dict[str, set[str]] = field(default_factory=dict)


def _check_bodies(checker: FunctionChecker, table: SymbolTable) -> _Bodies:
    out = _Bodies()
    for name, f in table.functions.items():
        if f.decl is not None:
            out.checked[(None, name)] = check_named_function(checker, f.decl, None)
    for m in table.machines.values():
        for name, method in m.methods.items():
            assert method.decl is not None
            out.checked[(m.name, name)] = check_named_function(checker, method.decl, m)
        built = MachineBuilder(checker, m).build()
        for fname, cf in built.functions.items():
            out.checked[(m.name, fname)] = cf
        out.transition_handlers.extend(
            ((m.name, f), role) for f, role, _ in built.transition_handlers
        )
        out.states[m.name] = built.states
        out.handled |= built.handled_events
        out.goto_targets[m.name] = built.goto_targets
    return out


def _heads(bodies: _Bodies, table: SymbolTable) -> dict[FunctionKey, Span]:
    """Where a function-level capability error is reported (reference: the function's own
    location): a method's or global function's name, or the first token (`{` or `(`) of an
    anonymous handler."""
    heads: dict[FunctionKey, Span] = {}
    for key, checked in bodies.checked.items():
        owner, name = key
        named = (
            table.machines[owner].methods.get(name)
            if owner is not None
            else table.functions.get(name)
        )
        if named is not None:
            heads[key] = named.span
        else:
            s = checked.function.span
            heads[key] = Span(s.file, s.start, s.start + 1, s.line, s.col, s.line, s.col + 1)
    return heads


def _machine_irs(
    table: SymbolTable,
    bodies: _Bodies,
    functions: dict[FunctionKey, ir.FunctionIR],
    creates: dict[FunctionKey, frozenset[str]],
) -> dict[str, ir.MachineIR]:
    result: dict[str, ir.MachineIR] = {}
    by_owner: dict[str | None, dict[str, ir.FunctionIR]] = {}  # one pass, not one per machine
    for (owner, name), f in functions.items():
        by_owner.setdefault(owner, {})[name] = f
    for m in table.machines.values():
        own = by_owner.get(m.name, {})
        created: set[str] = set()
        for name in own:
            created |= creates.get((m.name, name), frozenset())
        result[m.name] = ir.MachineIR(
            m.name,
            m.kind,
            tuple(ir.LocalVar(f.name, f.type, f.span) for f in m.field_list),
            own,
            bodies.states.get(m.name, {}),
            m.start_state or "",
            m.receives,
            m.sends,
            m.observes,
            frozenset(created),
            m.span,
        )
    return result


def _tests(
    table: SymbolTable, bag: DiagnosticBag, creates: dict[str, frozenset[str]], program: ast.Program
) -> list[ir.TestCaseIR]:
    elab = ModuleElaborator(table, bag, creates)
    tests: list[ir.TestCaseIR] = []
    for name, decl in table.tests.items():
        if decl.span.file in table.included_files:
            continue  # tests of included projects are dropped (reference 7.2)
        if isinstance(decl, ast.TestDecl) and decl.refines is not None:
            bag.error("P0903", f"refinement test '{name}' is not supported", decl.span)
            continue
        module = elab.elaborate(decl.module)
        if module is None:
            continue
        if isinstance(decl, ast.ImplementationDecl):
            tc = test_case(elab, name, decl.main, module, "implementation", decl.span)
            if tc is not None:
                tests.append(tc)
            continue
        if not decl.params:
            tc = test_case(elab, name, decl.main, module, "test", decl.span)
            if tc is not None:
                tests.append(tc)
            continue
        variants = expand(decl, table, bag)
        if variants is None:
            continue
        first = True
        for v in variants:
            tc = test_case(elab, v.name, decl.main, module, "test", decl.span, dict(v.values))
            if tc is None:
                break
            tests.append(tc)
            first = False
        del first
    has_declared = any(
        isinstance(d, (ast.TestDecl, ast.ImplementationDecl)) for d in program.decls()
    )
    main = table.machines.get("Main")
    if not has_declared and main is not None and main.kind == "machine":
        bindings = {m.name: m.name for m in table.machines.values() if m.kind == "machine"}
        # The reference synthesises DefaultImpl before its implementation checks, so it gets
        # the closedness check too: a declared interface that a machine creates but nothing
        # binds (no module can) is an error, at that interface's declaration.
        unbound = elab.creates(Module(bindings=dict(bindings))) - set(bindings)
        if unbound:
            unbound_first = min(
                unbound,
                key=lambda i: (table.interfaces[i].span.file, table.interfaces[i].span.start),
            )
            bag.error(
                "P0601",
                f"'DefaultImpl' (the implied test of a program with a machine Main and no "
                f"tests) is not closed: {', '.join(repr(i) for i in sorted(unbound))} "
                f"{'is' if len(unbound) == 1 else 'are'} created but bound to no machine",
                table.interfaces[unbound_first].span,
                Note("DefaultImpl binds every machine to its own interface", main.span),
            )
        # Reference 7.4 attaches only scenarios here; pide also attaches every spec, watching
        # every machine (the interpretation 8.9 documents for programs without tests): a
        # designer who writes a spec expects it to be checked.
        monitors = tuple(
            ir.MonitorAttachment(m.name, frozenset(bindings))
            for m in table.machines.values()
            if m.kind in ("scenario", "spec")
        )
        tests.append(
            ir.TestCaseIR("DefaultImpl", "Main", bindings, monitors, {}, "default", main.span)
        )
    return tests


# The checks recurse over expressions and statements: a long operator chain (`a + b + ...`
# is left-nested) or deep nesting must not hit Python's default limit of 1,000 frames.
# The runtime raises the limit to the same figure for P recursion.
_RECURSION_LIMIT = 12_000


def analyze(program: ast.Program) -> AnalysisResult:
    if sys.getrecursionlimit() < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    with long_lived():  # the IR outlives the analysis: see pide.core.syntax.gcpause
        return _analyze(program)


def _analyze(program: ast.Program) -> AnalysisResult:
    bag = DiagnosticBag()
    table, declarer = declare_program(program, bag)
    table.included_files = frozenset(u.path for u in program.units if u.from_included_project)
    for m in table.machines.values():
        prepare_machine(declarer, m)
    usage = Usage()
    checker = FunctionChecker(table, declarer, bag, usage)
    bodies = _check_bodies(checker, table)
    direct: dict[FunctionKey, DirectEffects] = {k: c.effects for k, c in bodies.checked.items()}
    closure = close_effects(direct, table)
    check_capabilities(
        direct, closure, table, bodies.transition_handlers, bag, _heads(bodies, table)
    )
    functions = {k: with_effects(c.function, closure) for k, c in bodies.checked.items()}
    owned: dict[str | None, list[str]] = {}  # one pass, not one per machine
    for o, f in functions:
        owned.setdefault(o, []).append(f)
    machine_creates = {
        m: frozenset().union(*(closure.creates.get((m, f), frozenset()) for f in owned.get(m, ())))
        for m in table.machines
    }
    machines = _machine_irs(table, bodies, functions, closure.creates)
    tests = _tests(table, bag, machine_creates, program)
    unread: list[tuple[str, Span]] = [x for c in bodies.checked.values() for x in c.unread_locals]
    report_warnings(table, usage, bodies.handled, bodies.goto_targets, tests, unread, bag)
    diagnostics = bag.sorted()
    if any(d.is_error for d in diagnostics):
        return AnalysisResult(None, diagnostics, table)
    program_ir = ir.ProgramIR(
        events={
            name: ir.EventIR(name, ev.payload, ev.span)
            for name, ev in table.events.items()
            if name != "null"
        },
        interfaces={
            name: ir.InterfaceIR(name, i.payload, i.receives, i.span)
            for name, i in table.interfaces.items()
        },
        machines=machines,
        functions={name: f for (owner, name), f in functions.items() if owner is None}
        | {
            name: ir.FunctionIR(
                name,
                None,
                len(sym.params),
                tuple(ir.LocalVar(p.name, p.type, p.span) for p in sym.params),
                sym.return_type,
                None,
                sym.span,
            )
            for name, sym in table.functions.items()
            if sym.is_foreign and (None, name) not in functions
        },
        global_params={name: p.type for name, p in table.params.items()},
        tests={t.name: t for t in tests},
        enums={
            name: sym.type.elements
            for name, sym in table.type_names.items()
            if isinstance(sym.type, EnumType)
        },
        files=tuple(u.path for u in program.units),
    )
    return AnalysisResult(program_ir, diagnostics, table)
