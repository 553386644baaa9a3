"""The room's server runs in a child process: phones never take the window's interpreter.

While the room is open, the listening socket belongs to the child, not to the app's own
process; closing the room ends the child; a child that dies on its own closes the
session with a message instead of leaving a room that looks open but serves nobody.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.room.room_session import RoomSession
from tests.unit.test_room_server_support import Phone


def _listening_inodes(pid: int | str) -> set[str]:
    """Socket inodes that ``pid`` holds (Linux /proc)."""
    inodes = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def _listening_sockets() -> set[str]:
    """Inodes of every TCP socket in LISTEN state on this machine (IPv4 and IPv6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            next(rows)
            for row in rows:
                parts = row.split()
                if parts[3] == "0A":  # LISTEN
                    found.add(parts[9])
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")
def test_the_room_listens_from_a_child_process_and_closing_ends_it(
    qtbot: Any, store: Store, db_path: Path
) -> None:
    wid = create_workshop(store, "Atelier")
    session = RoomSession()
    try:
        with qtbot.waitSignal(session.opened, timeout=20_000):
            session.open(db_path, wid, host="127.0.0.1")
        server = session.server
        assert server is not None
        assert session.info is not None
        child = server.pid
        assert child is not None
        assert child != os.getpid()
        listening = _listening_sockets()
        assert _listening_inodes(child) & listening, "the child holds the listening socket"
        assert not _listening_inodes(os.getpid()) & listening, "the window listens on nothing"
        phone = Phone(session.info.port, session.info.code)  # phones reach the child
        assert phone.request("GET", "/api/state")[0] == 200
    finally:
        session.close()
    assert not Path(f"/proc/{child}").exists(), "closing reaps the child (no zombie)"


def test_closing_a_room_still_opening_does_not_make_the_window_wait(
    qtbot: Any, store: Store, db_path: Path
) -> None:
    wid = create_workshop(store, "Atelier")
    session = RoomSession()
    session.open(db_path, wid, host="127.0.0.1")
    assert session.starting
    start = time.perf_counter()
    session.close()
    assert time.perf_counter() - start < 0.3
    assert not session.running
    with qtbot.waitSignal(session.opened, timeout=20_000):  # and the room opens again
        session.open(db_path, wid, host="127.0.0.1")
    session.close()


def test_a_late_notice_from_a_closed_room_leaves_the_open_one_alone(
    qtbot: Any, store: Store, db_path: Path
) -> None:
    wid = create_workshop(store, "Atelier")
    session = RoomSession()
    try:
        with qtbot.waitSignal(session.opened, timeout=20_000):
            session.open(db_path, wid, host="127.0.0.1")
        with qtbot.assertNotEmitted(session.ended, wait=300):
            session.bridge.on_change("ended")  # as an earlier room's reader would
        assert session.running
    finally:
        session.close()


def test_a_room_process_that_dies_closes_the_session_with_a_message(
    qtbot: Any, store: Store, db_path: Path
) -> None:
    wid = create_workshop(store, "Atelier")
    session = RoomSession()
    try:
        with qtbot.waitSignal(session.opened, timeout=20_000):
            session.open(db_path, wid, host="127.0.0.1")
        assert session.running
        assert session.server is not None
        assert session.server.pid is not None
        with qtbot.waitSignal(session.ended, timeout=10_000) as ended:
            os.kill(session.server.pid, signal.SIGKILL)
        assert "stopped unexpectedly" in ended.args[0]
        assert not session.running
        assert session.server is None
    finally:
        session.close()
