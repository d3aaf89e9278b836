"""The runtime: P values, IR -> Python compilation, machines, monitors, schedules.

`compile_program(program_ir)` builds a `CompiledProgram` once; a `Runtime` runs schedules
of one test case of it under a chooser (a strategy from `pide.core.check`). See
`docs/runtime.md` for the execution model.

The names below load their modules on first use (PEP 562): the analyzer imports
`pide.core.runtime.values` for constant folding, and `pide compile` (or the IDE's build)
should not pay for the machines, monitors and trace model that only running needs.
"""

from typing import TYPE_CHECKING

from pide.core.lazyexports import lazy_getattr

if TYPE_CHECKING:
    from pide.core.runtime.compiled import CompiledProgram, compile_program
    from pide.core.runtime.foreign import load_foreign_functions
    from pide.core.runtime.recording import Recorder
    from pide.core.runtime.runtime import Outcome, Runtime

_LAZY = {
    "CompiledProgram": "compiled",
    "compile_program": "compiled",
    "load_foreign_functions": "foreign",
    "Recorder": "recording",
    "Outcome": "runtime",
    "Runtime": "runtime",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


__all__ = [
    "CompiledProgram",
    "Outcome",
    "Recorder",
    "Runtime",
    "compile_program",
    "load_foreign_functions",
]
