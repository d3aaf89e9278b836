"""World snapshots, restore and fingerprints: what exhaustive search stands on.

A machine suspended at a scheduling point is plain data plus, possibly, a Python frame
(a generator inside a handler). Frames cannot be copied, so a snapshot stores instead how
to rebuild it: the chain's input (mode, payload, state and fields when the chain started),
the journal of values it received from outside since then, and how many scheduling points
it passed (see `machine.py`). Restoring is cheap and lazy: plain data is put back and the
generator is dropped; the first time the machine runs again, `rebuild_chain` re-runs the
chain prefix in replay mode (no sends, creations, monitor notifications or choices; journal
values fed back) until it stands at the same point. Machines that did not change since the
snapshot keep their live generator.

Values are immutable, so a machine's record (a tuple) is shared by every snapshot taken
while the machine is unchanged (`m.snap`, invalidated by `m.dirty`), and its hash is
computed once. A world fingerprint is the hash of the machines' and monitors' record
hashes: 64 bits, so two distinct states collide with negligible probability for the state
counts pide can reach (about n²/2⁶⁵).
"""

from __future__ import annotations

from typing import Any

from pide.core.runtime.machine import (
    ACTIVE,
    BLOCKED,
    CONT_CHAIN,
    FRESH,
    Gen,
    MachineInstance,
    run_machine,
)
from pide.core.runtime.runtime import Runtime


class Record:
    """One machine's (or monitor's) data at a snapshot, with its hash computed once.

    `epoch` (not part of the hash) identifies the generator position the record was taken
    at: a machine whose epoch still matches was not resumed since, so its live generator
    stays valid even if other machines changed its inbox."""

    __slots__ = ("data", "epoch", "h")

    def __init__(self, data: tuple[Any, ...], epoch: int = 0) -> None:
        self.data = data
        self.h = hash(data)
        self.epoch = epoch


class WorldState:
    """A whole world at a scheduling point (opaque to callers)."""

    __slots__ = ("driver", "fp", "machines", "monitors", "steps")

    def __init__(
        self,
        driver: int,
        machines: tuple[Record, ...],
        monitors: tuple[Record, ...],
        steps: int,
        fp: int,
    ) -> None:
        self.driver = driver
        self.machines = machines
        self.monitors = monitors
        self.steps = steps
        self.fp = fp

    def fingerprint(self) -> int:
        return self.fp


def _machine_record(m: MachineInstance) -> Record:
    journal = tuple(m.journal) if m.journal is not None else ()
    return Record(
        (
            m.id,
            m.interface,
            m.type.name,
            m.state,
            tuple(m.fields),
            tuple(m.inbox),
            m.status,
            m.cont,
            m.received,
            m.awaiting,
            m.chain,
            journal,
            m.jpoints,
        ),
        m.epoch,
    )


def _monitor_record(mon: Any, with_temperature: bool) -> Record:
    hot = mon.hot_steps if with_temperature else 0
    return Record((mon.state, tuple(mon.fields), hot))


def snapshot(rt: Runtime) -> WorldState:
    """The world now (between two steps). Requires `rt.journaling`."""
    records: list[Record] = []
    hashes: list[int] = [rt.driver.status]
    machines = rt.machines
    for i in range(1, len(machines)):
        m = machines[i]
        record = m.snap
        if record is None or m.dirty:
            record = m.snap = _machine_record(m)
            m.dirty = False
        records.append(record)
        hashes.append(record.h)
    with_temperature = rt.threshold > 0
    monitor_records: list[Record] = []
    for mon in rt.monitors:
        record = mon.snap
        if record is None or mon.dirty:
            record = mon.snap = _monitor_record(mon, with_temperature)
            mon.dirty = False
        monitor_records.append(record)
        hashes.append(record.h)
    return WorldState(
        rt.driver.status,
        tuple(records),
        tuple(monitor_records),
        len(rt.sched),
        hash(tuple(hashes)),
    )


def restore(rt: Runtime, world: WorldState) -> None:
    """Make `rt` continue exactly like the world `world` was taken from."""
    del rt.sched[world.steps :]
    driver = rt.driver
    if driver.status != world.driver:
        driver.status = world.driver
        driver.gen = None
    machines = rt.machines
    records = world.machines
    del machines[len(records) + 1 :]
    for i, record in enumerate(records, start=1):
        if i < len(machines):
            m = machines[i]
            if m.snap is record and not m.dirty:
                continue
        else:
            m = _shell(rt, record)
            machines.append(m)
        _apply(m, record)
    rt.next_id = len(machines)
    enabled = [0] if driver.status == FRESH else []
    blocked = 0
    for m in machines[1:]:
        if m.status == FRESH or m.status == ACTIVE:
            enabled.append(m.id)
        elif m.status == BLOCKED:
            blocked += 1
    rt.enabled[:] = enabled
    rt.blocked = blocked
    rt.hot.clear()
    for mon, record in zip(rt.monitors, world.monitors):
        if mon.snap is not record or mon.dirty:
            state, fields, hot_steps = record.data
            mon.state = state
            mon.fields[:] = fields
            mon.hot_steps = hot_steps
            mon.snap = record
            mon.dirty = False
        if rt.threshold > 0 and mon.is_spec and mon.state.hot:
            rt.hot.append(mon)


def _shell(rt: Runtime, record: Record) -> MachineInstance:
    mid, interface, type_name = record.data[0], record.data[1], record.data[2]
    return MachineInstance(rt, mid, interface, rt.compiled.types[type_name], None)


def _apply(m: MachineInstance, record: Record) -> None:
    (
        _id,
        _iface,
        _type,
        m.state,
        fields,
        inbox,
        m.status,
        m.cont,
        m.received,
        m.awaiting,
        m.chain,
        journal,
        m.jpoints,
    ) = record.data
    m.fields[:] = fields
    m.inbox[:] = inbox
    m.journal = list(journal)
    if m.epoch != record.epoch:
        m.gen = None  # resumed since: rebuild lazily from the record
        m.epoch = record.epoch
    m.snap = record
    m.dirty = False


def rebuild_chain(m: MachineInstance) -> Gen:
    """Re-run the chain `m` is suspended in, in replay mode, up to its current point."""
    assert m.chain is not None
    mode, arg, state0, fields0 = m.chain
    state, fields, status = m.state, tuple(m.fields), m.status
    received, awaiting = m.received, m.awaiting
    m.state = state0
    m.fields[:] = fields0
    m.replaying = True
    m.jidx = 0
    gen = run_machine(m, mode, arg)
    try:
        for _ in range(m.jpoints):
            next(gen)
    finally:
        m.replaying = False
    m.state, m.status = state, status
    m.fields[:] = fields
    m.received, m.awaiting = received, awaiting
    m.cont = CONT_CHAIN
    return gen
