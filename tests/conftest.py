"""Shared fixtures: a fresh temporary database per test, Qt offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen unless a developer asks for a real screen (QT_QPA_PLATFORM=xcb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sim_facilitator.engine.store import Store
from tests.helpers.stores import make_store


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own settings file (ui/shell/settings.py), never the user's."""
    monkeypatch.setenv("SIM_FACILITATOR_SETTINGS", str(tmp_path / "settings" / "settings.ini"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    return make_store(db_path)
