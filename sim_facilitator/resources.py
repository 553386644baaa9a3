"""Locating shipped resources (fonts, translations, the user guide) wherever the app runs.

The wheel and the frozen app (PyInstaller) both carry them inside the package,
``sim_facilitator/<name>``, found through ``importlib.resources`` (PyInstaller
answers it from the bundle's own folder); a source checkout keeps them at the
repo root.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _package_root() -> Path:
    """The package folder as importlib.resources sees it (a real folder: never zipped)."""
    root = resources.files("sim_facilitator")
    return root if isinstance(root, Path) else _PACKAGE


def resource_dir(name: str) -> Path:
    """``resources/<name>``-style folder: inside the package, or at the repo root."""
    package = _package_root()
    for candidate in (package / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(name)


def fonts_dir() -> Path:
    try:
        return resource_dir("resources") / "fonts"
    except FileNotFoundError:
        return _package_root() / "resources" / "fonts"


def translations_dir() -> Path:
    return resource_dir("translations")
