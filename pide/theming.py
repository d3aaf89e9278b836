"""Themes as data: TOML files validated into Textual themes plus P token styles.

A theme file has a `name`, a `dark` flag, the Textual theme colours under `[colors]`,
optional Textual CSS variables under `[variables]`, and under `[tokens]` a rich style string
for each P token category of `pide.core.syntax.highlight.TOKEN_TYPES`. Keeping themes as
data means adding one needs no code, and validating them up front means a typo is reported
with the file and key instead of surfacing as a rendering glitch.

Bundled themes live in the `pide.themes` package; users can add their own as
`$XDG_CONFIG_HOME/pide/themes/*.toml` (default `~/.config/pide/themes`). A broken user theme
is skipped with its error reported, never fatal.

When the user picks one of Textual's own themes from the palette there are no token styles
to read, so `token_styles_for` derives them from that theme's colours.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from rich.errors import StyleSyntaxError
from rich.style import Style
from textual.color import Color, ColorParseError
from textual.theme import Theme

from pide.core.syntax.highlight import TOKEN_TYPES

DEFAULT_THEME = "pide-dark"
REQUIRED_COLORS = ("primary", "foreground", "background")
OPTIONAL_COLORS = (
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "surface",
    "panel",
    "boost",
)
TOKEN_CATEGORIES = tuple(TOKEN_TYPES)
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_TOP_KEYS = frozenset({"name", "dark", "colors", "variables", "tokens"})


class ThemeError(ValueError):
    """A theme file is invalid; the message names the file and the offending key."""


@dataclass(frozen=True, slots=True)
class PideTheme:
    """A validated theme: the Textual theme and the style of each P token category."""

    theme: Theme
    tokens: Mapping[str, Style] = field(default_factory=dict)
    origin: str = ""

    @property
    def name(self) -> str:
        return self.theme.name


def _table(data: Mapping[str, Any], key: str, origin: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ThemeError(f"{origin}: [{key}] must be a table")
    return value


def _color(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ThemeError(f"{where}: expected a colour string")
    try:
        Color.parse(value)
    except ColorParseError as error:
        raise ThemeError(f"{where}: {error}") from None
    return value


def _style(value: object, where: str) -> Style:
    if not isinstance(value, str):
        raise ThemeError(f"{where}: expected a style string such as 'bold #ff8800'")
    try:
        return Style.parse(value)
    except StyleSyntaxError as error:
        raise ThemeError(f"{where}: {error}") from None


def parse_theme(text: str, origin: str = "<theme>") -> PideTheme:
    """Validate the TOML text of a theme; raises `ThemeError` naming what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ThemeError(f"{origin}: not valid TOML: {error}") from None
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ThemeError(f"{origin}: unknown key {unknown[0]!r}")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeError(f"{origin}: 'name' must be lowercase letters, digits and '-'")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError(f"{origin}: 'dark' must be true or false")
    colors = _table(data, "colors", origin)
    for key in REQUIRED_COLORS:
        if key not in colors:
            raise ThemeError(f"{origin}: [colors] needs {key!r}")
    for key in colors:
        if key not in REQUIRED_COLORS and key not in OPTIONAL_COLORS:
            raise ThemeError(f"{origin}: [colors] has unknown colour {key!r}")
    checked = {key: _color(value, f"{origin}: colors.{key}") for key, value in colors.items()}
    variables = {str(key): str(value) for key, value in _table(data, "variables", origin).items()}
    tokens: dict[str, Style] = {}
    for key, value in _table(data, "tokens", origin).items():
        if key not in TOKEN_TYPES:
            raise ThemeError(f"{origin}: [tokens] has unknown token category {key!r}")
        tokens[key] = _style(value, f"{origin}: tokens.{key}")
    theme = Theme(
        name=name,
        primary=checked["primary"],
        secondary=checked.get("secondary"),
        warning=checked.get("warning"),
        error=checked.get("error"),
        success=checked.get("success"),
        accent=checked.get("accent"),
        foreground=checked.get("foreground"),
        background=checked.get("background"),
        surface=checked.get("surface"),
        panel=checked.get("panel"),
        boost=checked.get("boost"),
        dark=dark,
        variables=variables,
    )
    return PideTheme(theme, tokens, origin)


def bundled_themes() -> list[PideTheme]:
    """The themes shipped in `pide.themes` (an invalid one is a bug in pide: it raises)."""
    found = []
    for entry in sorted(resources.files("pide.themes").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found.append(parse_theme(entry.read_text(encoding="utf-8"), entry.name))
    return found


def user_theme_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "pide" / "themes"


def load_user_themes(directory: Path) -> tuple[list[PideTheme], list[str]]:
    """The valid themes in `directory`, and an error message for each invalid one."""
    themes: list[PideTheme] = []
    errors: list[str] = []
    try:
        paths = sorted(directory.glob("*.toml"))
    except OSError:
        return themes, errors
    for path in paths:
        try:
            themes.append(parse_theme(path.read_text(encoding="utf-8"), str(path)))
        except (OSError, UnicodeDecodeError) as error:
            errors.append(f"{path}: {error}")
        except ThemeError as error:
            errors.append(str(error))
    return themes, errors


def derived_token_styles(theme: Theme) -> dict[str, Style]:
    """Token styles for a theme that has none (one of Textual's), from its colours."""
    foreground = theme.foreground or ("#e0e0e0" if theme.dark else "#202020")
    muted = Color.parse(foreground).blend(Color.parse(theme.background or "#000000"), 0.45).hex
    roles = {
        "keyword": theme.secondary or theme.primary,
        "type": theme.primary,
        "literal": theme.warning or theme.accent or theme.primary,
        "string": theme.success or theme.accent or theme.primary,
        "name": theme.accent or theme.primary,
        "error": theme.error or "red",
    }
    table = {
        "line-comment": f"italic {muted}",
        "block-comment": f"italic {muted}",
        "string": roles["string"],
        "string-escape": f"bold {roles['literal']}",
        "placeholder": f"bold {roles['literal']}",
        "integer": roles["literal"],
        "float": roles["literal"],
        "literal-word": roles["literal"],
        "declaration-word": f"bold {roles['keyword']}",
        "type-word": roles["type"],
        "statement-word": roles["keyword"],
        "module-word": f"bold {roles['keyword']}",
        "verifier-word": muted,
        "operator-word": roles["keyword"],
        "builtin": roles["type"],
        "this": f"italic {roles['type']}",
        "nondeterminism": f"bold {roles['literal']}",
        "operator": foreground,
        "punctuation": muted,
        "type-name": f"bold {roles['type']}",
        "event-name": f"bold {roles['name']}",
        "state-name": f"bold {roles['string']}",
        "function-name": f"bold {roles['type']}",
        "module-name": f"bold {foreground}",
        "variable-name": foreground,
        "error": f"bold {roles['error']}",
    }
    return {key: Style.parse(value) for key, value in table.items()}


def token_styles_for(theme: Theme, pide_themes: Iterable[PideTheme]) -> dict[str, Style]:
    """The P token styles to use under `theme`: its own if it is a pide theme, else derived."""
    for candidate in pide_themes:
        if candidate.name == theme.name:
            return dict(candidate.tokens)
    return derived_token_styles(theme)
