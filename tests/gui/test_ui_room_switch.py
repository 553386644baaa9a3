"""While the room is open the UI thread gets the interpreter back within a millisecond."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.room.room_session import UI_SWITCH_INTERVAL_S, RoomSession


def test_open_room_shortens_the_switch_interval_and_close_restores_it(
    qtbot: Any, store: Store, db_path: Path
) -> None:
    before = sys.getswitchinterval()
    wid = create_workshop(store, "Atelier")
    session = RoomSession()
    try:
        with qtbot.waitSignal(session.opened, timeout=10_000):
            session.open(db_path, wid, host="127.0.0.1")
        assert sys.getswitchinterval() == UI_SWITCH_INTERVAL_S
    finally:
        session.close()
    assert sys.getswitchinterval() == before
