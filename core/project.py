"""Loading a P model from a path: a single `.p` file, a folder, or a `.pproj` project file.

`load_project` turns whatever the user pointed at into a `Project`: the model's name, its
source files (already read, in a deterministic order) and the settings of reference section
9.3. Every problem is a `Diagnostic`, never an exception, so the CLI and the IDE can show
all of them at once:

* P0001 the path does not exist, the `.pproj` is not UTF-8 or not well-formed XML, its root
  is not `<Project>`, `<ProjectName>` is missing or illegal, a `<PFile>`/`<IncludeProject>`
  names nothing, `<Target>` names an unknown back end;
* P0002 no `.p` input was found at all;
* P0003 a source file cannot be read (bytes that are not UTF-8 read as U+FFFD, as P does).

Problems inside a `.pproj` point at the offending element or text: `xml.parsers.expat`
reports byte offsets for every event, which are mapped back to character offsets of the
decoded text. Problems about a whole file or folder (nonexistent path, unreadable file, an
empty folder) use a span with line 0, which renderers show without a source snippet.

Paths are kept as the user wrote them, only normalised (`./a/../b.p` -> `b.p`), so messages
read like a compiler's; de-duplication compares resolved paths. `<OutputDir>` is taken
relative to the `.pproj`'s directory (the reference uses the current directory) so that
loading never depends on where the process runs.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import xml.parsers.expat
from collections.abc import Callable
from pathlib import Path

from pide.core.diagnostics import Diagnostic, DiagnosticBag
from pide.core.fastdataclass import dataclass, field
from pide.core.source import SourceFile, Span

SOURCE_SUFFIX = ".p"
PROJECT_SUFFIX = ".pproj"
DEFAULT_OUTPUT_DIR = "pide-out"
OUTPUT_DIR_NAMES = frozenset({DEFAULT_OUTPUT_DIR, "PGenerated", "PCheckerOutput"})
"""Folders skipped when a plain folder (not a `.pproj`) is loaded."""
FOREIGN_DIR_NAME = "PForeign"
FOREIGN_CODE_SUFFIXES = frozenset({".cs", ".java", ".py"})
"""Files a `<PFile>` may name that are foreign code, not P source: skipped."""
TARGETS = ("PChecker", "PEx", "PObserve", "PVerifier")

_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*\Z")


@dataclass(frozen=True, slots=True)
class Project:
    """A loaded model. `files` paths are the keys spans and `included_files` use."""

    name: str
    root: Path
    files: tuple[SourceFile, ...]
    included_files: frozenset[str]
    output_dir: Path
    foreign_dirs: tuple[Path, ...]
    project_file: Path | None
    targets: tuple[str, ...] = ("PChecker",)


def file_span(path: str | Path) -> Span:
    """A span meaning "this file or folder as a whole" (line 0: no snippet is shown)."""
    return Span(str(path), 0, 0, 0, 0, 0, 0)


def sanitise_name(stem: str) -> str:
    """`stem` made into a legal project name: `my-model` -> `my_model`, `2pc` -> `_2pc`."""
    name = re.sub(r"[^A-Za-z_0-9]", "_", stem)
    return name if name and not name[0].isdigit() else "_" + name


def load_project(path: str | Path) -> tuple[Project | None, list[Diagnostic]]:
    """Load a `.p` file, a `.pproj` file or a folder.

    A folder whose top level holds exactly one `*.pproj` loads that project; otherwise it
    is a project of every `*.p` file below it (recursively, skipping hidden entries and the
    output folders `pide-out`, `PGenerated`, `PCheckerOutput`), named after the folder.
    The project is `None` only when its name or root cannot be determined (missing path,
    unusable `.pproj`); otherwise it is returned even if the diagnostics hold errors.
    """
    loader = _Loader()
    project = loader.load(_norm(Path(path)))
    return project, loader.bag.sorted()


def _norm(path: Path) -> Path:
    return Path(os.path.normpath(path))


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


@dataclass(slots=True)
class _Element:
    """A parsed XML element: tag, offset of its `<`, direct text and where it ends."""

    tag: str
    start: int
    children: list[_Element] = field(default_factory=list)
    chunks: list[str] = field(default_factory=list)
    text_start: int = -1
    end: int = -1

    @property
    def text(self) -> str:
        return "".join(self.chunks).strip()

    def named(self, tag: str) -> list[_Element]:
        return [child for child in self.children if child.tag == tag]


def _byte_to_char(text: str) -> Callable[[int], int]:
    if text.isascii():
        return lambda offset: offset
    starts = list(itertools.accumulate((len(ch.encode()) for ch in text), initial=0))
    return lambda offset: bisect.bisect_left(starts, offset)


def _parse_xml(source: SourceFile, bag: DiagnosticBag) -> _Element | None:
    """The root element of `source`, or None after reporting the XML error where it is."""
    to_char = _byte_to_char(source.text)
    parser = xml.parsers.expat.ParserCreate(encoding="utf-8")
    roots: list[_Element] = []
    stack: list[_Element] = []

    def start(tag: str, _attributes: object) -> None:
        element = _Element(tag, to_char(parser.CurrentByteIndex))
        (stack[-1].children if stack else roots).append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop().end = to_char(parser.CurrentByteIndex)

    def chars(data: str) -> None:
        if stack:
            if stack[-1].text_start < 0:
                stack[-1].text_start = to_char(parser.CurrentByteIndex)
            stack[-1].chunks.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(source.text.encode("utf-8"), True)
    except xml.parsers.expat.ExpatError as error:
        at = min(to_char(max(parser.ErrorByteIndex, 0)), len(source.text))
        reason = xml.parsers.expat.errors.messages[error.code]
        span = source.span(at, min(at + 1, len(source.text)))
        bag.error("P0001", f"project file is not well-formed XML: {reason}", span)
        return None
    return roots[0] if roots else None


def _tag_span(source: SourceFile, element: _Element) -> Span:
    return source.span(element.start, element.start + len(element.tag) + 1)


def _text_span(source: SourceFile, element: _Element) -> Span:
    """The element's text without surrounding blanks, or its start tag when it has none."""
    if element.text_start < 0 or not element.text:
        return _tag_span(source, element)
    raw = source.text[element.text_start : element.end]
    start = element.text_start + len(raw) - len(raw.lstrip())
    return source.span(start, element.text_start + len(raw.rstrip()))


