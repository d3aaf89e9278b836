"""Traces: what happened in one schedule (events, snapshots, schedule, bug) and the codecs
that read and write them (pide's own format, P's text and JSON traces, P's schedule files).

The runtime needs the events and the model; the codecs load on first use of one of their
names here (PEP 562), so a check that writes no trace never imports them.
"""

from typing import TYPE_CHECKING

from pide.core.lazyexports import lazy_getattr
from pide.core.trace.events import (
    EVENT_CLASSES,
    UNKNOWN_STEP,
    Announced,
    BugFound,
    BugKind,
    DefaultHandler,
    EventDequeued,
    EventEnqueued,
    EventKind,
    EventRaised,
    EventReceived,
    EventSent,
    ExceptionHandled,
    ExceptionThrown,
    GotoTransition,
    LifecycleEvent,
    MachineCreated,
    MachineHalted,
    MessageEvent,
    MonitorCreated,
    MonitorEvent,
    MonitorGoto,
    MonitorProcessed,
    MonitorRaised,
    MonitorStateEntered,
    MonitorStateExited,
    PoppedUnhandled,
    Printed,
    RandomChoice,
    RawPayload,
    ReceiveWaiting,
    StateEntered,
    StateExited,
    Temperature,
    TraceEvent,
    classify_bug_message,
)
from pide.core.trace.model import (
    Bug,
    CheckStatistics,
    MachineSnapshot,
    MachineStatus,
    MonitorSnapshot,
    Trace,
    WorldSnapshot,
)
from pide.core.trace.schedule import (
    BoolChoice,
    IntChoice,
    Schedule,
    ScheduleFormatError,
    ScheduleStep,
    SchedulingStep,
    read_schedule,
    write_schedule,
)

if TYPE_CHECKING:
    from pide.core.trace.clocks import VectorClocks
    from pide.core.trace.importing import TraceFormatError
    from pide.core.trace.pide_json import dump_trace, load_trace
    from pide.core.trace.pjson import load_json_trace, read_json_trace, write_json_trace
    from pide.core.trace.ptext import load_text_trace, read_text_trace, write_text_trace

_LAZY = {
    "VectorClocks": "clocks",
    "TraceFormatError": "importing",
    "dump_trace": "pide_json",
    "load_trace": "pide_json",
    "load_json_trace": "pjson",
    "read_json_trace": "pjson",
    "write_json_trace": "pjson",
    "load_text_trace": "ptext",
    "read_text_trace": "ptext",
    "write_text_trace": "ptext",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


__all__ = [
    "EVENT_CLASSES",
    "UNKNOWN_STEP",
    "Announced",
    "BoolChoice",
    "Bug",
    "BugFound",
    "BugKind",
    "CheckStatistics",
    "DefaultHandler",
    "EventDequeued",
    "EventEnqueued",
    "EventKind",
    "EventRaised",
    "EventReceived",
    "EventSent",
    "ExceptionHandled",
    "ExceptionThrown",
    "GotoTransition",
    "IntChoice",
    "LifecycleEvent",
    "MachineCreated",
    "MachineHalted",
    "MachineSnapshot",
    "MachineStatus",
    "MessageEvent",
    "MonitorCreated",
    "MonitorEvent",
    "MonitorGoto",
    "MonitorProcessed",
    "MonitorRaised",
    "MonitorSnapshot",
    "MonitorStateEntered",
    "MonitorStateExited",
    "PoppedUnhandled",
    "Printed",
    "RandomChoice",
    "RawPayload",
    "ReceiveWaiting",
    "Schedule",
    "ScheduleFormatError",
    "ScheduleStep",
    "SchedulingStep",
    "StateEntered",
    "StateExited",
    "Temperature",
    "Trace",
    "TraceEvent",
    "TraceFormatError",
    "VectorClocks",
    "WorldSnapshot",
    "classify_bug_message",
    "dump_trace",
    "load_json_trace",
    "load_text_trace",
    "load_trace",
    "read_json_trace",
    "read_schedule",
    "read_text_trace",
    "write_json_trace",
    "write_schedule",
    "write_text_trace",
]
