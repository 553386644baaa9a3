"""The room-protocol cases of the conformance suite (conformance/room/cases.json).

Loaded by ``scripts/make_conformance.py`` (which writes and checks the file).
Each case is a list of steps: a request (``${name}`` placeholders filled by the
runner from the fixture's values), and what must come back: status, error
code, parts of the JSON body, and whether the database changed. Expected
messages are computed here from the app's catalogue, so a translation change
rebuilds the suite. Rule ids [R-nn] are those of docs/room-protocol.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any, cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sim_facilitator.room import errors as R
from sim_facilitator.room.catalogue import translate
from sim_facilitator.room.ideas import clean_phone_text
from sim_facilitator.room.server import Limits

Step = dict[str, Any]
Case = dict[str, Any]

ROOM = "?room=${room}"
RELAXED = {  # the shared server: no limit gets in the way of ~150 requests in a row
    "rate_burst": 100000.0,
    "rate_per_second": 10000.0,
    "idea_burst": 100000.0,
    "code_failures": 100000,
    "room_code_failures": 100000,
}
SETUPS: dict[str, dict[str, Any]] = {
    "shared": {"limits": RELAXED, "moderated": False},
    "rate": {"limits": {"rate_burst": 5.0, "rate_per_second": 0.01, "flood_429s": 3}},
    "timeout": {"limits": {**RELAXED, "body_timeout_s": 0.5}},
    "streams": {"limits": {**RELAXED, "streams_per_client": 1}},
    "ideas": {"limits": {**RELAXED, "idea_burst": 2.0, "idea_every_s": 600.0}},
    "moderated": {"limits": {**RELAXED, "max_pending_ideas": 1}, "moderated": True},
    "codes_address": {"limits": {**RELAXED, "code_failures": 2}},
    "codes_room": {"limits": {**RELAXED, "room_code_failures": 2}},
    "pairing": {"limits": RELAXED},
    "sync_rate": {"limits": {**RELAXED, "sync_rate_burst": 4.0, "sync_rate_per_second": 0.01}},
    "pictures": {"limits": RELAXED},
}
FIXTURE = {
    "room": "the room code the server drew (6 characters)",
    "workshop": "the workshop the room serves: title “Conformité”, language fr, one agenda "
    "item “Idéation”, guiding question `question`, ideas `option_1..3` under it",
    "question": "the workshop's only guiding question",
    "option_1": "an idea of the workshop, an option of every round below (also _2, _3)",
    "round_numbers": "open dots round (budget 5, max_per_option 2, stacking) with one-time "
    "numbers; the newest open round (the one in the state)",
    "code_1": "an unused one-time number of round_numbers (code_1 … code_10: ten of them)",
    "code_used": "a number of round_numbers that already cast {option_1: 2}",
    "wrong_code": "six digits that are not a number of round_numbers",
    "round_poll": "open approval round, informal poll (voting: browser)",
    "round_rank": "open ranking round, informal poll",
    "round_laptop": "open approval round without numbers nor poll (voting: none)",
    "round_draft": "draft approval round with numbers; draft_code is one of them",
    "round_closed": "closed approval round with numbers and two ballots; closed_code is an "
    "unused number of it",
    "other_question": "a question of another workshop in the same database",
    "other_round": "an open round with numbers of another workshop in the same database",
    "pairing_code": "the pairing code the room shows now (the room confirms pairings itself)",
    "server_device": "the room's device id (the runner reads /sync/hello)",
    "server_key": "the room's public key, base64 (the runner reads /sync/hello)",
    "photo_wanted": "a photo record of the workshop naming the SHA-256 of `pictures.wanted`, "
    "whose picture the room does not hold",
    "photo_held": "a photo record of the workshop naming the SHA-256 of `pictures.held`, "
    "whose picture the room holds",
}
FIXTURE_TRUST = "The room trusts (has paired) the `test` device of `test_devices`."
# Small JPEGs as the app stores them (RGB, whole), fixed bytes so cases.json is
# reproducible whatever libjpeg makes today.
PICTURES = {
    "wanted": (
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0"
        "KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
        "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAYACADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
        "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
        "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
        "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
        "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
        "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
        "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
        "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD1aise7bxM17MLBNMW2UgRm4372+UEn5TjqSO3Sov+Kw/6gn/k"
        "asObyOlUbq/MvvN2isCPSfEpjUyeJlVyBuC2MZAPfB4z+QqSPSNd86Jp/EjSxJIrvGtmibwCDjIORnGKV32G6UF/"
        "y8X/AJN/kbdFFFUc4UUUUAf/2Q=="
    ),
    "held": (
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0"
        "KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
        "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAYACADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
        "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
        "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
        "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
        "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
        "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
        "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
        "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD1aisu6bXzdyizSwW3UgIZ9+5uBk/L75H4VH/xVH/UJ/8AItc/"
        "N5EOpZ7M2KKxU03Xyil/EAV8DcFtEIB9jxmnx6ZrHmxmbXjJGrqzILVU3AEHGQcjOKOZ9g9pL+R/h/ma9FFFUahR"
        "RRQB/9k="
    ),
    "stray": (
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0"
        "KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
        "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAYACADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
        "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
        "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
        "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
        "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
        "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
        "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
        "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD1aisS9bxU1/ONPj0pbRSBEbnzN7fKCT8pxjJI7dPxqH/itv8A"
        "qA/+RqpULq/MvvDm8joaK5yPR/FRiUy+K1WQgblWwjYA9wDxkfgKki0XxB58TXHihpoUkR3jWySMuAwO3cDkA4xQ"
        "6MF/y8X/AJN/kHM+xv0UUVzlBRRRQB//2Q=="
    ),
    # Starts as a JPEG, is none: refused by its decoding, not its first bytes.
    "not_jpeg": (
        "/9j/4G5vdCBhIHBpY3R1cmUsIG9ubHkgaXRzIGZpcnN0IGJ5dGVzOyBub3QgYSBwaWN0dXJlLCBvbmx5IGl0cyBm"
        "aXJzdCBieXRlczsgbm90IGEgcGljdHVyZSwgb25seSBpdHMgZmlyc3QgYnl0ZXM7IG5vdCBhIHBpY3R1cmUsIG9u"
        "bHkgaXRzIGZpcnN0IGJ5dGVzOyA="
    ),
}


def _seed(label: str) -> bytes:
    return hashlib.sha256(f"sim-facilitator conformance key {label}".encode()).digest()


def _public(seed: bytes) -> str:
    import base64

    key = Ed25519PrivateKey.from_private_bytes(seed)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def test_devices(dev: str) -> dict[str, dict[str, str]]:
    """Keys of the suite (test keys: never trust them anywhere else)."""
    seeds = {
        "test": (dev, _seed("1")),
        "other_key": (dev, _seed("2")),
        "stranger": ("0190f3a2-0000-7000-8000-0000stranger", _seed("3")),
        "fresh_laptop": ("0190f3a2-0000-7000-8000-000000laptop", _seed("4")),
    }
    return {
        name: {"device_id": device, "seed_hex": seed.hex(), "public_key": _public(seed)}
        for name, (device, seed) in seeds.items()
    }


# -- building steps ---------------------------------------------------------------------
def refused(status: int, code: str, **more: Any) -> dict[str, Any]:
    return {"status": status, "code": code, "changes": False, **more}


def get(path: str, expect: dict[str, Any], **more: Any) -> Step:
    return {"method": "GET", "path": path, "expect": expect, **more}


def post(path: str, body: Any, expect: dict[str, Any], **more: Any) -> Step:
    return {"method": "POST", "path": path + ROOM, "json": body, "expect": expect, **more}


def raw(path: str, body: str, expect: dict[str, Any], **headers: str) -> Step:
    content = headers.pop("content_type", "application/json")
    return {
        "method": "POST",
        "path": path + ROOM,
        "headers": {"Content-Type": content, **headers},
        "body": body,
        "expect": expect,
    }


def idea(text: str = "Un centre de formation", c: str = "c", i: str = "i", **extra: Any) -> Any:
    return {"client": f"${{fresh:{c}}}", "id": f"${{fresh:{i}}}", "text": text, **extra}


def ballot(round_name: str, choices: dict[str, int], code: str | None, c: str = "c", i: str = "i"):  # type: ignore[no-untyped-def]
    body: dict[str, Any] = {
        "client": f"${{fresh:{c}}}",
        "id": f"${{fresh:{i}}}",
        "round_id": f"${{{round_name}}}",
        "choices": {f"${{{k}}}": v for k, v in choices.items()},
    }
    if code is not None:
        body["voter_code"] = code
    return body


def msg(lang: str, template: str, context: str = "Room", **params: Any) -> str:
    return translate(lang, context, template).format(**params)


def case(
    id: str, rules: list[str], description: str, steps: list[Step], setup: str = "shared"
) -> Case:
    return {"id": id, "setup": setup, "rules": rules, "description": description, "steps": steps}


def sync(spec: dict[str, Any], expect: dict[str, Any]) -> Step:
    return {"method": "POST", "path": "/sync/exchange", "sync": spec, "expect": expect}


def pictures(spec: dict[str, Any], expect: dict[str, Any]) -> Step:
    """A pictures request (section 11.2): ``want``/``lacking`` as hash placeholders,
    ``send``: names of ``pictures`` to carry; ``flip``: one byte of the first picture
    changed after its hash was taken; ``oversize``: a JPEG-looking picture of that
    many bytes."""
    return {"method": "POST", "path": "/sync/pictures", "pictures": spec, "expect": expect}


def picture_sha256(name: str) -> str:
    import base64

    return hashlib.sha256(base64.b64decode(PICTURES[name])).hexdigest()


def picture_cases() -> list[Case]:
    wanted, held, stray = (picture_sha256(n) for n in ("wanted", "held", "stray"))
    ask = pictures({}, {"status": 200, "reply": {"want": [wanted]}, "changes": False})
    too_large = refused(413, "picture_too_large")
    return [
        case(
            "pictures_flow",
            ["R-64"],
            "asked for `held`, the room sends it and asks for `wanted`; sent, it is taken "
            "once and no longer asked for",
            [
                pictures(
                    {"want": [held]},
                    {
                        "status": 200,
                        "reply": {
                            "kind": "picture_batch",
                            "taken": 0,
                            "want": [wanted],
                            "lacking": [],
                            "more": False,
                        },
                        "pictures": ["held"],
                        "changes": False,
                    },
                ),
                pictures(
                    {"send": ["wanted"]},
                    {"status": 200, "reply": {"taken": 1, "want": []}, "changes": True},
                ),
            ],
            setup="pictures",
        ),
        case(
            "pictures_lacking",
            ["R-64"],
            "the room asks for `wanted`; told the laptop lacks it, it stops asking; a hash "
            "it does not hold comes back in `lacking`",
            [
                ask,
                pictures(
                    {"lacking": [wanted], "want": [stray]},
                    {
                        "status": 200,
                        "reply": {"want": [], "lacking": [stray]},
                        "pictures": [],
                        "changes": False,
                    },
                ),
            ],
            setup="pictures",
        ),
        case(
            "pictures_not_asked",
            ["R-63"],
            "`wanted` sent before the room asked for it",
            [pictures({"send": ["wanted"]}, refused(409, "picture_not_asked"))],
            setup="pictures",
        ),
        case(
            "pictures_unknown",
            ["R-63"],
            "a whole JPEG that no photo record names",
            [ask, pictures({"send": ["stray"]}, refused(409, "picture_unknown"))],
            setup="pictures",
        ),
        case(
            "pictures_altered",
            ["R-63"],
            "`wanted` with one byte changed after its hash was taken (signed as sent)",
            [ask, pictures({"send": ["wanted"], "flip": True}, refused(400, "picture_hash"))],
            setup="pictures",
        ),
        case(
            "pictures_not_jpeg",
            ["R-63"],
            "bytes that start as a JPEG and are none",
            [ask, pictures({"send": ["not_jpeg"]}, refused(422, "picture_not_jpeg"))],
            setup="pictures",
        ),
        case(
            "pictures_too_large",
            ["R-63"],
            "a picture of 614,401 bytes, its hash right; then `wanted` with it: nothing stored",
            [
                ask,
                pictures({"oversize": 614_401}, too_large),
                pictures({"send": ["wanted"], "oversize": 614_401}, too_large),
            ],
            setup="pictures",
        ),
        *[
            case(
                f"pictures_bad_message_{name}",
                ["R-62"],
                what,
                [pictures(cast("dict[str, Any]", spec), refused(400, "bad_message"))],
                setup="pictures",
            )
            for name, spec, what in [
                (
                    "order",
                    {"want": sorted([wanted, held], reverse=True)},
                    "`want` not in ascending order",
                ),  # fmt: skip
                ("hash", {"want": ["abc"]}, "a `want` entry that is not 64 hex digits"),
                ("lacking", {"header": {"lacking": None}}, "no `lacking`"),
                ("count", {"header": {"count": 1}}, "count says 1, no picture line"),
                (
                    "line",
                    {"raw_lines": ['{"data": "AAAA", "sha256": "00"}']},
                    "a picture line that is not the canonical form",
                ),  # fmt: skip
            ]
        ],
        case(
            "pictures_replay",
            ["R-62"],
            "the same pictures request again (same counter)",
            [
                pictures({}, {"status": 200}),
                pictures({"repeat_previous": True}, refused(409, "replay")),
            ],
            setup="pictures",
        ),
        case(
            "pictures_not_paired",
            ["R-62"],
            "a pictures request from a laptop the room never paired",
            [pictures({"from": "stranger"}, refused(401, "not_paired"))],
            setup="pictures",
        ),
    ]


# -- the cases ----------------------------------------------------------------------------
def phone_cases() -> list[Case]:
    ok_state = {
        "protocol": 1,
        "workshop": {"title": "Conformité", "language": "fr"},
        "agenda": {"title": "Idéation", "started": False},
        "current_question_id": "${question}",
        "ideas": {"max_length": 500, "name_max_length": 40, "moderated": False},
        "round": {
            "id": "${round_numbers}",
            "status": "open",
            "method": "dots",
            "voting": "numbers",
            "rules": {"budget": 5, "max_per_option": 2, "stacking": True},
            "results": None,
        },
    }
    security = {
        "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; "
        "base-uri 'none'; form-action 'self'",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Server": "room",
    }
    typed = "  Un centre\t de formation\u202e \r\n\r\n\r\n pour\x07 les jeunes  "
    stored = clean_phone_text(typed)
    assert stored == "Un centre  de formation \n\npour les jeunes"  # as the doc, §5
    out = [
        case(
            "state",
            ["R-17", "R-18", "R-10"],
            "the state object: the workshop, the newest open round, no results while open",
            [
                get(
                    "/api/state" + ROOM,
                    {
                        "status": 200,
                        "json": ok_state,
                        "headers": {**security, "Cache-Control": "no-store"},
                        "changes": False,
                    },
                )
            ],
        ),
        case(
            "room_code_case_and_spaces",
            ["R-01"],
            "the room code is compared without case and spaces",
            [get("/api/state?room=%20${room:lower}", {"status": 200, "json": {"protocol": 1}})],
        ),
        case(
            "room_code_missing",
            ["R-01", "R-08"],
            "no room code",
            [get("/api/state", refused(403, "bad_room"))],
        ),
        case(
            "room_code_wrong",
            ["R-01", "R-07"],
            "a wrong room code; ?lang=fr picks French",
            [
                get(
                    "/api/state?room=ZZZZZZ9&lang=fr",
                    refused(403, "bad_room", json={"message": msg("fr", R.BAD_ROOM)}),
                )
            ],
        ),
        case(
            "language_from_accept_language",
            ["R-07"],
            "no ?lang: the first of ar/fr/en in Accept-Language",
            [
                get(
                    "/api/state?room=WRONG1",
                    refused(403, "bad_room", json={"message": msg("ar", R.BAD_ROOM)}),
                    headers={"Accept-Language": "de-DE, ar;q=0.8, fr;q=0.5"},
                )
            ],
        ),
        case(
            "bad_host",
            ["R-11"],
            "a Host that is not one of the room's addresses (DNS rebinding)",
            [
                get(
                    "/api/state" + ROOM,
                    refused(421, "bad_host"),
                    headers={"Host": "attacker.example:80"},
                ),
                get(
                    "/api/state" + ROOM,
                    {"status": 200},
                    headers={"Host": "localhost"},
                ),
            ],
        ),
        case(
            "unknown_path_and_method",
            ["R-12"],
            "an unknown path is 404 not_found, a wrong method 405 method_not_allowed",
            [
                get("/api/nothing" + ROOM, refused(404, "not_found")),
                get("/api/ideas" + ROOM, refused(405, "method_not_allowed")),
            ],
        ),
        case(
            "page_and_static_files",
            ["R-15", "R-10"],
            "the page at / and /r/CODE, its files with an ETag (304 on If-None-Match)",
            [
                get("/", {"status": 200, "headers": {"Content-Type": "text/html; charset=utf-8"}}),
                get("/r/${room}", {"status": 200, "headers": security}),
                get(
                    "/static/room.js",
                    {"status": 200, "headers": {"Cache-Control": "no-cache", "ETag": "*"}},
                    save_headers={"etag": "etag"},
                ),
                get(
                    "/static/room.js",
                    {"status": 304},
                    headers={"If-None-Match": "${etag}"},
                ),
                get("/static/nothing.js", refused(404, "not_found")),
                get("/static/..%2Fserver.py", refused(404, "not_found")),
                get("/static/Room.JS", refused(404, "not_found")),
            ],
        ),
        case(
            "translations",
            ["R-16"],
            "the page's strings; no room code needed; other languages 404",
            [
                get("/i18n/ar.json", {"status": 200, "json": {"lang": "ar", "dir": "rtl"}}),
                get("/i18n/fr.json", {"status": 200, "json": {"lang": "fr", "dir": "ltr"}}),
                get("/i18n/de.json", refused(404, "not_found")),
            ],
        ),
        case(
            "live_stream",
            ["R-19"],
            "the first event comes at once: retry, id = version, event: state, data",
            [
                get(
                    "/api/events" + ROOM,
                    {
                        "status": 200,
                        "event": True,
                        "headers": {"Content-Type": "text/event-stream; charset=utf-8"},
                    },
                    stream=True,
                )
            ],
        ),
        case(
            "live_stream_bad_room",
            ["R-01", "R-19"],
            "a live stream needs the room code too",
            [get("/api/events?room=NOPE22", refused(403, "bad_room"), stream=True)],
        ),
        case(
            "too_many_streams",
            ["R-20"],
            "one stream per address in this setup: the second is 503 too_many_streams",
            [
                get("/api/events" + ROOM, {"status": 200, "event": True}, stream=True),
                get("/api/events" + ROOM, refused(503, "too_many_streams"), stream=True),
            ],
            setup="streams",
        ),
        # -- bodies
        case(
            "not_json_content_type",
            ["R-02", "R-13"],
            "a POST without Content-Type: application/json (checked before the size)",
            [raw("/api/ideas", "x" * 9000, refused(415, "not_json"), content_type="text/plain")],
        ),
        case(
            "body_too_large",
            ["R-03"],
            "8193 bytes of JSON",
            [raw("/api/ideas", json.dumps({"pad": "x" * (8193 - 11)}), refused(413, "too_large"))],
        ),
        case(
            "body_8192_bytes",
            ["R-03", "R-05"],
            "8192 bytes are read; an unknown key is ignored",
            [
                raw(
                    "/api/ideas",
                    _padded(idea(), 8192),
                    {"status": 201, "changes": True},
                )
            ],
        ),
        *[
            case(
                f"bad_json_{name}",
                ["R-04"],
                what,
                [raw("/api/ideas", body, refused(400, "bad_json"))],
            )
            for name, body, what in [
                ("syntax", '{"client": ', "not JSON"),
                ("array", "[1, 2]", "JSON, but not an object"),
                ("duplicate_key", '{"text": "a", "text": "b"}', "a key twice"),
                ("nan", '{"text": NaN}', "NaN is not JSON"),
                ("lone_surrogate", '{"text": "\\ud800"}', "a lone surrogate escape"),
                ("deep", "[" * 4000 + "]" * 4000, "nesting too deep to read"),
            ]
        ],
        case(
            "order_room_before_body",
            ["R-13", "R-01"],
            "a wrong room code and a broken body: the room code is checked first",
            [
                {
                    "method": "POST",
                    "path": "/api/ideas?room=WRONG2",
                    "headers": {"Content-Type": "application/json"},
                    "body": "{",
                    "expect": refused(403, "bad_room"),
                }
            ],
        ),
        case(
            "slow_body",
            ["R-14"],
            "a body that does not arrive in time (0.5 s in this setup)",
            [
                {
                    "method": "POST",
                    "path": "/api/ideas" + ROOM,
                    "headers": {"Content-Type": "application/json"},
                    "body": json.dumps(idea()),
                    "partial": 10,
                    "expect": refused(408, "timeout"),
                }
            ],
            setup="timeout",
        ),
    ]
    out += idea_cases(stored, typed)
    out += ballot_cases()
    out += limit_cases()
    out += table_cases()
    return out


def table_cases() -> list[Case]:
    """A breakout table's scribe (section 11): codes checked, pictures by their type."""
    photo_path = (
        "/api/photos?room=${room}&table_code=${table_code}&client=${fresh:c}&name=notes.txt"
    )
    return [
        case(
            "table_join",
            ["R-59"],
            "the table's code joins it: its id, name and question",
            [
                post(
                    "/api/tables/join",
                    {"code": "${table_code}"},
                    {"status": 200, "changes": False, "body": {"table": {"id": "${table}"}}},
                )
            ],
        ),
        case(
            "table_join_bad_code",
            ["R-59"],
            "a code no table has",
            [post("/api/tables/join", {"code": "ZZZZZZ"}, refused(403, "bad_table_code"))],
        ),
        case(
            "table_idea_bad_code",
            ["R-60"],
            "an idea for a table code no table has is not stored",
            [post("/api/ideas", idea(table_code="ZZZZZZ"), refused(403, "bad_table_code"))],
        ),
        case(
            "table_photo_not_a_picture",
            ["R-61"],
            "a photo sent as text is refused before it is read",
            [
                {
                    "method": "POST",
                    "path": photo_path,
                    "headers": {"Content-Type": "text/plain"},
                    "body": "not a picture",
                    "expect": refused(415, "not_a_picture"),
                }
            ],
        ),
    ]


