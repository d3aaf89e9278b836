"""`OutlineTree`: the program's declarations; selecting one jumps to it.

The outline is rebuilt after every compile (`pide.workspace.outline` does the work), which
happens each time the user pauses typing. Rebuilding a Tree loses its expanded nodes and
cursor, which would make the outline jump under the user's eyes, so both are remembered by
the items' keys (kind and name along the path from the root) and restored.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from pide.messages import OpenLocation
from pide.workspace.outline import OutlineItem, OutlineKind

KeyPath = tuple[tuple[str, str], ...]

_AUTO_EXPAND_GROUPS = frozenset({"Machines", "Specs", "Tests"})
_AUTO_EXPAND = frozenset({OutlineKind.MACHINE, OutlineKind.SPEC})
"""Expanded the first time they appear: the groups about behaviour (the rest would push
the machines off screen), and machines and specs, to show their states."""


class OutlineTree(Tree[OutlineItem]):
    """Declarations grouped by kind; machines list states, states list their handlers."""

    DEFAULT_CSS = """
    OutlineTree {
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    """

    class ItemSelected(OpenLocation):
        """The user chose an outline item: open its declaration."""

        def __init__(self, item: OutlineItem) -> None:
            super().__init__(item.file, item.line, item.col)
            self.item = item

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Outline", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._items: tuple[OutlineItem, ...] = ()
        self._expanded: set[KeyPath] = set()
        self._seen: set[KeyPath] = set()

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._restyle, init=False)

    def _restyle(self) -> None:
        self._remember_state()
        self._rebuild()

    def show_outline(self, items: Iterable[OutlineItem]) -> None:
        """Show `items`, keeping expanded nodes and the cursor where they were."""
        items = tuple(items)
        if items == self._items:
            return
        self._remember_state()
        self._items = items
        self._rebuild()

    def _remember_state(self) -> None:
        expanded: set[KeyPath] = set()

        def walk(node: TreeNode[OutlineItem], path: KeyPath) -> None:
            for child in node.children:
                if child.data is None:
                    continue
                key = (*path, child.data.key)
                if child.is_expanded:
                    expanded.add(key)
                walk(child, key)

        walk(self.root, ())
        self._expanded = expanded

    def _rebuild(self) -> None:
        cursor = self._key_path(self.cursor_node)
        self.clear()
        target: TreeNode[OutlineItem] | None = None

        def add(parent: TreeNode[OutlineItem], item: OutlineItem, path: KeyPath) -> None:
            nonlocal target
            key = (*path, item.key)
            first_time = key not in self._seen
            self._seen.add(key)
            expand = key in self._expanded or (first_time and _auto_expand(item))
            if item.children:
                node = parent.add(self._label(item), data=item, expand=expand)
                for child in item.children:
                    add(node, child, key)
            else:
                node = parent.add_leaf(self._label(item), data=item)
            if key == cursor:
                target = node

        for item in self._items:
            add(self.root, item, ())
        if target is not None:
            self.move_cursor(target)

    def _key_path(self, node: TreeNode[OutlineItem] | None) -> KeyPath | None:
        keys = []
        while node is not None and node.data is not None:
            keys.append(node.data.key)
            node = node.parent
        return tuple(reversed(keys)) if keys else None

    def _label(self, item: OutlineItem) -> Text:
        theme = self.app.current_theme
        if item.kind is OutlineKind.GROUP:
            return Text.assemble((item.name, "bold"), (f"  {item.detail}", "dim"))
        bold = item.kind in (OutlineKind.MACHINE, OutlineKind.SPEC, OutlineKind.STATE)
        label = Text(item.name, style="bold" if bold else "")
        mark_styles = {
            "start": f"bold {theme.success or 'green'}",
            "hot": f"bold {theme.error or 'red'}",
            "cold": f"bold {theme.primary}",
        }
        for mark in item.marks:
            label.append(f" {mark}", style=mark_styles.get(mark, "italic dim"))
        if item.detail:
            # Fields read `name: type` and functions `name(params): result`, as declared.
            if item.kind is OutlineKind.VARIABLE:
                label.append(f": {item.detail}", style="dim")
            elif item.kind is OutlineKind.FUNCTION:
                label.append(item.detail, style="dim")
            else:
                label.append(f"  {item.detail}", style="dim")
        return label

    def _on_tree_node_selected(self, event: Tree.NodeSelected[OutlineItem]) -> None:
        event.stop()
        item = event.node.data
        if item is not None and item.kind is not OutlineKind.GROUP:
            self.post_message(self.ItemSelected(item))


def _auto_expand(item: OutlineItem) -> bool:
    if item.kind is OutlineKind.GROUP:
        return item.name in _AUTO_EXPAND_GROUPS
    return item.kind in _AUTO_EXPAND
