"""Locating shipped resources (fonts, translations) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """``resources/<name>``-style folder: inside the wheel, or at the repo root."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(name)


def fonts_dir() -> Path:
    try:
        return resource_dir("resources") / "fonts"
    except FileNotFoundError:
        return _PACKAGE / "resources" / "fonts"


def translations_dir() -> Path:
    return resource_dir("translations")
