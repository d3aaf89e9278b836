"""Control-flow signals of the runtime: raise/goto, bugs and the end of a schedule.

They derive from `BaseException`, not `Exception`, so that the runtime's conversion of
ordinary Python errors raised by model code (`except Exception`: a `None` dereference, a
foreign function's failure) can never swallow them, while `KeyboardInterrupt` still passes
through everything untouched.
"""

from __future__ import annotations

from typing import Any

from pide.core.trace.model import Bug


class Signal(BaseException):
    """Base of the runtime's non-error exceptions."""


class RaiseSignal(Signal):
    """`raise e, v`: abandons the running handler; the event loop dispatches `(e, v)`."""

    def __init__(self, event: str, payload: Any) -> None:
        self.event = event
        self.payload = payload


class GotoSignal(Signal):
    """`goto S, v`: abandons the running handler; the event loop performs the transition."""

    def __init__(self, state: str, payload: Any) -> None:
        self.state = state
        self.payload = payload


class BugSignal(Signal):
    """The schedule found a bug; unwinds everything up to the scheduler."""

    def __init__(self, bug: Bug) -> None:
        self.bug = bug


class BoundReached(Signal):
    """The step bound was reached at a choice (mid-handler): the schedule ends here."""


class RunawayStopped(Signal):
    """A machine ran too long without reaching a scheduling point (the loop bound, the step
    time bound or the run's timeout): the schedule ends there, like at the step bound.
    `message` names the bound."""

    def __init__(self, message: str) -> None:
        self.message = message


class ReplayDivergence(Signal):
    """A replayed schedule does not fit the program (P's "Trace is not reproducible")."""

    def __init__(self, message: str) -> None:
        self.message = message


class PruneSchedule(Signal):
    """An exhaustive strategy abandons the current step (its choices were explored)."""
