"""The room server in a child process (``RoomProcess``), as the window runs it.

The same server as ``RoomServer``, reached over a pipe: phones' ideas arrive as
notices in this process, moderation and the live-sync desk are carried to the
child and back, a refusal at start-up keeps its translatable template, and the
child never outlives the app.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.store import Store
from sim_facilitator.room.process import RoomProcess, RoomUnavailable
from sim_facilitator.room.server import Limits
from tests.unit.test_room_server_support import Phone, make_workshop


class Notices:
    def __init__(self) -> None:
        self.kinds: list[str] = []
        self.arrived = threading.Condition()

    def __call__(self, kind: str) -> None:
        with self.arrived:
            self.kinds.append(kind)
            self.arrived.notify_all()

    def wait_for(self, kind: str, timeout: float = 10.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: kind in self.kinds, timeout)


def test_a_phone_idea_reaches_the_database_and_the_notice_reaches_this_process(
    store: Store, db_path: Path
) -> None:
    ws = make_workshop(store)
    notices = Notices()
    room = RoomProcess(db_path, ws.id, host="127.0.0.1", on_change=notices)
    info = room.start()
    try:
        assert room.running
        assert room.pid is not None
        phone = Phone(info.port, info.code)
        status, _body = phone.idea("Une idée du téléphone")
        assert status == 201
        assert notices.wait_for("idea")
        texts = [i["text"] for i in store.list("idea", "workshop_id = ?", [ws.id])]
        assert "Une idée du téléphone" in texts
        assert room.connected_phones >= 0
    finally:
        room.stop()
    assert not room.running


def _wait(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def test_moderation_and_the_pairing_desk_are_carried_to_the_child(
    store: Store, db_path: Path
) -> None:
    ws = make_workshop(store)
    notices = Notices()
    room = RoomProcess(
        db_path, ws.id, host="127.0.0.1", limits=Limits(poll_s=0.05), on_change=notices
    )
    info = room.start()
    try:
        phone = Phone(info.port, info.code)
        assert phone.state()["ideas"]["moderated"] is False
        room.set_moderated(True)
        assert _wait(lambda: phone.state()["ideas"]["moderated"] is True)
        # The desk's state arrives by itself, and again after every action.
        assert notices.wait_for("desk")
        code, seconds = room.sync.pairing_code()
        assert len(code) == 6
        assert 0 < seconds <= 300
        room.sync.renew_code()
        assert _wait(lambda: room.sync.pairing_code()[0] != code)
        assert room.sync.waiting_pairings() == []
        assert room.sync.connected() == []
        room.sync.confirm("no-such-pairing")  # expired meanwhile: nothing to decide
        assert room.running
    finally:
        room.stop()
    with pytest.raises(RoomUnavailable):
        room.sync.pairing_code()


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_stuck_room_process_never_makes_the_window_wait(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    room = RoomProcess(db_path, ws.id, host="127.0.0.1")
    room.start()
    assert room.pid is not None
    assert _wait(lambda: room.desk.code != "")
    os.kill(room.pid, signal.SIGSTOP)
    try:
        start = time.perf_counter()
        for _ in range(10):  # what the window's timers and menus read and ask
            room.sync.pairing_code()
            room.sync.connected()
            room.sync.waiting_pairings()
            room.set_moderated(True)
            room.poke()
        assert time.perf_counter() - start < 0.5
    finally:
        os.kill(room.pid, signal.SIGCONT)
        room.stop()
    assert not room.running


def test_a_room_aborted_while_opening_stops_at_once(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    room = RoomProcess(db_path, ws.id, host="127.0.0.1")
    failure: list[BaseException] = []

    def opening() -> None:
        try:
            room.start()
        except BaseException as error:
            failure.append(error)

    starter = threading.Thread(target=opening)
    starter.start()
    _wait(lambda: room.pid is not None)
    start = time.perf_counter()
    room.abort()  # what the window does when the room is closed while still opening
    assert time.perf_counter() - start < 0.1
    starter.join(10)
    assert not starter.is_alive()
    assert failure, "start() reports that the room did not open"
    assert not room.running
    assert room.pid is not None
    assert _gone(room.pid)


def test_an_unknown_workshop_is_refused_with_the_domain_error(store: Store, db_path: Path) -> None:
    make_workshop(store)
    room = RoomProcess(db_path, "w_no_such_workshop", host="127.0.0.1")
    with pytest.raises(NotFoundError) as refused:
        room.start()
    assert "{id}" in refused.value.template  # the window translates the template
    assert refused.value.params == {"id": "w_no_such_workshop"}
    assert not room.running


_KILLED_APP = """
import os, signal, sys
from sim_facilitator.room.process import RoomProcess
room = RoomProcess(sys.argv[1], sys.argv[2], host="127.0.0.1")
room.start()
print(room.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the app crashes: no stop, no clean-up
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1].startswith("Z")  # exited, not yet reaped
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_the_room_process_stops_when_the_app_is_killed(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    app = subprocess.run(
        [sys.executable, "-c", _KILLED_APP, str(db_path), ws.id],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert app.returncode == -signal.SIGKILL, app.stderr
    child = int(app.stdout.split()[0])
    deadline = time.monotonic() + 10
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child), "the room outlived the app"
