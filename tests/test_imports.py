"""The module graph of daybook: no import cycles anywhere (lazy imports inside functions
and TYPE_CHECKING ones count too: a cycle through one still ties two modules' meaning
together), the query language is a leaf, and the layers that must not meet do not."""

from __future__ import annotations

import ast
from pathlib import Path

import daybook.model

SRC = Path(daybook.model.__file__).parent
# The layers whose modules must stay out of every cycle.
LAYERS = ("daybook.store", "daybook.query", "daybook.search", "daybook.browse",
          "daybook.enrich", "daybook.days", "daybook.ingest")


def _modules(src: Path = SRC) -> dict[str, Path]:
    out = {}
    for path in src.rglob("*.py"):
        parts = list(path.relative_to(src.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _graph(src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the daybook modules it imports anywhere in its text."""
    mods = _modules(src)
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names if a.name in mods)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([node.module] if node.module else []))
                for a in node.names:
                    full = f"{base}.{a.name}"
                    if full in mods:
                        deps.add(full)
                    elif base in mods:
                        deps.add(base)
        deps.discard(name)
        graph[name] = deps
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_cycle_runs_through_the_storage_and_search_layers() -> None:
    touching = [c for c in _cycles(_graph())
                if any(m == layer or m.startswith(layer + ".") for m in c for layer in LAYERS)]
    assert touching == []


def test_the_query_language_imports_only_the_model_and_errors() -> None:
    assert _graph()["daybook.query"] <= {"daybook.model", "daybook.errors"}


def test_search_and_the_backend_compilers_do_not_import_each_other() -> None:
    graph = _graph()
    backends = {"daybook.store.sqlite_search", "daybook.store.postgres_search"}
    assert not graph["daybook.search"] & backends
    for name in backends:
        assert "daybook.search" not in graph[name]
        assert "daybook.query" in graph[name]


def test_the_graph_sees_imports_inside_functions(tmp_path: Path) -> None:
    graph = _graph()
    # Imported inside functions only: sources load on first use, the CLI's commands lazily.
    assert "daybook.sources.kremlin" in graph["daybook.ingest"]
    assert "daybook.web.app" in graph["daybook.cli"]
    pkg = tmp_path / "daybook"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from daybook.sub import b\n")
    (pkg / "sub" / "b.py").write_text("from .. import a\n")
    (pkg / "c.py").write_text("from daybook import a\n")
    assert _cycles(_graph(pkg)) == [["daybook.a", "daybook.sub.b"]]


def test_no_import_cycles_anywhere() -> None:
    found = _cycles(_graph())
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
    graph = _graph()
    # Views and API share the kernel; only the app factory imports them.
    for module in ("daybook.web.views", "daybook.web.api", "daybook.web.kernel"):
        assert not _reaches(graph, module, "daybook.web.app"), module
    # Publishing and translation stand apart: the notice is locale text of publish.
    publish = {m for m in graph if m.startswith("daybook.publish")}
    translate = {m for m in graph if m.startswith("daybook.translate")}
    assert not any(graph[m] & translate for m in publish)
    assert not any(graph[m] & publish for m in translate)
    # The settings are read by the layers above, never the other way round.
    assert not _reaches(graph, "daybook.store", "daybook.settings")
    assert not _reaches(graph, "daybook.errors", "daybook")
