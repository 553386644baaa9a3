"""Reading a bundle as hostile input: every check runs before anything is written.

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
6. the ops file's size and SHA-256 against the manifest;
7. each op: strict JSON, canonical form, shape, known entity and field (unless
   the bundle is of a newer minor version), valid values, ascending unique ids;
   then op count, per-entity counts and content fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import json.encoder
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sim_facilitator.engine.canonical import (
    MAX_DEPTH,
    MAX_INT,
    MAX_STRING,
    StrictJSONError,
    canonical_bytes,
    strict_loads,
)
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.gc_pause import paused_gc
from sim_facilitator.engine.ops import Op
from sim_facilitator.engine.redaction import REDACTED, marker_problem, redacted_fields
from sim_facilitator.engine.schema import ENTITIES, MAX_TEXT
from sim_facilitator.engine.scope import content_fingerprint
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError, Manifest

LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
LOCAL_SIGNATURE = b"PK\x03\x04"
TEXT_KINDS = ("text", "ref")
OP_KEYS = frozenset({"entity", "id", "set", "hlc", "dev", "prev"})
MEMBER_CAPS = {
    F.MANIFEST: F.MAX_MANIFEST_BYTES,
    F.SIGNATURE: F.MAX_SIGNATURE_BYTES,
    F.OPS: F.MAX_OPS_BYTES,
}


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose every byte was checked; ``ops`` are (op id, body, canonical text)."""

    manifest: Manifest
    manifest_bytes: bytes
    ops: Sequence[tuple[str, Op, str]]
    file_name: str
    size: int


# -- 1. the file -----------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError(F.T_FILE_MISSING) from exc
    if not path.is_file():
        raise BundleError(F.T_FILE_MISSING)
    if size > F.MAX_BUNDLE_BYTES:
        raise BundleError(F.T_TOO_LARGE, size=size, limit=F.MAX_BUNDLE_BYTES)
    try:
        with path.open("rb") as handle:
            data = handle.read(min(size, F.MAX_BUNDLE_BYTES) + 1)
    except OSError as exc:
        raise BundleError(F.T_FILE_MISSING) from exc
    if len(data) > F.MAX_BUNDLE_BYTES:  # the file grew while we looked
        raise BundleError(F.T_TOO_LARGE, size=len(data), limit=F.MAX_BUNDLE_BYTES)
    return data


# -- 2 and 3. the archive ----------------------------------------------------------


def _check_name(info: zipfile.ZipInfo) -> None:
    name = info.filename
    raw = info.orig_filename
    if "\x00" in raw or "\x00" in name:
        raise BundleError(F.T_NUL_NAME)
    if "\\" in raw:
        raise BundleError(F.T_BACKSLASH_NAME, name=raw)
    if raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        raise BundleError(F.T_ABSOLUTE_NAME, name=raw)
    if ".." in raw.split("/"):
        raise BundleError(F.T_PARENT_NAME, name=raw)
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_ISLNK(mode):
        raise BundleError(F.T_SYMLINK, name=raw)
    if raw.endswith("/") or (info.create_system == 3 and stat.S_ISDIR(mode)):
        raise BundleError(F.T_DIRECTORY, name=raw)
    if info.external_attr & 0x10:  # MS-DOS directory attribute
        raise BundleError(F.T_DIRECTORY, name=raw)
    if name not in F.MEMBERS:
        raise BundleError(F.T_UNEXPECTED_MEMBER, name=raw)


