"""Pausing Python's cycle collector around bulk work that builds many small objects.

Reading or merging a bundle creates hundreds of thousands of dicts, lists and
strings, none of them in reference cycles. Each few hundred allocations the
collector walks the young objects, and every so often all of them, so a bulk
read spends a large share of its time in collections that free nothing
(``_parse_ops`` of 100 bundles: about a third of its time). Reference
counting still frees everything as usual while paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cycle collector off; restore its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