def _padded(body: dict[str, Any], size: int) -> str:
    """``body`` with a key ``pad`` making its JSON exactly ``size`` bytes (placeholders
    ``${fresh:x}`` become 24 characters)."""
    filled = json.dumps({**body, "pad": ""}, ensure_ascii=False)
    length = len(filled.encode()) + filled.count("${fresh:") * (24 - len("${fresh:c}"))
    return json.dumps({**body, "pad": "x" * (size - length)}, ensure_ascii=False)


def idea_cases(stored: str, typed: str) -> list[Case]:
    receipt = {
        "id": "*",
        "text": stored,
        "question_id": "${question}",
        "name": "Samira",
        "status": "shown",
    }
    first = idea(typed, question_id="${question}", name=" Samira\n")
    return [
        case(
            "idea_stored_retried_reused",
            ["R-21", "R-23", "R-24"],
            "an idea is cleaned and stored (201); the same submission again is 200 with the "
            "same receipt and stores nothing; the same id with other text is 409 id_reused",
            [
                post(
                    "/api/ideas",
                    first,
                    {"status": 201, "json": {"receipt": receipt}, "changes": True},
                ),
                post(
                    "/api/ideas",
                    first,
                    {"status": 200, "json": {"receipt": receipt}, "changes": False},
                ),
                post(
                    "/api/ideas",
                    {**first, "text": "Autre chose"},
                    refused(409, "id_reused"),
                ),
            ],
        ),
        case(
            "idea_status",
            ["R-26"],
            "what became of my ideas: shown, unknown",
            [
                post("/api/ideas", idea(), {"status": 201}),
                post(
                    "/api/ideas/status",
                    {"client": "${fresh:c}", "ids": ["${fresh:i}", "${fresh:j}"]},
                    {
                        "status": 200,
                        "json": {"ideas": {"${fresh:i}": "shown", "${fresh:j}": "unknown"}},
                        "changes": False,
                    },
                ),
                post(
                    "/api/ideas/status",
                    {"client": "${fresh:c}", "ids": ["${fresh:i}"] * 51},
                    refused(400, "bad_request", json={"field": "ids"}),
                ),
                post(
                    "/api/ideas/status",
                    {"client": "${fresh:c}", "ids": ["short"]},
                    refused(400, "bad_request", json={"field": "ids"}),
                ),
            ],
        ),
        case(
            "idea_empty",
            ["R-21"],
            "nothing left after cleaning",
            [post("/api/ideas", idea(" \u202a\n\t "), refused(422, "invalid"))],
        ),
        case(
            "idea_500_and_501",
            ["R-21"],
            "500 characters are taken, 501 refused",
            [
                post("/api/ideas", idea("é" * 500), {"status": 201, "changes": True}),
                post("/api/ideas", idea("é" * 501, i="j"), refused(422, "invalid")),
            ],
        ),
        case(
            "idea_name_too_long",
            ["R-23"],
            "a name of 41 characters",
            [post("/api/ideas", idea(name="n" * 41), refused(422, "invalid"))],
        ),
        case(
            "idea_question_of_another_workshop",
            ["R-22"],
            "a question of another workshop is unknown here",
            [
                post(
                    "/api/ideas",
                    idea(question_id="${other_question}"),
                    refused(404, "not_found"),
                )
            ],
        ),
        case(
            "idea_question_malformed",
            ["R-22", "R-06"],
            "question_id that is not an id",
            [
                post(
                    "/api/ideas",
                    idea(question_id="Q?"),
                    refused(400, "bad_request", json={"field": "question_id"}),
                )
            ],
        ),
        *[
            case(
                f"idea_bad_{field}",
                ["R-06"],
                f"{field}: {what}",
                [
                    post(
                        "/api/ideas",
                        {**idea(), field: value} if value is not None else _without(idea(), field),
                        refused(400, "bad_request", json={"field": field}),
                    )
                ],
            )
            for field, value, what in [
                ("client", "short", "15 characters or fewer"),
                ("client", "a" * 65, "65 characters"),
                ("id", "with space in it 123", "a space"),
                ("text", None, "missing"),
                ("text", 12, "a number"),
            ]
        ],
    ]


