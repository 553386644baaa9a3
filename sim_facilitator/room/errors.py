"""Refusals the room sends to phones: an HTTP status, a stable code, a sentence.

The sentences are marked ``QT_TRANSLATE_NOOP("Room", ...)`` so lupdate puts
them in the ``.ts`` files; the server translates them for the phone's
language with ``catalogue.translate`` (no Qt here). Domain refusals
(``DomainError``) keep their own template from the context ``Errors``.
"""

from __future__ import annotations

from typing import Any

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.room.catalogue import translate

BAD_JSON = _("Room", "The request could not be read; please try again.")
BAD_REQUEST = _("Room", "The request is missing “{field}” or it has the wrong form.")
BAD_ROOM = _("Room", "This room code is not right. Check the code shown on the screen.")
BAD_VOTER_CODE = _(
    "Room", "This voter code is not valid for this vote. Check the code on your slip."
)
NO_PHONE_VOTING = _("Room", "This vote does not take ballots from phones.")
NOT_FOUND = _("Room", "This page or item does not exist.")
NOT_A_PICTURE = _("Room", "Send a photo (JPEG, PNG or WebP).")
BAD_TABLE_CODE = _(
    "Room", "This table code is not right. Check the code the facilitator gave your table."
)
METHOD_NOT_ALLOWED = _("Room", "This request is not allowed here.")
ROUND_NOT_OPEN = _("Room", "This vote is not open: ballots are not accepted now.")
CODE_USED = _("Room", "This voter code has already been used for a ballot.")
ID_REUSED = _("Room", "This submission was already sent with different content.")
TOO_LARGE = _("Room", "What you sent is too long.")
NOT_JSON = _("Room", "The request must be sent as JSON.")
IDEA_TOO_LONG = _("Room", "The idea is too long ({length} characters; at most {limit}).")
IDEA_EMPTY = _("Room", "Write your idea before sending it.")
NAME_TOO_LONG = _("Room", "The name is too long (at most {limit} characters).")
RATE_LIMITED = _("Room", "Too many requests at once. Wait a few seconds and try again.")
CODES_PAUSED = _(
    "Room",
    "Too many wrong voter codes were tried in this room: code checks are paused. Try again in {seconds} seconds.",  # noqa: E501
)
IDEAS_TOO_FAST = _(
    "Room",
    "You have sent many ideas in a short time. You can send another one in {seconds} seconds.",
)
MODERATION_FULL = _(
    "Room",
    "Too many ideas are waiting for the facilitator's approval. Your idea will be sent again once some have been reviewed.",  # noqa: E501
)
TOO_MANY_STREAMS = _("Room", "Too many live connections; this page will refresh by itself.")
INTERNAL = _("Room", "Something went wrong on the facilitator's laptop; nothing was saved.")


class RoomError(Exception):
    """A refusal: nothing was changed. ``extra`` goes into the JSON body as is."""

    def __init__(
        self,
        status: int,
        code: str,
        template: str,
        params: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
        context: str = "Room",
    ) -> None:
        self.status = status
        self.code = code
        self.template = template
        self.params = params or {}
        self.extra = extra or {}
        self.context = context
        super().__init__(f"{code}: {template}")

    def message(self, lang: str) -> str:
        text = translate(lang, self.context, self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not turn a refusal
            # into a crash: fall back to the English source.
            return self.template.format(**self.params)

    def body(self, lang: str) -> dict[str, Any]:
        return {"code": self.code, "message": self.message(lang), **self.extra}


def from_domain(error: DomainError, status: int = 422, code: str = "invalid") -> RoomError:
    """A domain refusal (validation of an idea or a ballot) as a room refusal."""
    return RoomError(status, code, error.template, dict(error.params), context="Errors")


def bad_request(field: str) -> RoomError:
    return RoomError(400, "bad_request", BAD_REQUEST, {"field": field}, {"field": field})
