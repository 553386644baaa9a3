"""Refusals of live sync: a stable code, an HTTP status and a sentence.

Each refusal changes nothing in either database. The sentences are marked for
translation in the context ``Sync`` (the app shows them translated; the room
server sends them in the client's language; the CLI prints the English).
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError

T_CODE_WRONG = _(
    "Sync", "This pairing code is not right. Check the code shown on the room's laptop."
)
T_CODE_EXPIRED = _(
    "Sync", "This pairing code has expired. Use the new code shown on the room's laptop."
)
T_CODE_USED = _(
    "Sync", "This pairing code was used already. Use the new code shown on the room's laptop."
)
T_CODE_LIMIT = _(
    "Sync", "Too many wrong pairing codes. Wait {seconds} seconds, then type the new code."
)
T_NO_PAIRING = _("Sync", "This pairing was not started or has expired. Type the code again.")
T_PAIRING_REJECTED = _("Sync", "The room's laptop refused this pairing.")
T_KEY_CHANGED = _(
    "Sync",
    "The laptop {device} is known here with another signing key: refused. If it was"
    " reinstalled, remove it from the trusted laptops first.",
)
T_BAD_PROOF = _(
    "Sync", "The other laptop could not prove it holds the key it showed: pairing refused."
)
T_NOT_PAIRED = _(
    "Sync", "This laptop is not paired with the other one. Pair them with the room's code first."
)
T_ALTERED = _("Sync", "A sync message was altered on the way (its signature does not match).")
T_OTHER_KEY = _(
    "Sync", "A sync message was signed with another key than the paired laptop's: refused."
)
T_REPLAY = _("Sync", "This sync message was received before (a replay): refused.")
T_NOT_FOR_US = _("Sync", "This sync message is meant for another laptop: refused.")
T_UNEXPECTED_REPLY = _(
    "Sync", "This sync reply answers no request this laptop is waiting for: refused."
)
T_BAD_MESSAGE = _("Sync", "A sync message is malformed ({field}): refused.")
T_BAD_OPS = _("Sync", "A sync message carries changes that are not valid: {reason}")
T_TOO_LARGE = _("Sync", "A sync message is too large: refused.")
T_GAP = _("Sync", "A sync batch does not follow what this laptop received before: refused.")
T_RATE = _("Sync", "Too many sync requests at once. Wait a few seconds.")
T_OFFLINE = _("Sync", "The room's laptop cannot be reached ({reason}).")
T_PICTURE_TOO_LARGE = _(
    "Sync",
    "A photo sent by the other laptop is larger than a photo can be: refused, nothing stored.",
)
T_PICTURE_HASH = _(
    "Sync",
    "A photo sent by the other laptop does not match its SHA-256 (it was altered): refused,"
    " nothing stored.",
)
T_PICTURE_NOT_JPEG = _(
    "Sync",
    "A photo sent by the other laptop is not a whole JPEG picture as the app makes them:"
    " refused, nothing stored.",
)
T_PICTURE_UNKNOWN = _(
    "Sync",
    "The other laptop sent a picture that no photo on this laptop refers to: refused,"
    " nothing stored.",
)
T_PICTURE_NOT_ASKED = _(
    "Sync", "The other laptop sent a photo this laptop did not ask for: refused, nothing stored."
)
T_NOT_LOCAL = _(
    "Sync",
    "{host} is not a loopback or private-network address; laptops sync only on the local network.",
)


class SyncError(DomainError):
    """A refused pairing or sync message; ``code`` and ``status`` go on the wire."""

    def __init__(self, status: int, code: str, template: str, **params: Any) -> None:
        self.status = status
        self.code = code
        super().__init__(template, **params)


def altered() -> SyncError:
    return SyncError(403, "altered", T_ALTERED)


def bad_message(field: str) -> SyncError:
    return SyncError(400, "bad_message", T_BAD_MESSAGE, field=field)


ERRORS_BY_CODE = {
    "code_wrong": T_CODE_WRONG,
    "code_expired": T_CODE_EXPIRED,
    "code_used": T_CODE_USED,
    "code_rate_limited": T_CODE_LIMIT,
    "no_pairing": T_NO_PAIRING,
    "pairing_rejected": T_PAIRING_REJECTED,
    "key_changed": T_KEY_CHANGED,
    "bad_proof": T_BAD_PROOF,
    "not_paired": T_NOT_PAIRED,
    "altered": T_ALTERED,
    "other_key": T_OTHER_KEY,
    "replay": T_REPLAY,
    "not_for_us": T_NOT_FOR_US,
    "unexpected_reply": T_UNEXPECTED_REPLY,
    "bad_message": T_BAD_MESSAGE,
    "bad_ops": T_BAD_OPS,
    "too_large": T_TOO_LARGE,
    "gap": T_GAP,
    "rate_limited": T_RATE,
    "picture_too_large": T_PICTURE_TOO_LARGE,
    "picture_hash": T_PICTURE_HASH,
    "picture_not_jpeg": T_PICTURE_NOT_JPEG,
    "picture_unknown": T_PICTURE_UNKNOWN,
    "picture_not_asked": T_PICTURE_NOT_ASKED,
}