def _decode(data: bytes) -> str:
    """Source text as P's own compiler reads it: UTF-8 (a BOM allowed), and a byte that is
    not UTF-8 (a Latin-1 letter in a comment, say) becomes U+FFFD instead of failing the
    file; outside comments and strings the lexer then reports it as an invalid character."""
    return data.decode("utf-8-sig", errors="replace")


def _read(path: Path, code: str, what: str, bag: DiagnosticBag) -> SourceFile | None:
    try:
        data = path.read_bytes()
    except OSError as error:
        bag.error(code, f"cannot read {what}: {error.strerror or error}", file_span(path))
        return None
    return SourceFile(str(path), _decode(data))


def _project_files(directory: Path) -> list[Path]:
    found = sorted(directory.glob("*" + PROJECT_SUFFIX))
    return [_norm(p) for p in found if p.is_file() and not _is_hidden(p.name)]


@dataclass(slots=True)
class _Header:
    """What the top-level input contributes besides files."""

    name: str | None
    root: Path
    output_dir: Path
    project_file: Path | None = None
    targets: tuple[str, ...] = ()


@dataclass(slots=True)
class _Loader:
    bag: DiagnosticBag = field(default_factory=DiagnosticBag)
    files: list[SourceFile] = field(default_factory=list)
    included: set[str] = field(default_factory=set)
    foreign: list[Path] = field(default_factory=list)
    seen_files: set[Path] = field(default_factory=set)
    seen_projects: set[Path] = field(default_factory=set)
    found: int = 0  # .p paths met, readable or not, duplicates included

    def load(self, path: Path) -> Project | None:
        if not path.exists():
            self.bag.error("P0001", f"no such file or directory: {path}", file_span(path))
            return None
        if path.is_dir() and len(projects := _project_files(path)) == 1:
            path = projects[0]
        header: _Header | None
        if path.is_dir():
            self.add_dir(path, included=False, skip_output=True)
            header = _Header(sanitise_name(path.resolve().name), path, path / DEFAULT_OUTPUT_DIR)
        elif path.suffix == PROJECT_SUFFIX:
            header = self.load_pproj(path, included=False)
        elif path.suffix == SOURCE_SUFFIX:
            self.add_file(path, included=False)
            root = _norm(path.parent)
            header = _Header(sanitise_name(path.stem), root, root / DEFAULT_OUTPUT_DIR)
        else:
            message = f"expected a {SOURCE_SUFFIX} file, a {PROJECT_SUFFIX} file or a folder"
            self.bag.error("P0001", message, file_span(path))
            return None
        if header is None or header.name is None:
            return None
        self.add_foreign(header.root)
        if self.found == 0 and header.project_file is None:
            self.bag.error("P0002", f"no {SOURCE_SUFFIX} file in {path}", file_span(path))
        return Project(
            name=header.name,
            root=header.root,
            files=tuple(self.files),
            included_files=frozenset(self.included),
            output_dir=header.output_dir,
            foreign_dirs=tuple(self.foreign),
            project_file=header.project_file,
            targets=header.targets or ("PChecker",),
        )

    def add_foreign(self, root: Path) -> None:
        foreign = _norm(root / FOREIGN_DIR_NAME)
        if foreign.is_dir() and foreign not in self.foreign:
            self.foreign.append(foreign)

    def add_dir(self, directory: Path, *, included: bool, skip_output: bool) -> None:
        found: list[Path] = []
        for folder, dirs, names in os.walk(directory):
            dirs[:] = [
                d for d in dirs if not _is_hidden(d) and not (skip_output and d in OUTPUT_DIR_NAMES)
            ]
            found.extend(Path(folder, n) for n in names if not _is_hidden(n))
        sources = [p for p in found if p.suffix == SOURCE_SUFFIX and p.is_file()]
        for source in sorted(sources, key=lambda p: p.relative_to(directory).parts):
            self.add_file(_norm(source), included=included)

    def add_file(self, path: Path, *, included: bool) -> None:
        self.found += 1
        key = path.resolve()
        if key in self.seen_files:
            return
        self.seen_files.add(key)
        source = _read(path, "P0003", f"source file {path}", self.bag)
        if source is not None:
            self.files.append(source)
            if included:
                self.included.add(source.path)

    def load_pproj(self, path: Path, *, included: bool) -> _Header | None:
        """Load one `.pproj` and (recursively) its includes; None if it is unusable."""
        self.seen_projects.add(path.parent.resolve())
        source = _read(path, "P0001", f"project file {path}", self.bag)
        root = None if source is None else _parse_xml(source, self.bag)
        if source is None or root is None:
            return None
        if root.tag != "Project":
            message = f"the root element must be <Project>, not <{root.tag}>"
            self.bag.error("P0001", message, _tag_span(source, root))
            return None
        base = _norm(path.parent)
        name = self.project_name(source, root)
        header = _Header(name, base, base / DEFAULT_OUTPUT_DIR, path)
        for element in root.named("OutputDir"):
            if (text := self.nonempty(source, element)) is not None:
                header.output_dir = _norm(base / text)
        header.targets = self.targets(source, root.named("Target"))
        for block in root.named("InputFiles"):
            for element in block.named("PFile"):
                self.add_pfile(source, element, base, included=included)
        self.add_foreign(base)
        for element in root.named("IncludeProject"):
            self.include(source, element, base)
        if not included and self.found == 0:
            where = next(iter(root.named("InputFiles")), root)
            self.bag.error("P0002", "the project has no .p input file", _tag_span(source, where))
        return header

    def project_name(self, source: SourceFile, root: _Element) -> str | None:
        elements = root.named("ProjectName")
        if not elements:
            self.bag.error("P0001", "missing <ProjectName>", _tag_span(source, root))
            return None
        name = elements[0].text
        if _NAME.match(name) is None:
            message = f"illegal project name {name!r}: expected [A-Za-z_][A-Za-z_0-9]*"
            self.bag.error("P0001", message, _text_span(source, elements[0]))
            return None
        return name

    def nonempty(self, source: SourceFile, element: _Element) -> str | None:
        if not element.text:
            self.bag.error("P0001", f"empty <{element.tag}>", _tag_span(source, element))
            return None
        return element.text

    def targets(self, source: SourceFile, elements: list[_Element]) -> tuple[str, ...]:
        known = {t.lower(): t for t in TARGETS}
        chosen: list[str] = []
        for element in elements:
            raw = source.text[element.text_start : element.end] if element.text_start >= 0 else ""
            for match in re.finditer(r"[^,\s]+", raw):
                target = known.get(match.group().lower())
                if target is None:
                    at = element.text_start + match.start()
                    message = (
                        f"unknown target {match.group()!r}: expected one of {', '.join(TARGETS)}"
                    )
                    self.bag.error("P0001", message, source.span(at, at + len(match.group())))
                elif target not in chosen:
                    chosen.append(target)
        if "PVerifier" in chosen and len(chosen) > 1:
            message = "target PVerifier cannot be combined with other targets"
            self.bag.error("P0001", message, _text_span(source, elements[-1]))
        return tuple(chosen)

    def add_pfile(
        self, source: SourceFile, element: _Element, base: Path, *, included: bool
    ) -> None:
        text = self.nonempty(source, element)
        if text is None:
            return
        path = _norm(base / text)
        if path.is_dir():
            self.add_dir(path, included=included, skip_output=False)
        elif path.is_file():
            if path.suffix not in FOREIGN_CODE_SUFFIXES:
                self.add_file(path, included=included)
        else:
            message = f"<PFile> {text!r} does not exist (looked for {path})"
            self.bag.error("P0001", message, _text_span(source, element))

    def include(self, source: SourceFile, element: _Element, base: Path) -> None:
        text = self.nonempty(source, element)
        if text is None:
            return
        path = _norm(base / text)
        if path.is_dir() and len(projects := _project_files(path)) == 1:
            path = projects[0]
        if not path.is_file():
            message = f"included project {text!r} not found (looked for {path})"
            self.bag.error("P0001", message, _text_span(source, element))
        elif path.parent.resolve() not in self.seen_projects:
            self.load_pproj(path, included=True)
