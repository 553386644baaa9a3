"""The signed messages laptops exchange: one header line, then op lines.

A message is the canonical JSON of its header, ``\\n``, then zero or more op
lines exactly as in a bundle's ``ops.jsonl`` (canonical JSON, sorted by op id,
each ending in ``\\n``). Its signature is Ed25519 by the sender's device key over
``SIGNED_PREFIX + message``; the prefix keeps a sync signature from ever being
valid for anything else (a bundle manifest, a pairing proof).

The op lines are checked by the bundle reader's own code (``op_lines.parse_ops``,
which calls ``op_checks.check_op`` on every op): strict JSON, canonical form,
op id, each value against the schema. Nothing here touches the database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sim_facilitator.engine.canonical import MAX_INT, StrictJSONError, canonical_bytes, strict_loads
from sim_facilitator.engine.prepared import VerifiedOp
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError, Manifest
from sim_facilitator.export.bundle.op_lines import parse_ops
from sim_facilitator.sync import errors as S
from sim_facilitator.sync.errors import SyncError, bad_message

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PROTOCOL = "sim-sync/1"
SIGNED_PREFIX = b"SIM-SYNC-1\n"
PAIR_PREFIX = b"SIM-SYNC-PAIR-1\n"
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
SIGNATURE_SIZE = 64
KEY_SIZE = 32


@dataclass(frozen=True)
class Signed:
    """Message bytes and their Ed25519 signature (64 bytes)."""

    data: bytes
    signature: bytes

    @property
    def digest(self) -> str:
        """SHA-256 (hex) of the message bytes: what a reply names in ``reply_to``."""
        return hashlib.sha256(self.data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, size: int, field: str) -> bytes:
    """Standard base64 of exactly ``size`` bytes, or a ``bad_message`` refusal."""
    if not isinstance(text, str) or len(text) > 4 * size:
        raise bad_message(field)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise bad_message(field) from None
    if len(raw) != size:
        raise bad_message(field)
    return raw


def sign(key: Ed25519PrivateKey, data: bytes, prefix: bytes = SIGNED_PREFIX) -> bytes:
    return key.sign(prefix + data)


def verify(public_key: bytes, data: bytes, signature: bytes, prefix: bytes = SIGNED_PREFIX) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(signature) != SIGNATURE_SIZE or len(public_key) != KEY_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, prefix + data)
    except (InvalidSignature, ValueError):
        return False
    return True


def encode(header: dict[str, Any], ops: list[tuple[str, str]]) -> bytes:
    """The message of a header and ops given as (op id, canonical text), any order."""
    ops = sorted(ops)
    body = "".join(text + "\n" for _, text in ops).encode("utf-8")
    return canonical_bytes({**header, "count": len(ops)}) + b"\n" + body


def split(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The header (strictly parsed) and the op lines' bytes of a message."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise SyncError(413, "too_large", S.T_TOO_LARGE)
    end = data.find(b"\n", 0, MAX_HEADER_BYTES + 1)
    if end < 0:
        raise bad_message("header")
    try:
        header = strict_loads(data[:end])
    except StrictJSONError:
        raise bad_message("header") from None
    if not isinstance(header, dict) or canonical_bytes(header) != data[:end]:
        raise bad_message("header")
    if header.get("proto") != PROTOCOL:
        raise bad_message("proto")
    return header, data[end + 1 :]


def integer(header: dict[str, Any], name: str) -> int:
    value = header.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INT:
        raise bad_message(name)
    return value


def text(header: dict[str, Any], name: str, pattern: Any = None, empty: bool = False) -> str:
    value = header.get(name)
    if not isinstance(value, str) or (value == "" and not empty):
        raise bad_message(name)
    if value and pattern is not None and not pattern.match(value):
        raise bad_message(name)
    return value


def flag(header: dict[str, Any], name: str) -> bool:
    value = header.get(name)
    if not isinstance(value, bool):
        raise bad_message(name)
    return value


def device(header: dict[str, Any], name: str) -> str:
    return text(header, name, F.ID_RE)


def anchor(header: dict[str, Any], name: str) -> str:
    """An op id (64 hex digits), or "" for "the start of the log"."""
    return text(header, name, F.HEX64_RE, empty=True)


def _manifest(newer: bool) -> Manifest:
    """What ``parse_ops`` reads of a manifest: the kind, and whether newer content may come."""
    return Manifest(
        format_version=F.FORMAT_VERSION,
        min_reader_version=F.MIN_READER_VERSION,
        bundle_id="live-sync",
        created_hlc=0,
        created_ms=0,
        device_id="",
        public_key=b"",
        kind=F.KIND_WORKSHOPS,
        workshop_ids=(),
        content_fingerprint="",
        counts={},
        op_count=0,
        ops_sha256="",
        ops_bytes=0,
        ops_member_sha256="",
        raw={"passes_on_newer_content": newer},
    )


def parse_batch_ops(data: bytes, count: int, newer: bool) -> list[VerifiedOp]:
    """The ops of a message, each checked as an imported bundle's ops are."""
    if not data:
        if count:
            raise bad_message("count")
        return []
    try:
        ops = parse_ops(data, _manifest(newer))
    except BundleError as exc:
        raise SyncError(400, "bad_ops", S.T_BAD_OPS, reason=exc.message) from exc
    if len(ops) != count:
        raise bad_message("count")
    return ops
