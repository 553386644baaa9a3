"""Live sync from the command line: pair with a room, then keep in step with it.

    sim-facilitator join --db PATH [URL] [--code CODE] [--yes] [--label NAME]

URL is the room's address as shown on its screen (``http://192.168.1.20:8080``);
without it the room is looked for on the local network (mDNS) for 3 seconds.
With --code the laptop pairs first: one JSON line shows both fingerprints
(``{"status": "pairing", "room_fingerprint", "own_fingerprint", ...}``); the
person compares them with the room's screen and answers y (``--yes`` accepts for
scripts). Then it syncs until SIGTERM or Ctrl+C, printing one JSON line per
exchange that moved ops and per change of state:
``{"sent": n, "received": m, "status": "connected"|"offline"|"refused",
"last_sync": ms, "conflicts": k}``. Exit 0 when stopped; 1 when pairing is refused.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from types import FrameType
from typing import Any

from sim_facilitator.commands import add_db
from sim_facilitator.paths import resolve_db_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    join = sub.add_parser("join", help="pair with a room's laptop and keep in sync with it")
    add_db(join)
    join.add_argument("url", nargs="?", help="the room's address (default: look on the network)")
    join.add_argument("--code", help="the pairing code shown by the room (first time only)")
    join.add_argument("--yes", action="store_true", help="accept the fingerprints without asking")
    join.add_argument("--label", default="", help="a name for this laptop on the room's screen")
    join.add_argument("--interval", type=float, default=0.5, help="seconds between exchanges")


def _say(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, sort_keys=True), flush=True)


def _find_room() -> str:
    from sim_facilitator.room.discovery import browse

    rooms = browse()
    if not rooms:
        print("sim-facilitator: no room found on the network; type its address", file=sys.stderr)
        raise SystemExit(1)
    _say({"status": "found", "url": rooms[0].url, "room_fingerprint": rooms[0].fingerprint})
    return rooms[0].url


def run(args: argparse.Namespace) -> int | None:
    if args.command != "join":
        return None
    from sim_facilitator.room.sync_client import SyncClient, finish_pairing, start_pairing

    db_path = resolve_db_path(args.sub_db or args.db)
    url = args.url or _find_room()
    if args.code:
        offer = start_pairing(db_path, url, args.code, args.label)
        _say({"status": "pairing", **offer.as_json()})
        if not args.yes:
            answer = input("Do both screens show these two fingerprints? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "o", "oui"):
                print("sim-facilitator: pairing cancelled", file=sys.stderr)
                return 1
        finish_pairing(db_path, offer)
        _say({"status": "paired", **offer.as_json()})
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    client = SyncClient(
        db_path, url, on_report=lambda r: _say(r.as_json()), interval_s=args.interval
    )
    try:
        client.start()
        while not stop.wait(0.5):
            pass
    finally:
        client.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
