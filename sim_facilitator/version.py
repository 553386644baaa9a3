"""The app's version: one place, read by the build (pyproject.toml), the About box,
bundles, minutes and the frozen app's file names."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "SIM Facilitator"


def version_label() -> str:
    """``SIM Facilitator 0.1.0``: how bundles, minutes and the About box name their maker."""
    return f"{APP_NAME} {__version__}"
