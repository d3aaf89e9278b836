"""Conformance sessions on the Orders model: which violations a log gives, where they
point, which monitors run, and how a hot monitor at the end is judged."""

from __future__ import annotations

import json

import pytest
from pide.core.conformance import (
    ConformanceOptions,
    ConformanceSession,
    LogFormatError,
    SelectionError,
    ViolationKind,
    check_log,
)
from pide.core.conformance.monitors import select_monitors

from .helpers import LOGS, check, compiled


def line(event: str, payload: object = None, **extra: object) -> str:
    record: dict[str, object] = {"event": event, **extra}
    if payload is not None:
        record["payload"] = payload
    return json.dumps(record)


def placed(order_id: int, qty: int = 1) -> str:
    return line("eOrderPlaced", {"id": order_id, "item": "x", "qty": qty})


def shipped(order_id: int) -> str:
    return line("eOrderShipped", {"id": order_id, "carrier": "POST"})


def test_conforming_log() -> None:
    report = check_log(compiled(), LOGS / "conforming.jsonl", ConformanceOptions())
    assert report.conforms and report.violations == ()
    assert (report.events, report.delivered) == (6, 5)
    by_name = {m.name: m for m in report.monitors}
    assert by_name["OrderProgress"].state == "AllDone"
    assert by_name["OrderProgress"].temperature == "cold"
    assert by_name["AuditSpec"].processed == 1
    assert not any(m.stopped for m in report.monitors)


def test_safety_violation_points_at_the_line_and_the_assertion() -> None:
    path = LOGS / "safety_violation.jsonl"
    report = check_log(compiled(), path, ConformanceOptions())
    [v] = report.violations
    assert v.kind is ViolationKind.ASSERTION
    assert v.where == f"{path}:4"
    assert (v.monitor, v.state, v.event) == ("OrderSafety", "Watching", "eOrderShipped")
    assert v.message.endswith("order 1 shipped but it is not open")
    assert v.message.startswith("Assertion Failed: ")
    assert v.span is not None and v.span.file.endswith("Orders.p") and v.span.line == 31
    fields = dict(v.fields)
    assert fields["closed"] == "(<1>)"
    assert '"pen"' in fields["open"]
    # The failed monitor is stopped; the other monitors go on to the end of the log.
    by_name = {m.name: m for m in report.monitors}
    assert by_name["OrderSafety"].stopped and by_name["OrderSafety"].processed == 4
    assert by_name["OrderProgress"].processed == 5 and not by_name["OrderProgress"].stopped


def test_hot_at_end_is_a_liveness_violation_unless_open_ended() -> None:
    path = LOGS / "hot_at_end.jsonl"
    report = check_log(compiled(), path, ConformanceOptions())
    [v] = report.violations
    assert v.kind is ViolationKind.LIVENESS
    assert (v.monitor, v.state, v.line) == ("OrderProgress", "Pending", 3)
    assert "hot since line 3" in v.message and "last event is at line 5" in v.message
    assert dict(v.fields)["pending"] == "(<5>)"
    cut = check_log(compiled(), path, ConformanceOptions(open_ended=True))
    assert cut.conforms and cut.open_ended
    assert any("OrderProgress is in hot state 'Pending'" in n for n in cut.notes)


def test_unknown_event_suggests_a_name_and_is_not_delivered() -> None:
    report = check_log(compiled(), LOGS / "unknown_event.jsonl", ConformanceOptions())
    [v] = report.violations
    assert v.kind is ViolationKind.UNKNOWN_EVENT and v.line == 2
    assert "no event 'eOrderShiped' (did you mean 'eOrderShipped'?)" in v.message
    assert report.delivered == 2


def test_payload_type_mismatches() -> None:
    report = check_log(compiled(), LOGS / "payload_mismatch.jsonl", ConformanceOptions())
    got = [(v.line, v.kind, v.event) for v in report.violations]
    assert got == [
        (1, ViolationKind.PAYLOAD_TYPE, "eOrderPlaced"),
        (3, ViolationKind.PAYLOAD_TYPE, "eOrderShipped"),
        (4, ViolationKind.PAYLOAD_TYPE, "eOrderCancelled"),
    ]
    first, second, third = report.violations
    assert 'payload.qty: expected int, got the string "two"' in first.message
    assert "'DRONE' is not an element of enum tCarrier" in second.message
    assert third.message.endswith("the line has no payload")
    assert first.span is not None and first.span.line == 12  # the event's declaration
    # Mistyped events never reach a monitor: order 1 was not placed, order 2 was.
    assert report.delivered == 2


def test_malformed_line_is_an_error_with_its_line() -> None:
    with pytest.raises(LogFormatError) as error:
        check_log(compiled(), LOGS / "malformed.jsonl", ConformanceOptions())
    assert error.value.line == 2
    assert str(error.value).startswith(f"{LOGS / 'malformed.jsonl'}:2: invalid JSON")