def _inflate(name: str, compressed: bytes, method: int, cap: int) -> bytes:
    """Decompress counting real output bytes against the cap and the ratio."""
    if method == zipfile.ZIP_STORED:
        if len(compressed) > cap:
            raise BundleError(F.T_TOO_BIG_UNPACKED, name=name, limit=cap)
        return compressed
    ratio_cap = len(compressed) * F.MAX_RATIO + F.RATIO_SLACK
    inflater = zlib.decompressobj(-15)
    parts: list[bytes] = []
    produced = 0
    pending = compressed
    step = 1024 * 1024
    try:
        while True:
            chunk = inflater.decompress(pending, step)
            pending = inflater.unconsumed_tail
            produced += len(chunk)
            if produced > cap:
                raise BundleError(F.T_TOO_BIG_UNPACKED, name=name, limit=cap)
            if produced > ratio_cap:
                raise BundleError(F.T_BOMB_RATIO, name=name, ratio=F.MAX_RATIO)
            parts.append(chunk)
            if not chunk and not pending:
                break
            if inflater.eof:
                break
    except zlib.error as exc:
        raise BundleError(F.T_DEFLATE, name=name) from exc
    if not inflater.eof or inflater.unused_data:
        raise BundleError(F.T_DEFLATE, name=name)
    return b"".join(parts)


Span = tuple[int, int, zipfile.ZipInfo, int, tuple[Any, ...]]


def _spans(data: bytes, infos: list[zipfile.ZipInfo], central_start: int) -> list[Span]:
    """Each member's (header offset, data end, info, data start, local header), checked
    to lie before the central directory and never to overlap (CVE-2024-0450)."""
    spans: list[Span] = []
    for info in infos:
        offset = info.header_offset
        if offset < 0 or offset + LOCAL_HEADER.size > central_start:
            raise BundleError(F.T_LOCAL_HEADER, name=info.filename)
        fields = LOCAL_HEADER.unpack_from(data, offset)
        if fields[0] != LOCAL_SIGNATURE:
            raise BundleError(F.T_LOCAL_HEADER, name=info.filename)
        start = offset + LOCAL_HEADER.size + fields[9] + fields[10]
        end = start + info.compress_size
        if end > central_start:
            raise BundleError(F.T_SIZE_MISMATCH, name=info.filename)
        spans.append((offset, end, info, start, fields))
    spans.sort(key=lambda s: s[0])
    for first, second in zip(spans, spans[1:], strict=False):
        if second[0] < first[1]:
            raise BundleError(F.T_OVERLAP)
    return spans


def _check_layout(
    data: bytes, archive: zipfile.ZipFile, spans: list[Span], central_start: int
) -> None:
    """The strict container profile: fixed metadata, members in order, no gaps or extras."""
    if archive.comment or [s[2].filename for s in spans] != list(F.MEMBERS):
        raise BundleError(F.T_LAYOUT)
    for _, _, info, _, _ in spans:
        if info.filename != F.OPS and info.compress_type != zipfile.ZIP_STORED:
            raise BundleError(F.T_LAYOUT)  # the manifest and signature are stored as is
    position = 0
    for offset, end, info, _, fields in spans:
        (_, version, flags, method, time, date, crc, csize, usize, name_len, extra_len) = fields
        name = info.filename.encode("ascii")
        if (
            offset != position
            or data[offset + LOCAL_HEADER.size : offset + LOCAL_HEADER.size + name_len] != name
            or extra_len != 0
            or (version, flags) != (info.extract_version, info.flag_bits)
            or method != info.compress_type
            or (crc, csize, usize) != (info.CRC, info.compress_size, info.file_size)
            or (time, date) != (F.ZIP_DOS_TIME, F.ZIP_DOS_DATE)
            or (info.create_version, info.extract_version) != (F.ZIP_VERSION, F.ZIP_VERSION)
            or info.create_system != F.ZIP_SYSTEM
            or info.flag_bits != 0
            or info.volume != 0
            or info.internal_attr != 0
            or info.external_attr != F.ZIP_EXTERNAL_ATTR
            or info.extra
            or info.comment
        ):
            raise BundleError(F.T_LAYOUT)
        position = end
    central_size = sum(CENTRAL_HEADER.size + len(s[2].filename) for s in spans)
    if position != central_start or len(data) != central_start + central_size + 22:
        raise BundleError(F.T_LAYOUT)
    cursor = central_start
    for offset, _, info, _, _ in spans:
        name = info.filename.encode("ascii")
        expected = (
            b"PK\x01\x02",
            F.ZIP_VERSION,
            F.ZIP_SYSTEM,
            F.ZIP_VERSION,
            0,
            0,
            info.compress_type,
            F.ZIP_DOS_TIME,
            F.ZIP_DOS_DATE,
            info.CRC,
            info.compress_size,
            info.file_size,
            len(name),
            0,
            0,
            0,
            0,
            F.ZIP_EXTERNAL_ATTR,
            offset,
        )
        if CENTRAL_HEADER.unpack_from(data, cursor) != expected:
            raise BundleError(F.T_LAYOUT)
        cursor += CENTRAL_HEADER.size
        if data[cursor : cursor + len(name)] != name:
            raise BundleError(F.T_LAYOUT)
        cursor += len(name)
    end_record = struct.unpack_from("<4s4H2LH", data, central_start + central_size)
    if end_record != (b"PK\x05\x06", 0, 0, 3, 3, central_size, central_start, 0):
        raise BundleError(F.T_LAYOUT)


