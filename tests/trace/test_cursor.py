"""`TraceCursor` and `TraceTimeline` on traces the checker recorded from small models."""

from __future__ import annotations

from pide.core.trace import load_text_trace, write_text_trace
from pide.core.trace.cursor import LaneKind, TraceCursor, TraceTimeline
from pide.core.trace.events import (
    BugFound,
    EventDequeued,
    EventEnqueued,
    EventReceived,
    EventSent,
    MachineHalted,
    MonitorProcessed,
    TraceEvent,
)
from pide.core.trace.model import MachineStatus, Trace

from tests.trace.helpers import BANK, pingpong, record


def index_of(trace: Trace, accept: object, start: int = 0) -> int:
    """Index of the first event at or after `start` for which `accept(event)` holds."""
    assert callable(accept)
    return next(i for i, e in enumerate(trace.events) if i >= start and accept(e))


def is_send(event_name: str, target_prefix: str) -> object:
    return lambda e: (
        isinstance(e, EventSent) and e.event == event_name and e.target.startswith(target_prefix)
    )


# --- timeline ----------------------------------------------------------------------------


def test_lanes_are_machines_in_creation_order_then_monitors() -> None:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    names = [(lane.name, lane.kind, lane.type) for lane in timeline.lanes]
    assert names == [
        ("Client(1)", LaneKind.MACHINE, "Client"),
        ("Server(2)", LaneKind.MACHINE, "Server"),
        ("Logger(3)", LaneKind.MACHINE, "Logger"),
        ("FewPongs", LaneKind.MONITOR, "spec"),
    ]
    assert [lane.machine_id for lane in timeline.lanes] == [1, 2, 3, None]
    # Every event is in exactly one lane, and each lane lists its events in order.
    listed = sorted(i for lane in timeline.lanes for i in lane.events)
    assert listed == [i for i, lane in enumerate(timeline.lane_of) if lane is not None]
    for position, lane in enumerate(timeline.lanes):
        assert list(lane.events) == sorted(lane.events)
        assert all(timeline.lane_of[i] == position for i in lane.events)
    # The bug raised by the spec sits in the spec's lane.
    bug = len(trace.events) - 1
    assert isinstance(trace.events[bug], BugFound)
    assert timeline.lanes[timeline.lane_of[bug] or 0].name == "FewPongs"


def test_every_ping_and_pong_is_paired_with_the_event_that_took_it() -> None:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    pings = [m for m in timeline.messages if m.event == "ePing"]
    pongs = [m for m in timeline.messages if m.event == "ePong"]
    assert len(pings) == 3 and len(pongs) == 2
    for message in pings:
        taken = trace.events[message.receive or 0]
        assert isinstance(taken, EventDequeued) and taken.machine == "Server(2)"
        enqueued = trace.events[message.enqueue or 0]
        assert isinstance(enqueued, EventEnqueued) and enqueued.machine == "Server(2)"
        assert message.send < (message.enqueue or 0) < (message.receive or 0)
    for message in pongs:
        # The client waits in a `receive`: the pong goes straight to it, with no enqueue.
        taken = trace.events[message.receive or 0]
        assert isinstance(taken, EventReceived) and taken.machine == "Client(1)"
        assert message.enqueue is None
    assert [m.receive for m in pings] == sorted(m.receive or 0 for m in pings)
    for message in timeline.messages:
        for index in (message.send, message.enqueue, message.receive):
            if index is not None:
                assert timeline.message_at[index] is message


def test_a_message_queued_at_a_halt_is_dropped_there() -> None:
    trace = pingpong()
    timeline = TraceTimeline.of(trace)
    [stop] = [m for m in timeline.messages if m.event == "eStop"]
    [log] = [m for m in timeline.messages if m.event == "eLog"]
    halt = index_of(trace, lambda e: isinstance(e, MachineHalted))
    assert stop.receive is not None and stop.receive < halt and not stop.dropped
    assert log.receive is None and log.dropped_at == halt
    assert log.in_flight(halt - 1) and not log.in_flight(halt)
    assert not log.in_flight(log.send - 1)


