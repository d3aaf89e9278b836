"""The facade the CLI and the IDE call: load a project, compile it, list its test cases.

Everything here is headless and returns data (diagnostics included); nothing prints.
"""

from __future__ import annotations

from pathlib import Path

from pide.core.diagnostics import Diagnostic
from pide.core.fastdataclass import dataclass, field
from pide.core.project import Project, load_project
from pide.core.semantics.analyze import AnalysisResult, analyze
from pide.core.semantics.ir import ProgramIR, TestCaseIR
from pide.core.semantics.symbols import SymbolTable
from pide.core.source import SourceFile
from pide.core.syntax import ast
from pide.core.syntax.parser import parse_source


@dataclass(frozen=True, slots=True)
class CompileResult:
    """The outcome of compiling a model: its IR when there is no error, and every problem."""

    project: Project | None
    program: ProgramIR | None
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile] = field(default_factory=dict)
    table: SymbolTable | None = None
    units: tuple[ast.SourceUnit, ...] = ()

    @property
    def ok(self) -> bool:
        return self.program is not None and not any(d.is_error for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]


def compile_sources(
    files: list[SourceFile], included: frozenset[str] = frozenset(), project: Project | None = None
) -> CompileResult:
    """Parse and analyze a set of files as one program."""
    diagnostics: list[Diagnostic] = []
    units: list[ast.SourceUnit] = []
    for f in files:
        unit, parse_diags = parse_source(f)
        if f.path in included:
            unit = ast.SourceUnit(unit.path, unit.decls, from_included_project=True)
        units.append(unit)
        diagnostics.extend(parse_diags)
    result: AnalysisResult = analyze(ast.Program(tuple(units)))
    if not any(d.is_error for d in diagnostics):
        # With a syntax error the AST has holes (recovery skipped tokens), so semantic
        # findings would mostly be echoes of it; the analysis still runs for the outline.
        diagnostics.extend(result.diagnostics)
    diagnostics.sort(key=Diagnostic.sort_key)
    has_errors = any(d.is_error for d in diagnostics)
    return CompileResult(
        project,
        None if has_errors else result.program,
        diagnostics,
        {f.path: f for f in files},
        result.table,
        tuple(units),
    )


def compile_path(path: str | Path) -> CompileResult:
    """Load a `.p` file, a folder or a `.pproj`, then compile it."""
    project, diagnostics = load_project(path)
    if project is None:
        return CompileResult(None, None, diagnostics)
    result = compile_sources(list(project.files), project.included_files, project)
    if not diagnostics:
        return result
    merged = sorted(diagnostics + result.diagnostics, key=Diagnostic.sort_key)
    errors = any(d.is_error for d in merged)
    return CompileResult(
        project,
        None if errors else result.program,
        merged,
        result.sources,
        result.table,
        result.units,
    )


def test_cases(program: ProgramIR) -> list[TestCaseIR]:
    return list(program.tests.values())


def select_tests(program: ProgramIR, prefix: str | None) -> list[TestCaseIR]:
    """Test cases selected like `p check -tc`: by exact name, else every name starting with it."""
    tests = test_cases(program)
    if prefix is None:
        return tests
    exact = [t for t in tests if t.name == prefix]
    if exact:
        return exact
    return [t for t in tests if t.name.startswith(prefix)]
