"""The layers point one way: models/ and export/ never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import sim_facilitator

PACKAGE = Path(sim_facilitator.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_domain_and_export_do_not_import_qt() -> None:
    offenders = []
    for layer in ("models", "export"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_domain_and_export_do_not_import_ui() -> None:
    for layer in ("models", "export"):
        for path in (PACKAGE / layer).rglob("*.py"):
            assert not any(".ui" in n or n == "ui" for n in _imports(path)), path


def test_nothing_opens_a_network_connection() -> None:
    banned = {"socket", "urllib.request", "http.client", "requests", "httpx", "PySide6.QtNetwork"}
    for path in PACKAGE.rglob("*.py"):
        assert not (_imports(path) & banned), path