def test_a_dequeue_takes_the_oldest_pending_send_of_its_event() -> None:
    # Deferral: B's inbox holds eA, eB, eA; B takes eB first, then both eA in order.
    def sent(step: int, event: str) -> TraceEvent:
        return EventSent(
            step=step,
            machine="A(1)",
            machine_id=1,
            machine_type="A",
            state="S",
            event=event,
            target="B(2)",
            target_id=2,
        )

    def taken(step: int, event: str) -> TraceEvent:
        return EventDequeued(
            step=step, machine="B(2)", machine_id=2, machine_type="B", state="S", event=event
        )

    events = (sent(1, "eA"), sent(2, "eB"), sent(3, "eA"), taken(4, "eB"))
    events += (taken(5, "eA"), taken(6, "eA"))
    timeline = TraceTimeline.of(Trace(test_name="t", events=events))
    assert [(m.send, m.receive) for m in timeline.messages] == [(0, 4), (1, 3), (2, 5)]


# --- moves ---------------------------------------------------------------------------------


def test_stepping_is_clamped_at_both_ends() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    assert cursor.index == 0 and cursor.event is trace.events[0]
    assert not cursor.back()
    assert cursor.forward() and cursor.index == 1
    assert cursor.forward(5) and cursor.index == 6
    assert cursor.back(2) and cursor.index == 4
    assert cursor.to_end() and cursor.index == len(trace.events) - 1
    assert not cursor.forward()
    assert cursor.go_to(-7) and cursor.index == 0
    assert not cursor.to_start()
    assert TraceCursor(trace, 10_000).index == len(cursor) - 1


def test_go_to_the_bug_and_to_a_step() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    assert cursor.to_bug()
    assert isinstance(cursor.event, BugFound) and cursor.index == cursor.bug_index
    assert cursor.span is not None and cursor.span.line == 13
    assert not cursor.to_bug()  # already there
    assert cursor.to_step(5)
    assert cursor.step == 5 and trace.events[cursor.index - 1].step < 5
    assert cursor.to_step(10_000) and cursor.index == len(cursor) - 1


def test_next_and_previous_event_of_a_machine() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    server = cursor.timeline.lanes[1]
    assert server.name == "Server(2)"
    visited = []
    while cursor.next_in_lane("Server(2)"):
        visited.append(cursor.index)
    assert visited == list(server.events)
    # Without a name the current event's lane is used.
    assert cursor.lane is not None and cursor.lane.name == "Server(2)"
    assert cursor.previous_in_lane() and cursor.index == server.events[-2]
    assert not cursor.next_in_lane("Nobody(9)")
    cursor.to_start()
    assert not cursor.previous_in_lane()


def test_next_message_visits_sends_and_takes_and_partner_jumps() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    kinds = []
    while cursor.next_message():
        kinds.append(type(cursor.event).__name__)
    assert set(kinds) == {"EventSent", "EventDequeued", "EventReceived"}
    assert kinds.count("EventSent") == 7  # eStop, eLog, 3 ePing, 2 ePong
    assert cursor.previous_message() and isinstance(
        cursor.event, EventSent | EventDequeued | EventReceived
    )
    ping = index_of(trace, is_send("ePing", "Server"))
    cursor.go_to(ping)
    message = cursor.message
    assert message is not None and message.send == ping
    assert cursor.to_partner() and cursor.index == message.receive
    assert cursor.to_partner() and cursor.index == ping
    cursor.go_to(index_of(trace, lambda e: isinstance(e, MonitorProcessed)))
    assert cursor.message is None and not cursor.to_partner()


# --- the world -------------------------------------------------------------------------------


def test_world_at_a_send_has_the_message_in_the_receivers_inbox() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    cursor.go_to(index_of(trace, is_send("eLog", "Logger")))
    world = cursor.world
    assert world is not None and world.step == cursor.step
    logger = next(m for m in world.machines if m.name == "Logger(3)")
    assert [event for event, _ in logger.inbox] == ["eStop", "eLog"]
    assert logger.fields == (("lines", 0),)
    assert "Logger(3)" in cursor.changed() and "Client(1)" in cursor.changed()
    assert "Server(2)" not in cursor.changed()
    # After the halt the logger is halted and its inbox is gone.
    cursor.go_to(index_of(trace, lambda e: isinstance(e, MachineHalted)))
    world = cursor.world
    assert world is not None
    logger = next(m for m in world.machines if m.name == "Logger(3)")
    assert logger.status is MachineStatus.HALTED and logger.inbox == ()