def _without(body: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != key}


def ballot_cases() -> list[Case]:
    one = {"option_1": 2, "option_2": 1, "option_3": 0}
    receipt = {
        "round_id": "${round_numbers}",
        "choices": {"${option_1}": 2, "${option_2}": 1},
        "replaced": False,
        "check": "*",
    }
    first = ballot("round_numbers", one, "# ${code_1}")
    return [
        case(
            "ballot_with_a_number",
            ["R-30", "R-31", "R-28"],
            "a one-time number votes once (zeros dropped, '#' and spaces ignored); the same "
            "submission again is 200 and stores nothing; another submission with that "
            "number is 409 code_used, whatever its choices",
            [
                post(
                    "/api/ballots",
                    first,
                    {"status": 201, "json": {"receipt": receipt}, "changes": True},
                ),
                post(
                    "/api/ballots",
                    first,
                    {"status": 200, "json": {"receipt": receipt}, "changes": False},
                ),
                post("/api/ballots", {**first, "id": "${fresh:i2}"}, refused(409, "code_used")),
                post(
                    "/api/ballots",
                    ballot("round_numbers", {"option_3": 1}, "${code_1}", i="i3"),
                    refused(409, "code_used"),
                ),
            ],
        ),
        case(
            "ballot_number_used_before",
            ["R-31"],
            "a number that voted before this server started",
            [
                post(
                    "/api/ballots",
                    ballot("round_numbers", {"option_1": 2}, "${code_used}"),
                    refused(409, "code_used"),
                )
            ],
        ),
        *[
            case(
                f"ballot_bad_voter_code_{name}",
                ["R-28"],
                what,
                [
                    post(
                        "/api/ballots",
                        ballot("round_numbers", one, code),
                        refused(403, "bad_voter_code"),
                    )
                ],
            )
            for name, code, what in [
                ("wrong", "${wrong_code}", "six digits that are not a number of the round"),
                ("missing", None, "no number in a round with numbers"),
                ("letters", "12a456", "not six digits"),
                ("other_round", "${closed_code}", "a number of another round"),
            ]
        ],
        case(
            "ballot_voter_code_too_long",
            ["R-28"],
            "a voter_code over 64 characters is a malformed request",
            [
                post(
                    "/api/ballots",
                    ballot("round_numbers", one, "1" * 65),
                    refused(400, "bad_request", json={"field": "voter_code"}),
                )
            ],
        ),
        *[
            case(
                f"ballot_breaks_a_rule_{name}",
                ["R-29"],
                what,
                [post("/api/ballots", ballot(rnd, choices, code), refused(422, "invalid"))],
            )
            for name, rnd, choices, code, what in [
                (
                    "over_budget",
                    "round_numbers",
                    {"option_1": 2, "option_2": 2, "option_3": 2},
                    "${code_2}",
                    "6 dots of 5",
                ),
                (
                    "over_per_option",
                    "round_numbers",
                    {"option_1": 3},
                    "${code_2}",
                    "3 dots on one option, at most 2",
                ),
                ("negative", "round_numbers", {"option_1": -1}, "${code_2}", "a negative number"),
                ("rank_twice", "round_rank", {"option_1": 1, "option_2": 1}, None, "rank 1 twice"),
            ]
        ],
        case(
            "ballot_unknown_option",
            ["R-29"],
            "an option that is not one of the round's",
            [
                post(
                    "/api/ballots",
                    {
                        **ballot("round_numbers", {}, "${code_2}"),
                        "choices": {"${other_question}": 1},
                    },
                    refused(422, "invalid"),
                )
            ],
        ),
        *[
            case(
                f"ballot_malformed_choices_{name}",
                ["R-29"],
                what,
                [
                    post(
                        "/api/ballots",
                        {**ballot("round_numbers", {}, "${code_2}"), "choices": choices},
                        refused(400, "bad_request", json={"field": "choices"}),
                    )
                ],
            )
            for name, choices, what in [
                ("list", ["${option_1}"], "a list, not an object"),
                ("fraction", {"${option_1}": 1.5}, "not a whole number"),
                ("boolean", {"${option_1}": True}, "a boolean"),
                ("too_many", {f"o{n}": 0 for n in range(501)}, "501 entries"),
                ("long_key", {"k" * 65: 1}, "an option id over 64 characters"),
            ]
        ],
        *[
            case(
                f"ballot_round_{name}",
                ["R-27"],
                what,
                [
                    post(
                        "/api/ballots",
                        ballot(rnd, {"option_1": 1}, code),
                        refused(status, code_name),
                    )
                ],
            )
            for name, rnd, code, status, code_name, what in [
                (
                    "laptop_only",
                    "round_laptop",
                    None,
                    403,
                    "no_phone_voting",
                    "voted on the laptop",
                ),
                ("draft", "round_draft", "${draft_code}", 409, "round_not_open", "a draft"),
                ("closed", "round_closed", "${closed_code}", 409, "round_not_open", "closed"),
                (
                    "other_workshop",
                    "other_round",
                    "${code_3}",
                    404,
                    "not_found",
                    "another workshop's",
                ),
                ("unknown", "wrong_code", None, 404, "not_found", "no such round"),
            ]
        ],
        case(
            "ballot_round_id_malformed",
            ["R-27", "R-06"],
            "a round id that is not an id",
            [
                post(
                    "/api/ballots",
                    {**ballot("round_numbers", one, "${code_2}"), "round_id": "ROUND!"},
                    refused(400, "bad_request", json={"field": "round_id"}),
                )
            ],
        ),
        case(
            "informal_poll",
            ["R-32", "R-30"],
            "one browser, one voter: the same choices again store nothing (200); other "
            "choices replace its ballot (201, replaced)",
            [
                post(
                    "/api/ballots",
                    ballot("round_poll", {"option_1": 1}, None),
                    {"status": 201, "json": {"receipt": {"replaced": False}}, "changes": True},
                ),
                post(
                    "/api/ballots",
                    ballot("round_poll", {"option_1": 1}, None, i="i2"),
                    {"status": 200, "json": {"receipt": {"replaced": False}}, "changes": False},
                ),
                post(
                    "/api/ballots",
                    ballot("round_poll", {"option_2": 1}, None, i="i3"),
                    {"status": 201, "json": {"receipt": {"replaced": True}}, "changes": True},
                ),
            ],
        ),
        case(
            "voter_check",
            ["R-33"],
            "checking a number stores nothing; the same refusals as a ballot",
            [
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${code_4}"},
                    {"status": 200, "json": {"ok": True}, "changes": False},
                ),
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${code_used}"},
                    refused(409, "code_used"),
                ),
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${wrong_code}"},
                    refused(403, "bad_voter_code"),
                ),
                post(
                    "/api/voter-check",
                    {"round_id": "${round_laptop}", "voter_code": "${code_4}"},
                    refused(403, "no_phone_voting"),
                ),
                post(
                    "/api/voter-check",
                    {"round_id": "${round_closed}", "voter_code": "${closed_code}"},
                    refused(409, "round_not_open"),
                ),
            ],
        ),
    ]


