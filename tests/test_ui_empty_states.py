"""Empty lists say what to do next, and the hint goes away once there is content."""

from __future__ import annotations

from sim_facilitator.models.ideas import add_idea
from sim_facilitator.models.store import Store
from sim_facilitator.models.workshops import create_workshop
from sim_facilitator.ui.actions_view import ActionsView
from sim_facilitator.ui.capture_view import CaptureView
from sim_facilitator.ui.votes_view import VotesView


def test_empty_views_explain_what_to_do_next(qtbot, store: Store) -> None:
    workshop = create_workshop(store, "Atelier vide")
    views = [CaptureView(store, workshop), VotesView(store, workshop), ActionsView(store, workshop)]
    for view in views:
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        assert view.empty_hint.isVisible(), type(view).__name__
        assert view.empty_hint.text()
    capture = views[0]
    add_idea(store, workshop, "Une première idée")
    capture.refresh()
    qtbot.waitUntil(lambda: not capture.empty_hint.isVisible())
