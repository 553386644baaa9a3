"""A laptop in a room is told, in its language, when a photo's picture was refused by
live sync, while the sign still says it is connected (ideas keep flowing)."""

from __future__ import annotations

from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.room.sync_client import SyncReport
from sim_facilitator.sync import errors as S
from sim_facilitator.ui.room.sync_status import SyncStatus
from sim_facilitator.ui.shell.application import set_language


def test_a_refused_picture_is_said_beside_connected(qtbot, qapp) -> None:
    set_language(qapp, "fr")
    try:
        sign = SyncStatus()
        qtbot.addWidget(sign)
        now = wall_ms()
        sign.show_report(SyncReport("connected", last_sync_ms=now), joined=True)
        assert "refus" not in sign.accessibleName()
        refused = SyncReport("connected", last_sync_ms=now, picture_error=S.T_PICTURE_HASH)
        sign.show_report(refused, joined=True)
        assert sign.accessibleName().startswith("Connecté")
        assert "refusée" in sign.accessibleName()
        assert "SHA-256" in sign.toolTip()
        assert "A photo sent" not in sign.toolTip()  # the reason in French, not English
        sign.show_report(SyncReport("connected", last_sync_ms=now), joined=True)
        assert "refus" not in sign.accessibleName()
    finally:
        set_language(qapp, "en")
