"""`CheckRunner`: the bottom panel's "Check" tab — pick a test case, run the checker, watch.

    Test [tcPing ▼] Strategy [random ▼] Schedules [1000] Seed [random] Steps [1000]  Run  Cancel
    [███████████░░░░░░░░░░░]  412/1,000 schedules · 2,310/s · 0 bugs · 0.2 s
    ... BUG in FewPongs (state Counting): Assertion Failed: pingpong.p:13:7 pong 3 ...

The run itself is `pide.checking.run_check` (headless, shared with nothing Textual) in a
thread worker, so the UI keeps responding; progress comes back through `call_from_thread`.
Cancel sets the worker's cancelled flag, which the run polls from the checker's observer.
When the run finds a bug the panel posts `BugFound` with the recorded trace and the file it
was written to, and the screen opens the trace debugger on it.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, HorizontalScroll, Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Label, ProgressBar, Select, Static
from textual.worker import Worker, WorkerState, get_current_worker

from pide.checking import (
    STRATEGIES,
    CheckOutcome,
    CheckRequest,
    CheckSetupError,
    run_check,
)
from pide.core.api import CompileResult
from pide.core.check import CheckProgress, StopReason
from pide.core.trace.model import Trace
from pide.reporting import summary_lines
from pide.widgets.focus import focus_now

HINT = "Pick a test case and press Run (F5). A bug opens its trace in the debugger."


class CheckRunner(Vertical):
    """The check runner panel; `result` is the latest compile of the project."""

    DEFAULT_CSS = """
    CheckRunner {
        height: 1fr;
        background: $surface;
        & > #check-form { height: 1; margin: 0 1; scrollbar-size-horizontal: 0; }
        & > #check-form Label { padding: 0 1 0 1; }
        & > #check-form Select { width: 22; }
        /* The menu is as wide as the longest name (parameterised families have long ones
           that the field cuts), instead of wrapping each over two lines. */
        & > #check-form #check-test > SelectOverlay { width: auto; min-width: 22; max-width: 60; }
        & > #check-form SelectCurrent #label { text-wrap: nowrap; text-overflow: ellipsis; }
        & > #check-form #check-strategy { width: 12; }
        & > #check-form Input { width: 8; }
        & > #check-form Button { margin-left: 1; min-width: 8; }
        & > #check-progress-row { height: 1; margin: 0 1; }
        & #check-progress { width: 40; }
        & #check-stats { width: 1fr; padding-left: 1; }
        & > #check-result { height: 1fr; padding: 0 1; }
        & > #check-hint { padding: 0 1; color: $text-muted; }
    }
    """

    class BugFound(Message):
        """A run found a bug: `trace` was recorded and written to `path`."""

        def __init__(self, trace: Trace, path: str | None) -> None:
            super().__init__()
            self.trace = trace
            self.path = path

    def __init__(self, *, out: Path | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self.out = out or Path("pide-out")
        self.result: CompileResult | None = None
        self.worker: Worker[CheckOutcome | None] | None = None
        self.last: CheckOutcome | None = None
        self.built = False
        self._schedules = 1000

    def compose(self) -> ComposeResult:
        # The form is built when the tab is first shown (`ensure_form`): every IDE start
        # would otherwise pay for styling a dozen widgets few sessions use.
        yield Static(HINT, id="check-hint")

    async def ensure_form(self) -> None:
        """Build the form (once), filled from the latest compile."""
        if self.built:
            return
        self.built = True
        await self.query_one("#check-hint").remove()
        await self.mount_all(self._form())
        self.show_result(self.result)

    def _form(self) -> list[Widget]:
        # Scrolls sideways in a narrow window (focusing a field brings it into view).
        form = HorizontalScroll(
            Label("Test"),
            Select[str]([], prompt="(compiling…)", id="check-test", compact=True),
            Label("Strategy"),
            Select[str](
                [(s, s) for s in STRATEGIES],
                value=STRATEGIES[0],
                allow_blank=False,
                id="check-strategy",
                compact=True,
            ),
            Label("Schedules"),
            Input("1000", type="integer", id="check-schedules", compact=True),
            Label("Seed"),
            Input(placeholder="random", type="integer", id="check-seed", compact=True),
            Label("Steps"),
            Input("1000", type="integer", id="check-max-steps", compact=True),
            Button("Run F5", id="check-run", variant="primary", compact=True),
            Button("Cancel", id="check-cancel", compact=True, disabled=True),
            id="check-form",
        )
        progress = Horizontal(
            ProgressBar(total=1000, show_eta=False, id="check-progress"),
            Static("", id="check-stats"),
            id="check-progress-row",
        )
        result = VerticalScroll(Static(HINT, id="check-summary"), id="check-result")
        return [form, progress, result]

    # --- the project --------------------------------------------------------------------

    def show_result(self, result: CompileResult | None) -> None:
        """Offer the test cases of the latest compile (keeping the current choice)."""
        self.result = result
        if not self.built:
            return
        select: Select[str] = self.query_one("#check-test", Select)
        names = list(result.program.tests) if result and result.program else []
        current = select.value
        select.set_options([(name, name) for name in names])
        if isinstance(current, str) and current in names:
            select.value = current
        elif names:
            select.value = names[0]
        select.prompt = "(no test case)" if not names else "Select"

    def focus_form(self) -> None:
        """Focus the test case choice (F6 into the panel)."""
        if self.built:
            focus_now(self.query_one("#check-test", Select))

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.state in (
            WorkerState.PENDING,
            WorkerState.RUNNING,
        )

    # --- running --------------------------------------------------------------------------

    def request(self) -> CheckRequest | str:
        """The form as a request, or what is wrong with it."""
        test = self.query_one("#check-test", Select).value
        if not isinstance(test, str):
            return "No test case to check: declare a test (or a machine named Main)."
        strategy = self.query_one("#check-strategy", Select).value
        numbers: dict[str, int | None] = {}
        for key, wid, default in (
            ("schedules", "#check-schedules", 1000),
            ("seed", "#check-seed", None),
            ("max_steps", "#check-max-steps", 1000),
        ):
            text = self.query_one(wid, Input).value.strip()
            try:
                numbers[key] = int(text) if text else default
            except ValueError:
                return f"{key.replace('_', ' ')} must be a whole number"
        schedules, max_steps = numbers["schedules"], numbers["max_steps"]
        if schedules is None or schedules < 1 or max_steps is None or max_steps < 1:
            return "schedules and max steps must be at least 1"
        return CheckRequest(test, str(strategy), schedules, numbers["seed"], max_steps)

    def start(self) -> bool:
        """Run the checker with the form's settings; False (with a notice) if it cannot."""
        if not self.built:
            return False
        if self.running:
            self.notify("A check is already running (Cancel stops it).", timeout=3)
            return False
        if self.result is None:
            self.notify("The project is still compiling.", timeout=3)
            return False
        request = self.request()
        if isinstance(request, str):
            self.notify(request, severity="warning")
            return False
        self._schedules = request.schedules
        bar = self.query_one(ProgressBar)
        bar.update(total=None if request.strategy == "dfs" else request.schedules, progress=0)
        self.query_one("#check-stats", Static).update(f"checking {request.test}…")
        self.query_one("#check-summary", Static).update("")
        self.query_one("#check-run", Button).disabled = True
        self.query_one("#check-cancel", Button).disabled = False
        self.worker = self._run(self.result, request)
        return True

    @work(thread=True, group="check", exclusive=True, exit_on_error=False)
    def _run(self, result: CompileResult, request: CheckRequest) -> CheckOutcome | None:
        worker = get_current_worker()

        def observe(progress: CheckProgress) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._progress, progress)

        try:
            outcome = run_check(
                result, request, self.out, observe, cancelled=lambda: worker.is_cancelled
            )
        except CheckSetupError as error:
            self.app.call_from_thread(self._failed, str(error))
            return None
        except Exception as error:  # a bug in pide: say so, keep the IDE usable
            self.app.call_from_thread(self._failed, f"{type(error).__name__}: {error}")
            return None
        self.app.call_from_thread(self._finished, outcome)
        return outcome

    def cancel(self) -> None:
        if self.worker is not None and self.running:
            self.worker.cancel()
            self.query_one("#check-stats", Static).update("cancelling…")

    def _progress(self, progress: CheckProgress) -> None:
        rate = progress.schedules / progress.elapsed if progress.elapsed > 0 else 0.0
        bugs = f"{progress.bugs} bug{'s' if progress.bugs != 1 else ''}"
        if progress.states is not None:
            text = f"{progress.states:,} states · {progress.steps:,} steps · {bugs}"
        else:
            self.query_one(ProgressBar).update(progress=min(progress.schedules, self._schedules))
            text = f"{progress.schedules:,}/{self._schedules:,} schedules · {rate:,.0f}/s · {bugs}"
        self.query_one("#check-stats", Static).update(f"{text} · {progress.elapsed:.1f} s")

    def _idle(self) -> None:
        self.query_one("#check-run", Button).disabled = False
        self.query_one("#check-cancel", Button).disabled = True

    def _failed(self, message: str) -> None:
        self._idle()
        self.query_one("#check-stats", Static).update("")
        self.query_one("#check-summary", Static).update(Text(message, style="bold red"))

    def _finished(self, outcome: CheckOutcome) -> None:
        self._idle()
        self.last = outcome
        report = outcome.report
        lines = summary_lines(report, outcome.wall)
        lines += [f"pide: {problem}" for problem in outcome.problems]
        lines += [f"..... wrote {path}" for path in outcome.artifacts]
        if report.stopped is StopReason.ERROR and report.error:
            lines.append(f"pide: {report.error}")
        style = "bold red" if report.bug is not None else ""
        summary = Text()
        for index, line in enumerate(lines):
            summary.append(line + "\n", style=style if index == 1 else "")
        self.query_one("#check-summary", Static).update(summary)
        verdict = {
            StopReason.BUG: "bug found",
            StopReason.INTERRUPTED: "cancelled",
            StopReason.ERROR: "could not run",
        }.get(report.stopped, "no bug found")
        count = report.stats.schedules
        schedules = f"{count:,} schedule{'s' if count != 1 else ''}"
        self.query_one("#check-stats", Static).update(
            f"{verdict} · {schedules} · {outcome.wall:.1f} s"
        )
        bar = self.query_one(ProgressBar)
        finished = report.stopped not in (StopReason.INTERRUPTED, StopReason.ERROR)
        if report.stats.states is not None:
            # A DFS bar has no total and pulses while the search runs: stop it, full when
            # the search ended on its own (it pulsed on after a bug, as if still running).
            bar.update(total=1, progress=1 if finished else 0)
        elif finished:
            bar.update(progress=self._schedules)
        if report.trace is not None:
            path = outcome.trace_file
            self.post_message(self.BugFound(report.trace, None if path is None else str(path)))

    @on(Button.Pressed, "#check-run")
    def _run_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.start()

    @on(Button.Pressed, "#check-cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.cancel()
