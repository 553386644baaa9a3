"""The photos a bundle carries (``blobs.jsonl``, docs/bundle-format.md section 4.3).

One canonical JSON line per picture, ``{"data": "<base64>", "sha256": "<hex>"}``,
sorted by hash, each hash that of the decoded bytes. The member's stored bytes
and its content are named by the signed manifest (checked in ``reader``); here
each line is checked, then (step 7, with the ops) that every photo record's
picture is carried unless the manifest says photos were left out, and that no
picture is carried without a record.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable, Mapping

from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.ops import Op
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError, Manifest

BLOB_FIELDS = ("blob_count", "blobs_bytes", "blobs_sha256", "blobs_member_sha256")
JPEG_START = b"\xff\xd8\xff"
LINE_RE = re.compile(rb'\{"data":"([A-Za-z0-9+/]*={0,2})","sha256":"([0-9a-f]{64})"\}')


def blob_line(digest: str, data: bytes) -> bytes:
    return canonical_bytes({"data": base64.b64encode(data).decode("ascii"), "sha256": digest})


def blobs_file(blobs: Mapping[str, bytes]) -> bytes:
    return b"".join(blob_line(d, blobs[d]) + b"\n" for d in sorted(blobs))


def parse_blobs(data: bytes, count: int) -> dict[str, bytes]:
    """Every line checked: canonical, well formed, its hash right, ascending, ``count`` of them."""
    if not data.endswith(b"\n"):
        raise BundleError(F.T_BLOB_LINE, line=max(1, data.count(b"\n") + 1))
    found: dict[str, bytes] = {}
    last = ""
    for number, line in enumerate(data[:-1].split(b"\n"), 1):
        # The canonical JSON of {"data", "sha256"} has exactly this spelling (the
        # base64 alphabet needs no escape), so a line is matched whole rather than
        # parsed: a picture is far longer than any text the JSON reader accepts.
        match = LINE_RE.fullmatch(line)
        if match is None:
            raise BundleError(F.T_BLOB_LINE, line=number)
        encoded, digest_bytes = match.groups()
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise BundleError(F.T_BLOB_LINE, line=number) from None
        digest = digest_bytes.decode("ascii")
        # A JPEG (the app re-encodes every picture so), of bounded size.
        if not content.startswith(JPEG_START) or len(content) > F.MAX_BLOB_BYTES:
            raise BundleError(F.T_BLOB_LINE, line=number)
        if hashlib.sha256(content).hexdigest() != digest:
            raise BundleError(F.T_BLOB_HASH, line=number)
        if digest <= last:
            raise BundleError(F.T_BLOB_ORDER, line=number)
        last = digest
        found[digest] = content
    if len(found) != count:
        raise BundleError(F.T_BLOBS_CHECKSUM)
    return found


def photo_hashes(ops: Iterable[tuple[str, Op, str]]) -> set[str]:
    """Every picture hash a photo op of the bundle names."""
    found: set[str] = set()
    for _, body, _ in ops:
        if body.get("entity") == "photo":
            value = body.get("set", {}).get("sha256")
            if isinstance(value, str):
                found.add(value)
    return found


def check_photo_content(ops: Iterable[tuple[str, Op, str]], manifest: Manifest) -> None:
    """[B-45] each photo's picture carried (unless left out); [B-46] no stray picture."""
    named = photo_hashes(ops)
    carried = set(manifest.blobs)
    if carried - named:
        raise BundleError(F.T_BLOB_UNUSED)
    if named - carried and manifest.raw.get("photos_left_out") is not True:
        raise BundleError(F.T_PHOTO_WITHOUT_CONTENT)