def _members(data: bytes) -> dict[str, tuple[zipfile.ZipInfo, int]]:
    if not data:
        raise BundleError(F.T_EMPTY_FILE)
    if not data.startswith(LOCAL_SIGNATURE) and b"PK\x05\x06" not in data[-65_600:]:
        raise BundleError(F.T_NOT_ZIP)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on hostile input
        if data.startswith(LOCAL_SIGNATURE):
            raise BundleError(F.T_DAMAGED_ZIP) from exc
        raise BundleError(F.T_NOT_ZIP) from exc
    seen: set[str] = set()
    for info in infos:
        _check_name(info)
        if info.filename in seen:
            raise BundleError(F.T_DUPLICATE_MEMBER, name=info.filename)
        seen.add(info.filename)
    for info in infos:
        if info.flag_bits & 0x1:
            raise BundleError(F.T_ENCRYPTED, name=info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(F.T_COMPRESSION, name=info.filename, method=info.compress_type)
    for name in F.MEMBERS:
        if name not in seen:
            raise BundleError(F.T_MISSING_MEMBER, name=name)
    central_start = min(len(data), getattr(archive, "start_dir", len(data)))
    spans = _spans(data, infos, central_start)
    _check_layout(data, archive, spans, central_start)
    return {info.filename: (info, start) for _, _, info, start, _ in spans}


def _unpack(data: bytes, info: zipfile.ZipInfo, start: int) -> bytes:
    """One member's bytes, decompressed under its cap, size and CRC checked."""
    name = info.filename
    cap = MEMBER_CAPS[name]
    if info.file_size > cap:
        raise BundleError(F.T_TOO_BIG_UNPACKED, name=name, limit=cap)
    raw = _inflate(name, data[start : start + info.compress_size], info.compress_type, cap)
    if len(raw) != info.file_size:
        raise BundleError(F.T_SIZE_MISMATCH, name=name)
    if zlib.crc32(raw) != info.CRC:
        raise BundleError(F.T_CRC, name=name)
    return raw


# -- 4 and 5. manifest and signature ------------------------------------------------


def _field(raw: dict[str, Any], name: str, kind: type) -> Any:
    value = raw.get(name)
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INT:
            raise BundleError(F.T_MANIFEST_FIELD, field=name)
    elif not isinstance(value, kind):
        raise BundleError(F.T_MANIFEST_FIELD, field=name)
    return value


def _parse_manifest(manifest_bytes: bytes, signature: bytes) -> Manifest:  # noqa: C901
    try:
        raw = strict_loads(manifest_bytes)
    except StrictJSONError as exc:
        raise BundleError(F.T_MANIFEST_JSON) from exc
    if not isinstance(raw, dict):
        raise BundleError(F.T_MANIFEST_NOT_OBJECT)
    if raw.get("format") != F.FORMAT_NAME:
        raise BundleError(F.T_NOT_SIM_BUNDLE)
    version_text = raw.get("format_version")
    version = parse_version(version_text) if isinstance(version_text, str) else None
    if version is None or version[0] < 1:
        raise BundleError(F.T_BAD_VERSION, version=str(version_text)[:20])
    if version[0] > F.FORMAT_MAJOR:
        raise BundleError(F.T_NEWER_MAJOR, version=version_text)
    reader_text = raw.get("min_reader_version")
    reader = parse_version(reader_text) if isinstance(reader_text, str) else None
    if reader is None:
        raise BundleError(F.T_MANIFEST_FIELD, field="min_reader_version")
    if reader > (F.FORMAT_MAJOR, F.FORMAT_MINOR):
        raise BundleError(F.T_NEWER_READER, version=reader_text)
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
    # Signed: now the remaining fields.
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
    counts = _field(raw, "counts", dict)
    if not all(
        F.NAME_RE.match(k) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in counts.items()
    ):
        raise BundleError(F.T_MANIFEST_FIELD, field="counts")
    for name in ("content_fingerprint", "ops_sha256", "ops_member_sha256"):
        if not F.HEX64_RE.match(_field(raw, name, str)):
            raise BundleError(F.T_MANIFEST_FIELD, field=name)
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


def parse_version(text: str) -> tuple[int, int] | None:
    return F.parse_version(text)


# -- 7. each op ---------------------------------------------------------------------

_JSON_REASONS = (
    ("not valid UTF-8", F.T_JSON_UTF8),
    ("duplicate key", F.T_JSON_DUPLICATE),
    ("is not allowed", F.T_JSON_CONSTANT),
    ("fraction or exponent", F.T_JSON_FLOAT),
    ("nesting", F.T_JSON_DEPTH),
    ("too long", F.T_JSON_LONG_TEXT),
    ("surrogate", F.T_JSON_SURROGATE),
    ("too large", F.T_JSON_BIG_NUMBER),
)


def _json_error(exc: StrictJSONError, line: int) -> BundleError:
    reason = str(exc)
    for needle, template in _JSON_REASONS:
        if needle in reason:
            return BundleError(template, line=line)
    return BundleError(F.T_JSON_SYNTAX, line=line)


_SCALARS = frozenset({int, str, bool})
_NOTHING: frozenset[str] = frozenset()


def _check_op(  # noqa: C901
    body: Any,
    line: int,
    newer: bool,
    kit: bool,
    checked: set[tuple[str, str, type, Any]] | None = None,
) -> None:
    """Refuse an op of the wrong shape or with a value its field does not accept.

    ``checked``: (entity, field, type, value) of scalar values already accepted
    in this file; a bundle repeats the same workshop id, flags and small numbers
    thousands of times, and each needs validating once. Its entity names and
    device ids are remembered there too, as ("", "entity" or "dev", str, value).
    """
    if not isinstance(body, dict):
        raise BundleError(F.T_OP_SHAPE, line=line, field="op")
    if body.keys() != OP_KEYS:  # not the usual exact set of keys: which one is wrong
        for key in OP_KEYS:
            if key not in body:
                raise BundleError(F.T_OP_SHAPE, line=line, field=key)
        if not newer:
            for key in body:
                if key not in OP_KEYS and key != REDACTED:
                    raise BundleError(F.T_OP_EXTRA, line=line, field=str(key)[:40])
    entity = body["entity"]
    if not isinstance(entity, str):
        raise BundleError(F.T_OP_SHAPE, line=line, field="entity")
    if checked is None or ("", "entity", str, entity) not in checked:
        if not F.NAME_RE.match(entity):
            raise BundleError(F.T_OP_SHAPE, line=line, field="entity")
        if checked is not None:
            checked.add(("", "entity", str, entity))
    entity_id = body["id"]
    if not isinstance(entity_id, str) or not F.ID_RE.match(entity_id):
        raise BundleError(F.T_OP_SHAPE, line=line, field="id")
    hlc = body["hlc"]
    if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 < hlc <= MAX_INT:
        raise BundleError(F.T_OP_SHAPE, line=line, field="hlc")
    dev = body["dev"]
    if not isinstance(dev, str):
        raise BundleError(F.T_OP_SHAPE, line=line, field="dev")
    if checked is None or ("", "dev", str, dev) not in checked:
        if not F.ID_RE.match(dev):
            raise BundleError(F.T_OP_SHAPE, line=line, field="dev")
        if checked is not None:
            checked.add(("", "dev", str, dev))
    prev = body["prev"]
    if not isinstance(prev, list) or len(prev) > F.MAX_PREV:
        raise BundleError(F.T_OP_SHAPE, line=line, field="prev")
    last = ""
    for item in prev:
        if not isinstance(item, str) or not F.HEX64_RE.match(item) or item <= last:
            raise BundleError(F.T_OP_SHAPE, line=line, field="prev")
        last = item
    values = body["set"]
    if not isinstance(values, dict) or not values:
        raise BundleError(F.T_OP_SHAPE, line=line, field="set")
    redacted = _redacted_fields(body, line) if REDACTED in body else _NOTHING
    if kit and entity not in F.KIT_ENTITIES:
        raise BundleError(F.T_KIT_CONTENT, entity=entity)
    schema = ENTITIES.get(entity)
    if schema is None:
        if newer:
            for name in values:
                if not F.NAME_RE.match(name):
                    raise BundleError(F.T_OP_SHAPE, line=line, field="set")
            return
        raise BundleError(F.T_UNKNOWN_ENTITY, line=line, entity=entity[:40])
    for name, value in values.items():
        if name in redacted:
            continue  # checked against its placeholder by _redacted_fields
        field = schema.by_name.get(name)
        if field is None:
            if newer and F.NAME_RE.match(name):
                continue
            raise BundleError(F.T_UNKNOWN_FIELD, line=line, field=name[:40], entity=entity)
        if value is None:
            if field.required:
                raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity)
            continue
        if (
            field.kind in TEXT_KINDS
            and type(value) is str
            and len(value) <= MAX_TEXT
            and (value.strip() or (field.kind == "text" and not field.required))
        ):
            continue  # what Field.validate would accept unchanged, checked inline
        memo = None
        if checked is not None and type(value) in _SCALARS:
            memo = (entity, name, type(value), value)
            if memo in checked:
                continue
        try:
            clean = field.validate(value, entity)
        except ValidationError as exc:
            raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity) from exc
        if clean != value or type(clean) is not type(value):
            raise BundleError(F.T_BAD_VALUE, line=line, field=name, entity=entity)
        if memo is not None and checked is not None:
            checked.add(memo)


