"""The tabs of an open workshop, in order: (module path, class name).

Each class follows the view contract ``View(store, workshop_id, parent)``,
sets its translated tab title with ``setWindowTitle`` and has ``refresh()``.
"""

from __future__ import annotations

WORKSPACE_TABS: list[tuple[str, str]] = [
    ("sim_facilitator.ui.setup_view", "SetupView"),
    ("sim_facilitator.ui.checkin_view", "CheckinView"),
    ("sim_facilitator.ui.capture_view", "CaptureView"),
    ("sim_facilitator.ui.organise_view", "OrganiseView"),
    ("sim_facilitator.ui.votes_view", "VotesView"),
    ("sim_facilitator.ui.actions_view", "ActionsView"),
    ("sim_facilitator.ui.decisions_view", "DecisionsView"),
    ("sim_facilitator.ui.conflicts_view", "ConflictsView"),
]
