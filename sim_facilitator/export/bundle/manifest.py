"""The manifest of a bundle (pipeline steps 4 and 5): strict JSON, its fields, its signature.

The format name, version and minimum reader are checked first, then the
Ed25519 signature over the exact manifest bytes, and only then the remaining
fields of the (now signed) manifest.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sim_facilitator.engine.canonical import MAX_INT, StrictJSONError, canonical_bytes, strict_loads
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.blob_lines import BLOB_FIELDS
from sim_facilitator.export.bundle.format import BundleError, Manifest


def _field(raw: dict[str, Any], name: str, kind: type) -> Any:
    value = raw.get(name)
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INT:
            raise BundleError(F.T_MANIFEST_FIELD, field=name)
    elif not isinstance(value, kind):
        raise BundleError(F.T_MANIFEST_FIELD, field=name)
    return value


def parse_manifest(manifest_bytes: bytes, signature: bytes) -> Manifest:
    """The manifest of these bytes, its signature verified; BundleError says what is wrong."""
    raw = _manifest_object(manifest_bytes)
    version_text, reader_text = _check_versions(raw)
    public_key = _check_signature(raw, manifest_bytes, signature)
    # Signed: now the remaining fields.
    bundle_id, device_id, kind, workshop_ids = _check_identity(raw)
    counts = _check_counts(raw)
    _check_blob_fields(raw)
    op_count = _field(raw, "op_count", int)
    if op_count > F.MAX_OP_COUNT:
        raise BundleError(F.T_TOO_MANY_OPS, limit=F.MAX_OP_COUNT)
    return Manifest(
        format_version=str(version_text),
        min_reader_version=str(reader_text),
        bundle_id=bundle_id,
        created_hlc=_field(raw, "created_hlc", int),
        created_ms=_field(raw, "created_ms", int),
        device_id=device_id,
        public_key=public_key,
        kind=kind,
        workshop_ids=tuple(workshop_ids),
        content_fingerprint=raw["content_fingerprint"],
        counts=dict(counts),
        op_count=op_count,
        ops_sha256=raw["ops_sha256"],
        ops_member_sha256=raw["ops_member_sha256"],
        ops_bytes=_field(raw, "ops_bytes", int),
        raw=raw,
    )


def _manifest_object(manifest_bytes: bytes) -> dict[str, Any]:
    """Strict JSON, an object, of this format."""
    try:
        raw = strict_loads(manifest_bytes)
    except StrictJSONError as exc:
        raise BundleError(F.T_MANIFEST_JSON) from exc
    if not isinstance(raw, dict):
        raise BundleError(F.T_MANIFEST_NOT_OBJECT)
    if canonical_bytes(raw) != manifest_bytes:
        # [B-21] Signed bytes have one spelling: an outside reader that re-serialises
        # the manifest, or compares it, sees exactly what was signed.
        raise BundleError(F.T_MANIFEST_NOT_CANONICAL)
    if raw.get("format") != F.FORMAT_NAME:
        raise BundleError(F.T_NOT_SIM_BUNDLE)
    return raw


def _check_versions(raw: dict[str, Any]) -> tuple[Any, Any]:
    """(format version, minimum reader version) as written, both readable by this version."""
    version_text = raw.get("format_version")
    version = F.parse_version(version_text) if isinstance(version_text, str) else None
    if version is None or version[0] < 1:
        raise BundleError(F.T_BAD_VERSION, version=str(version_text)[:20])
    if version[0] > F.FORMAT_MAJOR:
        raise BundleError(F.T_NEWER_MAJOR, version=version_text)
    reader_text = raw.get("min_reader_version")
    reader = F.parse_version(reader_text) if isinstance(reader_text, str) else None
    if reader is None:
        raise BundleError(F.T_MANIFEST_FIELD, field="min_reader_version")
    if reader > (F.FORMAT_MAJOR, F.FORMAT_MINOR):
        raise BundleError(F.T_NEWER_READER, version=reader_text)
    if reader > version:
        # [B-40] A bundle cannot need a newer reader than the format it is written in.
        raise BundleError(F.T_MANIFEST_FIELD, field="min_reader_version")
    return version_text, reader_text


def _check_signature(raw: dict[str, Any], manifest_bytes: bytes, signature: bytes) -> bytes:
    """The manifest's public key, once its signature over the exact bytes is verified."""
    key_text = _field(raw, "public_key", str)
    try:
        public_key = base64.b64decode(key_text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError(F.T_MANIFEST_FIELD, field="public_key") from exc
    if len(public_key) != F.PUBLIC_KEY_SIZE:
        raise BundleError(F.T_MANIFEST_FIELD, field="public_key")
    if len(signature) != F.SIGNATURE_SIZE:
        raise BundleError(F.T_SIGNATURE_SIZE)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise BundleError(F.T_BAD_SIGNATURE) from exc
    return public_key


def _check_identity(raw: dict[str, Any]) -> tuple[str, str, str, list[str]]:
    """(bundle id, device id, kind, workshop ids), each of its expected form."""
    bundle_id = _field(raw, "bundle_id", str)
    if not F.ID_RE.match(bundle_id):
        raise BundleError(F.T_MANIFEST_FIELD, field="bundle_id")
    device_id = _field(raw, "device_id", str)
    if not F.ID_RE.match(device_id):
        raise BundleError(F.T_MANIFEST_FIELD, field="device_id")
    kind = _field(raw, "kind", str)
    if kind not in F.KINDS:
        raise BundleError(F.T_MANIFEST_FIELD, field="kind")
    workshop_ids = _field(raw, "workshop_ids", list)
    if not all(isinstance(w, str) and F.ID_RE.match(w) for w in workshop_ids):
        raise BundleError(F.T_MANIFEST_FIELD, field="workshop_ids")
    if workshop_ids != sorted(set(workshop_ids)):  # [B-24] sorted, each once
        raise BundleError(F.T_MANIFEST_FIELD, field="workshop_ids")
    return bundle_id, device_id, kind, workshop_ids


def _check_counts(raw: dict[str, Any]) -> dict[str, int]:
    """The per-entity counts, then the three SHA-256 fields (64 hex digits each)."""
    counts: dict[str, int] = _field(raw, "counts", dict)
    if not all(
        F.NAME_RE.match(k) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in counts.items()
    ):
        raise BundleError(F.T_MANIFEST_FIELD, field="counts")
    for name in ("content_fingerprint", "ops_sha256", "ops_member_sha256"):
        if not F.HEX64_RE.match(_field(raw, name, str)):
            raise BundleError(F.T_MANIFEST_FIELD, field=name)
    return counts


def _check_blob_fields(raw: dict[str, Any]) -> None:
    """[B-42] The photos' fields: all four or none, of their form; ``photos_left_out`` a boolean."""
    present = [name for name in BLOB_FIELDS if name in raw]
    if present:
        for name in ("blob_count", "blobs_bytes"):
            _field(raw, name, int)
        for name in ("blobs_sha256", "blobs_member_sha256"):
            if not F.HEX64_RE.match(_field(raw, name, str)):
                raise BundleError(F.T_MANIFEST_FIELD, field=name)
    if "photos_left_out" in raw and not isinstance(raw["photos_left_out"], bool):
        raise BundleError(F.T_MANIFEST_FIELD, field="photos_left_out")
