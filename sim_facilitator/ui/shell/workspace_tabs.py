"""The tabs of an open workshop, in order: (module path, class name).

Each class follows the view contract ``View(store, workshop_id, parent)``,
sets its translated tab title with ``setWindowTitle`` and has ``refresh()``.
"""

from __future__ import annotations

WORKSPACE_TABS: list[tuple[str, str]] = [
    ("sim_facilitator.ui.setup.setup_view", "SetupView"),
    ("sim_facilitator.ui.checkin.checkin_view", "CheckinView"),
    ("sim_facilitator.ui.capture.capture_view", "CaptureView"),
    ("sim_facilitator.ui.organise.organise_view", "OrganiseView"),
    ("sim_facilitator.ui.votes.votes_view", "VotesView"),
    ("sim_facilitator.ui.record.actions_view", "ActionsView"),
    ("sim_facilitator.ui.record.decisions_view", "DecisionsView"),
    ("sim_facilitator.ui.coordinator.conflicts_view", "ConflictsView"),
]