def _redacted_fields(body: Op, line: int) -> frozenset[str]:
    """Redaction hook: the fields a redacted op erased (its marker checked strictly)."""
    if REDACTED not in body:
        return frozenset()
    if marker_problem(body) is not None:
        raise BundleError(F.T_OP_SHAPE, line=line, field=REDACTED)
    return redacted_fields(body)


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
# Every digit becomes "0", everything else a space: a run of 19 digits (a number
# beyond 2**63 - 1, or digits inside a text) is then a plain substring search.
_DIGITS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_NINETEEN_DIGITS = b"0" * 19


def _refuse(_: str) -> Any:
    raise ValueError("not allowed")


_DECODER = json.JSONDecoder(parse_float=_refuse, parse_constant=_refuse)
_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
)


_ESCAPED_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")
# One C encoder for every line (json.JSONEncoder.encode makes one per call);
# these are CPython's json speed-ups, absent only from unusual builds.
_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
_c_encode_basestring = getattr(json.encoder, "c_encode_basestring", None)
_C_ENCODER = (
    _c_make_encoder(
        None, _ENCODER.default, _c_encode_basestring, None, ":", ",", True, False, False
    )
    if _c_make_encoder is not None and _c_encode_basestring is not None
    else None
)
# The decoder's scanner decodes one value from a given index (no white space skipped).
_SCAN_ONCE = _DECODER.scan_once  # type: ignore[attr-defined]


