"""The ops file of a bundle, line by line (pipeline step 7): strict JSON, canonical, in order.

Each line must be the canonical JSON of one op (checked at C speed for the
common case, by the strict parser otherwise, which names the exact reason),
pass the op checks of ``op_checks``, and have an op id above the previous
line's. The totals (op count, per-entity counts, content fingerprint) must
then match the signed manifest.
"""

from __future__ import annotations

import hashlib
import json
import json.encoder
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from sim_facilitator.engine.canonical import (
    MAX_DEPTH,
    MAX_STRING,
    StrictJSONError,
    canonical_bytes,
    strict_loads,
)
from sim_facilitator.engine.gc_pause import paused_gc
from sim_facilitator.engine.ops import Op
from sim_facilitator.engine.redaction import REDACTED
from sim_facilitator.engine.scope import content_fingerprint
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError, Manifest
from sim_facilitator.export.bundle.op_checks import check_op

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


def parse_ops(data: bytes, manifest: Manifest) -> list[tuple[str, Op, str]]:
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
            check_op(body, number, newer, kit, checked)
            if not _is_canonical(body, line):
                raise BundleError(F.T_NOT_CANONICAL, line=number)
        else:
            check_op(body, number, newer, kit, checked)
        # A redacted op cannot be hashed back to its id: it names it (see "Redacted ops").
        op_id = body[REDACTED]["op"] if REDACTED in body else sha256(line).hexdigest()
        if op_id <= last_id:
            raise BundleError(F.T_OP_ORDER, line=number)
        last_id = op_id
        ops.append((op_id, body, line.decode("utf-8") if text is None else text))
    return ops


def check_totals(ops: list[tuple[str, Op, str]], manifest: Manifest) -> None:
    """The signed manifest's totals, and its minimum reader, against the ops read."""
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
    # [B-33] A 1.0 reader would take a redacted op for a new one: the bundle must say so.
    reader = F.parse_version(manifest.min_reader_version)
    if (
        reader is not None
        and reader < F.REDACTION_READER
        and any(REDACTED in body for _, body, _ in ops)
    ):
        raise BundleError(F.T_REDACTION_VERSION)
