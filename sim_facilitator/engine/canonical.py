"""Canonical JSON (the bytes op ids are hashed over) and a strict JSON reader.

Canonical form: UTF-8, keys sorted, no whitespace, text in Unicode NFC, no
floats. Two laptops that hold the same op always produce the same bytes.
The strict reader refuses what a hostile file might use to confuse us:
duplicate keys, NaN/Infinity, floats, lone surrogates, deep nesting, huge
numbers and oversized strings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

MAX_DEPTH = 16
MAX_STRING = 100_000
MAX_INT = 2**63 - 1


class StrictJSONError(ValueError):
    """The text is not acceptable JSON for SIM Facilitator; the message says why."""


def nfc(value: Any) -> Any:
    """Normalise every string inside ``value`` to NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(
        nfc(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def canonical_text(value: Any) -> str:
    return canonical_bytes(value).decode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise StrictJSONError(f"{name} is not allowed")


def _refuse_float(text: str) -> Any:
    raise StrictJSONError("numbers with a fraction or exponent are not allowed")


def _check(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise StrictJSONError("nesting is too deep")
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            raise StrictJSONError("a text is too long")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise StrictJSONError("a text holds a lone surrogate") from exc
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise StrictJSONError("a number is too large")
    elif isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check(key, depth + 1)
            _check(item, depth + 1)


def _bounded_depth(text: str) -> None:
    # json's recursive decoder would raise RecursionError far deeper than we
    # accept; count brackets first so a nesting bomb costs one linear scan.
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return  # fast path (C speed): cannot be nested deeper than the brackets it has
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise StrictJSONError("nesting is too deep")
        elif ch in "]}":
            depth -= 1


def strict_loads(data: bytes | str) -> Any:
    """Parse JSON strictly; raise StrictJSONError with a short reason."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise StrictJSONError("not valid UTF-8") from exc
    else:
        text = data
    _bounded_depth(text)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_float=_refuse_float,
        )
    except StrictJSONError:
        raise
    except (ValueError, RecursionError) as exc:
        raise StrictJSONError(f"not valid JSON ({exc})") from exc
    if (
        len(text) > MAX_STRING
        or ("\\u" in text and _ESCAPED_SURROGATE.search(text))
        or (not isinstance(data, bytes) and _RAW_SURROGATE.search(text))
        or _LONG_DIGITS.search(text)
    ):
        _check(value, 0)  # the full walk; skipped when the text cannot hold what it refuses
    return value


# What _check refuses can only come from: a text longer than MAX_STRING, a
# surrogate (escaped, or raw in a str: strict UTF-8 decoding refuses them in
# bytes), or a run of 19+ digits (|n| > 2**63 - 1); nesting was bounded above.
# Texts with none of these skip the Python-level walk.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_RAW_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LONG_DIGITS = re.compile(r"[0-9]{19}")
