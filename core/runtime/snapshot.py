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

from itertools import compress
from operator import attrgetter, is_not
from typing import Any

from pide.core.runtime.machine import (
    CONT_CHAIN,
    IDLE,
    INBOX_READ,
    WOKEN,
    MachineInstance,
    rebuild_chain,
)
from pide.core.runtime.runtime import Runtime

# A machine's record: (data, hash, epoch, meta). `data` is everything that decides its
# future; the hash is computed once per record. `epoch` (not hashed) identifies the generator
# position the record was taken at: a machine whose epoch still matches was not resumed
# since, so its live generator stays valid even if other machines changed its inbox. `meta`
# is (id, interface, type) for rebuilding a machine object that a later branch discarded.
# The record of a machine suspended inside a chain has a fifth item, the chain's input: its
# `data` holds only the input's hash (`m.chain_hash`, computed once per chain), so the input
# (the payload and the fields at the chain's start) is not hashed again on every step.
# Records and worlds are plain tuples: they are built on every step of a search, and a
# tuple is the cheapest object Python can build.
Record = tuple[Any, ...]

assert (INBOX_READ, WOKEN, IDLE) == (2, 4, 2)  # `WorldKeeper.fingerprint` uses the literals

_DIRTY = attrgetter("dirty")
_STALE: Any = object()
"""Stands for the record of a machine changed since its last record (never a world's)."""

WorldState = tuple[
    int, tuple[Record, ...], tuple[Record, ...], int, int, tuple[int, ...], int, tuple[int, ...]
]
"""(driver status, machine records, monitor records, steps, fingerprint, enabled, blocked,
the hashed tuple: driver status and the monitors' and machines' record hashes)."""


def fingerprint(world: WorldState) -> int:
    """The world's 64-bit fingerprint (equal worlds have equal fingerprints)."""
    return world[4]


def steps_of(world: WorldState) -> int:
    """How many schedule steps led to `world`."""
    return world[3]


def _machine_record(m: MachineInstance) -> Record:
    """`m`'s record. Only a machine suspended inside a chain carries the chain's input,
    journal and point count (and the receive state, which only a chain can be in): at any
    other point they are history, not state, and leaving them out lets worlds that differ
    only in how they were reached share one fingerprint."""
    cont = m.cont
    data: tuple[Any, ...]
    if cont is CONT_CHAIN:
        journal = m.journal
        chain_hash = m.chain_hash
        if chain_hash is None:
            chain_hash = m.chain_hash = hash(m.chain)
        data = (
            m.ident,
            m.state,
            tuple(m.fields),
            tuple(m.inbox),
            m.status,
            cont,
            m.received,
            m.awaiting,
            chain_hash,
            tuple(journal) if journal else (),
            m.jpoints,
        )
        return (data, hash(data), m.epoch, m.meta, m.chain)
    data = (m.ident, m.state, tuple(m.fields), tuple(m.inbox), m.status, cont)
    return (data, hash(data), m.epoch, m.meta)


def _monitor_record(mon: Any, with_temperature: bool) -> Record:
    data = (mon.state, tuple(mon.fields), mon.hot_steps if with_temperature else 0)
    return (data, hash(data), 0, None)


def snapshot(rt: Runtime) -> WorldState:
    """The world now (between two steps). Requires `rt.journaling`."""
    machine_records: list[Record] = []
    for m in rt.machines[1:]:
        record = m.snap
        if m.dirty or record is None:
            record = m.snap = _machine_record(m)
            m.dirty = False
        machine_records.append(record)
    monitor_records: list[Record] = []
    for mon in rt.monitors:
        record = mon.snap
        if mon.dirty or record is None:
            record = mon.snap = _monitor_record(mon, rt.threshold > 0)
            mon.dirty = False
        monitor_records.append(record)
    status = rt.driver.status
    hashes = (
        status,
        *(record[1] for record in monitor_records),
        *(record[1] for record in machine_records),
    )
    return (
        status,
        tuple(machine_records),
        tuple(monitor_records),
        len(rt.sched),
        hash(hashes),
        tuple(rt.enabled),
        rt.blocked,
        hashes,
    )


