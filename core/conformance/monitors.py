"""Run the model's compiled spec monitors on observed events, outside any schedule.

The monitors are the checker's own: a `Runtime` of the program is built for a test case
that attaches exactly the chosen specs, and each observed event goes through
`runtime.monitor.observe`, the function a `send` or `announce` calls during checking. So a
monitor behaves on an implementation's log exactly as it does under `pide check`: same
handlers, raises and gotos, same assertion messages with their source spans, same runtime
errors. Only the driving differs: no machines run, and one monitor's failure does not end
the run. A failed monitor is stopped (its handler was abandoned half-way, so its state is
not one the model can be in) and the others go on.

Which monitor sees what: a spec sees the events it `observes`; with a test case, only those
sent by the interfaces the test attached it to (`assert S in {A, B}`), when the log names
the sender and the name is one of the model's interfaces or machines (an implementation's
own machine names are taken as watched).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pide.core.api import select_tests
from pide.core.conformance.model import (
    MonitorSummary,
    Observation,
    Violation,
    ViolationKind,
)
from pide.core.runtime.compiled import CompiledProgram
from pide.core.runtime.monitor import MonitorInstance, observe, start_monitor
from pide.core.runtime.printing import to_trace_string
from pide.core.runtime.runtime import Runtime
from pide.core.runtime.signals import BugSignal, RunawayStopped
from pide.core.runtime.structures import StateInfo
from pide.core.semantics.ir import MonitorAttachment, ProgramIR, TestCaseIR
from pide.core.trace.model import Bug

_DISPLAY_ID = re.compile(r"(.+)\((\d+)\)")

Note = Callable[[str, str], None]
"""Receives (monitor, text) for each monitor transition and print, for verbose output."""


class SelectionError(ValueError):
    """The test case or spec names do not select any monitor; `str()` is one line."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The monitors to run: a test case attaching them (synthesised when none was named)
    and whether the test's watched interfaces apply."""

    test: TestCaseIR
    filtered: bool


def select_monitors(program: ProgramIR, test: str | None, specs: Sequence[str]) -> Selection:
    """All spec monitors (no test, no names), a test case's specs, or the named ones."""
    all_specs = sorted(name for name, m in program.machines.items() if m.kind == "spec")
    for name in specs:
        if name not in all_specs:
            known = ", ".join(all_specs) or "none"
            raise SelectionError(f"no spec monitor named '{name}' (specs: {known})")
    if test is None:
        names = list(dict.fromkeys(specs)) or all_specs
        if not names:
            raise SelectionError("the model declares no spec monitor to check the log with")
        span = program.machines[names[0]].span
        attachments = tuple(MonitorAttachment(n, frozenset()) for n in names)
        synthetic = TestCaseIR("conformance", "", {}, attachments, {}, "default", span)
        return Selection(synthetic, filtered=False)
    chosen = _one_test(program, test)
    attached = [a for a in chosen.monitors if program.machines[a.monitor].kind == "spec"]
    if specs:
        by_name = {a.monitor: a for a in attached}
        for name in specs:
            if name not in by_name:
                raise SelectionError(f"test case {chosen.name} does not assert spec '{name}'")
        attached = [by_name[name] for name in dict.fromkeys(specs)]
    if not attached:
        raise SelectionError(f"test case {chosen.name} asserts no spec monitor")
    return Selection(_with_monitors(chosen, tuple(attached)), filtered=True)


def _one_test(program: ProgramIR, name: str) -> TestCaseIR:
    tests = select_tests(program, name)
    if len(tests) == 1:
        return tests[0]
    known = ", ".join(program.tests) or "none"
    if not tests:
        raise SelectionError(f"no test case matches '{name}' (test cases: {known})")
    names = ", ".join(t.name for t in tests)
    raise SelectionError(f"'{name}' matches several test cases ({names}); name one")