def test_runtime_error_in_a_monitor() -> None:
    audit = {
        "tags": [],
        "counts": {"subtotal": 1},
        "path": [],
        "pair": [0, False],
        "carrier": "POST",
        "who": "x",
        "ratio": 1,
        "byCarrier": {},
        "note": None,
    }
    report = check(line("eAudit", audit) + "\n" + line("eAudit", audit))
    [v] = report.violations  # the monitor stops after its first failure
    assert v.kind is ViolationKind.RUNTIME_ERROR
    assert (v.monitor, v.line) == ("AuditSpec", 1)
    assert "key total is not in the map" in v.message
    assert v.span is not None and v.span.line == 68


def test_several_monitors_fail_independently() -> None:
    bad_audit = {
        "tags": [],
        "counts": {"total": 5},
        "path": [],
        "pair": [0, False],
        "carrier": "POST",
        "who": "x",
        "ratio": 1,
        "byCarrier": {},
        "note": None,
    }
    text = "\n".join([placed(1), shipped(5), line("eAudit", bad_audit), shipped(1)])
    report = check(text)
    assert [(v.line, v.monitor, v.kind) for v in report.violations] == [
        (2, "OrderSafety", ViolationKind.ASSERTION),
        (3, "AuditSpec", ViolationKind.ASSERTION),
    ]
    assert "audit total 5 but 0 steps" in report.violations[1].message
    progress = next(m for m in report.monitors if m.name == "OrderProgress")
    assert (progress.processed, progress.state, progress.stopped) == (3, "AllDone", False)


def test_monitors_only_see_what_they_observe() -> None:
    report = check("\n".join([line("eHeartbeat"), placed(1), shipped(1)]))
    assert report.conforms and (report.events, report.delivered) == (3, 2)
    by_name = {m.name: m.processed for m in report.monitors}
    assert by_name == {"AuditSpec": 0, "OrderProgress": 2, "OrderSafety": 2}


def test_named_specs() -> None:
    report = check(shipped(9), specs=("OrderProgress",))
    assert [m.name for m in report.monitors] == ["OrderProgress"]
    assert report.conforms  # OrderSafety would have failed; it is not running
    with pytest.raises(SelectionError, match="no spec monitor named 'Nope'"):
        check("", specs=("Nope",))


def test_test_case_selects_its_specs_and_their_watched_machines() -> None:
    selection = select_monitors(compiled().program, "tcDoubleShip", ())
    assert [a.monitor for a in selection.test.monitors] == ["OrderSafety"]
    text = "\n".join(
        [
            line("eOrderShipped", {"id": 1, "carrier": "POST"}, machine="Shop(3)"),
            line("eOrderShipped", {"id": 2, "carrier": "POST"}, machine="impl-node-1"),
            line("eOrderShipped", {"id": 3, "carrier": "POST"}, machine="DoubleShipShop(1)"),
        ]
    )
    report = check(text, test="tcDoubleShip")
    # Shop is a machine of the model the test does not watch: not delivered. An unknown
    # name is the implementation's own and is watched; DoubleShipShop is watched.
    assert [v.line for v in report.violations] == [2]
    assert report.monitors[0].stopped


@pytest.mark.parametrize(
    ("test", "specs", "message"),
    [
        ("tcNope", (), "no test case matches 'tcNope'"),
        ("tc", (), "'tc' matches several test cases"),
        ("tcDoubleShip", ("OrderProgress",), "test case tcDoubleShip does not assert spec"),
    ],
)
def test_bad_selections(test: str, specs: tuple[str, ...], message: str) -> None:
    with pytest.raises(SelectionError, match=message):
        select_monitors(compiled().program, test, specs)


def test_hot_limit_reports_a_monitor_that_stays_hot() -> None:
    text = "\n".join([placed(1), line("eHeartbeat"), line("eHeartbeat"), line("eHeartbeat")])
    report = check(text, hot_limit=2, open_ended=True)
    [v] = report.violations
    assert v.kind is ViolationKind.LIVENESS_TEMPERATURE
    assert (v.monitor, v.line) == ("OrderProgress", 3)
    assert "hot for more than 2 log events (since line 1)" in v.message
    # Leaving the hot state resets it.
    calm = "\n".join([placed(1), line("eHeartbeat"), shipped(1), placed(2), line("eHeartbeat")])
    assert check(calm, hot_limit=2, open_ended=True).conforms


def test_session_is_incremental() -> None:
    from pide.core.conformance.readers import jsonl_observation

    seen = []
    session = ConformanceSession(
        compiled(), ConformanceOptions(), "live.jsonl", "jsonl", on_violation=seen.append
    )
    assert session.start() == []
    for number, text in enumerate([placed(1), shipped(1), shipped(1)], start=1):
        obs = jsonl_observation("live.jsonl", number, text)
        assert obs is not None
        found = session.feed(obs)
        assert len(found) == (1 if number == 3 else 0)
    assert [v.line for v in seen] == [3]
    report = session.finish()
    assert len(report.violations) == 1 and report.log == "live.jsonl"


def test_skip_malformed_lines() -> None:
    text = (LOGS / "malformed.jsonl").read_text(encoding="utf-8")
    report = check(text, file="m.jsonl", skip_malformed=True)
    assert report.conforms and report.events == 2
    assert len(report.skipped) == 1 and report.skipped[0].startswith("m.jsonl:2: invalid JSON")
