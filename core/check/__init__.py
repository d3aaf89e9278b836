"""Model checking: strategies and the `Checker` that explores schedules of a test case.

compiled = compile_program(program)           # pide.core.runtime
report = Checker().run(compiled, program.tests["tcX"], CheckConfig(seed=1))
report.bug, report.trace, report.schedule, report.stats
"""

from pide.core.check.checker import Checker, Observer
from pide.core.check.report import (
    CheckConfig,
    CheckProgress,
    CheckReport,
    CheckStats,
    Coverage,
    StopReason,
)
from pide.core.check.strategies import (
    PCTStrategy,
    RandomStrategy,
    ReplayStrategy,
    Strategy,
    parse_strategy_name,
)

__all__ = [
    "CheckConfig",
    "CheckProgress",
    "CheckReport",
    "CheckStats",
    "Checker",
    "Coverage",
    "Observer",
    "PCTStrategy",
    "RandomStrategy",
    "ReplayStrategy",
    "StopReason",
    "Strategy",
    "parse_strategy_name",
]
