"""The room's notices do not make the capture view re-read phone ideas after its own edits.

The room server sends a notice after every write to the database, the laptop's own
captures included; re-reading every phone idea then would cost the note-taker time on
every Enter while phones are connected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture import capture_view as capture_module
from sim_facilitator.ui.capture.capture_view import CaptureView
from tests.helpers.stores import make_store


def test_own_capture_then_room_notice_reads_no_phone_ideas(
    qtbot: Any, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wid = create_workshop(store, "Atelier")
    view = CaptureView(store, wid)
    qtbot.addWidget(view)
    reads: list[str] = []
    real = capture_module.room_ideas

    def counting(*args: Any, **kwargs: Any) -> Any:
        reads.append("room ideas")
        return real(*args, **kwargs)

    monkeypatch.setattr(capture_module, "room_ideas", counting)
    view.entry.setPlainText("Une idée tapée au clavier")
    assert view.save_entry() is not None
    view.room_changed("state")
    assert reads == []
    # A phone's idea, written by the room's own connection, is still read and shown.
    room = make_store(db_path)
    phone_idea = add_idea(room, wid, "Une idée venue d'un téléphone")
    room.update("idea", phone_idea, {"origin": "room"})
    view.room_changed("idea")
    assert reads == ["room ideas"]
    assert view.model.row_of(phone_idea) is not None
