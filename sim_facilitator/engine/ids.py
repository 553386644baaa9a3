"""Identifiers: UUIDv7 for new entities, UUIDv5 for rows whose identity is a natural key.

UUIDv7 sorts by creation time, which keeps SQLite's b-trees append-friendly.
UUIDv5 lets two laptops that create "the same" link (one mapping of an idea to a
principle, one ballot per voter per round) create the same row, so a merge
sees one entity with two edits instead of two entities.
"""

from __future__ import annotations

import os
import time

# A fixed namespace for SIM Facilitator's derived ids; never change it, or
# derived ids made by older versions stop matching.
SIM_NAMESPACE = "6f1c2a9e-3d4b-5e6f-8a7b-9c0d1e2f3a4b"


def uuid7(now_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 74 random bits."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    # Formatted by hand, as str(uuid.UUID(int=value)) does: the uuid module costs
    # ~5 ms at start (it imports platform), and opening a Store makes no other id.
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def derived_id(*parts: str) -> str:
    """A UUIDv5 from a natural key; the same parts always give the same id."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(SIM_NAMESPACE), "\x1f".join(parts)))


def is_uuid(text: str) -> bool:
    import uuid

    try:
        return str(uuid.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False
