"""Stores for tests: a fresh database at a path, and ops merged in from a second laptop."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sim_facilitator.engine.imports import MergeSummary
from sim_facilitator.engine.merge import apply_ops
from sim_facilitator.engine.prepared import PreparedRows
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store


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
