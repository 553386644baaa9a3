"""Writing a signed bundle of whole workshops, or a kit, atomically and verified.

The file is written to a temporary file in the destination folder, flushed and
fsynced, renamed into place (so a pulled USB stick never leaves a half bundle
under the final name), then read back and verified like any imported bundle
before the caller is told it is done.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.blobs import get_blob
from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.ids import uuid7
from sim_facilitator.engine.merge import holds_newer_content
from sim_facilitator.engine.oplog import entity_ops, op_texts_for_keys
from sim_facilitator.engine.ops import Key
from sim_facilitator.engine.redaction import redaction_reader
from sim_facilitator.engine.scope import content_fingerprint, workshop_keys
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.blob_lines import blobs_file
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.version import __version__

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleInfo:
    """What was exported, for the summary the app shows."""

    path: Path
    bundle_id: str
    kind: str
    workshop_ids: tuple[str, ...]
    op_count: int
    counts: dict[str, int]
    content_fingerprint: str
    device_fingerprint: str
    size: int


ZipMember = tuple[bytes, bytes, int, int]  # (name, raw data, method, external attributes)


def deflate(raw: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(raw) + compressor.flush()


def zip_archive(members: Iterable[ZipMember]) -> bytes:
    """A zip in the bundle profile: fixed metadata, no extras, no comment, no descriptors."""
    out = bytearray()
    central = bytearray()
    count = 0
    for name, raw, method, attributes in members:
        data = raw if method == zipfile.ZIP_STORED else deflate(raw)
        crc = zlib.crc32(raw)
        offset = len(out)
        out += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            F.ZIP_VERSION,
            0,
            method,
            F.ZIP_DOS_TIME,
            F.ZIP_DOS_DATE,
            crc,
            len(data),
            len(raw),
            len(name),
            0,
        )
        out += name + data
        central += struct.pack(
            "<4s4B4HL2L5H2L",
            b"PK\x01\x02",
            F.ZIP_VERSION,
            F.ZIP_SYSTEM,
            F.ZIP_VERSION,
            0,
            0,
            method,
            F.ZIP_DOS_TIME,
            F.ZIP_DOS_DATE,
            crc,
            len(data),
            len(raw),
            len(name),
            0,
            0,
            0,
            0,
            attributes,
            offset,
        )
        central += name
        count += 1
    start = len(out)
    out += central
    out += struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def pack_bundle(
    manifest: Mapping[str, Any],
    ops_data: bytes,
    key: Ed25519PrivateKey,
    blobs_data: bytes | None = None,
) -> bytes:
    """The bytes of a bundle: manifest.json and manifest.sig stored, ops.jsonl deflated,
    and the photos (``blobs_data``, already JPEG: stored as is) when there are any.

    ``ops_member_sha256`` (the SHA-256 of the deflated ops member), and likewise
    ``blobs_member_sha256``, are added to the manifest before signing, so every
    byte of the archive is covered.
    """
    compressed = deflate(ops_data)
    fields = dict(manifest)
    fields.setdefault("ops_member_sha256", hashlib.sha256(compressed).hexdigest())
    if blobs_data is not None:
        fields.setdefault("blobs_member_sha256", hashlib.sha256(blobs_data).hexdigest())
    manifest_bytes = canonical_bytes(fields)
    signature = key.sign(manifest_bytes)
    members = [
        (F.MANIFEST.encode(), manifest_bytes, zipfile.ZIP_STORED, F.ZIP_EXTERNAL_ATTR),
        (F.SIGNATURE.encode(), signature, zipfile.ZIP_STORED, F.ZIP_EXTERNAL_ATTR),
        (F.OPS.encode(), ops_data, zipfile.ZIP_DEFLATED, F.ZIP_EXTERNAL_ATTR),
    ]
    if blobs_data is not None:
        members.append((F.BLOBS.encode(), blobs_data, zipfile.ZIP_STORED, F.ZIP_EXTERNAL_ATTR))
    return zip_archive(members)


def make_manifest(
    *,
    device_id: str,
    public_key: bytes,
    kind: str,
    workshop_ids: Iterable[str],
    ops: list[tuple[str, str]],
    ops_data: bytes,
    created_hlc: int,
    created_ms: int | None = None,
    bundle_id: str | None = None,
    counts: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """The manifest of a bundle carrying ``ops`` ((op id, canonical text) pairs)."""
    if counts is None:
        entity_ids: dict[str, set[str]] = {}
        for _, text in ops:
            body = json.loads(text)
            entity_ids.setdefault(body["entity"], set()).add(body["id"])
        counts = {name: len(ids) for name, ids in entity_ids.items()}
    # Redaction hook: a 1.0 reader would take a redacted op for a new one, a 1.1
    # reader a redacted table or seat for a malformed op ([B-33]).
    needed = max((r for _, text in ops if (r := redaction_reader(text))), default=None)
    return {
        "format": F.FORMAT_NAME,
        "format_version": F.FORMAT_VERSION,
        "min_reader_version": F.MIN_READER_VERSION if needed is None else F.version_text(needed),
        "bundle_id": bundle_id or uuid7(),
        "created_hlc": created_hlc,
        "created_ms": wall_ms() if created_ms is None else created_ms,
        "device_id": device_id,
        "public_key": F.b64(public_key),
        "kind": kind,
        "workshop_ids": sorted(set(workshop_ids)),
        "content_fingerprint": content_fingerprint(op_id for op_id, _ in ops),
        "counts": dict(sorted(counts.items())),
        "op_count": len(ops),
        "ops_sha256": hashlib.sha256(ops_data).hexdigest(),
        "ops_bytes": len(ops_data),
        # Which release wrote it (informative: readers decide on format_version alone).
        "app_version": __version__,
    }


def build_bundle(
    store: Store, workshop_ids: Iterable[str], kit: bool = False, photos: bool = True
) -> tuple[bytes, dict[str, Any]]:
    """The bundle bytes and manifest for these workshops (or their kit), not yet on disk.

    ``photos``: carry the pictures of the photo records (``False`` keeps the
    file small: the records travel, the manifest says their pictures were left
    out). A picture this laptop never received is left out too, and said so.
    """
    ids = sorted(set(workshop_ids))
    if not ids:
        raise BundleError(F.T_NO_WORKSHOP)
    for workshop_id in ids:
        row = store.get("workshop", workshop_id)
        if row is None:
            raise NotFoundError(E.UNKNOWN_WORKSHOP, id=workshop_id)
    keys = workshop_keys(store.db, ids)
    if kit:
        keys = {k for k in keys if k[0] in F.KIT_ENTITIES}
    elif holds_newer_content(store.db):
        keys |= _unknown_entity_keys(store, ids)
    ops = op_texts_for_keys(store.db, keys)
    ops_data = b"".join(text.encode("utf-8") + b"\n" for _, text in ops)
    public_key = (
        store.signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    entity_counts: Counter[str] = Counter(entity for entity, _ in keys)
    manifest = make_manifest(
        counts=entity_counts,
        device_id=store.device_id,
        public_key=public_key,
        kind=F.KIND_KIT if kit else F.KIND_WORKSHOPS,
        workshop_ids=ids,
        ops=ops,
        ops_data=ops_data,
        created_hlc=store.clock.last,
    )
    if holds_newer_content(store.db):
        # Ops from a newer version are passed on; say so, or readers would refuse them.
        manifest["passes_on_newer_content"] = True
    blobs_data = _add_photos(store, manifest, ops, photos)
    return pack_bundle(manifest, ops_data, store.signing_key(), blobs_data), manifest


def _add_photos(
    store: Store, manifest: dict[str, Any], ops: list[tuple[str, str]], photos: bool
) -> bytes | None:
    """The blobs member for the bundle's photo records, its manifest fields set."""
    named: set[str] = set()
    for _, text in ops:
        if '"entity":"photo"' in text:
            value = json.loads(text)["set"].get("sha256")
            if isinstance(value, str):
                named.add(value)
    blobs: dict[str, bytes] = {}
    if photos:
        for digest in sorted(named):
            data = get_blob(store.db, digest)
            if data is not None:
                blobs[digest] = data
    if named - set(blobs):
        manifest["photos_left_out"] = True
    if not blobs:
        return None
    blobs_data = blobs_file(blobs)
    manifest["blob_count"] = len(blobs)
    manifest["blobs_bytes"] = len(blobs_data)
    manifest["blobs_sha256"] = hashlib.sha256(blobs_data).hexdigest()
    reader = F.parse_version(manifest["min_reader_version"])
    if reader is None or reader < F.BLOB_READER:  # a 1.1 reader knows no photos member
        manifest["min_reader_version"] = F.BLOB_READER_VERSION
    return blobs_data


