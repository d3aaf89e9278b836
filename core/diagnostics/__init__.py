"""Diagnostics: collected (never raised) problems in a model, their codes and rendering."""

from pide.core.diagnostics.codes import CATALOGUE, CodeInfo
from pide.core.diagnostics.model import Diagnostic, DiagnosticBag, Note, Severity
from pide.core.diagnostics.render import render_all, render_diagnostic

__all__ = [
    "CATALOGUE",
    "CodeInfo",
    "Diagnostic",
    "DiagnosticBag",
    "Note",
    "Severity",
    "render_all",
    "render_diagnostic",
]
