"""Breakout tables in the window (issue 26): the capture's table selector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from sim_facilitator.domain.tables.records import create_tables
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tables(store: Store) -> dict[str, str]:
    workshop = create_workshop(store, "Atelier de Taza")
    agenda = add_agenda_item(store, workshop, "Tables rondes", 40)
    add_participant(store, workshop, "Nadia Tazi", consent_named=True)
    a, b = create_tables(store, workshop, agenda, ["Table A", "Table B"], ["Quoi ?"])
    return {"workshop": workshop, "agenda": agenda, "a": a, "b": b}


def _capture(qtbot, store: Store, workshop: str) -> CaptureView:
    view = CaptureView(store, workshop)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_entry()
    qtbot.waitUntil(lambda: view.entry.hasFocus())
    return view


def test_ctrl_t_chooses_the_table_the_next_ideas_come_from(qtbot, store, tables) -> None:
    view = _capture(qtbot, store, tables["workshop"])
    assert view.table_picker.isVisible()
    qtbot.keyClicks(view.entry, "Sans table")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    assert view.table_picker.table_id() == tables["b"]
    for text in ("Idee B1", "Idee B2"):  # the table stays chosen, as a scribe types on
        qtbot.keyClicks(view.entry, text)
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.keyClicks(view.entry, "Idee A1")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    by_text = {i["text"]: i["table_id"] for i in store.in_workshop("idea", tables["workshop"])}
    assert by_text == {
        "Sans table": None,
        "Idee B1": tables["b"],
        "Idee B2": tables["b"],
        "Idee A1": tables["a"],
    }
    assert view.entry.hasFocus()


def test_no_selector_without_tables(qtbot, store) -> None:
    workshop = create_workshop(store, "Atelier sans tables")
    view = _capture(qtbot, store, workshop)
    assert not view.table_picker.isVisible()


# -- the Tables tab: set-up, live overview, report-back ------------------------------


@pytest.fixture
def breakout(store: Store) -> dict[str, object]:
    workshop = create_workshop(store, "Consultation de Guelmim")
    agenda = add_agenda_item(store, workshop, "Travail en tables", 40)
    people = [
        add_participant(
            store,
            workshop,
            f"Personne {n}",
            consent_named=n != 1,
            organisation=["ONG Amal", "Coopérative Nour", "Commune"][n % 3],
        )
        for n in range(9)
    ]
    return {"workshop": workshop, "agenda": agenda, "people": people}


def _tables_view(qtbot, store: Store, workshop: str):  # type: ignore[no-untyped-def]
    from sim_facilitator.ui.tables.tables_view import TablesView

    view = TablesView(store, workshop)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_tables_tab_creates_assigns_and_shows_silent_tables(qtbot, store, breakout) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import table_code

    view = _tables_view(qtbot, store, breakout["workshop"])
    assert view.agenda_id() == breakout["agenda"]
    assert view.summary.text() == "No tables for this agenda item yet."
    view.count_box.setValue(3)
    view.question_edit.setText("Que proposer pour l'eau ?")
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 3
    assert view.table.item(0, 0).text().strip("\u2068\u2069") == "Table 1"
    assert view.table.item(2, 1).text().strip("\u2068\u2069") == "Que proposer pour l'eau ?"
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    assert [len(s.table.member_ids) for s in view.statuses] == [3, 3, 3]
    assert all(s.scribe and s.reporter for s in view.statuses)
    first = view.statuses[0]
    assert view.table.item(0, 2).text() == table_code(store, first.table.id)
    assert view.table.item(0, 6).text() == "nothing yet"
    # (no translator installed in tests: the plural shows as its source text)
    assert view.summary.text().split(" · ")[-1].startswith("3 table")

    # A phone (here the domain, as the room does) writes for table 1: the overview follows.
    add_idea(store, breakout["workshop"], "Des citernes partagées", table_id=first.table.id)
    qtbot.waitUntil(lambda: view.table.item(0, 6).text().startswith("1 idea"), timeout=3000)
    assert view.summary.text().split(" · ")[-1].startswith("2 table")

    # The reporter, chosen by hand among the members.
    view.table.selectRow(1)
    member = view.statuses[1].table.member_ids[-1]
    view.choose_role("reporter_id", member)
    assert store.require("breakout_table", view.statuses[1].table.id)["reporter_id"] == member


def _shown_texts(projector) -> list[str]:  # type: ignore[no-untyped-def]
    """The report-back page's idea labels, as the room sees them."""
    body = projector.report.body
    return [w.text() for w in body.findChildren(QLabel) if not w.isHidden() and w.text()]


