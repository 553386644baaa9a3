"""Reading a bundle as hostile input: every check runs before anything is written.

This module composes the layers: the zip container (``container``), the
manifest and its signature (``manifest``), and the op lines (``op_lines``,
whose each op passes ``op_checks``).

The pipeline, in order (each step refuses with its own sentence):

1. size limit, checked on the file before reading it; the whole file is then
   held in memory and nothing is ever extracted to disk;
2. the zip's central directory: exactly the expected member names, no
   duplicates, absolute paths, ``..``, backslashes, NUL bytes, symbolic links,
   folders, encryption, or compression other than stored/deflate;
3. each member's local header and data span, checked against the others so
   overlapping entries (the CVE-2024-0450 zip bomb, unfixed in Python 3.11.7)
   are refused; each member is decompressed here, counting the bytes actually
   produced against a cap and a compression ratio, then size and CRC checked;
4. the manifest: strict JSON, format name, major version, minimum reader;
5. the Ed25519 signature over the exact manifest bytes;
6. the ops file's size and SHA-256 against the manifest; the photos' member
   (``blobs.jsonl``) likewise when the manifest announces it, each picture
   checked against its own SHA-256;
7. each op: strict JSON, canonical form, shape, known entity and field (unless
   the bundle is of a newer minor version), valid values, ascending unique ids;
   then op count, per-entity counts and content fingerprint, and every photo
   record's picture carried (unless the manifest says they were left out).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sim_facilitator.engine.ops import Op
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.blob_lines import check_photo_content, parse_blobs
from sim_facilitator.export.bundle.container import checked_members, read_file, unpack
from sim_facilitator.export.bundle.format import BundleError, Manifest
from sim_facilitator.export.bundle.manifest import parse_manifest
from sim_facilitator.export.bundle.op_lines import check_totals, parse_ops


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose every byte was checked; ``ops`` are (op id, body, canonical text)."""

    manifest: Manifest
    manifest_bytes: bytes
    ops: Sequence[tuple[str, Op, str]]
    file_name: str
    size: int


# -- the whole pipeline -------------------------------------------------------------


def read_manifest(source: str | os.PathLike[str] | bytes) -> tuple[Manifest, bytes, bytes]:
    """Steps 1 to 6: the verified manifest, its bytes and the checked ops data."""
    data = source if isinstance(source, bytes) else read_file(Path(source))
    if len(data) > F.MAX_BUNDLE_BYTES:
        raise BundleError(F.T_TOO_LARGE, size=len(data), limit=F.MAX_BUNDLE_BYTES)
    try:
        members = checked_members(data)
    except BundleError:
        raise
    except (struct.error, ValueError, IndexError, UnicodeError, NotImplementedError) as exc:
        raise BundleError(F.T_DAMAGED_ZIP) from exc
    manifest_bytes = unpack(data, *members[F.MANIFEST])
    manifest = parse_manifest(manifest_bytes, unpack(data, *members[F.SIGNATURE]))
    # The signed manifest names the exact stored bytes of the ops member: checked
    # before they are unpacked, so every byte of the archive is covered.
    ops_info, ops_start = members[F.OPS]
    stored = data[ops_start : ops_start + ops_info.compress_size]
    if hashlib.sha256(stored).hexdigest() != manifest.ops_member_sha256:
        raise BundleError(F.T_OPS_MEMBER_CHECKSUM)
    ops_data = unpack(data, ops_info, ops_start)
    if len(ops_data) != manifest.ops_bytes:
        raise BundleError(F.T_OPS_SIZE)
    if hashlib.sha256(ops_data).hexdigest() != manifest.ops_sha256:
        raise BundleError(F.T_OPS_CHECKSUM)
    return _with_blobs(data, members, manifest), manifest_bytes, ops_data


def _with_blobs(data: bytes, members: dict[str, Any], manifest: Manifest) -> Manifest:
    """Step 6 for the photos: the member the signed manifest announces, every line checked."""
    raw = manifest.raw
    announced = "blobs_sha256" in raw
    if F.BLOBS not in members:
        if announced:
            raise BundleError(F.T_BLOBS_MISSING)
        return manifest
    if not announced:
        raise BundleError(F.T_BLOBS_NOT_ANNOUNCED)
    reader = F.parse_version(manifest.min_reader_version)
    if reader is None or reader < F.BLOB_READER:
        raise BundleError(F.T_BLOB_VERSION)
    info, start = members[F.BLOBS]
    stored = data[start : start + info.compress_size]
    if hashlib.sha256(stored).hexdigest() != raw["blobs_member_sha256"]:
        raise BundleError(F.T_BLOBS_MEMBER_CHECKSUM)
    blobs_data = unpack(data, info, start)
    if (
        len(blobs_data) != raw["blobs_bytes"]
        or hashlib.sha256(blobs_data).hexdigest() != raw["blobs_sha256"]
    ):
        raise BundleError(F.T_BLOBS_CHECKSUM)
    return dataclasses.replace(manifest, blobs=parse_blobs(blobs_data, raw["blob_count"]))


def read_bundle(
    source: str | os.PathLike[str] | bytes, file_name: str | None = None
) -> VerifiedBundle:
    """Check a bundle completely, without a database; raise BundleError saying why."""
    manifest, manifest_bytes, ops_data = read_manifest(source)
    return verify_ops(source, manifest, manifest_bytes, ops_data, file_name)


def verify_ops(
    source: str | os.PathLike[str] | bytes,
    manifest: Manifest,
    manifest_bytes: bytes,
    ops_data: bytes,
    file_name: str | None = None,
) -> VerifiedBundle:
    """Step 7 (every op and the totals) of a bundle that ``read_manifest`` checked."""
    ops = parse_ops(ops_data, manifest)
    check_totals(ops, manifest)
    check_photo_content(ops, manifest)
    if file_name is None:
        file_name = "" if isinstance(source, bytes) else Path(source).name
    size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
    return VerifiedBundle(manifest, manifest_bytes, ops, file_name, size)
