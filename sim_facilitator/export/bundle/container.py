"""The zip container of a bundle, read as hostile input (pipeline steps 1 to 3).

The file's size is checked before it is read; the whole file is then held in
memory and nothing is ever extracted to disk. The central directory must
hold exactly the expected member names, with no duplicates, absolute paths,
``..``, backslashes, NUL bytes, symbolic links, folders, encryption, or
compression other than stored/deflate. Each member's local header and data
span is checked against the others, so overlapping entries (the
CVE-2024-0450 zip bomb, unfixed in Python 3.11.7) are refused, and the whole
archive must follow the writer's strict layout. A member is decompressed
here, counting the bytes actually produced against a cap and a compression
ratio, then its size and CRC are checked.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError

LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
LOCAL_SIGNATURE = b"PK\x03\x04"
MEMBER_CAPS = {
    F.MANIFEST: F.MAX_MANIFEST_BYTES,
    F.SIGNATURE: F.MAX_SIGNATURE_BYTES,
    F.OPS: F.MAX_OPS_BYTES,
    F.BLOBS: F.MAX_BLOBS_BYTES,
}
# The members in their order: the three of every bundle, then the photos if any.
LAYOUTS = (F.MEMBERS, (*F.MEMBERS, F.BLOBS))


# -- 1. the file -----------------------------------------------------------------


def read_file(path: Path) -> bytes:
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
    if name not in F.MEMBERS and name != F.BLOBS:
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
    names = tuple(s[2].filename for s in spans)
    if archive.comment or names not in LAYOUTS:
        raise BundleError(F.T_LAYOUT)
    for _, _, info, _, _ in spans:
        if info.filename in (F.MANIFEST, F.SIGNATURE) and info.compress_type != zipfile.ZIP_STORED:
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
    count = len(spans)
    if end_record != (b"PK\x05\x06", 0, 0, count, count, central_size, central_start, 0):
        raise BundleError(F.T_LAYOUT)


def checked_members(data: bytes) -> dict[str, tuple[zipfile.ZipInfo, int]]:
    """Each member's (info, data start) once the whole container passed its checks."""
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


def unpack(data: bytes, info: zipfile.ZipInfo, start: int) -> bytes:
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
