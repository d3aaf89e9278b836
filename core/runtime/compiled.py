"""`compile_program`: ProgramIR -> `CompiledProgram` (generated module + dispatch tables).

The generated source is registered with `linecache`, so a traceback through model code
(a pide bug, or a foreign function failing) shows the generated lines; `spans` maps each of
those lines back to the P statement it came from.
"""

from __future__ import annotations

import itertools
import linecache
from collections.abc import Callable, Mapping
from typing import Any

from pide.core.diagnostics.model import Diagnostic, Severity
from pide.core.fastdataclass import dataclass, field
from pide.core.runtime.codegen import (
    CodeModule,
    foreign_global,
    generate,
    single_tuple,
    unwraps_single_tuples,
)
from pide.core.runtime.ops import PRuntimeError, default_value
from pide.core.runtime.rtlib import NAMESPACE
from pide.core.runtime.structures import FnInfo, HandlerInfo, MachineType, StateInfo
from pide.core.semantics import ir
from pide.core.source import Span

_NO_SPAN = Span("<model>", 0, 0, 1, 1, 1, 1)

_counter = itertools.count(1)

CoverageSlot = tuple[str, str, str | None]
"""(machine type, state, event): a state (event None) or a handler of a state."""


@dataclass(slots=True)
class CompiledProgram:
    """A program ready to run: machine types with their dispatch tables, the generated
    module (`filename`, `source`, `spans` per line), coverage slots and foreign functions.
    `missing_foreign` lists foreign functions without a Python implementation."""

    program: ir.ProgramIR
    types: dict[str, MachineType]
    filename: str
    source: str
    spans: list[Span | None]
    coverage: list[CoverageSlot]
    params: list[str]
    namespace: dict[str, Any] = field(repr=False)
    missing_foreign: tuple[str, ...] = ()
    foreign_files: tuple[str, ...] = ()
    """Files the foreign functions were loaded from (worker processes load them again)."""

    def span_of_line(self, line: int) -> Span | None:
        return self.spans[line - 1] if 0 < line <= len(self.spans) else None


class CodegenLimitError(Exception):
    """The model is legal P but nests deeper than the Python code pide generates for it
    can (Python's compiler allows 20 nested loops, 100 indentation levels and 200 nested
    brackets). `diagnostic` points at the P construct, so front ends show it like any
    other model error instead of a traceback."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _limit_error(error: Exception, module_spans: list[Span | None], fallback: Span) -> Exception:
    line = min(getattr(error, "lineno", None) or 0, len(module_spans))
    # The nearest generated line at or above the failing one that came from P code.
    span = next((s for s in reversed(module_spans[:line]) if s is not None), None)
    reason = getattr(error, "msg", None) or type(error).__name__
    message = (
        f"this code nests too deeply for pide's checker ({reason} in the generated Python); "
        "move the inner part into a function or split the expression"
    )
    return CodegenLimitError(Diagnostic("P0004", Severity.ERROR, message, span or fallback))


def _missing(name: str) -> Callable[..., Any]:
    def stub(*_args: Any) -> Any:
        raise PRuntimeError(f"foreign function '{name}' has no Python implementation")

    return stub


def compile_program(
    program: ir.ProgramIR, foreign: Mapping[str, Callable[..., Any]] | None = None
) -> CompiledProgram:
    """Compile every function of `program` and build the machines' dispatch tables.

    `foreign` maps foreign function names (`f`, or `Machine.f` for a machine's own) to
    Python implementations (see `foreign.load_foreign_functions`)."""
    module = generate(program)
    filename = f"<pide-model-{next(_counter)}>"
    source = module.source
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace: dict[str, Any] = dict(NAMESPACE)
    namespace.update(module.pool.values)
    missing = _bind_foreign(program, namespace, foreign or {})
    try:
        code = compile(source, filename, "exec")
    except (SyntaxError, RecursionError, MemoryError) as error:
        fallback = next(iter(program.machines.values())).span if program.machines else None
        raise _limit_error(error, module.spans, fallback or _NO_SPAN) from None
    exec(code, namespace)
    coverage: list[CoverageSlot] = []
    types = {
        name: _machine_type(program, m, module, namespace, coverage)
        for name, m in program.machines.items()
    }
    return CompiledProgram(
        program,
        types,
        filename,
        source,
        module.spans,
        coverage,
        sorted(program.global_params),
        namespace,
        tuple(missing),
        _source_files(foreign or {}),
    )


def _source_files(foreign: Mapping[str, Callable[..., Any]]) -> tuple[str, ...]:
    files: set[str] = set()
    for impl in foreign.values():
        code = getattr(impl, "__code__", None)
        if code is not None and not code.co_filename.startswith("<"):
            files.add(code.co_filename)
    return tuple(sorted(files))


def _bind_foreign(
    program: ir.ProgramIR, namespace: dict[str, Any], foreign: Mapping[str, Callable[..., Any]]
) -> list[str]:
    missing: list[str] = []
    functions = [*program.functions.values()]
    for machine in program.machines.values():
        functions.extend(machine.functions.values())
    for f in functions:
        if not f.is_foreign:
            continue
        key = f.name if f.owner is None else f"{f.owner}.{f.name}"
        impl = foreign.get(key) or foreign.get(f.name)
        if impl is None:
            missing.append(key)
            impl = _missing(key)
        namespace[foreign_global(f.owner, f.name)] = impl
    return missing


def _fn_info(
    program: ir.ProgramIR,
    machine: ir.MachineIR,
    name: str,
    module: CodeModule,
    namespace: dict[str, Any],
) -> FnInfo:
    f = machine.functions[name]
    py = namespace[module.names[(machine.name, name)]]
    # Only programs with 1-tuple payload types ever need the unwrapping check.
    unwrap = (
        f.param_count > 0
        and unwraps_single_tuples(f.locals[0].type)
        and any(single_tuple(e.payload) for e in program.events.values())
    )
    gen = (machine.name, name) in module.generators
    return FnInfo(py, name, f.param_count, gen, unwrap)


def _machine_type(
    program: ir.ProgramIR,
    machine: ir.MachineIR,
    module: CodeModule,
    namespace: dict[str, Any],
    coverage: list[CoverageSlot],
) -> MachineType:
    mtype = MachineType(machine, tuple(default_value(f.type) for f in machine.fields))
    fns: dict[str, FnInfo] = {}

    def fn(name: str | None) -> FnInfo | None:
        if name is None:
            return None
        if name not in fns:
            fns[name] = _fn_info(program, machine, name, module, namespace)
        return fns[name]

    for state in machine.states.values():
        mtype.states[state.name] = StateInfo(machine.name, state, len(coverage))
        coverage.append((machine.name, state.name, None))
    for state in machine.states.values():
        info = mtype.states[state.name]
        info.entry = fn(state.entry)
        info.exit = fn(state.exit)
        for event, handler in sorted(state.handlers.items()):
            target = None
            if isinstance(handler, ir.GotoHandler):
                target = mtype.states[handler.target]
            h = HandlerInfo(event, fn(handler.function), target, len(coverage))
            coverage.append((machine.name, state.name, event))
            if event == "null":
                info.default = h
            info.handlers[event] = h
    mtype.start = mtype.states[machine.start_state]
    return mtype
