"""Build a large, long-lived data structure without paying the cyclic GC for it.

Parsing and analysing a 5,000-line model allocates some 150,000 container objects (AST and
IR nodes, spans, tuples) that all stay alive. CPython's cyclic collector examines every new
container when it is young and again in the middle generation before it settles in the
oldest, which cost the front end a quarter of its time and finds nothing: the trees hold no
cycles. `long_lived()` pauses the collector while the structure is built and then moves
everything young straight into the oldest generation (`gc.freeze()` followed by
`gc.unfreeze()`: two constant-time list splices), where only full collections look at it.

Objects that are promoted this way are still collected normally, only by the next full
collection instead of a young one. When the process has frozen objects of its own
(`gc.get_freeze_count()`), unfreezing would release them, so the promotion is skipped and
only the pause remains.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Pause the cyclic GC; afterwards, promote what was allocated to the oldest generation."""
    if not gc.isenabled():
        yield  # the caller manages the collector (or an outer long_lived() does)
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()