def _report_back_window(qtbot, store: Store, workshop: str):  # type: ignore[no-untyped-def]
    """The main window on the Tables tab of ``workshop``."""
    from sim_facilitator.ui.shell.main_window import MainWindow
    from sim_facilitator.ui.tables.tables_view import TablesView

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_workshop(workshop)
    tables = page.view_of(TablesView)
    assert tables is not None
    page.tabs.setCurrentWidget(tables)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, tables


def test_report_back_is_a_mode_of_the_projector_moved_from_the_tables_tab(
    qtbot, store, breakout
) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import create_tables, seat, set_roles
    from sim_facilitator.domain.votes.lifecycle import create_round, open_round

    workshop, agenda, people = breakout["workshop"], breakout["agenda"], breakout["people"]
    a, b = create_tables(store, workshop, agenda, ["Table Oasis", "Table Dunes"], ["Q ?"])
    for n, person in enumerate(people[:6]):
        seat(store, workshop, person, a if n % 2 == 0 else b)
    # People 0 and 2 agreed to be named; person 1 did not (the fixture).
    set_roles(store, workshop, a, reporter_id=people[2])
    set_roles(store, workshop, b, reporter_id=people[1])
    oasis = add_idea(store, workshop, "Une idée de l'oasis", table_id=a)
    dunes = add_idea(store, workshop, "Une idée des dunes", table_id=b)
    vote = create_round(store, workshop, "Vote en cours", method="dots", options=[oasis, dunes])
    open_round(store, vote)
    window, tables = _report_back_window(qtbot, store, workshop)
    assert not tables.report_row.isVisible()  # no report-back yet: no controls
    assert not window.report_next_action.isEnabled()

    qtbot.mouseClick(tables.report_button, Qt.MouseButton.LeftButton)
    projector = window.projector
    assert projector is not None  # opened by report-back, as F5 opens it
    qtbot.waitExposed(projector)
    assert projector.in_report_back()
    assert projector.report.title.text() == "Table Oasis"
    assert projector.report.reporter.text() == "Reported by \u2068Personne 2\u2069"
    qtbot.waitUntil(lambda: _shown_texts(projector) == ["• Une idée de l'oasis"])
    assert tables.report_row.isVisible()
    assert tables.report_position.text() == "On the projector: \u2068Table Oasis\u2069 (1 of 2)"
    assert not tables.previous_table_button.isEnabled()
    assert tables.report_note.isVisible()  # the open vote waits: the facilitator is told

    # The Tables tab's button moves the projector; the reporter did not agree: no name.
    qtbot.mouseClick(tables.next_table_button, Qt.MouseButton.LeftButton)
    assert projector.report.title.text() == "Table Dunes"
    assert projector.report.reporter.text() == ""
    assert "Personne 1" not in projector.report.reporter.text()
    assert tables.report_position.text() == "On the projector: \u2068Table Dunes\u2069 (2 of 2)"
    # A phone's idea for the table on screen appears within a second.
    add_idea(store, workshop, "Encore une idée des dunes", table_id=b)
    qtbot.waitUntil(lambda: "• Encore une idée des dunes" in _shown_texts(projector), timeout=1500)

    # Keys in the main window (the Session menu's actions), focus on the laptop.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tables.table, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert projector.report.title.text() == "All tables side by side"
    assert tables.report_position.text() == "On the projector: all tables side by side"
    qtbot.waitUntil(lambda: {"Table Oasis", "Table Dunes"} <= set(_shown_texts(projector)))
    qtbot.keyClick(tables.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert projector.report.title.text() == "Table Dunes"
    # The projector window's own keys still move it too.
    qtbot.keyClick(projector, Qt.Key.Key_Home)
    assert projector.report.title.text() == "Table Oasis"
    assert "(1 of 2)" in tables.report_position.text()

    # Back to the room view: the open vote is on the projector again, the controls go.
    qtbot.mouseClick(tables.room_view_button, Qt.MouseButton.LeftButton)
    assert not projector.in_report_back()
    assert projector.room_page.isVisible()
    assert projector.title.text() == "Vote en cours"
    assert "Voting is open" in projector.status.text()
    assert not tables.report_row.isVisible()
    assert not window.report_next_action.isEnabled()

    # Report-back again uses the same window (one window on the projector), from table 1.
    qtbot.mouseClick(tables.report_button, Qt.MouseButton.LeftButton)
    assert window.projector is projector
    assert projector.report.title.text() == "Table Oasis"
    qtbot.keyClick(tables.table, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not projector.in_report_back()

    # F5 opens the projector anew: the old window goes, the controls follow the new one.
    replaced = window.show_projector()
    assert replaced is not None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.projector is replaced
    qtbot.mouseClick(tables.report_button, Qt.MouseButton.LeftButton)
    assert replaced.in_report_back()
    assert tables.report_row.isVisible()
    replaced.close()
    qtbot.waitUntil(lambda: window.projector is None)
    assert not tables.report_row.isVisible()
    assert not window.report_next_action.isEnabled()


def test_report_back_type_follows_the_projectors_size_and_esc_returns(
    qtbot, store, breakout
) -> None:
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.ui.votes.projector_view import ProjectorView

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    create_tables(store, workshop, agenda, ["طاولة الواحة", "Table Dunes"])
    projector = ProjectorView(store, workshop)
    qtbot.addWidget(projector)
    projector.resize(1024, 768)
    projector.show()
    qtbot.waitExposed(projector)
    projector.show_report_back(agenda)
    small = projector.report.title.font().pointSizeF()
    projector.resize(2048, 1536)  # a projector twice as wide: type twice as large
    qtbot.waitUntil(lambda: projector.report.title.font().pointSizeF() > 1.9 * small)
    assert projector.report.title.text() == "طاولة الواحة"
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:  # in Arabic the arrow pointing left goes forward
        qtbot.keyClick(projector, Qt.Key.Key_Left)
        assert projector.report.title.text() == "Table Dunes"
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # not full screen: back to the room view
    assert not projector.in_report_back()


def test_a_table_with_many_ideas_fits_the_projector_in_columns(qtbot, store, breakout) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.ui.votes.projector_view import ProjectorView

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    (table,) = create_tables(store, workshop, agenda, ["Table Oasis"])
    for n in range(24):
        add_idea(store, workshop, f"Idée {n + 1}", table_id=table)
    projector = ProjectorView(store, workshop)
    qtbot.addWidget(projector)
    projector.resize(1024, 768)
    projector.show()
    qtbot.waitExposed(projector)
    projector.show_report_back(agenda)
    qtbot.waitUntil(lambda: len(_shown_texts(projector)) == 24)
    # Three columns of eight: all 24 on the wall, nothing to scroll (nobody could).
    assert projector.report.grid.columnCount() == 3
    qtbot.waitUntil(lambda: projector.report_page.verticalScrollBar().maximum() == 0)


def test_photos_dropped_on_the_tab_go_to_the_selected_table(
    qtbot, store, breakout, tmp_path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from sim_facilitator.domain.photos.records import photos_of
    from sim_facilitator.domain.tables.records import create_tables
    from tests.helpers.pictures import SVG, phone_photo

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    first, second = create_tables(store, workshop, agenda, ["Table A", "Table B"])
    good = tmp_path / "IMG_1.jpg"
    good.write_bytes(phone_photo(800, 600, seed=4))
    fake = tmp_path / "mur.png"
    fake.write_bytes(SVG)
    view = _tables_view(qtbot, store, workshop)
    view.table.selectRow(1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(fake))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.dropEvent(event)  # made safe on a pool thread: the screen never freezes
    (photo,) = photos_of(store, workshop)
    assert photo["table_id"] == second
    assert "SVG" in view.message.text()  # the refused file is named with its reason
    assert "mur.png" in view.message.text()
    assert view.table.item(1, 7).text() == "1"
    assert view.table.item(0, 7).text() == "—"
    assert first != second
    # The table's photos, large, from the tab.
    dialog = view.open_table_photos()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    dialog.close()


def test_gallery_walk_vote_from_the_tab_and_its_results_on_the_projector(
    qtbot, store, breakout
) -> None:
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.domain.votes.ballots import cast_ballot
    from sim_facilitator.domain.votes.lifecycle import close_round, open_round
    from sim_facilitator.ui.votes.projector_view import ProjectorView

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    a, b = create_tables(store, workshop, agenda, ["Table Oasis", "Table Dunes"])
    first = add_idea(store, workshop, "Idée oasis", table_id=a)
    second = add_idea(store, workshop, "Idée dunes", table_id=b)
    view = _tables_view(qtbot, store, workshop)
    round_id = view.create_gallery_vote("dots")
    assert round_id is not None
    assert "Votes tab" in view.message.text()
    assert store.require("round", round_id)["title"] == "Gallery walk: Travail en tables"
    open_round(store, round_id)
    for voter in breakout["people"][:3]:
        cast_ballot(store, round_id, voter, {second: 2, first: 1})
    close_round(store, round_id)
    projector = ProjectorView(store, workshop)
    qtbot.addWidget(projector)
    projector.show()
    qtbot.waitExposed(projector)
    projector.show_report_back(agenda)
    qtbot.keyClick(projector, Qt.Key.Key_End)
    report = projector.report
    assert report.position.text() == "Gallery walk: overall results"

    def shown() -> list[str]:  # labels added to a shown window appear at the next event
        return [w.text() for w in report.body.findChildren(QLabel) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()) and shown()[0].startswith("1. \u2068Idée dunes"))
    assert "(6)" in shown()[0]
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert report.position.text() == "Gallery walk: results by table"
    qtbot.waitUntil(lambda: "3 · \u2068Idée oasis\u2069" in shown())
    projector.close()


def test_the_export_can_leave_the_photos_pictures_out(qtbot, store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from sim_facilitator.domain.photos.records import add_photo
    from sim_facilitator.export.bundle.reader import read_bundle
    from sim_facilitator.ui.coordinator.sync_view import SyncView
    from tests.helpers.dialogs import record_messages
    from tests.helpers.pictures import phone_photo

    workshop = create_workshop(store, "Atelier photos")
    add_photo(store, workshop, phone_photo(800, 600, seed=9), "IMG.jpg")
    view = SyncView(store)
    qtbot.addWidget(view)
    view.show()
    record_messages(monkeypatch, "information")
    manifests = {}
    for checked in (True, False):
        target = tmp_path / f"with-{checked}.simbundle"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        view.set_selected_workshops([workshop])
        view.photos_check.setChecked(checked)
        with qtbot.waitSignal(view.exported, timeout=30_000):
            view.export_button.click()
        manifests[checked] = read_bundle(target).manifest
    assert len(manifests[True].blobs) == 1
    assert manifests[False].blobs == {}
    assert manifests[False].raw["photos_left_out"] is True


def test_the_votes_tab_uses_the_one_projector_window(qtbot, store, breakout) -> None:
    """The Votes tab's Projector button shows its round in the window report-back uses:
    one window on the room's screen, report-back giving way to the vote."""
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.domain.votes.lifecycle import create_round
    from sim_facilitator.ui.votes.projector_view import ProjectorView
    from sim_facilitator.ui.votes.votes_view import VotesView

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    (a,) = create_tables(store, workshop, agenda, ["Table Oasis"])
    idea = add_idea(store, workshop, "Une idée de l'oasis", table_id=a)
    other = add_idea(store, workshop, "Une autre idée", table_id=a)
    vote = create_round(store, workshop, "Priorités", method="dots", options=[idea, other])
    window, tables = _report_back_window(qtbot, store, workshop)
    qtbot.mouseClick(tables.report_button, Qt.MouseButton.LeftButton)
    first = window.projector
    assert first is not None
    assert first.in_report_back()

    votes = window.workspace.view_of(VotesView)
    assert votes is not None
    votes.round_id = vote

    def projectors() -> set[int]:  # windows left by other tests count too: compare sets
        return {
            id(w)
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProjectorView) and w.isVisible()
        }

    before = projectors()
    shown = votes.open_projector()
    assert shown is first  # the same window, not a second one
    assert not first.in_report_back()
    assert first.round_id == vote
    assert not tables.report_row.isVisible()
    assert projectors() == before  # no second window for the room's screen


def test_report_back_shows_the_tables_flipchart_beside_its_ideas(qtbot, store, breakout) -> None:
    """The latest photo of the table on screen is drawn beside its ideas, its shape kept;
    a table whose picture has not reached this laptop shows its ideas alone."""
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.photos.records import add_photo
    from sim_facilitator.domain.tables.records import create_tables
    from sim_facilitator.ui.photos.fitted_picture import FittedPicture
    from sim_facilitator.ui.tables.report_back_view import ReportBackView
    from tests.helpers.pictures import phone_photo

    workshop, agenda = breakout["workshop"], breakout["agenda"]
    a, b = create_tables(store, workshop, agenda, ["Table Oasis", "Table Dunes"])
    add_idea(store, workshop, "Une idée de l'oasis", table_id=a)
    add_idea(store, workshop, "Une idée des dunes", table_id=b)
    add_photo(store, workshop, phone_photo(800, 600, seed=1), "premier.jpg", table_id=a)
    latest = add_photo(store, workshop, phone_photo(600, 900, seed=2), "mur.jpg", table_id=a)
    lost = add_photo(store, workshop, phone_photo(640, 480, seed=3), "autre.jpg", table_id=b)
    # B's picture never reached this laptop (its record came by live sync, say).
    sha = store.require("photo", lost)["sha256"]
    store.db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [sha])

    view = ReportBackView(store, workshop)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    view.show_agenda(agenda)
    qtbot.waitExposed(view)

    def visible_pictures() -> list[FittedPicture]:
        return [w for w in view.body.findChildren(FittedPicture) if w.isVisible()]

    qtbot.waitUntil(lambda: len(visible_pictures()) == 1)
    pictures = visible_pictures()
    shown = pictures[0]
    assert shown.pixmap.height() > shown.pixmap.width()  # the latest, portrait photo
    assert store.require("photo", latest)["height"] > store.require("photo", latest)["width"]
    drawn = shown.drawn_rect()
    ratio = drawn.height() / drawn.width()
    assert abs(ratio - 900 / 600) < 0.05  # never stretched
    idea = next(w for w in view.body.findChildren(QLabel) if "oasis" in w.text())
    assert idea.geometry().right() < shown.geometry().left()  # beside the ideas (LTR)

    view.next()
    assert view.title.text() == "Table Dunes"
    assert not visible_pictures()
