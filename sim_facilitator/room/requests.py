"""Reading what a phone sends: strict JSON bodies and the fields of the protocol.

Every check here refuses with a ``RoomError`` before anything touches the
database (docs/room-protocol.md §1–2).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sim_facilitator.room import errors as R
from sim_facilitator.room.errors import RoomError, bad_request

CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
ENTITY_ID = re.compile(r"[0-9a-f-]{1,64}")
LANGS = ("ar", "fr", "en")
MAX_CHOICES = 500
MAX_STATUS_IDS = 50


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_body(raw: bytes) -> dict[str, Any]:
    """A JSON object from UTF-8 bytes, refusing duplicates keys, NaN, deep nesting and
    lone surrogates (``"\\ud800"`` is valid JSON but no text: it could not be stored)."""
    try:
        text = raw.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        if "\\u" in text.lower():  # only an escape can make a lone surrogate
            json.dumps(value, ensure_ascii=False).encode("utf-8")  # UnicodeEncodeError
    except (UnicodeError, ValueError, RecursionError):
        raise RoomError(400, "bad_json", R.BAD_JSON) from None
    if not isinstance(value, dict):
        raise RoomError(400, "bad_json", R.BAD_JSON)
    return value


def client_id(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not CLIENT_ID.fullmatch(value):
        raise bad_request(key)
    return value


def text(body: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = body.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise bad_request(key)
    return value


TABLE_CODE_LENGTH = 32  # room.js sends what was typed, spaces removed; codes are 6


def table_code(body: dict[str, Any], key: str, optional: bool = False) -> str | None:
    """A breakout table's code as typed: letters and digits, spaces ignored."""
    value = body.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise bad_request(key)
    code = "".join(value.split()).upper()
    if not code or len(code) > TABLE_CODE_LENGTH or not code.isascii() or not code.isalnum():
        raise bad_request(key)
    return code


def entity_id(body: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = body.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not ENTITY_ID.fullmatch(value):
        raise bad_request(key)
    return value


def choices(body: dict[str, Any]) -> dict[str, Any]:
    value = body.get("choices")
    if not isinstance(value, dict) or len(value) > MAX_CHOICES:
        raise bad_request("choices")
    for option, points in value.items():
        if len(option) > 64 or isinstance(points, bool) or not isinstance(points, int):
            raise bad_request("choices")
    return value


def id_list(body: dict[str, Any], key: str) -> list[str]:
    value = body.get(key)
    if not isinstance(value, list) or len(value) > MAX_STATUS_IDS:
        raise bad_request(key)
    if not all(isinstance(v, str) and CLIENT_ID.fullmatch(v) for v in value):
        raise bad_request(key)
    return list(value)


def pick_language(query_lang: str | None, accept: str | None, default: str | None) -> str:
    """``?lang=``, else the first of ar/fr/en in Accept-Language, else the workshop's."""
    if query_lang in LANGS:
        return str(query_lang)
    for part in (accept or "").split(",")[:20]:
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGS:
            return tag
    return default if default in LANGS else "en"
