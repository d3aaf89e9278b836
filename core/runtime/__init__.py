"""The runtime: P values, IR -> Python compilation, machines, monitors, schedules.

`compile_program(program_ir)` builds a `CompiledProgram` once; a `Runtime` runs schedules
of one test case of it under a chooser (a strategy from `pide.core.check`). See
`docs/runtime.md` for the execution model.
"""

from pide.core.runtime.compiled import CompiledProgram, compile_program
from pide.core.runtime.foreign import load_foreign_functions
from pide.core.runtime.recording import Recorder
from pide.core.runtime.runtime import Outcome, Runtime

__all__ = [
    "CompiledProgram",
    "Outcome",
    "Recorder",
    "Runtime",
    "compile_program",
    "load_foreign_functions",
]