def test_world_at_the_bug_has_every_machine_and_the_monitor() -> None:
    trace = pingpong()
    cursor = TraceCursor(trace)
    cursor.to_bug()
    world = cursor.world
    assert world is not None and not cursor.world_is_derived
    machines = {m.name: m for m in world.machines}
    assert list(machines) == ["Client(1)", "Server(2)", "Logger(3)"]
    assert dict(machines["Server(2)"].fields) == {"served": 3}
    client = machines["Client(1)"]
    assert client.state == "Pinging" and client.status is MachineStatus.BLOCKED
    assert client.awaiting == ("ePong", "halt") and dict(client.fields)["got"] == 2
    [spec] = world.monitors
    assert spec.name == "FewPongs" and dict(spec.fields) == {"pongs": 3}
    before = cursor.previous_world
    assert before is not None and before.step == world.step - 1


def test_a_p_text_trace_gets_a_world_derived_from_its_events() -> None:
    recorded = pingpong()
    trace = load_text_trace(write_text_trace(recorded))
    assert not trace.snapshots
    cursor = TraceCursor(trace)
    assert cursor.world_is_derived and cursor.step is None and not cursor.to_step(3)
    assert [lane.name for lane in cursor.timeline.lanes] == [
        "Client(1)",
        "Server(2)",
        "Logger(3)",
        "FewPongs",
    ]
    cursor.go_to(index_of(trace, is_send("eLog", "Logger")))
    world = cursor.world
    assert world is not None
    logger = next(m for m in world.machines if m.name == "Logger(3)")
    assert [event for event, _ in logger.inbox] == ["eStop", "eLog"]
    assert logger.fields == ()
    assert cursor.changed() == {"Logger(3)"}  # the send put eLog in its inbox
    cursor.to_bug()
    world = cursor.world
    assert world is not None
    machines = {m.name: m for m in world.machines}
    assert machines["Logger(3)"].status is MachineStatus.HALTED
    assert machines["Logger(3)"].inbox == ()
    assert machines["Client(1)"].state == "Pinging"
    assert machines["Client(1)"].status is MachineStatus.BLOCKED
    assert [(m.name, m.state) for m in world.monitors] == [("FewPongs", "Counting")]


def test_an_empty_trace_has_no_event_and_no_moves() -> None:
    cursor = TraceCursor(Trace(test_name="t"))
    assert cursor.event is None and cursor.world is None and cursor.lane is None
    assert len(cursor) == 0 and cursor.timeline.lanes == ()
    assert not any(
        (cursor.forward(), cursor.back(), cursor.to_end(), cursor.to_bug(), cursor.next_message())
    )
    assert cursor.changed() == set()


def test_a_bank_trace_pairs_its_messages_across_five_machines() -> None:
    trace = record(BANK, "tcPipelinedLostUpdate")
    cursor = TraceCursor(trace)
    machines = [lane for lane in cursor.timeline.lanes if lane.kind is LaneKind.MACHINE]
    assert len(machines) == 5
    sends = [e for e in trace.events if isinstance(e, EventSent)]
    assert len(cursor.timeline.messages) == len(sends)
    for message in cursor.timeline.messages:
        if message.receive is not None:
            taken = trace.events[message.receive]
            assert getattr(taken, "machine_id", None) == message.target_id
            assert getattr(taken, "event", None) == message.event
    # The inbox the cursor shows agrees with the messages in flight after each step, except
    # for one the machine has already popped at its dequeue scheduling point (the runtime
    # logs the dequeue when the machine next runs).
    for index in range(len(trace.events)):
        cursor.go_to(index)
        world = cursor.world
        assert world is not None
        step_end = max(i for i, e in enumerate(trace.events) if e.step == trace.events[index].step)
        for machine in world.machines:
            flying = [
                m.event
                for m in cursor.timeline.messages
                if m.target_id == machine.id and m.in_flight(step_end)
            ]
            inbox = [event for event, _ in machine.inbox]
            assert inbox in (flying, flying[1:]), (index, machine.name)