def _fast_canonical(line: bytes, text: str | None = None) -> Op | None:
    """The op of a line that is canonical and passes every strict check, or None.

    Equivalent to ``strict_loads`` + canonical comparison, at C speed for the
    common case: duplicate keys would make the re-serialised text differ; floats
    and NaN are refused by the parser hooks; nesting, surrogates, long texts and
    huge numbers are ruled out before parsing. Anything else (None) goes through
    ``strict_loads``, which gives the precise reason.

    ``text``: the line already decoded and found NFC, without a run of 19 digits
    or an escaped surrogate, by ``_checked_texts`` over the whole file.
    """
    if text is None:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if (
            ("\\u" in text and _ESCAPED_SURROGATE.search(text))
            or _NINETEEN_DIGITS in line.translate(_DIGITS)
            or not unicodedata.is_normalized("NFC", text)
        ):
            return None
    if text.count("[") + text.count("{") > MAX_DEPTH or len(text) > MAX_STRING:
        return None
    try:
        # A canonical line has no surrounding white space: decode from its first byte.
        body, end = _SCAN_ONCE(text, 0)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) or not isinstance(body, dict):
        return None
    try:
        if _dumps(body) != text:
            return None
    except (TypeError, ValueError):
        return None
    return body


def _line_numbers(data: bytes, positions: Iterable[int]) -> set[int]:
    """The numbers (from 1) of the lines holding these ascending byte positions."""
    found: set[int] = set()
    number, previous = 1, 0
    for position in positions:
        number += data.count(b"\n", previous, position)
        previous = position
        found.add(number)
    return found


