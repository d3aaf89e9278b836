"""Schedules: every decision of one run, in P's replayable `.schedule` format.

A schedule lists, in execution order, each scheduling decision (which operation runs next:
0 is the test driver, n >= 1 the machine with id n) and each nondeterministic choice (`$`,
`$$`, `choose`). Replaying it reproduces a run without depending on any random generator.
The file format is P's own (trace formats 4.1-4.3), so schedules move between pide and the
reference checker; the reader accepts everything P's replay accepts (`\\r\\n`, `//` comments,
blank lines, unknown `--` header lines) and names the offending line otherwise.
"""

from __future__ import annotations

from pide.core.fastdataclass import dataclass

_INT32_MIN = -(1 << 31)
_INT32_MAX = (1 << 31) - 1

FAIR_HEADER = "--fair-scheduling"
THRESHOLD_HEADER = "--liveness-temperature-threshold:"
TEST_METHOD_HEADER = "--test-method:"


@dataclass(frozen=True, slots=True)
class SchedulingStep:
    """Operation `op_id` was chosen to run next (`(<n>)` in the file)."""

    op_id: int


@dataclass(frozen=True, slots=True)
class BoolChoice:
    """A boolean choice (`True`/`False`)."""

    value: bool


@dataclass(frozen=True, slots=True)
class IntChoice:
    """An integer choice: `choose(n)`'s result or the index picked from a collection."""

    value: int


ScheduleStep = SchedulingStep | BoolChoice | IntChoice


@dataclass(frozen=True, slots=True)
class Schedule:
    """A schedule file's content.

    `extra_header` keeps other leading `--` lines verbatim (P ignores them); they are written
    after the known header lines.
    """

    steps: tuple[ScheduleStep, ...] = ()
    fair: bool = False
    liveness_threshold: int | None = None
    test_method: str | None = None
    extra_header: tuple[str, ...] = ()


class ScheduleFormatError(ValueError):
    """A malformed schedule file; `str()` is one line naming the line number."""

    def __init__(self, line_no: int, message: str) -> None:
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no
        self.message = message


def step_line(step: ScheduleStep) -> str:
    """One step as a schedule-file line."""
    match step:
        case SchedulingStep(op_id):
            return f"({op_id})"
        case BoolChoice(value):
            return "True" if value else "False"
        case IntChoice(value):
            return str(value)


def write_schedule(schedule: Schedule) -> str:
    """The `.schedule` text: header lines, then one line per step; no trailing newline."""
    lines: list[str] = []
    if schedule.fair:
        lines.append(FAIR_HEADER)
    if schedule.liveness_threshold is not None:
        lines.append(f"{THRESHOLD_HEADER}{schedule.liveness_threshold}")
    if schedule.test_method is not None:
        lines.append(f"{TEST_METHOD_HEADER}{schedule.test_method}")
    lines.extend(schedule.extra_header)
    lines.extend(step_line(step) for step in schedule.steps)
    return "\n".join(lines)


def parse_step_line(line: str, line_no: int = 0) -> ScheduleStep:
    """Parse one step line the way P's replay does (trace formats 4.3)."""
    text = line.strip()
    if text in ("True", "False"):
        return BoolChoice(text == "True")
    number = _parse_signed(text)
    if number is not None and _INT32_MIN <= number <= _INT32_MAX:
        return IntChoice(number)
    inner = text.removeprefix("(").removesuffix(")").strip()
    if inner.isascii() and inner.isdigit():
        return SchedulingStep(int(inner))
    raise ScheduleFormatError(
        line_no, f"expected '(<operation id>)', 'True', 'False' or an integer, found {line!r}"
    )


def _parse_signed(text: str) -> int | None:
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not (digits.isascii() and digits.isdigit()):
        return None
    return int(text)


def read_schedule(text: str) -> Schedule:
    """Parse `.schedule` text. Raises `ScheduleFormatError` on a malformed line."""
    steps: list[ScheduleStep] = []
    fair = False
    threshold: int | None = None
    test_method: str | None = None
    extra: list[str] = []
    in_header = True
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        if stripped.startswith("--"):
            # Only the leading run of `--` lines is a header; later ones are skipped, like P.
            if not in_header:
                continue
            if stripped == FAIR_HEADER:
                fair = True
            elif stripped.startswith(THRESHOLD_HEADER):
                value = stripped.removeprefix(THRESHOLD_HEADER)
                threshold = _parse_signed(value.strip())
                if threshold is None:
                    raise ScheduleFormatError(
                        line_no, f"liveness threshold is not an integer: {value!r}"
                    )
            elif stripped.startswith(TEST_METHOD_HEADER):
                test_method = stripped.removeprefix(TEST_METHOD_HEADER)
            else:
                extra.append(stripped)
            continue
        in_header = False
        steps.append(parse_step_line(line, line_no))
    return Schedule(tuple(steps), fair, threshold, test_method, tuple(extra))
