"""Helpers shared by the readers of P's trace files (`ptext`, `pjson`).

P's files name machines only by display id (`Client(4)`: interface and id) and mention the
declared machine type in just a few records (goto targets, creator types). The readers build
events with the interface name as a provisional type; `refine_imported` then fills in the
real types wherever the file revealed them, and the target state of monitor gotos (which P
logs as a raise of `GotoStateEvent`) from the monitor's next state entry.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, cast

from pide.core.trace.events import MonitorGoto, MonitorStateEntered, TraceEvent

_DISPLAY_ID = re.compile(r"(.+)\((\d+)\)")


class TraceFormatError(ValueError):
    """Malformed trace input; `str()` is one line (with the line or entry number)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}" if line > 0 else message)
        self.line = line
        self.message = message


def split_display_id(display: str) -> tuple[int, str]:
    """(id, interface) of `Iface(n)`; other names (e.g. `Runtime`) give (0, name)."""
    match = _DISPLAY_ID.fullmatch(display)
    if match is None:
        return 0, display
    return int(match.group(2)), match.group(1)


def strip_namespace(name: str) -> str:
    """A monitor/type name without P's generated namespace prefix."""
    return name.removeprefix("PImplementation.")


def refine_imported(events: list[TraceEvent], types: dict[int, str]) -> list[TraceEvent]:
    """Apply the machine types learnt from the file (`types`: id -> type) and resolve
    monitor goto targets."""
    result: list[TraceEvent] = []
    pending_gotos: dict[str, int] = {}
    for event in events:
        machine_id = getattr(event, "machine_id", None)
        known = types.get(machine_id) if isinstance(machine_id, int) else None
        if known is not None and getattr(event, "machine_type", None) != known:
            # Only machine events have `machine_type`; the union type cannot express that.
            event = dataclasses.replace(cast(Any, event), machine_type=known)
        if isinstance(event, MonitorGoto) and event.to_state is None:
            pending_gotos[event.monitor] = len(result)
        elif isinstance(event, MonitorStateEntered) and event.monitor in pending_gotos:
            index = pending_gotos.pop(event.monitor)
            goto = result[index]
            assert isinstance(goto, MonitorGoto)
            result[index] = dataclasses.replace(goto, to_state=event.state)
        result.append(event)
    return result
