"""No import cycles between daybook's modules, counting imports inside functions.

A lazy import still ties two modules together: a cycle through one makes each module's
meaning depend on the other's, and the layer below then reaches into the layer above. The
graph is built from the source with ``ast``; imports under ``if TYPE_CHECKING:`` are left
out (they never run). A module imported as ``from package import name`` counts as an edge
to ``package.name`` when that is a module, else to ``package``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

SRC = ROOT / "src"


def module_name(path: Path, src: Path = SRC) -> str:
    parts = path.relative_to(src).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    files = {module_name(p, src): p for p in sorted((src / "daybook").rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base
                           for a in node.names]
            for target in targets:
                while target and target not in files:  # a name inside a module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return sorted(found)


def test_the_graph_sees_lazy_imports() -> None:
    graph = import_graph()
    # Imported inside a function only (sources are loaded on first use).
    assert "daybook.sources.feed" in graph["daybook.sources.registry"] or (
        "daybook.sources.kremlin" in graph["daybook.ingest"])
    assert "daybook.publish.digest_text" in graph["daybook.cli"] or (
        "daybook.publish.formats" in graph["daybook.cli"])
    # Under TYPE_CHECKING only: not an edge.
    assert "daybook.store.base" not in graph["daybook.settings"]


def test_cycle_finder_finds_a_planted_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "daybook"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from daybook.sub import b\n")
    (pkg / "sub" / "b.py").write_text("from .. import a\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\n"
                              "if TYPE_CHECKING:\n    from daybook import a\n")
    graph = import_graph(tmp_path)
    assert cycles(graph) == [["daybook.a", "daybook.sub.b"]]


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles (lazy imports included):\n" + "\n".join(
        " <-> ".join(c) for c in found)


def _reaches(graph: dict[str, set[str]], start: str, prefix: str) -> set[str]:
    """Modules under ``prefix`` that ``start`` imports, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return {m for m in seen if m == prefix or m.startswith(prefix + ".")}


def test_layers_that_must_not_meet() -> None:
    graph = import_graph()
    # Views and API share the kernel; only the app factory imports them.
    for module in ("daybook.web.views", "daybook.web.api", "daybook.web.kernel"):
        assert "daybook.web.app" not in _reaches(graph, module, "daybook.web.app"), module
    # Publishing and translation stand apart: the notice is locale text of publish.
    publish = [m for m in graph if m.startswith("daybook.publish")]
    translate = [m for m in graph if m.startswith("daybook.translate")]
    assert not any(graph[m] & set(translate) for m in publish)
    assert not any(graph[m] & set(publish) for m in translate)
    # The settings are read by the layers above, never the other way round.
    assert not _reaches(graph, "daybook.store", "daybook.settings")
    assert not _reaches(graph, "daybook.errors", "daybook")