def _runs_of_19_digits(data: bytes) -> Iterator[int]:
    """Where each run of 19 or more digits starts (a regex is slow on digit-heavy data)."""
    masked = data.translate(_DIGITS)
    position = masked.find(_NINETEEN_DIGITS)
    while position >= 0:
        yield position
        end = masked.find(b" ", position)  # the rest of this run: same line
        position = masked.find(_NINETEEN_DIGITS, end) if end >= 0 else -1


def _checked_texts(data: bytes) -> list[str | None] | None:
    """Each line of the ops file as text where the whole-file checks clear it, else None.

    The checks ``_fast_canonical`` makes on each line, made once on the whole
    file: UTF-8 (a line break never splits a character), NFC (a line break
    never composes, so the text is NFC iff each line is), runs of 19 digits
    and escaped surrogates (found, then their lines are left to the per-line
    checks). None: the whole file is not plain UTF-8 NFC; every line is checked alone.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not unicodedata.is_normalized("NFC", text):
        return None
    texts: list[str | None] = list(text[:-1].split("\n"))
    suspects = _line_numbers(data, _runs_of_19_digits(data))
    if "\\u" in text:
        found = (m.start() for m in _ESCAPED_SURROGATE_BYTES.finditer(data))
        suspects |= _line_numbers(data, found)
    for number in suspects:
        texts[number - 1] = None
    return texts


def _is_canonical(body: Op, line: bytes) -> bool:
    """``line == canonical_bytes(body)``, without re-normalising every string in Python.

    JSON's own syntax is ASCII and never composes with text, so when the whole
    line is NFC every string in it is NFC, and sorted compact ``json.dumps``
    then equals the canonical form.
    """
    text = line.decode("utf-8")
    if unicodedata.is_normalized("NFC", text):
        return _dumps(body) == text
    return canonical_bytes(body) == line


def _dumps(body: Op) -> str:
    if _C_ENCODER is None:
        return _ENCODER.encode(body)
    return "".join(_C_ENCODER(body, 0))


def _parse_ops(data: bytes, manifest: Manifest) -> list[tuple[str, Op, str]]:
    # Hundreds of thousands of small acyclic objects: the cycle collector would
    # walk them over and over for nothing (see gc_pause).
    with paused_gc():
        return _parse_op_lines(data, manifest)


def _parse_op_lines(data: bytes, manifest: Manifest) -> list[tuple[str, Op, str]]:
    if not data:
        raise BundleError(F.T_EMPTY_BUNDLE)
    if not data.endswith(b"\n"):
        raise BundleError(F.T_NO_FINAL_NEWLINE)
    lines = data[:-1].split(b"\n")
    if len(lines) > F.MAX_OP_COUNT:
        raise BundleError(F.T_TOO_MANY_OPS, limit=F.MAX_OP_COUNT)
    newer = manifest.may_carry_newer_content
    kit = manifest.kind == F.KIND_KIT
    ops: list[tuple[str, Op, str]] = []
    last_id = ""
    sha256 = hashlib.sha256
    checked: set[tuple[str, str, type, Any]] = set()
    texts = _checked_texts(data)
    for number, line in enumerate(lines, start=1):
        if not line:
            raise BundleError(F.T_EMPTY_LINE, line=number)
        if len(line) > F.MAX_LINE_BYTES:
            raise BundleError(F.T_LINE_TOO_LONG, line=number)
        text = None if texts is None else texts[number - 1]
        body = _fast_canonical(line, text)
        if body is None:
            # Not plainly canonical: the full strict parser says exactly what is wrong.
            try:
                body = strict_loads(line)
            except StrictJSONError as exc:
                raise _json_error(exc, number) from exc
            _check_op(body, number, newer, kit, checked)
            if not _is_canonical(body, line):
                raise BundleError(F.T_NOT_CANONICAL, line=number)
        else:
            _check_op(body, number, newer, kit, checked)
        # A redacted op cannot be hashed back to its id: it names it (see "Redacted ops").
        op_id = body[REDACTED]["op"] if REDACTED in body else sha256(line).hexdigest()
        if op_id <= last_id:
            raise BundleError(F.T_OP_ORDER, line=number)
        last_id = op_id
        ops.append((op_id, body, line.decode("utf-8") if text is None else text))
    return ops


def _check_totals(ops: list[tuple[str, Op, str]], manifest: Manifest) -> None:
    if len(ops) != manifest.op_count:
        raise BundleError(F.T_OP_COUNT, found=len(ops), expected=manifest.op_count)
    entity_ids: dict[str, set[str]] = {}
    for _, body, _ in ops:
        entity_ids.setdefault(body["entity"], set()).add(body["id"])
    counts = {name: len(ids) for name, ids in entity_ids.items()}
    if counts != manifest.counts:
        raise BundleError(F.T_COUNTS)
    if content_fingerprint(op_id for op_id, _, _ in ops) != manifest.content_fingerprint:
        raise BundleError(F.T_FINGERPRINT)


# -- the whole pipeline -------------------------------------------------------------


def read_manifest(source: str | os.PathLike[str] | bytes) -> tuple[Manifest, bytes, bytes]:
    """Steps 1 to 6: the verified manifest, its bytes and the checked ops data."""
    data = source if isinstance(source, bytes) else _read_file(Path(source))
    if len(data) > F.MAX_BUNDLE_BYTES:
        raise BundleError(F.T_TOO_LARGE, size=len(data), limit=F.MAX_BUNDLE_BYTES)
    try:
        members = _members(data)
    except BundleError:
        raise
    except (struct.error, ValueError, IndexError, UnicodeError, NotImplementedError) as exc:
        raise BundleError(F.T_DAMAGED_ZIP) from exc
    manifest_bytes = _unpack(data, *members[F.MANIFEST])
    manifest = _parse_manifest(manifest_bytes, _unpack(data, *members[F.SIGNATURE]))
    # The signed manifest names the exact stored bytes of the ops member: checked
    # before they are unpacked, so every byte of the archive is covered.
    ops_info, ops_start = members[F.OPS]
    stored = data[ops_start : ops_start + ops_info.compress_size]
    if hashlib.sha256(stored).hexdigest() != manifest.ops_member_sha256:
        raise BundleError(F.T_OPS_MEMBER_CHECKSUM)
    ops_data = _unpack(data, ops_info, ops_start)
    if len(ops_data) != manifest.ops_bytes:
        raise BundleError(F.T_OPS_SIZE)
    if hashlib.sha256(ops_data).hexdigest() != manifest.ops_sha256:
        raise BundleError(F.T_OPS_CHECKSUM)
    return manifest, manifest_bytes, ops_data


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
    ops = _parse_ops(ops_data, manifest)
    _check_totals(ops, manifest)
    if file_name is None:
        file_name = "" if isinstance(source, bytes) else Path(source).name
    size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
    return VerifiedBundle(manifest, manifest_bytes, ops, file_name, size)
