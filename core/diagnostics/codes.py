"""The catalogue of diagnostic codes.

Codes are stable identifiers: once published, a code keeps its meaning. Ranges follow the
phase that reports them, so a code alone tells a user where to look:

* P00xx project files and inputs
* P01xx lexical and syntax errors
* P02xx names (declaration, resolution, duplicates)
* P03xx types
* P04xx machine and state structure, handlers, capabilities
* P05xx control flow
* P06xx modules, tests and implementations
* P08xx warnings (never change the verdict)
* P09xx constructs pide does not support (PVerifier-only and unimplemented reference features)

`docs/diagnostics.md` is generated from this table.
"""

from __future__ import annotations

from pide.core.fastdataclass import dataclass


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    title: str
    summary: str


def _c(code: str, title: str, summary: str) -> CodeInfo:
    return CodeInfo(code, title, summary)


CATALOGUE: dict[str, CodeInfo] = {
    c.code: c
    for c in [
        # --- project files -------------------------------------------------------------
        _c("P0001", "project-file", "The .pproj file is malformed or names something missing."),
        _c("P0002", "no-input", "The project contains no .p source file."),
        _c("P0003", "unreadable-input", "A source file cannot be read."),
        _c(
            "P0004",
            "too-deep-to-run",
            "Legal P nested deeper than the checker's generated Python allows (about 20 nested "
            "loops, 100 nested blocks or 200 nested brackets in one function): `pide check` "
            "and `pide monitor` stop with this error; `pide compile` accepts the model.",
        ),
        # --- lexical and syntax ------------------------------------------------------------
        _c("P0101", "invalid-character", "A character that is not part of any P token."),
        _c("P0102", "syntax-error", "The token sequence does not fit P's grammar here."),
        _c("P0103", "unterminated", "A string literal or block comment is not closed."),
        _c("P0104", "int-out-of-range", "An integer literal does not fit a 32-bit signed int."),
        _c("P0105", "bad-format-string", "A string has a malformed `{N}` placeholder or brace."),
        _c("P0106", "format-arg-count", "Placeholder count and argument count differ."),
        _c("P0107", "reserved-word", "A reserved word is used as an identifier."),
        # --- names -------------------------------------------------------------------------
        _c("P0201", "duplicate-declaration", "A name is declared twice in one namespace."),
        _c("P0202", "undeclared-variable", "A name in an expression resolves to nothing."),
        _c("P0203", "undeclared-function", "A called function does not exist."),
        _c(
            "P0204",
            "undeclared-state",
            "A `goto` target or transition target is not a state of this machine.",
        ),
        _c("P0205", "undeclared-event", "An event name is not declared."),
        _c("P0206", "undeclared-type", "A type name is not declared."),
        _c(
            "P0207",
            "undeclared-interface",
            "`new` names something that is not an interface or machine.",
        ),
        _c(
            "P0208",
            "global-param-shadowed",
            "A field, parameter or local reuses a global `param` name.",
        ),
        _c("P0209", "duplicate-field", "A named tuple type or value repeats a field name."),
        _c("P0210", "this-outside-machine", "`this` is used outside a machine."),
        _c("P0211", "not-an-event", "A name used as an event is not an event."),
        _c(
            "P0212",
            "undeclared-machine",
            "A module, binding or test names an unknown machine or spec.",
        ),
        _c("P0213", "undeclared-module", "A module expression names an unknown module."),
        # --- types -------------------------------------------------------------------------
        _c("P0301", "type-mismatch", "A value's type is not assignable where it is used."),
        _c("P0302", "wrong-arity", "A call or `new` passes the wrong number of arguments."),
        _c("P0303", "bad-return", "A `return` does not fit the function's return type."),
        _c(
            "P0304",
            "bad-payload",
            "An event or constructor payload does not fit its declared type.",
        ),
        _c("P0305", "bad-operand", "An operator is applied to operands of the wrong type."),
        _c("P0306", "not-bool", "A condition or assertion is not of type bool."),
        _c("P0307", "not-string", "`print` or an assertion message is not a string."),
        _c(
            "P0308",
            "bad-field-access",
            "Field access on something that is not a named tuple with that field.",
        ),
        _c("P0309", "tuple-index", "A tuple index is out of range or used on a non-tuple."),
        _c(
            "P0310",
            "bad-index",
            "Indexing a value that is not a seq/map/set, or with the wrong key type.",
        ),
        _c("P0311", "bad-cast", "`as` between types that are not comparable."),
        _c("P0312", "bad-coerce", "`to` with a target or source that cannot be coerced."),
        _c("P0313", "not-assignable", "The left side of an assignment is not a writable location."),
        _c(
            "P0314",
            "bad-foreach",
            "`foreach` over a non-seq/set or with a loop variable of another type.",
        ),
        _c("P0315", "bad-choose", "`choose` of a non-int, non-collection, or literal above 10000."),
        _c(
            "P0316",
            "bad-collection-op",
            "`keys`/`values`/`sizeof`/`+=`/`-=` on the wrong kind of value.",
        ),
        _c("P0317", "cyclic-alias", "A type alias refers to itself."),
        _c("P0318", "null-event", "`null` is raised, sent or announced as an event."),
        _c(
            "P0319",
            "bad-comparison",
            "`==`/`!=` between types neither of which is assignable to the other.",
        ),
        _c(
            "P0320", "bad-handler-payload", "A handler's parameter cannot hold the event's payload."
        ),
        _c("P0321", "bad-receive-case", "A `receive` case's parameter or payload does not fit."),
        _c("P0322", "not-an-event-value", "An expression used as an event is not of type event."),
        _c("P0323", "bad-send-target", "The target of `send` is not a machine."),
        _c("P0324", "bad-default", "Reserved."),
        _c("P0325", "void-value", "A function without a return type is used as a value."),
        # --- machine structure, handlers and capabilities ----------------------------------------
        _c("P0401", "no-start-state", "A machine or monitor has no `start` state."),
        _c(
            "P0402",
            "duplicate-start-state",
            "A machine or monitor has more than one `start` state.",
        ),
        _c(
            "P0403",
            "duplicate-handler",
            "A state mentions an event more than once in on/defer/ignore.",
        ),
        _c("P0404", "duplicate-entry-exit", "A state has two entry or two exit handlers."),
        _c("P0405", "handler-not-method", "A global or foreign function is used as a handler."),
        _c(
            "P0406",
            "handler-arity",
            "A handler takes too many parameters (exit takes none, others one).",
        ),
        _c("P0407", "state-change-in-transition", "An exit or `with` handler may raise or goto."),
        _c(
            "P0408",
            "raise-in-function-with-result",
            "`raise`/`goto` inside a function that returns a value.",
        ),
        _c(
            "P0409",
            "spec-side-effect",
            "A spec uses send, announce, receive, new, this or nondeterminism.",
        ),
        _c("P0410", "spec-structure", "A spec uses `defer` or `on null`."),
        _c("P0411", "spec-calls-impure", "A spec calls a global function that has side effects."),
        _c("P0412", "receive-duplicate-event", "An event appears in more than one `receive` case."),
        _c("P0413", "goto-outside-machine", "`goto` in a function that belongs to no machine."),
        _c("P0414", "cannot-create-spec", "`new` of a spec: specs have no interface."),
        _c("P0415", "handler-event-not-observed", "Reserved."),
        # --- control flow ------------------------------------------------------------------
        _c("P0501", "missing-return", "A function with a return type can end without returning."),
        _c("P0502", "break-outside-loop", "`break` outside a while/foreach body."),
        _c("P0503", "continue-outside-loop", "`continue` outside a while/foreach body."),
        _c("P0504", "return-value-in-receive", "`return e;` inside a `receive` case body."),
        # --- modules and tests -------------------------------------------------------------
        _c(
            "P0601",
            "module-not-closed",
            "A machine in the module creates an interface nothing binds.",
        ),
        _c("P0602", "illegal-main", "The test's main machine is not bound or takes a payload."),
        _c("P0603", "interface-bound-twice", "An interface is bound more than once in a module."),
        _c(
            "P0604",
            "incompatible-binding",
            "A machine cannot implement the interface it is bound to.",
        ),
        _c("P0605", "not-bindable", "A binding names a spec, scenario or non-machine."),
        _c(
            "P0606",
            "bad-monitor-attachment",
            "`assert` names a non-spec, an event not sent, or re-attaches.",
        ),
        _c("P0607", "module-conflict", "`union`/`compose` components overlap where they must not."),
        _c("P0608", "bad-hide-rename", "`hidee`/`hidei`/`rename` preconditions do not hold."),
        _c("P0609", "bad-test-param", "A parameterised test's parameters or values are invalid."),
        _c("P0610", "bad-twise", "A t-wise number is below 1 or above the number of parameters."),
        # --- warnings ----------------------------------------------------------------------
        _c("P0801", "spec-not-attached", "A spec is declared but no test attaches it."),
        _c("P0802", "unreachable-state", "No transition reaches this state."),
        _c(
            "P0803",
            "unused-event",
            "An event is declared but never sent, raised, announced or handled.",
        ),
        _c("P0804", "unused-variable", "A variable is written or declared but never read."),
        _c("P0805", "unobserved-handler", "A monitor handles an event it does not observe."),
        _c(
            "P0806", "scenario-no-cold", "A scenario has no cold state, or its start state is cold."
        ),
        _c("P0807", "deferred-in-monitor", "Reserved."),
        # --- unsupported -------------------------------------------------------------------
        _c(
            "P0901",
            "verifier-only",
            "A PVerifier-only construct; pide implements the checker mode.",
        ),
        _c("P0902", "assume-statement", "`assume` statements are PVerifier-only."),
        _c("P0903", "refinement-test", "Refinement tests (`refines`) are not implemented."),
        _c("P0904", "float-pair-literal", "The `float(b, e)` literal form is not supported."),
    ]
}


def title(code: str) -> str:
    return CATALOGUE[code].title
