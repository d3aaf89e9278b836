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

from pide.core.runtime.machine import CONT_CHAIN, Gen, MachineInstance, run_machine
from pide.core.runtime.runtime import Runtime

# A machine's record: (data, hash, epoch, meta). `data` is everything that decides its
# future; the hash is computed once per record. `epoch` (not hashed) identifies the generator
# position the record was taken at: a machine whose epoch still matches was not resumed
# since, so its live generator stays valid even if other machines changed its inbox. `meta`
# is (id, interface, type) for rebuilding a machine object that a later branch discarded.
# Records and worlds are plain tuples: they are built on every step of a search, and a
# tuple is the cheapest object Python can build.
Record = tuple[tuple[Any, ...], int, int, Any]

WorldState = tuple[int, tuple[Record, ...], tuple[Record, ...], int, int, tuple[int, ...], int]
"""(driver status, machine records, monitor records, steps, fingerprint, enabled, blocked)."""


def fingerprint(world: WorldState) -> int:
    """The world's 64-bit fingerprint (equal worlds have equal fingerprints)."""
    return world[4]


def steps_of(world: WorldState) -> int:
    """How many schedule steps led to `world`."""
    return world[3]


def _machine_record(m: MachineInstance) -> Record:
    journal = m.journal
    data = (
        m.ident,
        m.state,
        tuple(m.fields),
        tuple(m.inbox),
        m.status,
        m.cont,
        m.received,
        m.awaiting,
        m.chain,
        tuple(journal) if journal else (),
        m.jpoints,
    )
    return (data, hash(data), m.epoch, m.meta)


def _monitor_record(mon: Any, with_temperature: bool) -> Record:
    data = (mon.state, tuple(mon.fields), mon.hot_steps if with_temperature else 0)
    return (data, hash(data), 0, None)


def snapshot(rt: Runtime) -> WorldState:
    """The world now (between two steps). Requires `rt.journaling`."""
    records: list[Record] = []
    hashes: list[int] = [rt.driver.status]
    machines = rt.machines
    for i in range(1, len(machines)):
        m = machines[i]
        if m.dirty or m.snap is None:
            m.snap = _machine_record(m)
            m.dirty = False
        record = m.snap
        records.append(record)
        hashes.append(record[1])
    monitor_records: list[Record] = []
    for mon in rt.monitors:
        if mon.dirty or mon.snap is None:
            mon.snap = _monitor_record(mon, rt.threshold > 0)
            mon.dirty = False
        record = mon.snap
        monitor_records.append(record)
        hashes.append(record[1])
    return (
        rt.driver.status,
        tuple(records),
        tuple(monitor_records),
        len(rt.sched),
        hash(tuple(hashes)),
        tuple(rt.enabled),
        rt.blocked,
    )


def restore(rt: Runtime, world: WorldState) -> None:
    """Make `rt` continue exactly like the world `world` was taken from."""
    driver_status, records, monitor_records, steps, _fp, enabled, blocked = world
    del rt.sched[steps:]
    driver = rt.driver
    if driver.status != driver_status:
        driver.status = driver_status
        driver.gen = None
    machines = rt.machines
    count = len(records)
    if len(machines) > count + 1:
        del machines[count + 1 :]
    for i in range(count):
        record = records[i]
        if i + 1 < len(machines):
            m = machines[i + 1]
            if m.snap is record and not m.dirty:
                continue
        else:
            mid, interface, type_name = record[3]
            m = MachineInstance(rt, mid, interface, rt.compiled.types[type_name], None)
            machines.append(m)
        _apply(m, record)
    rt.next_id = count + 1
    rt.enabled[:] = enabled
    rt.blocked = blocked
    hot = rt.hot
    if hot:
        hot.clear()
    for mon, record in zip(rt.monitors, monitor_records):
        if mon.snap is not record or mon.dirty:
            state, fields, hot_steps = record[0]
            mon.state = state
            mon.fields[:] = fields
            mon.hot_steps = hot_steps
            mon.snap = record
            mon.dirty = False
        if rt.threshold > 0 and mon.is_spec and mon.state.hot:
            hot.append(mon)


def _apply(m: MachineInstance, record: Record) -> None:
    (
        _ident,
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
    ) = record[0]
    m.fields[:] = fields
    m.inbox[:] = inbox
    m.journal = list(journal)
    if m.epoch != record[2]:
        m.gen = None  # resumed since: rebuild lazily from the record
        m.epoch = record[2]
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
