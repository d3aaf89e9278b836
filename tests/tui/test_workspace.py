"""The IDE's headless parts: files, recovery copies, builds, outline, highlighting, themes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pide.core.api import compile_path
from pide.core.syntax.highlight import TOKEN_TYPES

from pide.screens.goto_line import parse_location
from pide.theming import ThemeError, bundled_themes, load_user_themes, parse_theme
from pide.widgets.highlighting import comment_continuations, line_tokens
from pide.workspace.build import compile_workspace
from pide.workspace.files import BOM, FileError, atomic_write, read_text
from pide.workspace.outline import OutlineItem, OutlineKind, build_outline
from pide.workspace.recovery import HEADER, RecoveryStore
from tests.tui.conftest import EXAMPLES

# --- files ------------------------------------------------------------------------------


def test_atomic_write_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "m.p"
    path.write_text("old")
    path.chmod(0o640)
    stamp = atomic_write(path, "new")
    assert path.read_text() == "new"
    assert stamp is not None and stamp.size == 3
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.p"]


def test_atomic_write_failure_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.p"
    path.write_text("old")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(FileError, match="No space left"):
        atomic_write(path, "new")
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.p"]


def test_read_text_keeps_a_bom_for_saving(tmp_path: Path) -> None:
    path = tmp_path / "m.p"
    path.write_bytes((BOM + "event e;").encode())
    loaded = read_text(path)
    assert (loaded.text, loaded.bom) == ("event e;", True)
    atomic_write(path, loaded.text + "\n", bom=loaded.bom)
    assert path.read_bytes() == (BOM + "event e;\n").encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"event e;\n  \xe9;", r"line 2, column 3"),
        (None, "cannot read"),
    ],
    ids=["not-utf8", "not-utf8-line", "missing"],
)
def test_read_text_reports_unreadable_files(
    tmp_path: Path, data: bytes | None, message: str
) -> None:
    path = tmp_path / "m.p"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(FileError, match=message):
        read_text(path)


# --- recovery ---------------------------------------------------------------------------


def test_recovery_copy_names_its_file_and_is_offered_when_newer(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    source = tmp_path / "m.p"
    source.write_text("saved")
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    store.save(source, "edited")
    assert store.path_for(source).read_text() == f"{HEADER}{source.resolve()}\nedited"
    copy = store.offer(source, "saved")
    assert copy is not None and copy.text == "edited"
    assert store.offer(source, "edited") is None  # the same as the file: nothing to offer
    store.discard(source)
    assert store.load(source) is None


def test_recovery_copy_older_than_the_file_is_not_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    source = tmp_path / "m.p"
    store.save(source, "edited")
    copy_ns = store.path_for(source).stat().st_mtime_ns
    source.write_text("saved later")
    os.utime(source, ns=(copy_ns + 10**9, copy_ns + 10**9))
    assert store.offer(source, "saved later") is None
    assert store.offer(source, None) is not None  # the file is gone: offer the copy


def test_recovery_copy_of_another_file_is_ignored(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    source = tmp_path / "m.p"
    store.path_for(source).parent.mkdir(parents=True)
    store.path_for(source).write_text(f"{HEADER}/elsewhere/x.p\ntext")
    assert store.load(source) is None


# --- build ------------------------------------------------------------------------------


def test_compile_workspace_uses_unsaved_buffers() -> None:
    pproj = EXAMPLES / "bank" / "Bank.pproj"
    clean = compile_path(pproj)
    client = next(f.path for f in clean.sources.values() if f.path.endswith("Client.p"))
    broken = compile_workspace(pproj, {client: clean.sources[client].text + "\nfun F() { x = 1; }"})
    assert clean.ok and not broken.ok
    [error] = broken.errors
    assert (error.span.file, error.code) == (client, "P0202")


def test_compile_workspace_reports_a_missing_project(tmp_path: Path) -> None:
    result = compile_workspace(tmp_path / "none.pproj", {})
    assert result.project is None and [d.code for d in result.diagnostics] == ["P0001"]


# --- outline ----------------------------------------------------------------------------


def outline_of(example: str) -> dict[str, OutlineItem]:
    result = compile_path(EXAMPLES / example)
    return {group.name: group for group in build_outline(result.units, result.sources)}


def test_outline_of_bank() -> None:
    groups = outline_of("bank")
    assert list(groups) == [
        "Events",
        "Enums",
        "Types",
        "Interfaces",
        "Machines",
        "Specs",
        "Functions",
        "Parameters",
        "Modules",
        "Tests",
    ]
    server = next(m for m in groups["Machines"].children if m.name == "AtomicBankServer")
    assert [(c.kind, c.name, c.detail) for c in server.children] == [
        (OutlineKind.VARIABLE, "db", "Database"),
        (OutlineKind.STATE, "Serving", ""),
        (OutlineKind.FUNCTION, "ReadBalance", "(accountId: tAccountId): int"),
        (OutlineKind.FUNCTION, "WriteBalance", "(accountId: tAccountId, balance: int)"),
    ]
    serving = server.children[1]
    assert serving.marks == ("start",)
    assert [(h.name, h.detail) for h in serving.children] == [
        ("entry", "(database: Database)"),
        ("on eWithdrawReq", "do (req: tBankReq)"),
        ("on eDepositReq", "do (req: tBankReq)"),
    ]
    tests = {t.name: t for t in groups["Tests"].children}
    assert tests["tcManyClients"].marks == ("param",)
    assert tests["tcSingleClient"].detail == "main = SingleClientDriver"


def test_outline_marks_hot_and_cold_states() -> None:
    groups = outline_of("two_phase_commit")
    spec = next(s for s in groups["Specs"].children if s.name == "EveryTransactionAnswered")
    states = {c.name: c.marks for c in spec.children if c.kind is OutlineKind.STATE}
    assert states["AllAnswered"] == ("start", "cold")
    assert states["SomePending"] == ("hot",)


# --- highlighting -----------------------------------------------------------------------


def test_block_comments_carry_across_lines_but_not_out_of_strings() -> None:
    lines = ['x = "/*"; /* open', "still comment", "end */ y = 1;", "/* one line */ z"]
    assert comment_continuations(lines) == {1: len("still comment"), 2: len("end */")}


def test_line_tokens_use_token_categories() -> None:
    tokens = line_tokens("start hot state Idle { entry { x = 1; } }")
    assert tokens[:4] == (
        (0, 5, "declaration-word"),
        (6, 9, "declaration-word"),
        (10, 15, "declaration-word"),
        (16, 20, "state-name"),
    )
    assert line_tokens("rest */ var x: int;", 7)[0] == (0, 7, "block-comment")
    assert {category for _, _, category in tokens} <= set(TOKEN_TYPES)


# --- themes -----------------------------------------------------------------------------


def test_bundled_themes_style_every_token_category() -> None:
    themes = {t.name: t for t in bundled_themes()}
    assert {"pide-dark", "pide-light"} <= set(themes)
    for theme in themes.values():
        # Blanks and plain identifiers keep the editor's foreground colour.
        assert set(theme.tokens) == set(TOKEN_TYPES) - {"whitespace", "identifier"}, theme.name
    assert themes["pide-light"].theme.dark is False


GOOD = 'name = "t"\n[colors]\nprimary = "#112233"\nforeground = "#eeeeee"\nbackground = "#000000"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = ", "not valid TOML"),
        ('name = "Bad Name"', "'name' must be"),
        (GOOD.replace('primary = "#112233"\n', ""), "needs 'primary'"),
        (GOOD.replace("#112233", "#zz"), "colors.primary"),
        (GOOD + "glow = 1\n", "unknown colour 'glow'"),
        (GOOD + '[tokens]\nkeyword = "bold"\n', "unknown token category 'keyword'"),
        (GOOD + '[tokens]\nstring = "shiny"\n', "tokens.string"),
        ("extra = 1\n" + GOOD, "unknown key 'extra'"),
    ],
    ids=["toml", "name", "missing", "colour", "unknown-colour", "category", "style", "key"],
)
def test_invalid_themes_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ThemeError, match=message):
        parse_theme(text, "t.toml")


def test_user_themes_load_and_broken_ones_are_reported(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(GOOD)
    (tmp_path / "bad.toml").write_text("name = 1")
    themes, errors = load_user_themes(tmp_path)
    assert [t.name for t in themes] == ["t"]
    assert len(errors) == 1 and "bad.toml" in errors[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12", (12, 1)), (" 3:7 ", (3, 7)), ("0", None), ("x", None), ("4:", None)],
)
def test_go_to_line_input(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_location(text) == expected
