"""A generator of hostile and broken bundles, built at test time.

Each case is a ``Case`` holding the file bytes (or a sparse file to create) and
the message template the import must refuse it with. Bundles whose content is
what is being tested are correctly zipped and signed with the sending laptop's
real key, so the refusal comes from the check under test, not an earlier one.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sim_facilitator.engine import merge as M
from sim_facilitator.engine import trust as T
from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.ops import make_op
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.writer import ZipMember, deflate, make_manifest, zip_archive


@dataclass(frozen=True)
class Sender:
    """The laptop a hostile bundle pretends to (or does) come from."""

    device_id: str
    key: Ed25519PrivateKey
    public_key: bytes
    ops: list[bytes]  # its real op lines (canonical), sorted by op id
    target_device_id: str  # the receiving database's own device id


@dataclass(frozen=True)
class Case:
    name: str
    template: str
    data: bytes = b""
    sparse_size: int = 0  # when set, a sparse file of this size is the bundle


def member(
    name: str | bytes,
    data: bytes,
    method: int = zipfile.ZIP_DEFLATED,
    attributes: int = F.ZIP_EXTERNAL_ATTR,
) -> ZipMember:
    return (name.encode("utf-8") if isinstance(name, str) else name, data, method, attributes)


def zip_of(members: list[ZipMember]) -> bytes:
    return zip_archive(members)


def manifest_for(sender: Sender, lines: list[bytes], **overrides: Any) -> dict[str, Any]:
    ops_data = b"".join(line + b"\n" for line in lines)
    ids = [(hashlib.sha256(line).hexdigest(), line.decode("utf-8", "replace")) for line in lines]
    counts: dict[str, int] = {}
    try:
        import json

        seen: dict[str, set[str]] = {}
        for line in lines:
            body = json.loads(line)
            seen.setdefault(body["entity"], set()).add(body["id"])
        counts = {k: len(v) for k, v in seen.items()}
    except Exception:
        counts = {}
    manifest = make_manifest(
        device_id=sender.device_id,
        public_key=sender.public_key,
        kind=F.KIND_WORKSHOPS,
        workshop_ids=[],
        ops=ids,
        ops_data=ops_data,
        created_hlc=1,
        counts=counts,
    )
    manifest.update(overrides)
    return manifest


def bundle(
    sender: Sender,
    lines: list[bytes] | None = None,
    manifest: dict[str, Any] | None = None,
    key: Ed25519PrivateKey | None = None,
    manifest_bytes: bytes | None = None,
    ops_data: bytes | None = None,
    signature: bytes | None = None,
    extra: list[ZipMember] | None = None,
    **overrides: Any,
) -> bytes:
    """A correctly zipped, correctly signed bundle of these op lines (unless told otherwise)."""
    lines = sender.ops if lines is None else lines
    if manifest is None:
        manifest = manifest_for(sender, lines, **overrides)
    if ops_data is None:
        ops_data = b"".join(line + b"\n" for line in lines)
    manifest.setdefault("ops_member_sha256", hashlib.sha256(deflate(ops_data)).hexdigest())
    if manifest_bytes is None:
        manifest_bytes = canonical_bytes(manifest)
    if signature is None:
        signature = (key or sender.key).sign(manifest_bytes)
    members = [
        member(F.MANIFEST, manifest_bytes, zipfile.ZIP_STORED),
        member(F.SIGNATURE, signature, zipfile.ZIP_STORED),
        member(F.OPS, ops_data),
    ]
    return zip_of(members + (extra or []))


def signed_ops_data(sender: Sender, ops_data: bytes, **overrides: Any) -> bytes:
    """A bundle whose ops file is exactly ``ops_data`` and whose manifest matches it."""
    manifest = manifest_for(sender, [], **overrides)
    manifest["ops_sha256"] = hashlib.sha256(ops_data).hexdigest()
    manifest["ops_bytes"] = len(ops_data)
    manifest["op_count"] = ops_data.count(b"\n")
    return bundle(sender, manifest=manifest, ops_data=ops_data)


def op_line(body: dict[str, Any]) -> bytes:
    return canonical_bytes(body)


def raw_line(sender: Sender, text: bytes) -> bytes:
    return signed_ops_data(sender, text + b"\n")


def patch_names(data: bytes, old: bytes, new: bytes) -> bytes:
    assert len(old) == len(new)
    assert data.count(old) == 2, (old, data.count(old))  # local and central header
    return data.replace(old, new)


def _central_offset(data: bytes, name: bytes) -> int:
    index = data.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", data, index + 28)[0]
        if data[index + 46 : index + 46 + name_len] == name:
            return index
        index = data.index(b"PK\x01\x02", index + 4)


def _local_offset(data: bytes, name: bytes) -> int:
    index = 0
    while True:
        name_len = struct.unpack_from("<H", data, index + 26)[0]
        if data[index + 30 : index + 30 + name_len] == name:
            return index
        index = data.index(b"PK\x03\x04", index + 4)


def set_u32(data: bytes, offset: int, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into("<L", out, offset, value)
    return bytes(out)


def set_u16(data: bytes, offset: int, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into("<H", out, offset, value)
    return bytes(out)


def _sample_op(sender: Sender, **changes: Any) -> dict[str, Any]:
    import json

    ideas = [json.loads(line) for line in sender.ops if b'"entity":"idea"' in line]
    body = next(b for b in ideas if "text" in b["set"])
    body.update(changes)
    return body


def cases(sender: Sender) -> list[Case]:
    good = bundle(sender)
    other_key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    other_public = other_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    ops_local = _local_offset(good, b"ops.jsonl")
    ops_central = _central_offset(good, b"ops.jsonl")
    sig_local = _local_offset(good, b"manifest.sig")
    manifest_central = _central_offset(good, b"manifest.json")
    idea_body = _sample_op(sender)

    def with_line(body: dict[str, Any]) -> bytes:
        return bundle(sender, lines=[op_line(body)])

    out: list[Case] = []

    def add(name: str, template: str, data: bytes = b"", sparse: int = 0) -> None:
        out.append(Case(name, template, data, sparse))

    # -- the file and the archive
    add("empty_file", F.T_EMPTY_FILE, b"")
    add("not_a_zip", F.T_NOT_ZIP, b"name,idea\nAmina,une idee\n" * 20)
    add("truncated", F.T_DAMAGED_ZIP, good[: len(good) // 2])
    add("too_large", F.T_TOO_LARGE, sparse=F.MAX_BUNDLE_BYTES + 1)
    add(
        "path_traversal",
        F.T_PARENT_NAME,
        bundle(sender, extra=[member("../../etc/cron.d/x", b"evil")]),
    )
    add("absolute_path", F.T_ABSOLUTE_NAME, bundle(sender, extra=[member("/etc/passwd", b"x")]))
    add(
        "backslash_name",
        F.T_BACKSLASH_NAME,
        bundle(sender, extra=[member("..\\..\\evil.bat", b"x")]),
    )
    add("nul_in_name", F.T_NUL_NAME, bundle(sender, extra=[member(b"evil\x00.txt", b"x")]))
    link = member("link", b"/etc/passwd", attributes=0o120777 << 16)
    add("symlink", F.T_SYMLINK, bundle(sender, extra=[link]))
    folder = member("data/", b"", zipfile.ZIP_STORED, attributes=0o40755 << 16 | 0x10)
    add("directory_entry", F.T_DIRECTORY, bundle(sender, extra=[folder]))
    add(
        "duplicate_member",
        F.T_DUPLICATE_MEMBER,
        bundle(sender, extra=[member(F.OPS, b"")]),
    )
    add(
        "unexpected_member",
        F.T_UNEXPECTED_MEMBER,
        bundle(sender, extra=[member("notes.txt", b"hi")]),
    )
    add(
        "missing_signature",
        F.T_MISSING_MEMBER,
        zip_of(
            [
                member(F.MANIFEST, canonical_bytes(manifest_for(sender, sender.ops)), 0),
                member(F.OPS, b"\n".join(sender.ops) + b"\n"),
            ]
        ),
    )
    encrypted = bytearray(good)
    struct.pack_into("<H", encrypted, ops_local + 6, 1)
    struct.pack_into("<H", encrypted, ops_central + 8, 1)
    add("encrypted_flag", F.T_ENCRYPTED, bytes(encrypted))
    add(
        "bzip2_method",
        F.T_COMPRESSION,
        set_u16(set_u16(good, ops_local + 8, 12), ops_central + 10, 12),
    )
    # A zip bomb: 50 MB of one repeated line compress to about 50 kB.
    bomb_data = b"A" * (50 * 1024 * 1024)
    add("zip_bomb_ratio", F.T_BOMB_RATIO, signed_ops_data(sender, bomb_data))
    add(
        "oversized_manifest",
        F.T_TOO_BIG_UNPACKED,
        bundle(sender, manifest_bytes=b" " * (F.MAX_MANIFEST_BYTES + 10)),
    )
    add(
        "manifest_deflated",
        F.T_LAYOUT,
        zip_of(
            [
                member(F.MANIFEST, canonical_bytes(manifest_for(sender, sender.ops))),
                member(F.SIGNATURE, bytes(64), zipfile.ZIP_STORED),
                member(F.OPS, b"".join(line + b"\n" for line in sender.ops)),
            ]
        ),
    )
    add(
        "stored_ops_changed",
        F.T_OPS_MEMBER_CHECKSUM,
        bundle(sender, ops_member_sha256="0" * 64),
    )
    # Overlapping entries (CVE-2024-0450): the manifest's data claims to run over
    # the signature's local header, as nested-entry zip bombs do.
    sig_start = sig_local
    manifest_data_start = 30 + len(F.MANIFEST)
    add(
        "overlapping_entries",
        F.T_OVERLAP,
        set_u32(good, manifest_central + 20, sig_start - manifest_data_start + 20),
    )
    flipped_size = struct.unpack_from("<L", good, ops_central + 24)[0] + 7
    add(
        "declared_size_wrong",
        F.T_SIZE_MISMATCH,
        set_u32(set_u32(good, ops_local + 22, flipped_size), ops_central + 24, flipped_size),
    )
    crc_bad = bytearray(good)
    crc_bad[sig_local + 30 + len(F.SIGNATURE) + 5] ^= 0x40
    add("stored_data_corrupted", F.T_CRC, bytes(crc_bad))
    add("junk_before_archive", F.T_LAYOUT, b"MZ" + b"\x00" * 62 + good)
    add("archive_comment", F.T_LAYOUT, good[:-2] + struct.pack("<H", 5) + b"hello")
    ops_size = struct.unpack_from("<L", good, ops_central + 20)[0]
    garbage = b"\xff" * ops_size
    deflate_bad = bytearray(bundle(sender, ops_member_sha256=hashlib.sha256(garbage).hexdigest()))
    data_start = ops_local + 30 + len(F.OPS)
    deflate_bad[data_start : data_start + ops_size] = garbage
    add("deflate_garbage", F.T_DEFLATE, bytes(deflate_bad))
    # -- manifest and signature
    add(
        "manifest_not_json",
        F.T_MANIFEST_JSON,
        bundle(sender, manifest_bytes=b'{"format": "sim-facilitator-bundle", "format": "x"}'),
    )
    add("manifest_is_a_list", F.T_MANIFEST_NOT_OBJECT, bundle(sender, manifest_bytes=b"[1, 2]"))
    add("other_format", F.T_NOT_SIM_BUNDLE, bundle(sender, format="another-app-export"))
    add("unknown_major_version", F.T_NEWER_MAJOR, bundle(sender, format_version="2.0"))
    add("version_garbage", F.T_BAD_VERSION, bundle(sender, format_version="1.0-beta"))
    add("needs_newer_reader", F.T_NEWER_READER, bundle(sender, min_reader_version="1.7"))
    add("public_key_not_base64", F.T_MANIFEST_FIELD, bundle(sender, public_key="not base64!"))
    add("signature_wrong_length", F.T_SIGNATURE_SIZE, bundle(sender, signature=b"\x00" * 63))
    add("signature_missing_bytes", F.T_SIGNATURE_SIZE, bundle(sender, signature=b""))
    add("bad_signature", F.T_BAD_SIGNATURE, bundle(sender, signature=bytes(64)))
    add("signed_by_another_key", F.T_BAD_SIGNATURE, bundle(sender, key=other_key))
    tampered = manifest_for(sender, sender.ops)
    signature = sender.key.sign(canonical_bytes(tampered))
    tampered["op_count"] = tampered["op_count"] + 1
    add(
        "manifest_changed_after_signing",
        F.T_BAD_SIGNATURE,
        bundle(sender, manifest=tampered, signature=signature),
    )
    add(
        "known_device_new_key",
        T.T_KEY_CHANGED,
        bundle(sender, key=other_key, public_key=F.b64(other_public)),
    )
    add(
        "unknown_device_not_accepted",
        T.T_UNKNOWN_DEVICE,
        bundle(sender, key=other_key, public_key=F.b64(other_public), device_id="x-unknown-laptop"),
    )
    add("bad_kind", F.T_MANIFEST_FIELD, bundle(sender, kind="everything"))
    # -- the ops file
    changed = b"".join(line + b"\n" for line in sender.ops).replace(b"a", b"b", 1)
    add(
        "ops_changed_manifest_kept",
        F.T_OPS_CHECKSUM,
        bundle(sender, manifest=manifest_for(sender, sender.ops), ops_data=changed),
    )
    add(
        "ops_size_declared_wrong",
        F.T_OPS_SIZE,
        bundle(sender, ops_bytes=len(b"".join(line + b"\n" for line in sender.ops)) + 1),
    )
    add("ops_truncated_line", F.T_NO_FINAL_NEWLINE, signed_ops_data(sender, sender.ops[0][:-3]))
    add("empty_ops", F.T_EMPTY_BUNDLE, signed_ops_data(sender, b""))
    add("empty_line", F.T_EMPTY_LINE, signed_ops_data(sender, sender.ops[0] + b"\n\n"))
    add("invalid_utf8", F.T_JSON_UTF8, raw_line(sender, b'{"entity":"idea","id":"\xff\xfe"}'))
    add(
        "lone_surrogate",
        F.T_JSON_SURROGATE,
        raw_line(sender, op_line(idea_body).replace(b'"set":{', b'"set":{"note":"\\ud800",', 1)),
    )
    add(
        "duplicate_json_keys",
        F.T_JSON_DUPLICATE,
        raw_line(sender, op_line(idea_body).replace(b'"hlc":', b'"hlc":1,"hlc":', 1)),
    )
    add(
        "nan",
        F.T_JSON_CONSTANT,
        raw_line(sender, op_line(idea_body).replace(b'"hlc":', b'"x":NaN,"hlc":', 1)),
    )
    add(
        "float_number",
        F.T_JSON_FLOAT,
        raw_line(sender, op_line(idea_body).replace(b'"hlc":', b'"x":1.5,"hlc":', 1)),
    )
    add("deep_nesting", F.T_JSON_DEPTH, raw_line(sender, b"[" * 100_000 + b"]" * 100_000))
    add(
        "huge_number",
        F.T_JSON_BIG_NUMBER,
        raw_line(
            sender, op_line(idea_body).replace(b'"hlc":', b'"x":' + b"9" * 40 + b',"hlc":', 1)
        ),
    )
    add(
        "oversized_text_json",
        F.T_JSON_LONG_TEXT,
        raw_line(sender, op_line(dict(idea_body, set={"text": "ا" * 200_000}))),
    )
    add(
        "line_too_long",
        F.T_LINE_TOO_LONG,
        raw_line(sender, b'"' + b"x" * (F.MAX_LINE_BYTES + 1) + b'"'),
    )
    add("not_json", F.T_JSON_SYNTAX, raw_line(sender, b"{entity: idea}"))
    add(
        "not_canonical",
        F.T_NOT_CANONICAL,
        raw_line(sender, op_line(idea_body).replace(b",", b", ", 1)),
    )
    add("op_not_object", F.T_OP_SHAPE, with_line_raw(sender, b"[1,2,3]"))
    missing = {k: v for k, v in idea_body.items() if k != "prev"}
    add("op_missing_prev", F.T_OP_SHAPE, with_line(missing))
    add("op_extra_key", F.T_OP_EXTRA, with_line(dict(idea_body, sig="x")))
    add("op_bad_hlc", F.T_OP_SHAPE, with_line(dict(idea_body, hlc=-5)))
    add("op_bool_hlc", F.T_OP_SHAPE, with_line(dict(idea_body, hlc=True)))
    add("op_bad_entity_id", F.T_OP_SHAPE, with_line(dict(idea_body, id="a:b/../c")))
    # "$" would let an id end in a newline through; the patterns end in \Z.
    add(
        "op_entity_id_trailing_newline",
        F.T_OP_SHAPE,
        with_line(dict(idea_body, id=idea_body["id"] + "\n")),
    )
    add("op_device_trailing_newline", F.T_OP_SHAPE, with_line(dict(idea_body, dev="abc\n")))
    add("op_bad_prev", F.T_OP_SHAPE, with_line(dict(idea_body, prev=["not-a-hash"])))
    add("op_empty_set", F.T_OP_SHAPE, with_line(dict(idea_body, set={})))
    add("unknown_entity_type", F.T_UNKNOWN_ENTITY, with_line(dict(idea_body, entity="payment")))
    add(
        "unknown_field",
        F.T_UNKNOWN_FIELD,
        with_line(dict(idea_body, set={"bank_account": "MA00"})),
    )
    add("bad_enum_value", F.T_BAD_VALUE, with_line(dict(idea_body, set={"direction": "up"})))
    add(
        "oversized_field_text",
        F.T_BAD_VALUE,
        with_line(dict(idea_body, set={"text": "نص " * 4000})),
    )
    add("wrong_value_type", F.T_BAD_VALUE, with_line(dict(idea_body, set={"deleted": 1})))
    two = sorted(sender.ops[:2], key=lambda line: hashlib.sha256(line).hexdigest())
    add("ops_out_of_order", F.T_OP_ORDER, bundle(sender, lines=list(reversed(two))))
    add("op_repeated", F.T_OP_ORDER, bundle(sender, lines=[sender.ops[0], sender.ops[0]]))
    add(
        "op_count_wrong",
        F.T_OP_COUNT,
        bundle(sender, op_count=len(sender.ops) + 3),
    )
    add("entity_counts_wrong", F.T_COUNTS, bundle(sender, counts={"idea": 1}))
    add("fingerprint_wrong", F.T_FINGERPRINT, bundle(sender, content_fingerprint="0" * 64))
    add("kit_with_ideas", F.T_KIT_CONTENT, bundle(sender, kind=F.KIND_KIT))
    # -- merge-time refusals
    _, cloned = make_op(
        "idea",
        idea_body["id"],
        {"text": "écrit sous l'identité de ce portable"},
        idea_body["hlc"] + 1,
        sender.target_device_id,
        [],
    )
    add("cloned_installation", M.T_CLONED, with_line(cloned))
    return out


def with_line_raw(sender: Sender, line: bytes) -> bytes:
    return bundle(sender, lines=[line])


def crc_ok(data: bytes) -> int:
    return zlib.crc32(data)


CaseFactory = Callable[[Sender], list[Case]]
