"""The room: participants' phones join the workshop over the local network.

Qt-free. The desktop dialog (and ``sim-facilitator room``) uses, by module:

- ``server``: ``RoomServer(db_path, workshop_id, host=None, port=0, moderated=False,
  on_change=None)``: ``start() -> RoomInfo``, ``stop()``, ``connected_phones``,
  ``set_moderated()``, ``poke()``, ``running``;
- ``server.RoomInfo``: ``url`` (for the QR code), ``urls``, ``code``, ``port``;
- ``qr``: ``qr_png(url)`` / ``qr_svg(url)`` / ``wifi_qr_png(ssid, password)``;
- ``ideas`` (moderation): ``pending_ideas``, ``approve_idea``, ``hide_idea``, ``is_shown``,
  ``room_ideas``; ``ballots`` (phone voting): ``allow_browser_votes``, ``phone_voting``.

The protocol phones speak is ``docs/room-protocol.md``.
"""
