"""JUnit XML for `pide check --junit`: one test case per checked P test case."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pide.core.check import CheckReport, StopReason


def write_junit(path: Path, project: str, reports: list[CheckReport], out: Path) -> None:
    failures = sum(1 for r in reports if r.bug is not None)
    errors = sum(1 for r in reports if r.stopped is StopReason.ERROR)
    suite = ET.Element(
        "testsuite",
        name=f"pide check {project}",
        tests=str(len(reports)),
        failures=str(failures),
        errors=str(errors),
        time=f"{sum(r.stats.elapsed for r in reports):.3f}",
    )
    for r in reports:
        case = ET.SubElement(
            suite, "testcase", classname=project, name=r.test_name, time=f"{r.stats.elapsed:.3f}"
        )
        props = ET.SubElement(case, "properties")
        for key, value in (
            ("strategy", r.strategy_description or r.strategy),
            ("seed", "" if r.seed is None else str(r.seed)),
            ("schedules", str(r.stats.schedules)),
            ("steps", str(r.stats.total_steps)),
        ):
            ET.SubElement(props, "property", name=key, value=value)
        if r.bug is not None:
            failure = ET.SubElement(case, "failure", message=r.bug.message, type=r.bug.kind)
            where = f"\nat {r.bug.span}" if r.bug.span else ""
            failure.text = f"{r.bug.message}{where}\ntrace files under {out / r.test_name}"
        elif r.stopped is StopReason.ERROR:
            ET.SubElement(case, "error", message=r.error or "could not run")
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
