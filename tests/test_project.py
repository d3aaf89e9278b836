"""Loading projects: single files, folders, `.pproj` files and their diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pide.core.project import Project, load_project, sanitise_name

MACHINE = "machine M { start state S { } }\n"


def pproj(body: str, name: str = "<ProjectName>Demo</ProjectName>") -> str:
    return f"<Project>\n  {name}\n{body}</Project>\n"


@dataclass(frozen=True)
class Case:
    id: str
    tree: dict[str, str | bytes]
    target: str
    name: str | None
    files: list[str] = field(default_factory=list)
    included: set[str] = field(default_factory=set)
    diagnostics: list[tuple[str, str, int, int]] = field(default_factory=list)


CASES = [
    Case("single-file", {"m.p": MACHINE}, "m.p", "m", ["m.p"]),
    Case("single-file-name-sanitised", {"x/2-pc.p": MACHINE}, "x/2-pc.p", "_2_pc", ["x/2-pc.p"]),
    Case(
        "folder-recursive-skips-hidden-and-output",
        {
            "d/PSrc/b.p": MACHINE,
            "d/PSrc/a.p": MACHINE,
            "d/PTst/t.p": MACHINE,
            "d/top.p": MACHINE,
            "d/.git/x.p": MACHINE,
            "d/.hidden.p": MACHINE,
            "d/pide-out/g.p": MACHINE,
            "d/PGenerated/g.p": MACHINE,
            "d/PCheckerOutput/g.p": MACHINE,
            "d/notes.txt": "not P",
        },
        "d",
        "d",
        ["d/PSrc/a.p", "d/PSrc/b.p", "d/PTst/t.p", "d/top.p"],
    ),
    Case(
        "folder-with-one-pproj-loads-it",
        {
            "d/Demo.pproj": pproj("  <InputFiles><PFile>PSrc</PFile></InputFiles>\n"),
            "d/PSrc/a.p": MACHINE,
            "d/other.p": MACHINE,
        },
        "d",
        "Demo",
        ["d/PSrc/a.p"],
    ),
    Case(
        "folder-with-two-pproj-is-a-folder",
        {"d/A.pproj": pproj(""), "d/B.pproj": pproj(""), "d/a.p": MACHINE},
        "d",
        "d",
        ["d/a.p"],
    ),
    Case(
        "pproj-dirs-and-files-in-project-order-deduplicated",
        {
            "p/Demo.pproj": pproj(
                "  <InputFiles>\n"
                "    <PFile>./PTst/t.p</PFile>\n"
                "    <PFile>./PSrc/</PFile>\n"
                "  </InputFiles>\n"
                "  <Unknown><PFile>ignored.p</PFile></Unknown>\n"
                "  <InputFiles><PFile>PSrc/b.p</PFile><PFile>Foreign.cs</PFile></InputFiles>\n"
            ),
            "p/PSrc/b.p": MACHINE,
            "p/PSrc/a.p": MACHINE,
            "p/PSrc/sub/c.p": MACHINE,
            "p/PSrc/.hidden/h.p": MACHINE,
            "p/PSrc/.h.p": MACHINE,
            "p/PTst/t.p": MACHINE,
            "p/Foreign.cs": "class C {}",
        },
        "p/Demo.pproj",
        "Demo",
        ["p/PTst/t.p", "p/PSrc/a.p", "p/PSrc/b.p", "p/PSrc/sub/c.p"],
    ),
    Case(
        "include-with-cycle-and-missing",
        {
            "A/A.pproj": pproj(
                "  <InputFiles><PFile>a.p</PFile><PFile>../Common/shared.p</PFile></InputFiles>\n"
                "  <IncludeProject>../B/B.pproj</IncludeProject>\n",
                "<ProjectName>A</ProjectName>",
            ),
            "A/a.p": MACHINE,
            "B/B.pproj": pproj(
                "  <InputFiles><PFile>.</PFile><PFile>../Common</PFile></InputFiles>\n"
                "  <IncludeProject>../A</IncludeProject>\n"
                "  <IncludeProject>  ../Missing/M.pproj </IncludeProject>\n",
                "<ProjectName>B</ProjectName>",
            ),
            "B/b.p": MACHINE,
            "Common/shared.p": MACHINE,
            "Common/extra.p": MACHINE,
        },
        "A/A.pproj",
        "A",
        ["A/a.p", "Common/shared.p", "B/b.p", "Common/extra.p"],
        {"B/b.p", "Common/extra.p"},
        [("P0001", "B/B.pproj", 5, 21)],
    ),
    Case(
        "missing-pfile-and-empty-pfile",
        {
            "p/Demo.pproj": pproj(
                "  <InputFiles>\n    <PFile>a.p</PFile>\n    <PFile>nope.p</PFile>\n"
                "    <PFile/>\n  </InputFiles>\n"
            ),
            "p/a.p": MACHINE,
        },
        "p/Demo.pproj",
        "Demo",
        ["p/a.p"],
        diagnostics=[("P0001", "p/Demo.pproj", 5, 12), ("P0001", "p/Demo.pproj", 6, 5)],
    ),
    Case(
        "bad-xml-mismatched-tag",
        {"p/Demo.pproj": "<Project>\n  <ProjectName>X</ProjectName>\n  <InputFiles>\n</Project>\n"},
        "p/Demo.pproj",
        None,
        diagnostics=[("P0001", "p/Demo.pproj", 4, 3)],
    ),
    Case(
        "bad-xml-columns-count-characters",
        {"p/Demo.pproj": "<Project>\n  <!-- ééé --> <A></B>\n</Project>\n"},
        "p/Demo.pproj",
        None,
        diagnostics=[("P0001", "p/Demo.pproj", 2, 21)],
    ),
    Case(
        "bad-xml-empty-file",
        {"p/Demo.pproj": ""},
        "p/Demo.pproj",
        None,
        diagnostics=[("P0001", "p/Demo.pproj", 1, 1)],
    ),
    Case(
        "root-is-not-project",
        {"p/Demo.pproj": "<?xml version='1.0'?>\n<Projekt/>\n"},
        "p/Demo.pproj",
        None,
        diagnostics=[("P0001", "p/Demo.pproj", 2, 1)],
    ),
    Case(
        "missing-project-name",
        {
            "p/Demo.pproj": "\n<Project>\n  <InputFiles><PFile>a.p</PFile></InputFiles>\n</Project>",
            "p/a.p": MACHINE,
        },
        "p/Demo.pproj",
        None,
        diagnostics=[("P0001", "p/Demo.pproj", 2, 1)],
    ),
    Case(
        "illegal-project-name",
        {
            "p/Demo.pproj": pproj("", "<ProjectName>\n     1abc-x  </ProjectName>"),
        },
        "p/Demo.pproj",
        None,
        diagnostics=[("P0002", "p/Demo.pproj", 1, 1), ("P0001", "p/Demo.pproj", 3, 6)],
    ),
    Case(
        "targets-unknown-and-pverifier-combined",
        {
            "p/Demo.pproj": pproj(
                "  <InputFiles><PFile>a.p</PFile></InputFiles>\n"
                "  <Target>PChecker, Bogus PEx</Target>\n"
                "  <Target>pverifier</Target>\n"
            ),
            "p/a.p": MACHINE,
        },
        "p/Demo.pproj",
        "Demo",
        ["p/a.p"],
        diagnostics=[("P0001", "p/Demo.pproj", 4, 21), ("P0001", "p/Demo.pproj", 5, 11)],
    ),
    Case(
        "pproj-without-p-inputs",
        {
            "p/Demo.pproj": pproj("  <InputFiles>\n    <PFile>PSrc</PFile>\n  </InputFiles>\n"),
            "p/PSrc/x.txt": "",
        },
        "p/Demo.pproj",
        "Demo",
        diagnostics=[("P0002", "p/Demo.pproj", 3, 3)],
    ),
    Case(
        "empty-folder",
        {"d/readme.txt": "nothing"},
        "d",
        "d",
        diagnostics=[("P0002", "d", 0, 0)],
    ),
    Case(
        "non-utf8-byte-in-a-comment-is-read-as-p-does",
        {"d/good.p": MACHINE, "d/bad.p": b"event e;\n// caf\xe9\n"},
        "d",
        "d",
        ["d/bad.p", "d/good.p"],
    ),
    Case(
        "nonexistent-path",
        {},
        "nowhere/x.pproj",
        None,
        diagnostics=[("P0001", "nowhere/x.pproj", 0, 0)],
    ),
    Case(
        "unsupported-file-kind",
        {"x.txt": ""},
        "x.txt",
        None,
        diagnostics=[("P0001", "x.txt", 0, 0)],
    ),
]


def build(root: Path, tree: dict[str, str | bytes]) -> None:
    for name, content in tree.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Case
) -> tuple[Project | None, list[tuple[str, str, int, int]]]:
    build(tmp_path, case.tree)
    monkeypatch.chdir(tmp_path)
    project, diagnostics = load_project(case.target)
    return project, [(d.code, d.span.file, d.span.line, d.span.col) for d in diagnostics]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_load_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    project, diagnostics = load(tmp_path, monkeypatch, case)
    assert diagnostics == case.diagnostics
    if case.name is None:
        assert project is None
        return
    assert project is not None
    assert project.name == case.name
    assert [f.path for f in project.files] == case.files
    assert project.included_files == frozenset(case.included)


def test_pproj_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree: dict[str, str | bytes] = {
        "A/A.pproj": pproj(
            "  <InputFiles><PFile>a.p</PFile></InputFiles>\n"
            "  <OutputDir>./out/gen/</OutputDir>\n"
            "  <Target>PChecker PObserve</Target>\n"
            "  <IncludeProject>../B/B.pproj</IncludeProject>\n"
        ),
        "A/a.p": MACHINE,
        "A/PForeign/helpers.py": "",
        "B/B.pproj": pproj("  <InputFiles><PFile>b.p</PFile></InputFiles>\n"),
        "B/b.p": MACHINE,
        "B/PForeign/more.py": "",
    }
    project, diagnostics = load(tmp_path, monkeypatch, Case("settings", tree, "A/A.pproj", "Demo"))
    assert diagnostics == []
    assert project is not None
    assert project.root == Path("A")
    assert project.project_file == Path("A/A.pproj")
    assert project.output_dir == Path("A/out/gen")
    assert project.targets == ("PChecker", "PObserve")
    assert project.foreign_dirs == (Path("A/PForeign"), Path("B/PForeign"))


@pytest.mark.parametrize(
    ("target", "root", "output_dir", "foreign"),
    [
        ("m.p", Path("."), Path("pide-out"), (Path("PForeign"),)),
        (".", Path("."), Path("pide-out"), (Path("PForeign"),)),
    ],
)
def test_plain_defaults(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    root: Path,
    output_dir: Path,
    foreign: tuple[Path, ...],
) -> None:
    tree: dict[str, str | bytes] = {"m.p": MACHINE, "PForeign/f.py": ""}
    project, diagnostics = load(tmp_path, monkeypatch, Case("defaults", tree, target, None))
    assert diagnostics == []
    assert project is not None
    assert (project.root, project.output_dir, project.foreign_dirs) == (root, output_dir, foreign)
    assert project.project_file is None
    assert project.targets == ("PChecker",)


def test_bom_stripped_and_crlf_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree: dict[str, str | bytes] = {
        "m.p": b"\xef\xbb\xbfevent e;\r\nmachine M {}\r\n",
        "Demo.pproj": b"\xef\xbb\xbf<Project>\r\n<ProjectName>D</ProjectName>\r\n"
        b"<InputFiles><PFile>nope.p</PFile></InputFiles>\r\n</Project>",
    }
    project, diagnostics = load(tmp_path, monkeypatch, Case("bom", tree, "m.p", None))
    assert diagnostics == []
    assert project is not None
    assert project.files[0].text == "event e;\r\nmachine M {}\r\n"
    project, diagnostics = load_project("Demo.pproj")
    assert [(d.code, d.span.line, d.span.col, d.span.end_col) for d in diagnostics] == [
        ("P0002", 3, 1, 12),
        ("P0001", 3, 20, 26),
    ]


@pytest.mark.parametrize(
    ("stem", "name"),
    [("model", "model"), ("my-model", "my_model"), ("2pc", "_2pc"), ("", "_"), ("a.b c", "a_b_c")],
)
def test_sanitise_name(stem: str, name: str) -> None:
    assert sanitise_name(stem) == name
