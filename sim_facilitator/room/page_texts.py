"""The participant page's texts, marked for Qt's translation tools.

The page (``static/index.html`` and ``static/room.js``) shows only texts of the
context "RoomPage", fetched as ``GET /i18n/{lang}.json`` from the app's own
``translations/*.ts``: Qt's translation files stay the single source. Nothing
here is called at run time; ``QT_TRANSLATE_NOOP`` only lets
``scripts/update_translations.sh`` (pyside6-lupdate) find the strings, and
``tests/test_room_page_texts.py`` checks that this list and the page agree.

Placeholders are Python-style ``{name}``; the page fills them in.
"""

from __future__ import annotations

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _

# In the order a participant meets them: header, joining, the room now, ideas,
# voting, receipts, results.
PAGE_TEXTS = (
    _("RoomPage", "Workshop room"),
    _("RoomPage", "Skip to content"),
    _("RoomPage", "Language"),
    _("RoomPage", "Join the workshop"),
    _("RoomPage", "Room code"),
    _("RoomPage", "Type the code shown on the screen."),
    _("RoomPage", "Join"),
    _("RoomPage", "Type the room code first."),
    _("RoomPage", "The room cannot be reached. Check that you are on the room's Wi-Fi."),
    _("RoomPage", "Something went wrong. Please try again."),
    _("RoomPage", "Connected"),
    _("RoomPage", "Reconnecting…"),
    _("RoomPage", "Not connected"),
    _("RoomPage", "Now in the workshop"),
    _("RoomPage", "Agenda item"),
    _("RoomPage", "Not started yet"),
    _("RoomPage", "Guiding question"),
    _("RoomPage", "Share an idea"),
    _("RoomPage", "You write for the table"),
    _("RoomPage", "The table's question"),
    _("RoomPage", "Stop writing for this table"),
    _("RoomPage", "Photo of the flipchart"),
    _("RoomPage", "Photo received. Thank you!"),
    _("RoomPage", "Photos waiting to be sent: {count}"),
    _("RoomPage", "The room cannot be reached: they are sent again by themselves."),
    _("RoomPage", "The room is busy: they are sent again by themselves."),
    _("RoomPage", "Waiting to be sent"),
    _("RoomPage", "Sending: {percent}%"),
    _("RoomPage", "Do not send this photo"),
    _("RoomPage", "Photo not accepted: {reason}"),
    _("RoomPage", "Send a photo (JPEG, PNG or WebP)."),
    _("RoomPage", "Lost when the page was closed: take the photo again."),
    _("RoomPage", "This picture is too large: at most {megabytes} MB."),
    _(
        "RoomPage",
        "Too many photos are waiting to be sent (at most {count}, {megabytes} MB together). Take this one again once they have gone.",  # noqa: E501
    ),
    _("RoomPage", "This file could not be read. Choose the photo again."),
    _(
        "RoomPage",
        "This browser cannot keep photos once the page is closed: keep this page open until they are sent.",  # noqa: E501
    ),
    _("RoomPage", "Scribe of a table? Join your table"),
    _("RoomPage", "Table code"),
    _("RoomPage", "The facilitator gives each table its code."),
    _("RoomPage", "Join the table"),
    _("RoomPage", "Type the table code first."),
    _("RoomPage", "Under the question"),
    _("RoomPage", "Your idea"),
    _("RoomPage", "{count} of {limit} characters"),
    _("RoomPage", "Your name (optional)"),
    _("RoomPage", "Send the idea"),
    _("RoomPage", "Write your idea first."),
    _("RoomPage", "Your idea is too long: {length} characters; at most {limit}."),
    _("RoomPage", "Idea received. Thank you!"),
    _("RoomPage", "Idea received. The facilitator will show it after a check."),
    _("RoomPage", "Your ideas"),
    _("RoomPage", "Sending…"),
    _("RoomPage", "Received"),
    _("RoomPage", "Waiting for the facilitator's check"),
    _("RoomPage", "Set aside by the facilitator"),
    _("RoomPage", "Not accepted"),
    _("RoomPage", "Vote"),
    _("RoomPage", "This vote is held in the room, not on phones."),
    _("RoomPage", "The vote is closed."),
    _("RoomPage", "This kind of vote cannot be used from a phone."),
    _("RoomPage", "You have {budget} dots to give; at most {limit} per option."),
    _("RoomPage", "Dots left: {left} of {budget}"),
    _("RoomPage", "Remove a dot from “{option}”"),
    _("RoomPage", "Add a dot to “{option}”"),
    _("RoomPage", "At most {limit} dots per option."),
    _("RoomPage", "No dots left: take one from another option first."),
    _("RoomPage", "Tick every option you support."),
    _("RoomPage", "Put the options in your order of preference, the best first."),
    _("RoomPage", "“{option}” is now number {rank}."),
    _("RoomPage", "Move “{option}” up"),
    _("RoomPage", "Move “{option}” down"),
    _(
        "RoomPage",
        "Give each option a score from 1 (low) to 5 (high). An option without a score is an abstention.",  # noqa: E501
    ),
    _("RoomPage", "Score {score} for “{option}”"),
    _("RoomPage", "No score"),
    _("RoomPage", "One-time voter code"),
    _("RoomPage", "A secret ballot needs the one-time voter code from your slip."),
    _("RoomPage", "Type your one-time voter code."),
    _("RoomPage", "Choose at least one option before casting your ballot."),
    _("RoomPage", "Cast my ballot"),
    _("RoomPage", "Your ballot was received at {time}."),
    _("RoomPage", "Your ballot was changed at {time}."),
    _("RoomPage", "Check code: {check}"),
    _("RoomPage", "Change my ballot"),
    _("RoomPage", "Keep my earlier ballot"),
    _("RoomPage", "A secret ballot cannot be changed once cast."),
    _("RoomPage", "Results"),
    _("RoomPage", "Ballots cast: {count}"),
    _("RoomPage", "Points: {points}"),
    _("RoomPage", "Mean score: {mean}"),
    _("RoomPage", "This page needs JavaScript."),
)
