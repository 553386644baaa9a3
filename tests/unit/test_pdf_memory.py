"""A written PDF leaves its layout to reference counting, not to the cycle collector."""

from __future__ import annotations

import gc
from pathlib import Path

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.pdf.bidi_text import Line, Run
from tests.helpers.stores import make_store


def test_the_lines_of_written_minutes_are_freed_at_once(tmp_path: Path) -> None:
    """Left in a reference cycle (the canvas class once closed over the builder), the lines
    and runs of every document waited for the collector, which walked them over and over:
    a full collection cost 170-220 ms in the large minutes (docs/performance.md)."""
    store = make_store(tmp_path / "w.db")
    wid = create_demo(store)
    write_minutes(store, wid, "ar", tmp_path / "first.pdf")  # fonts registered, caches filled
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = write_minutes(store, wid, "ar", tmp_path / "m.pdf")
        left = sum(1 for o in gc.get_objects() if isinstance(o, Line | Run))
    finally:
        if was_enabled:
            gc.enable()
    assert result.pages > 1
    assert left == 0
