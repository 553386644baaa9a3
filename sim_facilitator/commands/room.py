"""The headless room: serve a workshop to phones without the window.

    sim-facilitator room --db PATH --workshop ID [--host ADDR] [--port N] [--qr FILE.png]
                         [--moderate]

Prints one JSON line once listening — {"url", "code", "urls", "port", "addresses"} —
then serves until SIGTERM or Ctrl+C, and exits 0 after closing every socket.
A --host that is not a loopback or private-network address is refused (exit 1).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from types import FrameType

from sim_facilitator.commands import add_db
from sim_facilitator.paths import resolve_db_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    room = sub.add_parser("room", help="serve a workshop to participants' phones (headless)")
    add_db(room)
    room.add_argument("--workshop", required=True)
    room.add_argument("--host", help="one loopback or private address (default: all of them)")
    room.add_argument("--port", type=int, default=0, help="0 (default): any free port")
    room.add_argument("--qr", metavar="FILE.png", help="write the join QR code as a PNG")
    room.add_argument(
        "--moderate", action="store_true", help="hold phone ideas for approval before showing"
    )


def run(args: argparse.Namespace) -> int | None:
    if args.command != "room":
        return None
    from sim_facilitator.room.qr import qr_png
    from sim_facilitator.room.server import RoomServer

    db_path = resolve_db_path(args.sub_db or args.db)
    server = RoomServer(
        db_path, args.workshop, host=args.host, port=args.port, moderated=args.moderate
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        info = server.start()
        if args.qr:
            with open(args.qr, "wb") as out:
                out.write(qr_png(info.url))
        print(json.dumps(info.as_json(), ensure_ascii=False), flush=True)
        # wait() with a timeout so a signal is handled promptly on every platform.
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("room closed", file=sys.stderr)
    return 0