def restore(rt: Runtime, world: WorldState) -> None:
    """Make `rt` continue exactly like the world `world` was taken from."""
    driver_status, records, monitor_records, steps, _fp, enabled, blocked, _hashes = world
    del rt.sched[steps:]
    driver = rt.driver
    if driver.status != driver_status:
        driver.status = driver_status
        driver.gen = None
    machines = rt.machines
    count = len(records)
    if len(machines) != count + 1:
        _fit_machines(rt, records)
    for m, record in zip(machines[1:], records):
        if m.snap is record and not m.dirty:
            continue
        data = record[0]
        m.state = data[1]
        m.fields[:] = data[2]
        m.inbox[:] = data[3]
        m.status = data[4]
        m.cont = data[5]
        if len(data) > 6:
            m.received, m.awaiting, m.chain_hash, journal, m.jpoints = data[6:]
            m.journal = list(journal)
            m.chain = record[4]
        else:
            m.received = m.awaiting = m.chain = m.chain_hash = None
            m.journal = []
            m.jpoints = 0
        if m.epoch != record[2]:
            m.gen = None  # resumed since: rebuilt lazily from the record
            m.epoch = record[2]
        m.snap = record
        m.dirty = False
    rt.next_id = count + 1
    rt.enabled[:] = enabled
    rt.blocked = blocked
    if rt.monitors:
        _restore_monitors(rt, monitor_records)