def _with_monitors(test: TestCaseIR, monitors: tuple[MonitorAttachment, ...]) -> TestCaseIR:
    return TestCaseIR(
        test.name,
        test.main,
        test.bindings,
        monitors,
        test.param_values,
        test.kind,
        test.span,
        test.links,
    )


class _Tap:
    """The runtime's recorder hooks, used to follow monitor transitions and prints."""

    def __init__(self, note: Note | None) -> None:
        self.note = note

    def attach(self, rt: Any) -> None:
        pass

    def monitor_created(self, mon: Any) -> None:
        pass

    def monitor_processed(self, mon: Any, event: str, payload: Any, sender: Any) -> None:
        if self.note is not None:
            shown = "" if payload is None else f" with payload {to_trace_string(payload)}"
            self.note(mon.name, f"processes {event}{shown} in state '{mon.state.name}'")

    def monitor_state(self, mon: Any, st: StateInfo, *, entered: bool) -> None:
        if self.note is not None:
            temperature = "hot " if st.hot else "cold " if st.cold else ""
            verb = "enters" if entered else "exits"
            self.note(mon.name, f"{verb} {temperature}state '{st.name}'")

    def monitor_raised(self, mon: Any, event: str, payload: Any) -> None:
        if self.note is not None:
            self.note(mon.name, f"raises {event} in state '{mon.state.name}'")

    def monitor_goto(self, mon: Any, target: StateInfo, payload: Any) -> None:
        pass  # the state exit/entry that follows says it

    def printed(self, m: Any, text: str) -> None:
        if self.note is not None:
            self.note(m.name, f"print: {text}")