def limit_cases() -> list[Case]:
    state = "/api/state" + ROOM
    return [
        case(
            "rate_limited_then_cut_off",
            ["R-34", "R-35", "R-08"],
            "5 requests at once in this setup, then 429 rate_limited with Retry-After; after "
            "3 refusals in a row the last one closes the connection, and the next "
            "connection is closed at once",
            [
                get(state, {"status": 200}, repeat=5),
                get(state, refused(429, "rate_limited"), repeat=2),
                get(state, refused(429, "rate_limited", headers={"Connection": "close"})),
                get(state, {"status": 0}),
            ],
            setup="rate",
        ),
        case(
            "ideas_too_fast",
            ["R-38"],
            "2 ideas at once in this setup, then 429 ideas_too_fast, nothing stored",
            [
                post("/api/ideas", idea(i="a"), {"status": 201}),
                post("/api/ideas", idea(i="b"), {"status": 201}),
                post("/api/ideas", idea(i="c"), refused(429, "ideas_too_fast")),
            ],
            setup="ideas",
        ),
        case(
            "moderated_and_full",
            ["R-25", "R-39"],
            "a moderated room: the idea waits (pending); with 1 waiting (this setup), the "
            "next is 429 moderation_full and not stored",
            [
                get(state, {"status": 200, "json": {"ideas": {"moderated": True}}}),
                post(
                    "/api/ideas",
                    idea(i="a"),
                    {"status": 201, "json": {"receipt": {"status": "pending"}}, "changes": True},
                ),
                post("/api/ideas", idea(i="b"), refused(429, "moderation_full")),
            ],
            setup="moderated",
        ),
        case(
            "wrong_codes_from_one_address",
            ["R-36"],
            "2 wrong numbers from one address (this setup), then even a right one is 429 "
            "rate_limited; a poll ballot without a number still goes through",
            [
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${wrong_code}"},
                    refused(403, "bad_voter_code"),
                    repeat=2,
                ),
                post(
                    "/api/ballots",
                    ballot("round_numbers", {"option_1": 1}, "${code_5}"),
                    refused(429, "rate_limited"),
                ),
                post(
                    "/api/ballots",
                    ballot("round_poll", {"option_1": 1}, None, i="j"),
                    {"status": 201, "changes": True},
                ),
            ],
            setup="codes_address",
        ),
        case(
            "wrong_codes_in_the_room",
            ["R-37"],
            "more than 2 wrong numbers in the room (this setup) pause every request that "
            "carries a number (429 codes_paused); a poll ballot without one goes through",
            [
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${wrong_code}"},
                    refused(403, "bad_voter_code"),
                    repeat=3,
                ),
                post(
                    "/api/voter-check",
                    {"round_id": "${round_numbers}", "voter_code": "${code_5}"},
                    refused(429, "codes_paused"),
                ),
                post(
                    "/api/ballots",
                    ballot("round_numbers", {"option_1": 1}, "${code_5}"),
                    refused(429, "codes_paused"),
                ),
                post(
                    "/api/ballots",
                    ballot("round_poll", {"option_1": 1}, None, i="j"),
                    {"status": 201, "changes": True},
                ),
            ],
            setup="codes_room",
        ),
    ]


