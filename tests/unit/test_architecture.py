"""The layers point one way, no module imports itself back, and nothing opens a socket.

    text  <-  engine  <-  domain  <-  export  <-  sync  <-  room
                                       ^           ^
                        commands, cli  |    ui, app (Qt)

A layer may import only itself and the layers below it; only ``ui`` and ``app`` import Qt.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import sim_facilitator

PACKAGE = Path(sim_facilitator.__file__).parent
ROOT_NAME = "sim_facilitator"

QT_FREE = {
    "text",
    "engine",
    "domain",
    "export",
    "sync",
    "room",
    "commands",
    "cli",
    "paths",
    "resources",
    "version",
}
# What each layer may import from the package (besides itself).
ALLOWED: dict[str, set[str]] = {
    "text": set(),
    "engine": {"text"},
    "domain": {"engine", "text"},
    "export": {"version", "domain", "engine", "text", "resources"},
    "sync": {"version", "export", "domain", "engine", "text", "resources"},
    "room": {"version", "sync", "export", "domain", "engine", "text", "resources", "paths"},
    "commands": {
        "version",
        "room",
        "sync",
        "export",
        "domain",
        "engine",
        "text",
        "paths",
        "resources",
    },
    "cli": {"version", "commands", "paths", "app", "engine"},
    "app": {"version", "ui", "export", "domain", "engine", "text", "paths", "resources"},
    "ui": {
        "version",
        "room",
        "sync",
        "export",
        "domain",
        "engine",
        "text",
        "paths",
        "resources",
        "app",
    },
    "paths": {"engine"},
    "resources": set(),
    "version": set(),
    "__main__": {"cli"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:`` (annotations only, never run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                yield child
                yield from _runtime_nodes(child)
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path) -> Iterator[str]:
    """Every module this file imports when it runs, at any depth (inside functions too)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            yield source
            for alias in node.names:  # ``from package import module``
                if f"{source}.{alias.name}" in MODULES:
                    yield f"{source}.{alias.name}"


def _layer(module: str) -> str:
    return module.split(".")[1] if "." in module else "__init__"


def _internal_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = set()
        for name in _imports(path):
            # the deepest module of the package that ``name`` names
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name.startswith(ROOT_NAME + ".") and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
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


def test_qt_stays_in_the_user_interface() -> None:
    offenders = [
        module
        for module, path in MODULES.items()
        if _layer(module) in QT_FREE
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    assert offenders == []


def test_every_layer_imports_only_the_layers_below_it() -> None:
    wrong = []
    for module, targets in _internal_graph().items():
        layer = _layer(module)
        allowed = ALLOWED.get(layer, set()) | {layer}
        wrong += [f"{module} -> {t}" for t in sorted(targets) if _layer(t) not in allowed]
    assert wrong == []


def test_no_import_cycle_between_modules() -> None:
    assert _cycles(_internal_graph()) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_nothing_outside_the_room_opens_a_network_connection() -> None:
    banned = {"socket", "urllib.request", "http.client", "requests", "httpx", "PySide6.QtNetwork"}
    for module, path in MODULES.items():
        if _layer(module) != "room":
            assert not (set(_imports(path)) & banned), module
