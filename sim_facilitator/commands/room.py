"""The headless room: serve a workshop to phones without the window.

    sim-facilitator room --db PATH --workshop ID [--host ADDR] [--port N] [--qr FILE.png]
                         [--moderate]

Prints one JSON line once listening — {"url", "code", "urls", "port", "addresses",
"device_id", "fingerprint", "pairing_code", "pairing_expires_s"} — then serves until
SIGTERM or Ctrl+C, and exits 0 after closing every socket. Laptops pair with the
pairing code (``sim-facilitator join``); headless, a right code is enough (the
window asks the facilitator to compare fingerprints instead). Each new pairing
code and each laptop paired is one more JSON line ({"pairing_code", ...} or
{"paired": device, "fingerprint"}). The room is advertised by mDNS on its private
addresses (not when it listens on loopback only; --no-advertise: never).
A --host that is not a loopback or private-network address is refused (exit 1).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
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
    room.add_argument(
        "--no-advertise", action="store_true", help="do not advertise the room by mDNS"
    )
    room.add_argument(
        "--child-process",
        action="store_true",
        help="serve from a child process, as the window does (default: a thread of this one)",
    )


def run(args: argparse.Namespace) -> int | None:
    if args.command != "room":
        return None
    from sim_facilitator.room.discovery import Advertisement, advertise
    from sim_facilitator.room.process import RoomProcess
    from sim_facilitator.room.qr import qr_png
    from sim_facilitator.room.server import RoomServer

    db_path = resolve_db_path(args.sub_db or args.db)
    server = (RoomProcess if args.child_process else RoomServer)(
        db_path,
        args.workshop,
        host=args.host,
        port=args.port,
        moderated=args.moderate,
        auto_confirm_pairing=True,
    )
    stop = threading.Event()
    advert: Advertisement | None = None

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        info = server.start()
        if isinstance(server, RoomProcess):  # its desk's first state follows "started"
            deadline = time.monotonic() + 5
            while not server.desk.code and time.monotonic() < deadline:
                time.sleep(0.02)
        if args.qr:
            with open(args.qr, "wb") as out:
                out.write(qr_png(info.url))
        code, expires = server.sync.pairing_code()
        identity = _identity(db_path)
        line = {**info.as_json(), **identity, "pairing_code": code}
        print(
            json.dumps(line | {"pairing_expires_s": int(expires)}, ensure_ascii=False), flush=True
        )
        if not args.no_advertise:
            advert = advertise(
                info.addresses, info.port, identity["device_id"], identity["fingerprint"]
            )
        # wait() with a timeout so a signal is handled promptly on every platform.
        reported = 0
        while not stop.wait(0.5):
            new_code, expires = server.sync.pairing_code()
            if new_code != code:
                code = new_code
                print(
                    json.dumps({"pairing_code": code, "pairing_expires_s": int(expires)}),
                    flush=True,
                )
            for paired in server.sync.paired[reported:]:
                reported += 1
                print(
                    json.dumps(
                        {"paired": paired["device_id"], "fingerprint": paired["fingerprint"]}
                    ),
                    flush=True,
                )
    finally:
        if advert is not None:
            advert.close()
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("room closed", file=sys.stderr)
    return 0


def _identity(db_path: Path) -> dict[str, str]:
    """This laptop's device id and fingerprint, for the other laptops' screens."""
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store
    from sim_facilitator.engine.trust import own_fingerprint

    store = Store(connect(db_path))
    try:
        return {"device_id": store.device_id, "fingerprint": own_fingerprint(store)}
    finally:
        store.db.conn.close()
