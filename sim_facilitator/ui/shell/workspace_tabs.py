"""The tabs of an open workshop, in order, as classes that keep the view contract.

The view modules are imported inside the function, when a workshop is first
opened, so that the home screen starts without them.
"""

from __future__ import annotations

from sim_facilitator.ui.common.view_contract import WorkspaceView


def workspace_tabs() -> list[type[WorkspaceView]]:
    from sim_facilitator.ui.capture.capture_view import CaptureView
    from sim_facilitator.ui.checkin.checkin_view import CheckinView
    from sim_facilitator.ui.coordinator.conflicts_view import ConflictsView
    from sim_facilitator.ui.organise.organise_view import OrganiseView
    from sim_facilitator.ui.record.actions_view import ActionsView
    from sim_facilitator.ui.record.decisions_view import DecisionsView
    from sim_facilitator.ui.setup.setup_view import SetupView
    from sim_facilitator.ui.tables.tables_view import TablesView
    from sim_facilitator.ui.votes.votes_view import VotesView

    return [
        SetupView,
        CheckinView,
        CaptureView,
        TablesView,
        OrganiseView,
        VotesView,
        ActionsView,
        DecisionsView,
        ConflictsView,
    ]
