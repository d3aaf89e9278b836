"""`ProjectTree`: the project's files, grouped by folder, with their problem counts.

The tree shows what the compiler compiles — the files `load_project` found — rather than
a directory listing, so what the user sees in the explorer is exactly the program. The
`.pproj` file, when there is one, is listed first so its own problems can be opened too.
Folders are shown relative to the project root (`PSrc`, `PSpec`, `PTst`, or `../Common/PSrc`
for an included project's files).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode


def display_path(path: str, root: Path | None) -> str:
    """`path` relative to the project root when it is below it (for titles and messages)."""
    if root is None:
        return path
    try:
        relative = os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") and Path(path).is_absolute() else relative


class ProjectTree(Tree[str]):
    """Files of the project; selecting one posts `FileSelected`."""

    DEFAULT_CSS = """
    ProjectTree {
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    """

    class FileSelected(Message):
        def __init__(self, tree: ProjectTree, path: str) -> None:
            super().__init__()
            self.tree = tree
            self.path = path

        @property
        def control(self) -> ProjectTree:
            return self.tree

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("(no project)", id=id)
        self.show_root = True
        self.guide_depth = 2
        self._files: tuple[str, ...] = ()
        self._counts: Mapping[str, tuple[int, int]] = {}
        self._project_root: Path | None = None
        self._project_file: str | None = None
        self._project_name = ""

    def show_project(
        self,
        name: str,
        root: Path | None,
        files: Sequence[str],
        project_file: str | None = None,
    ) -> None:
        """Show `files` of project `name`; a no-op when nothing changed (keeps the cursor)."""
        files = tuple(files)
        if (name, root, files, project_file) == (
            self._project_name,
            self._project_root,
            self._files,
            self._project_file,
        ):
            return
        self._project_name, self._project_root = name, root
        self._files, self._project_file = files, project_file
        self._rebuild()

    def set_problem_counts(self, counts: Mapping[str, tuple[int, int]]) -> None:
        """Show `(errors, warnings)` per file path next to the file names."""
        if dict(counts) == dict(self._counts):
            return
        self._counts = dict(counts)
        self._relabel()

    def _file_nodes(self, node: TreeNode[str]) -> list[TreeNode[str]]:
        found = []
        for child in node.children:
            found.append(child)
            found.extend(self._file_nodes(child))
        return found

    def _label(self, path: str) -> Text:
        label = Text(Path(path).name)
        errors, warnings = self._counts.get(path, (0, 0))
        theme = self.app.current_theme
        if errors:
            label.append(f"  ✖ {errors}", style=f"bold {theme.error or 'red'}")
        elif warnings:
            label.append(f"  ▲ {warnings}", style=f"bold {theme.warning or 'yellow'}")
        return label

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._relabel, init=False)

    def _relabel(self) -> None:
        for node in self._file_nodes(self.root):
            if node.data is not None:
                node.set_label(self._label(node.data))

    def _rebuild(self) -> None:
        self.clear()
        self.root.set_label(Text(self._project_name or "(no project)", style="bold"))
        if self._project_file is not None:
            self.root.add_leaf(self._label(self._project_file), data=self._project_file)
        folders: dict[str, TreeNode[str]] = {}
        for path in self._files:
            folder = str(Path(display_path(path, self._project_root)).parent)
            parent = self.root
            if folder not in ("", "."):
                if folder not in folders:
                    folders[folder] = self.root.add(folder, expand=True)
                parent = folders[folder]
            parent.add_leaf(self._label(path), data=path)
        self.root.expand()

    def select_path(self, path: str) -> None:
        """Move the cursor to `path`'s node (to follow the active editor)."""
        for node in self._file_nodes(self.root):
            if node.data == path:
                self.move_cursor(node)
                return

    def _on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.FileSelected(self, event.node.data))
