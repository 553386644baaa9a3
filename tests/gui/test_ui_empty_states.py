"""Empty lists say what to do next, and the hint goes away once there is content."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sim_facilitator.domain.frameworks import add_principle, create_framework, pin_framework
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.merges import merge_ideas
from sim_facilitator.domain.workshops import (
    add_agenda_item,
    add_participant,
    add_question,
    create_workshop,
)
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.checkin.checkin_view import CheckinView
from sim_facilitator.ui.organise.cluster_board import ClusterBoard
from sim_facilitator.ui.organise.coverage_view import CoverageView
from sim_facilitator.ui.organise.duplicates_view import DuplicatesView
from sim_facilitator.ui.organise.mapping_matrix import MappingMatrix
from sim_facilitator.ui.record.actions_view import ActionsView
from sim_facilitator.ui.record.decisions_view import DecisionsView
from sim_facilitator.ui.setup.setup_view import SetupView
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.votes.votes_view import VotesView


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


def _organise_and_setup_hints(store: Store, workshop: str) -> dict[str, tuple[QWidget, QLabel]]:
    """Every other empty-state hint, by name, with the view it belongs to (all shown)."""
    board, matrix = ClusterBoard(store, workshop), MappingMatrix(store, workshop)
    coverage, duplicates = CoverageView(store, workshop), DuplicatesView(store, workshop)
    decisions, checkin = DecisionsView(store, workshop), CheckinView(store, workshop)
    setup = SetupView(store, workshop)
    views: list[QWidget] = [board, matrix, coverage, duplicates, decisions, checkin, setup]
    for view in views:
        view.resize(900, 600)
        view.show()
    for n in range(4):  # the set-up pages show one at a time: visit each once
        setup.sections.setCurrentRow(n)
    for view in (board, matrix, coverage, duplicates, decisions, checkin):
        view.refresh()  # type: ignore[attr-defined]
    setup.refresh()
    QApplication.processEvents()  # the board shows its rebuilt columns on the next loop
    hints: dict[str, tuple[QWidget, QLabel | None]] = {
        "board": (board, board.empty_hint),
        "matrix": (matrix, matrix.empty_hint),
        "coverage": (coverage, coverage.empty_hint),
        "suggested duplicates": (duplicates, duplicates.empty_hint),
        "merged duplicates": (duplicates, duplicates.merged_hint),
        "decisions": (decisions, decisions.empty_hint),
        "check-in": (checkin, checkin.empty_hint),
        "agenda": (setup.agenda, setup.agenda.empty_hint),
        "questions": (setup.questions, setup.questions.empty_hint),
        "principles": (setup.framework, setup.framework.principles.empty_hint),
    }
    return {name: (view, hint) for name, (view, hint) in hints.items() if hint is not None}


def _shown(hint: QLabel) -> bool:
    """Shown whenever its list is on screen (the set-up pages are stacked, so not all are)."""
    return not hint.isHidden() and hint.parentWidget() is not None


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_organise_checkin_and_setup_lists_explain_what_to_do_next(
    qtbot, store: Store, lang: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, lang)
    try:
        workshop = create_workshop(store, "Atelier vide")
        hints = _organise_and_setup_hints(store, workshop)
        for view, _hint in hints.values():
            qtbot.addWidget(view.window())
        assert len(hints) == 10
        for name, (view, hint) in hints.items():
            assert _shown(hint), name
            assert hint.text().strip(), name
            assert view.isRightToLeft() == (lang == "ar"), name
            assert "&" not in hint.text(), name
    finally:
        set_language(app, "en")


def test_hints_go_away_once_there_is_content(qtbot, store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    framework = create_framework(store, name_fr="Cadre")
    add_principle(store, framework, name_fr="Transparence")
    pin_framework(store, workshop, framework)
    add_idea(store, workshop, "Ouvrir les comptes de la commune")
    add_idea(store, workshop, "Ouvrir les comptes de la commune !")
    survivor = add_idea(store, workshop, "Publier les budgets")
    merged = add_idea(store, workshop, "Publier le budget")
    merge_ideas(store, survivor, [merged])
    add_agenda_item(store, workshop, "Ouverture", 10)
    add_question(store, workshop, "Comment rendre les comptes lisibles ?")
    add_participant(store, workshop, "Amina")
    hints = _organise_and_setup_hints(store, workshop)
    for view, _hint in hints.values():
        qtbot.addWidget(view.window())
    shown = [name for name, (_view, hint) in hints.items() if _shown(hint)]
    # The board builds its hint only for a workshop without ideas.
    assert shown == [], shown


def test_checkin_search_matching_nobody_is_not_an_empty_list(qtbot, store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    add_participant(store, workshop, "Amina")
    view = CheckinView(store, workshop)
    qtbot.addWidget(view)
    view.show()
    view.search.setText("zzz")
    assert view.proxy.rowCount() == 0
    assert not view.empty_hint.isVisible()