def _unknown_entity_keys(store: Store, workshop_ids: list[str]) -> set[Key]:
    """Records of kinds from a newer version (kept in the log only) that belong to
    these workshops: passed on so a newer laptop downstream gets them back."""
    wanted = set(workshop_ids)
    keys: set[Key] = set()
    kinds = [kind for (kind,) in store.db.execute("SELECT DISTINCT entity FROM p_other")]
    for entity in kinds:
        for entity_id, body in entity_ops(store.db, entity, "body"):
            if json.loads(body).get("set", {}).get("workshop_id") in wanted:
                keys.add((entity, entity_id))
    return keys


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename, fsync the folder."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if hasattr(os, "O_DIRECTORY"):
        try:
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)


def export_bundle(
    store: Store,
    path: str | os.PathLike[str],
    workshop_ids: Iterable[str],
    kit: bool = False,
    progress: Progress | None = None,
    photos: bool = True,
) -> BundleInfo:
    """Write a signed bundle of these workshops (or their kit) and verify it on disk."""
    from sim_facilitator.export.bundle.reader import read_bundle

    target = Path(path)
    if progress:
        progress(0, 3)
    data, manifest = build_bundle(store, workshop_ids, kit, photos)
    if len(data) > F.MAX_BUNDLE_BYTES:
        raise BundleError(F.T_EXPORT_TOO_LARGE)
    if progress:
        progress(1, 3)
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise BundleError(F.T_EXPORT_WRITE) from exc
    if progress:
        progress(2, 3)
    try:
        verified = read_bundle(target)
    except BundleError as exc:
        raise BundleError(F.T_EXPORT_VERIFY) from exc
    if (
        verified.manifest.bundle_id != manifest["bundle_id"]
        or verified.manifest.content_fingerprint != manifest["content_fingerprint"]
        or len(verified.ops) != manifest["op_count"]
    ):
        raise BundleError(F.T_EXPORT_VERIFY)
    if progress:
        progress(3, 3)
    return BundleInfo(
        path=target,
        bundle_id=manifest["bundle_id"],
        kind=manifest["kind"],
        workshop_ids=tuple(manifest["workshop_ids"]),
        op_count=manifest["op_count"],
        counts=dict(manifest["counts"]),
        content_fingerprint=manifest["content_fingerprint"],
        device_fingerprint=verified.manifest.device_fingerprint,
        size=len(data),
    )
