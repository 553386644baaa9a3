"""Open the room with phones on 127.0.0.1 under an audit hook; report every address used.

Run as ``python -m tests.helpers.room_network_probe``. The room server listens
on its default addresses (loopback and every private address of this machine);
phones on 127.0.0.1 submit ideas and ballots (a secret ballot with one-time
codes and an informal poll). Prints to stderr, one per line:

- ``CONNECT <address>``: every ``connect()``/``sendto()`` the process attempted;
  one to a non-loopback address is refused by the hook before it happens, so the
  probe itself can never reach out;
- ``LISTEN <address>``: every listening inet socket of this process while the
  room was open (``/proc/net/tcp*``);
- ``OPEN_AFTER_CLOSE <n>``: inet sockets still open after the room closed;
- ``PHONES_OK <n>``: ideas and ballots acknowledged (the run did do its work).

``SIM_PROBE_REACH_OUT=1`` is the self-test: it attempts a connection to
192.0.2.1 (TEST-NET-1; refused by the hook, nothing is sent) and listens on the
wildcard address, which the test must both notice.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import sys
import tempfile
from pathlib import Path

from tests.helpers.no_network_probe import _open_inet_sockets

connects: list[str] = []


def _address(value: object) -> str | None:
    if isinstance(value, tuple) and value and isinstance(value[0], str):
        return value[0]
    return None


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event not in ("socket.connect", "socket.sendto"):
        return
    sock, address = args[0], _address(args[1] if len(args) > 1 else None)
    if getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
        return
    connects.append(str(address))
    try:
        loopback = address is not None and ipaddress.ip_address(address).is_loopback
    except ValueError:
        loopback = address == "localhost"
    if not loopback:
        raise PermissionError(f"the probe refuses a connection to {address}")


def _decode(hex_address: str) -> str:
    """An address of /proc/net/tcp{,6} ("0100007F:1F90") as text."""
    raw = bytes.fromhex(hex_address.split(":")[0])
    if len(raw) == 4:
        return str(ipaddress.IPv4Address(raw[::-1]))
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return str(ipaddress.IPv6Address(words))


def listening_addresses() -> list[str]:
    """Local addresses of this process's listening TCP sockets (state 0A)."""
    mine: set[str] = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found: list[str] = []
    for name in ("tcp", "tcp6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            if len(parts) > 9 and parts[3] == "0A" and parts[9] in mine:
                found.append(_decode(parts[1]))
    return found


def main() -> None:
    sys.addaudithook(_hook)
    from sim_facilitator.domain.votes.ballots import issue_numbers
    from sim_facilitator.room.ballots import allow_browser_votes
    from sim_facilitator.room.server import Limits, RoomServer
    from tests.helpers.stores import make_store
    from tests.unit.test_room_server_support import Phone, make_round, make_workshop

    ok = 0
    self_test = bool(os.environ.get("SIM_PROBE_REACH_OUT"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "room.db"
        store = make_store(db)
        ws = make_workshop(store)
        secret = make_round(store, ws, "dots", {"budget": 3, "max_per_option": 2})
        codes = issue_numbers(store, secret, 10)
        poll = make_round(store, ws, "approval", open_it=False)
        allow_browser_votes(store, poll)
        from sim_facilitator.domain.votes.lifecycle import open_round

        open_round(store, poll)
        # default addresses; every phone is 127.0.0.1 here, so one rate bucket and idea
        # budget: both raised
        limits = Limits(poll_s=0.05, rate_per_second=1000, rate_burst=1000, idea_burst=1000)
        server = RoomServer(db, ws.id, limits=limits)
        info = server.start()
        try:
            for n in range(10):
                phone = Phone(info.port, info.code, ("ar", "fr", "en")[n % 3])
                status, _body = phone.idea(f"Idée {n} du téléphone", question_id=ws.question)
                ok += status == 201
                status, _body = phone.ballot(secret, {ws.options[n % 3]: 1}, codes[n])
                ok += status == 201
                status, _body = phone.ballot(poll, {ws.options[0]: 1, ws.options[1]: 1})
                ok += status == 201
                ok += bool(phone.state())
            if self_test:
                wildcard = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                wildcard.bind(("0.0.0.0", 0))
                wildcard.listen()
                outbound = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                with contextlib.suppress(PermissionError):
                    outbound.connect(("192.0.2.1", 9))
                outbound.close()
            for address in listening_addresses():
                sys.stderr.write(f"LISTEN {address}\n")
            if self_test:
                wildcard.close()
        finally:
            server.stop()
        store.db.conn.close()
    for address in connects:
        sys.stderr.write(f"CONNECT {address}\n")
    sys.stderr.write(f"PHONES_OK {ok}\n")
    sys.stderr.write(f"OPEN_AFTER_CLOSE {_open_inet_sockets()}\n")


if __name__ == "__main__":
    main()
