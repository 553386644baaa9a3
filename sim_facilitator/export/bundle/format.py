"""The ``.simbundle`` format: names, limits, the manifest and every refusal message.

A bundle is a zip archive holding exactly three members:

- ``manifest.json``: canonical JSON describing the bundle (see ``docs/bundle-format.md``);
- ``manifest.sig``: the 64-byte Ed25519 signature of the exact manifest bytes;
- ``ops.jsonl``: one op per line, each line the op's canonical JSON, sorted by op id.

Everything a reader refuses is a :class:`BundleError` whose template is marked
for translation, so the coordinator reads why in their own language.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.trust import fingerprint_of

FORMAT_NAME = "sim-facilitator-bundle"
FORMAT_MAJOR = 1
# 1.1: redacted ops (docs/bundle-format.md, "Redacted ops"); 1.2: the idea fields
# origin, display_name and moderation (the room), and the entity type dismissal
# (dismissed duplicate suggestions). A 1.1 reader keeps those fields and records of
# a 1.2 bundle in its log without showing them (newer minor version), so the bump
# is what lets older laptops import bundles holding ideas from phones.
FORMAT_MINOR = 2
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
MIN_READER_VERSION = "1.0"
REDACTION_READER = (1, 1)  # the oldest reader of a bundle with redacted ops
EXTENSION = ".simbundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
OPS = "ops.jsonl"
MEMBERS = (MANIFEST, SIGNATURE, OPS)
# Photos' content (docs/bundle-format.md section 4.3): an optional fourth member,
# announced by the manifest; a bundle carrying it needs a 1.2 reader.
BLOBS = "blobs.jsonl"
BLOB_READER_VERSION = "1.2"
BLOB_READER = (1, 2)

KIND_WORKSHOPS = "workshops"
KIND_KIT = "kit"
KINDS = (KIND_WORKSHOPS, KIND_KIT)
# What a kit carries: the set-up of a workshop to be run, never its results.
KIT_ENTITIES = frozenset(
    {"workshop", "framework", "principle", "question", "agenda", "participant"}
)

# Limits (see docs/bundle-format.md). A reader refuses anything beyond them.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 64
MAX_OPS_BYTES = 512 * 1024 * 1024
MAX_RATIO = 100  # real op data compresses about 3:1; a zip bomb 1000:1
RATIO_SLACK = 1024 * 1024  # small members may compress well without being bombs
MAX_LINE_BYTES = 1024 * 1024
MAX_BLOBS_BYTES = 63 * 1024 * 1024  # the whole bundle is at most 64 MiB anyway
MAX_BLOB_BYTES = 768 * 1024  # a stored photo is at most 600 KB; base64 fits a line
MAX_PREV = 10_000
MAX_OP_COUNT = 5_000_000
SIGNATURE_SIZE = 64
PUBLIC_KEY_SIZE = 32

# The container profile (docs/bundle-format.md): fixed member metadata, so that
# every byte of a bundle is either checked exactly or covered by a checksum.
ZIP_VERSION = 20
ZIP_SYSTEM = 3
ZIP_EXTERNAL_ATTR = 0o100644 << 16
ZIP_DOS_TIME = 0
ZIP_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01

VERSION_RE = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\Z")
HEX64_RE = re.compile(r"^[0-9a-f]{64}\Z")
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}\Z")
ID_RE = re.compile(r"^[0-9A-Za-z_-]{1,128}\Z")
# The optional ``app_version`` of a manifest, shown by ``verify`` only when it has this form.
APP_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,32}")


def parse_version(text: str) -> tuple[int, int] | None:
    match = VERSION_RE.match(text)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))


def version_text(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


def device_fingerprint(public_key: bytes) -> str:
    """What a person compares on two screens: 32 hex digits in 8 groups."""
    return fingerprint_of(public_key)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- refusals ------------------------------------------------------------------


class BundleError(ValidationError):
    """A bundle file was refused; ``message`` says why in one sentence."""


T_FILE_MISSING = _("Errors", "The file does not exist or cannot be opened.")
T_TOO_LARGE = _(
    "Errors", "The file is too large to be a bundle ({size} bytes; at most {limit} bytes)."
)
T_EMPTY_FILE = _("Errors", "The file is empty.")
T_NOT_ZIP = _("Errors", "This file is not a bundle: it is not a readable zip archive.")
T_DAMAGED_ZIP = _("Errors", "The bundle is damaged or incomplete: its archive cannot be read.")
T_UNEXPECTED_MEMBER = _("Errors", "The bundle contains an unexpected file “{name}”.")
T_MISSING_MEMBER = _("Errors", "The bundle is missing its “{name}” part.")
T_DUPLICATE_MEMBER = _("Errors", "The bundle contains the part “{name}” more than once.")
T_ABSOLUTE_NAME = _("Errors", "The bundle contains a file with an absolute path (“{name}”).")
T_PARENT_NAME = _("Errors", "The bundle contains a file whose path leaves its folder (“{name}”).")
T_BACKSLASH_NAME = _("Errors", "The bundle contains a file name with a backslash (“{name}”).")
T_NUL_NAME = _("Errors", "The bundle contains a file name with a NUL character.")
T_SYMLINK = _("Errors", "The bundle contains a symbolic link (“{name}”), which bundles never do.")
T_DIRECTORY = _("Errors", "The bundle contains a folder entry (“{name}”), which bundles never do.")
T_ENCRYPTED = _(
    "Errors", "The bundle contains an encrypted part (“{name}”), which bundles never do."
)
T_COMPRESSION = _(
    "Errors", "The bundle's “{name}” part uses an unsupported compression method ({method})."
)
T_TOO_BIG_UNPACKED = _(
    "Errors", "The bundle's “{name}” part is too large once unpacked (more than {limit} bytes)."
)
T_BOMB_RATIO = _(
    "Errors",
    "The bundle's “{name}” part unpacks to more than {ratio} times its size, like a zip bomb.",
)
T_OVERLAP = _("Errors", "The bundle's parts overlap inside the archive, a trick used by zip bombs.")
T_LOCAL_HEADER = _("Errors", "The bundle's “{name}” part has a damaged or inconsistent header.")
T_LAYOUT = _(
    "Errors", "The bundle's archive does not follow the bundle layout (odd headers or extra bytes)."
)
T_SIZE_MISMATCH = _(
    "Errors", "The bundle's “{name}” part does not have the size its header declares."
)
T_CRC = _("Errors", "The bundle's “{name}” part is corrupted (its checksum does not match).")
T_DEFLATE = _("Errors", "The bundle's “{name}” part is corrupted and cannot be unpacked.")
T_MANIFEST_JSON = _("Errors", "The bundle's manifest is not valid strict JSON.")
T_MANIFEST_NOT_OBJECT = _("Errors", "The bundle's manifest is not a JSON object.")
T_MANIFEST_NOT_CANONICAL = _("Errors", "The bundle's manifest is not in canonical form.")
T_NOT_SIM_BUNDLE = _("Errors", "This file is not a SIM Facilitator bundle.")
T_BAD_VERSION = _("Errors", "The bundle's format version “{version}” is not valid.")
T_NEWER_MAJOR = _(
    "Errors",
    "This bundle uses format {version} of a newer SIM Facilitator; update the app to import it.",
)
T_NEWER_READER = _(
    "Errors",
    "This bundle needs SIM Facilitator able to read format {version} or later; update the app.",
)
T_MANIFEST_FIELD = _("Errors", "The bundle's manifest has a missing or invalid “{field}”.")
T_SIGNATURE_SIZE = _("Errors", "The bundle's signature is damaged (it has the wrong length).")
T_BAD_SIGNATURE = _(
    "Errors",
    "The bundle's signature does not match its contents: it was altered or damaged.",
)
T_OPS_CHECKSUM = _(
    "Errors", "The bundle's data does not match the checksum in its manifest: it was altered."
)
T_OPS_MEMBER_CHECKSUM = _(
    "Errors",
    "The bundle's packed data does not match the checksum in its manifest: it was altered.",
)
T_OPS_SIZE = _("Errors", "The bundle's data does not have the size its manifest declares.")
T_NO_FINAL_NEWLINE = _("Errors", "The bundle's data is cut off: its last line is incomplete.")
T_EMPTY_LINE = _("Errors", "Line {line} of the bundle's data is empty.")
T_LINE_TOO_LONG = _("Errors", "Line {line} of the bundle's data is too long.")
T_TOO_MANY_OPS = _("Errors", "The bundle holds too many changes (more than {limit}).")
T_EMPTY_BUNDLE = _("Errors", "The bundle holds no changes.")
T_JSON_UTF8 = _("Errors", "Line {line} of the bundle's data is not valid UTF-8 text.")
T_JSON_DUPLICATE = _("Errors", "Line {line} of the bundle's data repeats a key.")
T_JSON_CONSTANT = _("Errors", "Line {line} of the bundle's data holds NaN or infinity.")
T_JSON_FLOAT = _("Errors", "Line {line} of the bundle's data holds a decimal number.")
T_JSON_DEPTH = _("Errors", "Line {line} of the bundle's data is nested too deeply.")
T_JSON_LONG_TEXT = _("Errors", "Line {line} of the bundle's data holds a text that is too long.")
T_JSON_SURROGATE = _(
    "Errors", "Line {line} of the bundle's data holds a broken character (a lone surrogate)."
)
T_JSON_BIG_NUMBER = _(
    "Errors", "Line {line} of the bundle's data holds a number that is too large."
)
T_JSON_SYNTAX = _("Errors", "Line {line} of the bundle's data is not valid JSON.")
T_NOT_CANONICAL = _("Errors", "Line {line} of the bundle's data is not in canonical form.")
T_OP_SHAPE = _("Errors", "Change {line} of the bundle has a missing or invalid “{field}”.")
T_OP_EXTRA = _("Errors", "Change {line} of the bundle has an unexpected part “{field}”.")
T_OP_ORDER = _("Errors", "Change {line} of the bundle is out of order or repeated.")
T_UNKNOWN_ENTITY = _(
    "Errors", "Change {line} of the bundle is about an unknown kind of record (“{entity}”)."
)
T_UNKNOWN_FIELD = _(
    "Errors", "Change {line} of the bundle sets an unknown field “{field}” of a {entity}."
)
T_BAD_VALUE = _("Errors", "Change {line} of the bundle gives an invalid {field} to a {entity}.")
T_KIT_CONTENT = _(
    "Errors", "This kit carries {entity} records, which a kit never does (only workshop set-up)."
)
T_COUNTS = _("Errors", "The bundle's contents do not match the counts in its manifest.")
T_OP_COUNT = _("Errors", "The bundle holds {found} changes but its manifest announces {expected}.")
T_REDACTION_VERSION = _(
    "Errors",
    "The bundle carries redacted changes but does not say it needs a reader of format 1.1.",
)
T_FINGERPRINT = _("Errors", "The bundle's content fingerprint does not match its data.")
T_BLOBS_NOT_ANNOUNCED = _(
    "Errors", "The bundle carries photos that its manifest does not announce."
)
T_BLOBS_MISSING = _(
    "Errors", "The bundle's manifest announces photos that the bundle does not carry."
)
T_BLOBS_MEMBER_CHECKSUM = _(
    "Errors", "The bundle's photos do not match the checksum in its manifest: they were altered."
)
T_BLOBS_CHECKSUM = _(
    "Errors", "The bundle's photos do not have the size, number or checksum its manifest declares."
)
T_BLOB_LINE = _("Errors", "Photo {line} of the bundle is malformed.")
T_BLOB_HASH = _("Errors", "Photo {line} of the bundle does not match its SHA-256: it was altered.")
T_BLOB_ORDER = _("Errors", "Photo {line} of the bundle is out of order or repeated.")
T_BLOB_UNUSED = _("Errors", "The bundle carries a photo that no photo record refers to.")
T_PHOTO_WITHOUT_CONTENT = _(
    "Errors",
    "A photo record of the bundle refers to a picture the bundle does not carry, and its manifest does not say photos were left out.",  # noqa: E501 - one literal for lupdate
)
T_BLOB_VERSION = _(
    "Errors", "The bundle carries photos but does not say it needs a reader of format 1.2."
)
T_NO_WORKSHOP = _("Errors", "Choose at least one workshop to export.")
T_EXPORT_TOO_LARGE = _(
    "Errors", "This selection is too large for one bundle; export fewer workshops at a time."
)
T_EXPORT_VERIFY = _(
    "Errors",
    "The bundle written to disk could not be read back correctly; try another folder or USB stick.",
)
T_EXPORT_WRITE = _("Errors", "The bundle could not be written to this folder.")
T_BACKUP_FAILED = _(
    "Errors", "No backup of the database could be made before importing, so nothing was imported."
)
T_CANCELLED = _("Errors", "The import was cancelled before this file.")


# -- the manifest ----------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    """The verified manifest; ``raw`` keeps every field, those of newer versions too."""

    format_version: str
    min_reader_version: str
    bundle_id: str
    created_hlc: int
    created_ms: int
    device_id: str
    public_key: bytes
    kind: str
    workshop_ids: tuple[str, ...]
    content_fingerprint: str
    counts: dict[str, int]
    op_count: int
    ops_sha256: str
    ops_bytes: int
    ops_member_sha256: str
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # The photos' content it carries, checked: SHA-256 (hex) -> JPEG bytes.
    blobs: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    @property
    def version(self) -> tuple[int, int]:
        parsed = parse_version(self.format_version)
        assert parsed is not None
        return parsed

    @property
    def is_newer_minor(self) -> bool:
        return self.version > (FORMAT_MAJOR, FORMAT_MINOR)

    @property
    def may_carry_newer_content(self) -> bool:
        """Newer minor version, or an older laptop passing on what a newer one made."""
        return self.is_newer_minor or self.raw.get("passes_on_newer_content") is True

    @property
    def device_fingerprint(self) -> str:
        return device_fingerprint(self.public_key)

    def summary_lines(self) -> list[str]:
        """A plain-text summary (for ``sim-facilitator verify``)."""
        lines = [
            f"format: {FORMAT_NAME} {self.format_version} (needs reader {self.min_reader_version})",
            f"bundle: {self.bundle_id}",
            f"kind: {self.kind}",
            f"device: {self.device_id}",
            f"device fingerprint: {self.device_fingerprint}",
            f"created: {self.created_ms} ms (hlc {self.created_hlc})",
            f"workshops: {', '.join(self.workshop_ids)}",
            f"content fingerprint: {self.content_fingerprint}",
            f"changes: {self.op_count}",
        ]
        made_by = self.raw.get("app_version")
        # Optional and informative; shown only when it looks like a version (no
        # control or direction characters from a hostile file reach the terminal).
        if isinstance(made_by, str) and APP_VERSION.fullmatch(made_by):
            lines.insert(1, f"made by: SIM Facilitator {made_by}")
        for entity in sorted(self.counts):
            lines.append(f"  {entity}: {self.counts[entity]}")
        if "blob_count" in self.raw:
            lines.append(
                f"photos carried: {self.raw['blob_count']} ({self.raw['blobs_bytes']} bytes)"
            )
        if self.raw.get("photos_left_out") is True:
            lines.append("photos left out: yes (photo records without their pictures)")
        return lines