class WorldKeeper:
    """`snapshot` and `restore` for a search that takes one snapshot per step.

    It keeps the current records and the list of their hashes (driver status, monitors,
    machines), so a snapshot only visits the machines that changed (`dirty`), and the
    search looks the fingerprint up (`fingerprint`) before anything else is built (`world`):
    many of the worlds a search meets are known, and for those nothing more is built. The
    fingerprint is the one
    `snapshot` computes: the hash of the tuple of hashes. (A sum of the records' hashes
    would update in O(1), but tuple hashes of records that differ in small ints are close
    to linear in them, and such sums collide for real: measured, not hypothetical.)"""

    __slots__ = (
        "base",
        "footprint",
        "frozen",
        "hashes",
        "machine_records",
        "monitor_records",
        "rt",
    )

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        world = snapshot(rt)
        self.machine_records = list(world[1])
        self.monitor_records = list(world[2])
        self.hashes = list(world[7])
        self.frozen = world[7]
        self.footprint = 0
        self.base = len(rt.monitors)  # hashes: driver status, monitors, machines 1, 2, ...

    def fingerprint(self, op: int) -> int:
        """The fingerprint of the world after the step `op` took; also sets `footprint`,
        what that step touched (see `check/dfs.py`). Only the records of the machines and
        monitors the step changed (`dirty`) are rebuilt. This runs once per step of a
        search, so it is written for few bytecodes: `_machine_record` inlined for a machine
        outside a chain, the `dirty`
        bits (`machine.INBOX_READ` 2, `WOKEN` 4) and statuses (`IDLE` 2) as literals."""
        rt = self.rt
        machines = rt.machines
        hashes = self.hashes
        records = self.machine_records
        created = len(machines) - 1 > len(records)
        if created:  # the step commutes with nothing: ids depend on the order of creations
            for m in machines[len(records) + 1 :]:
                record = m.snap = _machine_record(m)
                m.dirty = 0
                records.append(record)
                hashes.append(record[1])
        base = self.base  # hashes[base + id] is machine id's
        bits = 0
        for m in filter(_DIRTY, machines):  # C-level scan: most machines are clean
            mid = m.id
            dirty = m.dirty
            m.dirty = 0
            if mid == op:
                bits |= (3 if dirty & 2 or m.status >= 2 else 2) << (mid << 1)
            elif dirty & 4 or not dirty & 2:
                bits |= 3 << (mid << 1)
            else:
                bits |= 1 << (mid << 1)
            if not mid:  # the test driver: only its status is state
                hashes[0] = m.status
                continue
            if m.cont is CONT_CHAIN:  # rare: suspended inside a chain
                record = m.snap = records[mid - 1] = _machine_record(m)
                h = record[1]
            else:
                data = (m.ident, m.state, tuple(m.fields), tuple(m.inbox), m.status, m.cont)
                h = hash(data)
                m.snap = records[mid - 1] = (data, h, m.epoch, m.meta)
            hashes[base + mid] = h
        if base:  # monitors
            bits <<= base
            monitor_records = self.monitor_records
            for mon in filter(_DIRTY, rt.monitors):
                i = mon.index
                bits |= 1 << i
                record = mon.snap = _monitor_record(mon, rt.threshold > 0)
                mon.dirty = False
                monitor_records[i] = record
                hashes[i + 1] = record[1]
        self.footprint = -1 if created else bits
        frozen = self.frozen = tuple(hashes)
        return hash(frozen)

    def world(self, fp: int) -> WorldState:
        """The world now, after `fingerprint` returned `fp` for it."""
        rt = self.rt
        return (
            self.hashes[0],
            tuple(self.machine_records),
            tuple(self.monitor_records),
            len(rt.sched),
            fp,
            tuple(rt.enabled),
            rt.blocked,
            self.frozen,
        )

    def restore(self, world: WorldState) -> None:
        """`restore`, touching only the machines whose record differs from the world's."""
        rt = self.rt
        status, records, monitor_records, steps, _fp, enabled, blocked, hashes = world
        del rt.sched[steps:]
        driver = rt.driver
        if driver.status != status:
            driver.status = status
            driver.gen = None
        machines = rt.machines
        current = self.machine_records
        for m in filter(_DIRTY, machines):  # changed by a step no snapshot followed
            if m.id and m.id <= len(current):
                current[m.id - 1] = _STALE
            m.dirty = False
        count = len(records)
        if len(machines) != count + 1:
            _fit_machines(rt, records)
            del current[count:]
            current.extend([_STALE] * (count - len(current)))
        for i in compress(range(count), map(is_not, current, records)):
            m = machines[i + 1]
            record = records[i]
            data = record[0]
            if m.epoch != record[2]:
                # Resumed since. Outside a chain the event loop's frame holds nothing the
                # record does not (it rereads the machine), so a generator suspended at the
                # same point (the same `cont` object, in the same state) is still good;
                # any other is dropped and rebuilt lazily from the record.
                if len(data) > 6 or m.cont is not data[5] or m.state is not data[1]:
                    m.gen = None
                m.epoch = record[2]
            if len(data) > 6:
                (
                    _,
                    m.state,
                    fields,
                    inbox,
                    m.status,
                    m.cont,
                    m.received,
                    m.awaiting,
                    m.chain_hash,
                    journal,
                    m.jpoints,
                ) = data
                m.journal = list(journal)
                m.chain = record[4]
            else:
                # Outside a chain, its input, journal and point count are history (the next
                # chain sets them afresh); the receive state is None, as after any receive.
                _, m.state, fields, inbox, m.status, m.cont = data
                m.received = m.awaiting = None
            m.fields[:] = fields
            m.inbox[:] = inbox
            m.snap = record
        current[:] = records
        self.hashes[:] = hashes
        rt.next_id = count + 1
        rt.enabled[:] = enabled
        rt.blocked = blocked
        if rt.monitors:
            _restore_monitors(rt, monitor_records)
            self.monitor_records[:] = monitor_records


def _fit_machines(rt: Runtime, records: tuple[Record, ...]) -> None:
    """Drop machines created after the world was taken; recreate (blank, marked stale)
    the ones a later branch dropped, so the caller's loop fills them from their records."""
    machines = rt.machines
    del machines[len(records) + 1 :]
    for record in records[len(machines) - 1 :]:
        mid, interface, type_name = record[3]
        m = MachineInstance(rt, mid, interface, rt.compiled.types[type_name], None)
        m.epoch = -1
        m.dirty = False  # filled from its record by the caller, not changed by a step
        machines.append(m)


def _restore_monitors(rt: Runtime, monitor_records: tuple[Record, ...]) -> None:
    hot = rt.hot
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


__all__ = [
    "WorldKeeper",
    "WorldState",
    "fingerprint",
    "rebuild_chain",
    "restore",
    "snapshot",
    "steps_of",
]
