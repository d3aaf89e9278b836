"""The vector clocks of P's JSON trace (trace formats 3.4).

The clocks are a logging artefact of the reference, not the runtime's own causality
tracking: they are computed from the log entries alone, in order, so pide reproduces them
from the entries it writes. Kept apart from the JSON codec so other consumers (a timeline
view, conformance checking of implementation logs) can stamp entries the same way.
"""

from __future__ import annotations

import json

from pide.core.runtime.printing import JsonValue

_NO_CLOCK = frozenset({"Print", "AssertionFailure", "StrategyDescription"})


class VectorClocks:
    """The reference logger's vector-clock bookkeeping (trace formats 3.4)."""

    def __init__(self) -> None:
        self.clocks: dict[str, dict[str, int]] = {}
        self.sends: dict[tuple[str, str, str, int], dict[str, int]] = {}
        self.send_counts: dict[tuple[str, str, str], int] = {}
        self.next_match: dict[tuple[str, str, str], int] = {}

    def _merge(self, owner: str, other: dict[str, int]) -> None:
        clock = self.clocks[owner]
        for name, value in other.items():
            if name != owner:
                clock[name] = max(clock.get(name, 0), value)

    def stamp(self, entry_type: str, details: dict[str, JsonValue]) -> dict[str, int] | None:
        """Tick the owner's clock for an entry and return the entry's clock (None when the
        entry type has no clock or no owner)."""
        if entry_type in _NO_CLOCK:
            return None
        owner = details.get("id") or details.get("monitor") or details.get("sender")
        if not isinstance(owner, str):
            return None
        clock = self.clocks.setdefault(owner, {owner: 0})
        clock[owner] += 1
        payload_key = json.dumps(details.get("payload"), sort_keys=True)
        if entry_type == "SendEvent":
            base = (str(details.get("target")), str(details.get("event")), payload_key)
            n = self.send_counts.get(base, 0)
            self.send_counts[base] = n + 1
            self.sends[(*base, n)] = dict(clock)
        elif entry_type in ("DequeueEvent", "ReceiveEvent"):
            base = (owner, str(details.get("event")), payload_key)
            n = self.next_match.get(base, 0)
            sent = self.sends.pop((*base, n), None)
            if sent is not None:
                self.next_match[base] = n + 1
                self._merge(owner, sent)
        elif entry_type == "MonitorProcessEvent":
            sender = details.get("sender")
            if isinstance(sender, str) and sender in self.clocks:
                self._merge(owner, self.clocks[sender])
        return dict(clock)