class MonitorDriver:
    """The chosen monitors of one program, fed one observation at a time."""

    def __init__(
        self,
        compiled: CompiledProgram,
        selection: Selection,
        *,
        hot_limit: int = 0,
        note: Note | None = None,
    ) -> None:
        self.program = compiled.program
        self.rt = Runtime(compiled, selection.test)
        self.rt.rec = _Tap(note)
        self.monitors: list[MonitorInstance] = list(self.rt.monitors)
        self.filtered = selection.filtered
        self.hot_limit = hot_limit
        count = len(self.monitors)
        self.stopped = [False] * count
        self.processed = [0] * count
        self.hot_since: list[int | None] = [None] * count
        self.too_hot = [False] * count
        self._known_senders = frozenset(self.program.interfaces) | frozenset(
            name for name, m in self.program.machines.items() if m.kind == "machine"
        )

    # -- running -----------------------------------------------------------------------------

    def start(self, file: str) -> list[Violation]:
        """Enter every monitor's start state (its entry may already fail)."""
        found: list[Violation] = []
        for i, mon in enumerate(self.monitors):
            self.rt.guard_steps = -1
            violation = self._run(i, file, 0, None, functools.partial(start_monitor, mon))
            if violation is not None:
                found.append(violation)
            elif mon.state.hot:
                self.hot_since[i] = 0
        return found

    def observers(self, obs: Observation) -> list[int]:
        """Indexes of the running monitors that observe `obs`."""
        sender = _interface(obs.sender) if obs.sender is not None else None
        result = []
        for i, mon in enumerate(self.monitors):
            if self.stopped[i] or obs.event not in mon.type.ir.observes:
                continue
            if (
                self.filtered
                and sender is not None
                and sender in self._known_senders
                and sender not in mon.watched
            ):
                continue
            result.append(i)
        return result

    def deliver(self, obs: Observation, payload: Any, indexes: list[int]) -> list[Violation]:
        """`obs` (payload already typed) to the monitors at `indexes`, in attachment order."""
        found: list[Violation] = []
        for i in indexes:
            mon = self.monitors[i]
            self.processed[i] += 1
            self.rt.guard_steps = -1  # the loop bound counts per observed event

            def run(mon: MonitorInstance = mon) -> None:
                observe(mon, obs.event, payload, None)

            violation = self._run(i, obs.file, obs.line, obs, run)
            if violation is not None:
                found.append(violation)
        return found

    def tick(self, obs: Observation) -> list[Violation]:
        """After each log event: hot-state bookkeeping and the temperature limit."""
        found: list[Violation] = []
        for i, mon in enumerate(self.monitors):
            if self.stopped[i]:
                continue
            if not mon.state.hot:
                self.hot_since[i] = None
                self.too_hot[i] = False
                continue
            if self.hot_since[i] is None:
                self.hot_since[i] = obs.line
            mon.hot_steps += 1
            if self.hot_limit > 0 and mon.hot_steps > self.hot_limit and not self.too_hot[i]:
                self.too_hot[i] = True
                message = (
                    f"{mon.name} detected potential liveness bug in hot state "
                    f"'{mon.state.name}': hot for more than {self.hot_limit} log events "
                    f"(since line {self.hot_since[i]})"
                )
                found.append(self._violation(ViolationKind.LIVENESS_TEMPERATURE, message, i, obs))
        return found

    def finish(self, file: str, last_line: int, open_ended: bool) -> list[Violation]:
        """Hot monitors at the end of a finished log (none for an open-ended log)."""
        if open_ended:
            return []
        found: list[Violation] = []
        for i, mon in enumerate(self.monitors):
            if self.stopped[i] or not mon.state.hot:
                continue
            since = self.hot_since[i]
            origin = "from its start" if not since else f"since line {since}"
            message = (
                f"{mon.name} detected liveness bug in hot state '{mon.state.name}' at the "
                f"end of the log (hot {origin}; the last event is at line {last_line})"
            )
            line = since or last_line
            found.append(
                Violation(
                    ViolationKind.LIVENESS,
                    message,
                    file,
                    line,
                    monitor=mon.name,
                    state=mon.state.name,
                    span=mon.state.span,
                    fields=self._fields(mon),
                )
            )
        return found

    def summaries(self) -> tuple[MonitorSummary, ...]:
        return tuple(
            MonitorSummary(
                mon.name,
                mon.state.name,
                mon.state.temperature,
                self.processed[i],
                self.stopped[i],
            )
            for i, mon in enumerate(self.monitors)
        )

    # -- failures ------------------------------------------------------------------------------

    def _run(
        self, i: int, file: str, line: int, obs: Observation | None, action: Callable[[], None]
    ) -> Violation | None:
        mon = self.monitors[i]
        try:
            action()
            return None
        except BugSignal as signal:
            bug = signal.bug
        except RunawayStopped as signal:
            bug = Bug(ViolationKind.EXECUTION_BOUND, signal.message, mon.name, mon.state.name)
        self.stopped[i] = True
        kind = _KINDS.get(bug.kind, ViolationKind.RUNTIME_ERROR)
        return Violation(
            kind,
            bug.message,
            file,
            line,
            event=obs.event if obs is not None else None,
            monitor=mon.name,
            state=bug.state or mon.state.name,
            span=bug.span,
            fields=self._fields(mon),
            time=obs.time if obs is not None else None,
        )

    def _violation(self, kind: ViolationKind, message: str, i: int, obs: Observation) -> Violation:
        mon = self.monitors[i]
        return Violation(
            kind,
            message,
            obs.file,
            obs.line,
            event=obs.event,
            monitor=mon.name,
            state=mon.state.name,
            span=mon.state.span,
            fields=self._fields(mon),
            time=obs.time,
        )

    @staticmethod
    def _fields(mon: MonitorInstance) -> tuple[tuple[str, str], ...]:
        return tuple(
            (name, to_trace_string(value)) for name, value in zip(mon.type.field_names, mon.fields)
        )


_KINDS = {str(kind): kind for kind in ViolationKind}


def _interface(sender: str) -> str:
    found = _DISPLAY_ID.fullmatch(sender)
    return found.group(1) if found is not None else sender
