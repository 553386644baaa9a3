"""Shared fixtures: a fresh temporary database per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

# Offscreen unless a developer asks for a real screen (QT_QPA_PLATFORM=xcb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sim_facilitator.models.merge import MergeSummary, PreparedRows, apply_ops  # noqa: E402
from sim_facilitator.models.storage import connect  # noqa: E402
from sim_facilitator.models.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own settings file (ui/settings.py), never the user's."""
    monkeypatch.setenv("SIM_FACILITATOR_SETTINGS", str(tmp_path / "settings" / "settings.ini"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(connect(db_path))


def make_store(path: Path) -> Store:
    return Store(connect(path))


def merge_from_dev2(
    store: Store,
    ops: Sequence[tuple[str, dict[str, Any], str]],
    now_ms: int,
    bundle_id: str = "b1",
    ops_sha256: str = "0" * 64,
    prepared: PreparedRows | None = None,
) -> MergeSummary:
    """``apply_ops`` of verified ops from a laptop "dev2", trusted on first use."""
    return apply_ops(
        store,
        ops,
        bundle_id=bundle_id,
        device_id="dev2",
        public_key=b"k" * 32,
        ops_sha256=ops_sha256,
        accept_new_device=True,
        now_ms=now_ms,
        prepared=prepared,
    )