# -- laptops ------------------------------------------------------------------------------
def sync_cases(ws_line: str, ws_op_id: str, bad_line: str) -> list[Case]:
    applied = {"pushed": "applied", "reset": False, "to": "${test_device}"}
    one_op = {
        "ops": [ws_line],
        "header": {"after": 0, "upto": 1, "upto_anchor": ws_op_id},
    }
    pair = {"method": "POST", "path": "/sync/pair"}
    confirm = {"method": "POST", "path": "/sync/pair/confirm"}
    return [
        case(
            "sync_hello",
            ["R-41", "R-40"],
            "who the room is; /sync/ needs no room code and is not checked for Host",
            [
                get(
                    "/sync/hello",
                    {
                        "status": 200,
                        "json": {
                            "proto": "sim-sync/1",
                            "device_id": "${server_device}",
                            "public_key": "${server_key}",
                            "fingerprint": "*",
                            "workshop_id": "${workshop}",
                        },
                    },
                    headers={"Host": "attacker.example"},
                ),
                {
                    "method": "GET",
                    "path": "/sync/exchange",
                    "expect": refused(405, "method_not_allowed"),
                },
            ],
        ),
        case(
            "sync_empty_exchange",
            ["R-56", "R-57"],
            "a request carrying no ops: a signed batch answering it",
            [
                sync(
                    {},
                    {"status": 200, "reply": {**applied, "taken": 0, "after": 0}, "changes": False},
                )
            ],
        ),
        case(
            "sync_ops_merged_once",
            ["R-56", "R-57"],
            "one op is merged (taken 1); the same op again in a new request changes nothing",
            [
                sync(one_op, {"status": 200, "reply": {**applied, "taken": 1}, "changes": True}),
                sync(one_op, {"status": 200, "reply": {**applied, "taken": 0}, "changes": False}),
            ],
        ),
        case(
            "sync_gap",
            ["R-56"],
            "`after` beyond the room's cursor on the sender: nothing merged, pushed gap",
            [
                sync(
                    {"header": {"after": 1000, "upto": 1001}},
                    {"status": 200, "reply": {"pushed": "gap"}, "changes": False},
                )
            ],
        ),
        case(
            "sync_reset",
            ["R-57"],
            "pull_anchor does not name the op at pull_after: the batch starts at 0 (reset)",
            [
                sync(
                    {"header": {"pull_after": 3, "pull_anchor": "0" * 64}},
                    {"status": 200, "reply": {"reset": True, "after": 0}, "changes": False},
                )
            ],
        ),
        case(
            "sync_replay",
            ["R-53"],
            "the same request again (same counter)",
            [
                sync({}, {"status": 200}),
                sync({"repeat_previous": True}, refused(409, "replay")),
            ],
        ),
        case(
            "sync_altered_signature",
            ["R-52"],
            "one flipped bit of the signature",
            [
                sync(
                    {"ops": [ws_line], "header": one_op["header"], "mutate": "flip_signature"},
                    refused(403, "altered"),
                )
            ],
        ),
        case(
            "sync_altered_op",
            ["R-52"],
            "one flipped bit in an op line after signing",
            [
                sync(
                    {"ops": [ws_line], "header": one_op["header"], "mutate": "flip_body"},
                    refused(403, "altered"),
                )
            ],
        ),
        case(
            "sync_signed_by_another_key",
            ["R-52"],
            "names the trusted key but is signed by another",
            [sync({"sign": "other_key"}, refused(403, "altered"))],
        ),
        case(
            "sync_other_key",
            ["R-51"],
            "names (and signs with) a key other than the sender's trusted key",
            [sync({"key": "other_key", "sign": "other_key"}, refused(403, "other_key"))],
        ),
        case(
            "sync_not_for_us",
            ["R-49"],
            "meant for another room (`to` is another device)",
            [sync({"header": {"to": "${stranger_device}"}}, refused(403, "not_for_us"))],
        ),
        case(
            "sync_not_paired",
            ["R-50"],
            "from a laptop the room never paired",
            [sync({"from": "stranger"}, refused(401, "not_paired"))],
        ),
        *[
            case(
                f"sync_bad_message_{name}",
                ["R-48"],
                what,
                [sync(cast("dict[str, Any]", spec), refused(400, "bad_message"))],
            )
            for name, spec, what in [
                ("noncanonical", {"mutate": "noncanonical"}, "a header that is not canonical JSON"),
                ("no_signature", {"mutate": "no_signature"}, "no Sim-Sync-Signature header"),
                ("proto", {"header": {"proto": "sim-sync/2"}}, "another protocol"),
                ("kind", {"header": {"kind": "batch"}}, "a reply sent as a request"),
                ("no_counter", {"header": {"counter": None}}, "no counter"),
                ("upto_below_after", {"header": {"after": 5, "upto": 4}}, "upto < after"),
                ("count", {"header": {"count": 1}}, "count says 1, no op line"),
                (
                    "anchor",
                    {"header": {"pull_anchor": "xyz"}},
                    "an anchor that is not 64 hex digits",
                ),
            ]
        ],
        case(
            "sync_bad_ops",
            ["R-54"],
            "a signed message whose op line is not canonical JSON",
            [sync({"ops": [bad_line], "header": {"upto": 1}}, refused(400, "bad_ops"))],
        ),
        case(
            "sync_too_large",
            ["R-55"],
            "a message of 16 MiB + 1 byte",
            [sync({"pad_to": 16 * 1024 * 1024 + 1}, refused(413, "too_large"))],
        ),
        # -- pairing
        case(
            "pair_wrong_code",
            ["R-43"],
            "a code that is not the one shown",
            [{**pair, "pair": {"code": "0000000"}, "expect": refused(403, "code_wrong")}],
        ),
        *[
            case(
                f"pair_malformed_{name}",
                ["R-42"],
                what,
                [
                    {
                        **pair,
                        "pair": {"fields": fields},
                        "expect": refused(400, "bad_message", json={"message": "*"}),
                    }
                ],
            )
            for name, fields, what in [
                ("no_nonce", {"nonce": None}, "no nonce"),
                ("short_nonce", {"nonce": "AAAA"}, "a nonce of 3 bytes"),
                ("key", {"public_key": "not base64!"}, "a public key that is not base64"),
                ("label", {"label": "l" * 65}, "a label of 65 characters"),
                ("device", {"device_id": "a b"}, "a device id with a space"),
            ]
        ],
        case(
            "pair_not_json",
            ["R-42"],
            "a pairing body that is not JSON; one over 4 KiB",
            [
                {
                    **pair,
                    "headers": {"Content-Type": "application/json"},
                    "body": "{",
                    "expect": refused(400, "bad_json"),
                },
                {
                    **pair,
                    "headers": {"Content-Type": "application/json"},
                    "body": " " * 4097,
                    "expect": refused(413, "too_large"),
                },
            ],
        ),
        case(
            "pair_known_device_new_key",
            ["R-47"],
            "the right code from a device the room knows with another key",
            [
                {
                    **pair,
                    "pair": {"device": "test", "key": "fresh_laptop"},
                    "expect": refused(409, "key_changed"),
                }
            ],
        ),
        case(
            "pair_confirm_unknown",
            ["R-46"],
            "confirming a pairing that was never started",
            [{**confirm, "confirm": {"pairing": "unknown"}, "expect": refused(404, "no_pairing")}],
        ),
        case(
            "pairing_flow",
            ["R-45", "R-46", "R-43"],
            "the right code: the room's proof verifies; a bad client proof is refused and "
            "ends the pairing; pairing again is refused since the code is used",
            [
                {
                    **pair,
                    "pair": {},
                    "expect": {
                        "status": 200,
                        "json": {"confirm": "auto", "fingerprint": "*", "your_fingerprint": "*"},
                        "changes": False,
                    },
                },
                {**confirm, "confirm": {"proof": "bad"}, "expect": refused(403, "bad_proof")},
                {**confirm, "confirm": {}, "expect": refused(404, "no_pairing")},
                {**pair, "pair": {}, "expect": refused(410, "code_used")},
            ],
            setup="pairing",
        ),
        case(
            "pairing_confirmed",
            ["R-45", "R-46"],
            "the right code and a valid proof: paired; the room now takes the laptop's "
            "signed messages (the record itself does not change)",
            [
                {**pair, "pair": {}, "expect": {"status": 200, "changes": False}},
                {
                    **confirm,
                    "confirm": {},
                    "expect": {"status": 200, "json": {"status": "paired"}},
                },
                sync(
                    {"from": "fresh_laptop"},
                    {"status": 200, "reply": {"to": "${fresh_laptop_device}"}, "changes": False},
                ),
            ],
            setup="pairing",
        ),
        case(
            "pair_code_rate_limited",
            ["R-44", "R-08"],
            "5 wrong codes from one address, then even the right one is 429 with retry_after",
            [
                {
                    **pair,
                    "pair": {"code": "0000000"},
                    "expect": refused(403, "code_wrong"),
                    "repeat": 5,
                },
                {**pair, "pair": {}, "expect": refused(429, "code_rate_limited")},
            ],
            setup="pairing",
        ),
        case(
            "sync_rate_limited",
            ["R-58"],
            "4 /sync/ requests at once in this setup (the runner's own /sync/hello first), "
            "then 429 rate_limited",
            [
                get("/sync/hello", {"status": 200}, repeat=3),
                get("/sync/hello", refused(429, "rate_limited")),
            ],
            setup="sync_rate",
        ),
    ]


def render(dev: str, op_line: Callable[[], tuple[str, str]], bad_line: str) -> bytes:
    """cases.json of the room suite."""
    ws_line, ws_op_id = op_line()
    devices = test_devices(dev)
    cases = phone_cases() + sync_cases(ws_line, ws_op_id, bad_line) + picture_cases()
    for entry in cases:  # a refusal that must leave the database as it was
        steps = [s["expect"] for s in entry["steps"]]
        if any("code" in e and e.get("changes") is False for e in steps):
            entry["rules"] = sorted({*entry["rules"], "R-09"})
    known = {f for f in Limits.__dataclass_fields__}
    for name, setup in SETUPS.items():
        assert set(setup.get("limits", {})) <= known, name
    document = {
        "protocol": 1,
        "sync_protocol": "sim-sync/1",
        "fixture": FIXTURE,
        "fixture_trust": FIXTURE_TRUST,
        "setups": SETUPS,
        "test_devices": devices,
        "pictures": PICTURES,
        "cases": cases,
    }
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    return text.encode("utf-8")
