"""The room: participants' phones join the workshop over the local network.

Qt-free. The desktop dialog (and ``sim-facilitator room``) uses:

- ``RoomServer(db_path, workshop_id, host=None, port=0, moderated=False,
  on_change=None)``: ``start() -> RoomInfo``, ``stop()``, ``connected_phones``,
  ``set_moderated()``, ``poke()``, ``running``;
- ``RoomInfo``: ``url`` (for the QR code), ``urls``, ``code``, ``port``;
- ``qr_png(url)`` / ``qr_svg(url)`` / ``wifi_qr_png(ssid, password)``;
- moderation: ``pending_ideas``, ``approve_idea``, ``hide_idea``, ``is_shown``,
  ``room_ideas``; phone voting: ``allow_browser_votes``, ``phone_voting``.

The protocol phones speak is ``docs/room-protocol.md``.
"""

from __future__ import annotations

from .ballots import allow_browser_votes, phone_voting
from .ideas import approve_idea, hide_idea, is_shown, pending_ideas, room_ideas
from .qr import qr_png, qr_svg, wifi_qr_png
from .server import Limits, RoomInfo, RoomServer, new_room_code

__all__ = [
    "Limits",
    "RoomInfo",
    "RoomServer",
    "allow_browser_votes",
    "approve_idea",
    "hide_idea",
    "is_shown",
    "new_room_code",
    "pending_ideas",
    "phone_voting",
    "qr_png",
    "qr_svg",
    "room_ideas",
    "wifi_qr_png",
]
