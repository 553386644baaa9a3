"""Photos' pictures over live sync: which are missing, picture lines and their checks.

Ops carry a photo's hash, never its picture (``engine/blobs``). Once ops are
merged, each laptop knows which of its photo records name a picture it does not
hold (``missing``). Pictures then travel in a message pair of their own
(``docs/room-protocol.md`` §11.2), after the ops and apart from them: the client
asks for the pictures it lacks (``want``) and sends those the room asked for in
its last reply; the room answers with the pictures asked for and what it lacks
itself. A message carries at most ``PICTURES_MAX`` pictures and ``BATCH_BYTES``
of them (at least one), so one round is short and ops never wait long behind it.

A message is its header's canonical JSON, ``\\n``, then one line per picture
exactly as in a bundle's ``blobs.jsonl`` (``{"data": base64, "sha256": hex}``,
ascending hashes). Before anything is stored, every picture of a message is
checked here — size, hash, JPEG as the app makes it (``check_lines``, no
database: the room runs it off its database thread) — then against the
receiver's records and what it asked for (``SyncNode``). One bad picture
refuses the whole message; nothing of it is stored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sim_facilitator.domain.photos.images import MAX_STORED_BYTES, is_stored_jpeg
from sim_facilitator.engine.blobs import held_blobs
from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.database import Database
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.blob_lines import LINE_RE, blob_line
from sim_facilitator.sync import errors as S
from sim_facilitator.sync.errors import SyncError, bad_message

KIND_REQUEST = "pictures"
KIND_REPLY = "picture_batch"
WANT_MAX = 64  # hashes in ``want`` or ``lacking``
PICTURES_MAX = 8  # pictures in one message
BATCH_BYTES = 1024 * 1024  # a sender's pictures in one message (at least one picture)
MAX_PICTURE_BYTES = MAX_STORED_BYTES  # the app never stores a larger picture
RETRY_S = 30.0  # a picture the peer lacks (or refused) is not asked for / sent before this


def referenced(db: Database) -> set[str]:
    """Every picture hash a photo record of this database names (well formed only)."""
    rows = db.execute("SELECT DISTINCT sha256 FROM p_photo").fetchall()
    return {str(r[0]) for r in rows if isinstance(r[0], str) and F.HEX64_RE.match(r[0])}


def is_referenced(db: Database, digest: str) -> bool:
    row = db.execute("SELECT 1 FROM p_photo WHERE sha256 = ? LIMIT 1", [digest]).fetchone()
    return row is not None


def missing(db: Database) -> list[str]:
    """Hashes a photo record here names whose picture this database does not hold."""
    named = referenced(db)
    return sorted(named - held_blobs(db, named))


def hash_list(header: dict[str, Any], name: str) -> list[str]:
    """A header's list of picture hashes: distinct, ascending, at most ``WANT_MAX``."""
    value = header.get(name)
    if not isinstance(value, list) or len(value) > WANT_MAX:
        raise bad_message(name)
    for item in value:
        if not isinstance(item, str) or not F.HEX64_RE.match(item):
            raise bad_message(name)
    if any(a >= b for a, b in zip(value, value[1:], strict=False)):
        raise bad_message(name)
    return list(value)


def encode_lines(pictures: Mapping[str, bytes]) -> bytes:
    return b"".join(blob_line(d, pictures[d]) + b"\n" for d in sorted(pictures))


def encode_message(header: dict[str, Any], pictures: Mapping[str, bytes]) -> bytes:
    """A pictures message: the header (with ``count``), then one line per picture."""
    head = canonical_bytes({**header, "count": len(pictures)})
    return head + b"\n" + encode_lines(pictures)


def choose(
    held: Iterable[str], read: Callable[[str], bytes | None], budget: int = BATCH_BYTES
) -> tuple[dict[str, bytes], list[str]]:
    """Pictures to carry (at most ``PICTURES_MAX``, ``budget`` bytes, at least one) and
    the hashes left for a later message. ``read(digest)`` gives a picture's bytes."""
    chosen: dict[str, bytes] = {}
    left: list[str] = []
    size = 0
    for digest in sorted(held):
        if left or len(chosen) >= PICTURES_MAX:
            left.append(digest)
            continue
        data = read(digest)
        if data is None:
            continue
        if chosen and size + len(data) > budget:
            left.append(digest)
            continue
        chosen[digest] = data
        size += len(data)
    return chosen, left


def check_lines(data: bytes, count: int) -> dict[str, bytes]:
    """The pictures of a message's body, each checked in this order: the line's form
    (``bad_message``), its size (``picture_too_large``), its hash (``picture_hash``),
    a JPEG as the app makes (``picture_not_jpeg``). No database: any thread."""
    if count > PICTURES_MAX:
        raise bad_message("count")
    if not data:
        if count:
            raise bad_message("count")
        return {}
    if not data.endswith(b"\n"):
        raise bad_message("pictures")
    lines = data[:-1].split(b"\n")
    if len(lines) != count:
        raise bad_message("count")
    found: dict[str, bytes] = {}
    last = ""
    for line in lines:
        match = LINE_RE.fullmatch(line)
        if match is None:
            raise bad_message("pictures")
        encoded, digest_bytes = match.groups()
        digest = digest_bytes.decode("ascii")
        if digest <= last:
            raise bad_message("pictures")
        last = digest
        if len(encoded) > 4 * ((MAX_PICTURE_BYTES + 2) // 3):
            raise SyncError(413, "picture_too_large", S.T_PICTURE_TOO_LARGE)
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise bad_message("pictures") from None
        if len(content) > MAX_PICTURE_BYTES:
            raise SyncError(413, "picture_too_large", S.T_PICTURE_TOO_LARGE)
        if hashlib.sha256(content).hexdigest() != digest:
            raise SyncError(400, "picture_hash", S.T_PICTURE_HASH)
        found[digest] = content
    for content in found.values():  # the slow check last: a few ms each
        if not is_stored_jpeg(content):
            raise SyncError(422, "picture_not_jpeg", S.T_PICTURE_NOT_JPEG)
    return found


def check_wanted(db: Database, pictures: Iterable[str], asked: Iterable[str]) -> None:
    """Refuse a picture no photo record here names (``picture_unknown``), then one this
    laptop did not ask the sender for (``picture_not_asked``)."""
    asked_set = set(asked)
    for digest in sorted(pictures):
        if not is_referenced(db, digest):
            raise SyncError(409, "picture_unknown", S.T_PICTURE_UNKNOWN)
        if digest not in asked_set:
            raise SyncError(409, "picture_not_asked", S.T_PICTURE_NOT_ASKED)
