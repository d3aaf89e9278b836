"""P0801 ("spec not attached to any test") counts what a test asserts even when that test's
module has an error: the error is reported, the warning would be untrue."""

from __future__ import annotations

from pathlib import Path

from pide.core.api import compile_path

SOURCE = """
event eA;
event eB;
spec Asserted observes eA { start state X { ignore eA; } }
spec Unused observes eA { start state X { ignore eA; } }
machine M receives eA, eB; sends eA, eB; { start state X { ignore eA, eB; } }
machine D { start state X { entry { new M(); } } }
module Sys = hidee eB in { M };
module WithSpec = assert Asserted in Sys;
test tc [main = D]: union WithSpec, { D };
"""


def test_spec_asserted_by_a_test_with_a_module_error_is_not_unattached(tmp_path: Path) -> None:
    path = tmp_path / "model.p"
    path.write_text(SOURCE, encoding="utf-8")
    result = compile_path(path)
    assert [d.code for d in result.diagnostics if d.is_error] == ["P0608"]
    unattached = [d.message for d in result.diagnostics if d.code == "P0801"]
    assert len(unattached) == 1 and "'Unused'" in unattached[0], unattached
