"""Capability ("purity") rules (reference 6.4) and `creates` inference (7.5).

Each checked body records what it does directly and whom it calls. Here the flags are closed
over the call graph (a fixpoint, so recursion is fine), then the rules that depend on
transitive effects are applied. A spec's violations are reported at the statement that causes
them (the call that leads to one); an exit or `with` handler that may change state is
reported once, at the handler, as the reference does, with notes at the statements.
"""

from __future__ import annotations

from pide.core.diagnostics import DiagnosticBag, Note
from pide.core.fastdataclass import dataclass, field, replace
from pide.core.semantics import ir
from pide.core.semantics.context import DirectEffects
from pide.core.semantics.symbols import SymbolTable
from pide.core.source import NO_SPAN, Span

FunctionKey = tuple[str | None, str]  # (owning machine or None, function name)


@dataclass(slots=True)
class Closure:
    effects: dict[FunctionKey, ir.Effects] = field(default_factory=dict)
    creates: dict[FunctionKey, frozenset[str]] = field(default_factory=dict)


def close_effects(direct: dict[FunctionKey, DirectEffects], table: SymbolTable) -> Closure:
    flags: dict[FunctionKey, set[str]] = {}
    creates: dict[FunctionKey, set[str]] = {}
    for key, d in direct.items():
        flags[key] = {
            name
            for name in (
                "raises",
                "changes_state",
                "creates",
                "sends",
                "receives",
                "nondeterministic",
            )
            if getattr(d, name) is not None
        }
        creates[key] = set(d.created_interfaces)
    for (owner, name), sym in [((None, n), f) for n, f in table.functions.items()]:
        if sym.is_foreign and sym.creates:
            flags.setdefault((owner, name), set()).add("creates")
            creates.setdefault((owner, name), set()).add(sym.creates)
    changed = True
    while changed:
        changed = False
        for key, d in direct.items():
            for owner, callee, _ in d.calls:
                ckey = (owner, callee)
                extra = flags.get(ckey, set()) - flags[key]
                more = creates.get(ckey, set()) - creates[key]
                if extra or more:
                    flags[key] |= extra
                    creates[key] |= more
                    changed = True
    closure = Closure()
    for key, f in flags.items():
        closure.effects[key] = ir.Effects(
            raises="raises" in f,
            changes_state="changes_state" in f,
            creates="creates" in f,
            sends="sends" in f,
            receives="receives" in f,
            nondeterministic="nondeterministic" in f,
        )
        closure.creates[key] = frozenset(creates.get(key, set()))
    return closure


def check_capabilities(
    direct: dict[FunctionKey, DirectEffects],
    closure: Closure,
    table: SymbolTable,
    transition_handlers: list[tuple[FunctionKey, str]],
    bag: DiagnosticBag,
    heads: dict[FunctionKey, Span] | None = None,
) -> None:
    def changes_state(key: FunctionKey) -> bool:
        e = closure.effects.get(key)
        return e is not None and (e.raises or e.changes_state)

    # Rule 1 (raise/goto only in functions without a return type) is checked where the
    # statement occurs (stmts.py). It is not transitive: the reference checks the enclosing
    # function of the `raise`/`goto` only, and a call from a value-returning function to one
    # that raises is fine (the raise abandons the whole handler, so no value is missing).
    # Rule 2: exit and `with` handlers must not change state, even through calls. Like the
    # reference, one error per handler function, at the function itself (the first token of
    # an anonymous handler, the name of a method: its `heads` entry); notes point at each
    # statement that changes state or calls a function that may.
    reported: set[FunctionKey] = set()
    for key, role in transition_handlers:
        if key in reported or key not in direct:
            continue
        reported.add(key)
        d = direct[key]
        what = "an exit handler" if role == "exit" else "a transition's 'with' handler"
        notes = [
            Note(f"'{verb}' here", where)
            for where, verb in ((d.raises, "raise"), (d.changes_state, "goto"))
            if where is not None
        ]
        notes += [
            Note(f"'{callee}' may raise or goto", span)
            for owner, callee, span in d.calls
            if changes_state((owner, callee))
        ]
        if not notes:
            continue
        head = (heads or {}).get(key) or notes[0].span
        assert head is not None
        subject = f"this {what[3:] if role == 'exit' else what[2:]}"
        if not key[1].startswith("<"):
            subject = f"'{key[1]}' is used as {what} but"
        bag.error(
            "P0407",
            f"{subject} might change state (raise or goto) in the middle of a transition",
            head,
            *notes,
        )

    # Rules 3-4: monitors stay side-effect free, including through global functions. As in
    # the reference, which checks these per function after closing the flags over calls: a
    # spec function that may create, send, receive or choose is reported at the function,
    # and so is a global function that may and that a spec function calls directly. (`$`,
    # `$$`, `this`, `new`, `send`, `announce` and `receive` written in a spec are reported
    # where they occur and mark nothing.)
    def doings_of(e: ir.Effects) -> list[str]:
        return [
            w
            for w, on in (
                ("creates machines", e.creates),
                ("sends or announces", e.sends),
                ("receives", e.receives),
                ("makes nondeterministic choices", e.nondeterministic),
            )
            if on
        ]

    spec_callers: dict[str, list[tuple[str, Span]]] = {}
    for key, d in direct.items():
        owner = key[0]
        if owner is None or not table.machines[owner].is_monitor:
            continue
        e = closure.effects.get(key)
        doings = doings_of(e) if e is not None else []
        for callee_owner, callee, span in d.calls:
            if callee_owner is None:
                spec_callers.setdefault(callee, []).append((owner, span))
        if not doings:
            continue
        notes = [
            Note(f"'{what}' here", where)
            for what, where in (("choose", d.nondeterministic), ("new", d.creates))
            if where is not None
        ]
        for callee_owner, callee, span in d.calls:
            ce = closure.effects.get((callee_owner, callee))
            if ce is not None and doings_of(ce):
                notes.append(Note(f"'{callee}' {' and '.join(doings_of(ce))}", span))
        subject = "this handler" if key[1].startswith("<") else f"'{key[1]}'"
        bag.error(
            "P0409" if d.nondeterministic or d.creates else "P0411",
            f"{subject} of {table.machines[owner].kind} '{owner}' {' and '.join(doings)}: "
            "monitors only observe (no new, send, announce, receive or choice, even through "
            "calls)",
            (heads or {}).get(key) or (notes[0].span if notes else None) or NO_SPAN,
            *notes,
        )
    for callee, callers in spec_callers.items():
        e = closure.effects.get((None, callee))
        if e is None or not doings_of(e) or (None, callee) not in direct:
            continue
        monitors = sorted({owner for owner, _ in callers})
        bag.error(
            "P0411",
            f"'{callee}' {' and '.join(doings_of(e))}, so {', '.join(repr(m) for m in monitors)} "
            f"cannot call it",
            (heads or {}).get((None, callee)) or callers[0][1],
            *(Note(f"called from '{owner}' here", span) for owner, span in callers),
        )


def with_effects(function: ir.FunctionIR, closure: Closure) -> ir.FunctionIR:
    key = (function.owner, function.name)
    return replace(function, effects=closure.effects.get(key, ir.Effects()))
