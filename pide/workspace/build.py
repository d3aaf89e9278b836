"""Compiling the project as the editor sees it: files on disk overlaid with unsaved buffers.

The IDE re-reads the project (`load_project`) on every build rather than holding on to the
file list it started with, so files added to a folder or a `.pproj` edited elsewhere show up
without a restart. Buffers the user is editing replace the disk text of their files, keyed by
the same normalised path strings spans use, so diagnostics point into what is on screen.

This mirrors `pide.core.api.compile_path`; it lives here because the facade has no way to
pass overriding texts yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from pide.core.api import CompileResult, compile_sources
from pide.core.diagnostics import Diagnostic
from pide.core.project import load_project


def compile_workspace(target: str | Path, overrides: Mapping[str, str]) -> CompileResult:
    """Load `target` (file, folder or `.pproj`) and compile it with `overrides` applied."""
    project, project_diagnostics = load_project(target)
    if project is None:
        return CompileResult(None, None, project_diagnostics)
    files = [
        replace(f, text=overrides[f.path]) if f.path in overrides else f for f in project.files
    ]
    result = compile_sources(files, project.included_files, project)
    if not project_diagnostics:
        return result
    merged = sorted(project_diagnostics + result.diagnostics, key=Diagnostic.sort_key)
    has_errors = any(d.is_error for d in merged)
    return CompileResult(
        project,
        None if has_errors else result.program,
        merged,
        result.sources,
        result.table,
        result.units,
    )
