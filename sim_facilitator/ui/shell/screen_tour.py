"""A tour of every screen of the app on a demo workshop, for screenshots and UI tests.

``tour(store, settings_folder)`` yields ``(name, widget)`` for each screen,
shown and laid out, in the current language: the caller grabs it or walks
its widgets. Windows the tour opens are closed when the caller moves on.
The tour adds one open ballot round and one open tally round to the demo
workshop (the demo's own rounds are closed), so use a throw-away database.
It also adds a breakout of three tables (people dealt, five ideas on two of
them) to the ideation item, for the Tables tab, seating and report-back screens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.organise.reads import clusters_of
from sim_facilitator.domain.votes.lifecycle import create_round, open_round
from sim_facilitator.domain.votes.rounds import rounds_of
from sim_facilitator.engine.store import Store


def settle() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for _ in range(3):
            app.processEvents()


def _shown(widget: QWidget) -> QWidget:
    """Shown at the size and place the app gives it on this screen (window_geometry)."""
    widget.show()
    settle()
    return widget


def _closed(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    settle()


def extra_rounds(store: Store, workshop_id: str) -> tuple[str, str]:
    """An open ballot round on the clusters and an open tally round on four ideas."""
    clusters = [c["id"] for c in clusters_of(store, workshop_id)][:4]
    ballot = create_round(
        store,
        workshop_id,
        "Vote à main levée / تصويت",
        method="dots",
        target_kind="cluster",
        options=clusters,
        rules={"budget": 3, "max_per_option": 2},
    )
    open_round(store, ballot)
    ideas = [i["id"] for i in store.in_workshop("idea", workshop_id)][:4]
    tally = create_round(
        store,
        workshop_id,
        "Décompte papier / فرز ورقي",
        method="approval",
        options=ideas,
        collection="tally",
    )
    open_round(store, tally)
    return ballot, tally


# Ideas sent from phones in the tour: one shown, one waiting in the moderation queue.
PHONE_IDEAS = {
    "ar": (("نقل جماعي إلى السوق الأسبوعي", "سلمى"), ("ورشة لإصلاح الدراجات", None)),
    "fr": (("Une navette vers le souk hebdomadaire", "Salma"), ("Un atelier de réparation", None)),
    "en": (("A shuttle to the weekly market", "Salma"), ("A bicycle repair workshop", None)),
}


def phone_ideas(store: Store, workshop_id: str, lang: str) -> None:
    """Two ideas as phones send them (room/ideas.py), the second held for approval."""
    from sim_facilitator.room.ideas import add_room_idea

    for n, (text, name) in enumerate(PHONE_IDEAS.get(lang, PHONE_IDEAS["en"])):
        add_room_idea(
            store, workshop_id, f"tour-phone-{lang}", str(n), text, name=name, moderated=n == 1
        )


# The tour's breakout: three tables on the ideation item, people dealt, some ideas.
TOUR_TABLES = {
    "ar": ("الطاولة 1", "الطاولة 2", "Table 3 / الطاولة 3"),
    "fr": ("Table 1", "Table 2", "Table 3 / الطاولة 3"),
    "en": ("Table 1", "Table 2", "Table 3 / الطاولة 3"),
}


def tour_tables(store: Store, workshop_id: str, lang: str) -> str:
    """Three tables on the demo's ideation item, everyone dealt; its agenda id."""
    from sim_facilitator.domain.agenda import agenda_items
    from sim_facilitator.domain.tables.records import assign, create_tables

    items = agenda_items(store, workshop_id)
    agenda = str(items[min(2, len(items) - 1)]["id"])
    names = TOUR_TABLES.get(lang, TOUR_TABLES["en"])
    tables = create_tables(store, workshop_id, agenda, list(names), ["كيف نمول المبادرات؟"])
    assign(store, workshop_id, agenda, "balanced")
    ideas = [i["id"] for i in store.in_workshop("idea", workshop_id)][:5]
    for n, idea in enumerate(ideas):  # the third table has sent nothing yet
        store.update("idea", idea, {"table_id": tables[n % 2]})
    return agenda


def tour_breakout(store: Store, workshop_id: str, lang: str) -> str:
    """The tour's breakout (made once), its tables named in this language; its agenda id."""
    from sim_facilitator.domain.tables.records import edit_table, tables_of

    existing = store.in_workshop("breakout_table", workshop_id)
    if not existing:
        return tour_tables(store, workshop_id, lang)
    agenda = str(existing[0]["agenda_id"])
    names = TOUR_TABLES.get(lang, TOUR_TABLES["en"])
    for table, name in zip(tables_of(store, workshop_id, agenda), names, strict=False):
        edit_table(store, workshop_id, table.id, name=name)
    return agenda


def join_screen(lang: str) -> QWidget:
    """The join screen as the projector shows it, with example addresses (no server)."""
    from sim_facilitator.room.server import RoomInfo
    from sim_facilitator.ui.room.join_screen import JoinScreen

    code = "K7M2QX"
    addresses = ("192.168.43.10", "10.0.0.5", "127.0.0.1")
    urls = tuple(f"http://{a}:8080/?room={code}" for a in addresses)
    screen = JoinScreen()
    screen.show_room(RoomInfo(urls[0], urls, code, 8080, addresses), moderated=True)
    screen.show_wifi("Atelier-Fes", "solidarite2026")
    screen.set_phones(12)
    screen.set_wrong_codes(3)
    return screen


def flipchart_picture(seed: int, width: int = 900, height: int = 1200) -> bytes:
    """A drawn flipchart (marker strokes for words), as a phone would photograph it."""
    import io
    import random

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (238, 236, 226))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, width - 40, height - 40), outline=(120, 120, 120), width=6)
    y = 110
    for n in range((height - 160) // 76):
        colour = ((20, 40, 160), (180, 20, 30), (10, 110, 40))[n % 3]
        draw.ellipse((80, y - 8, 96, y + 8), fill=colour)
        x = 120
        while x < width - 200:  # words as marker strokes
            length = rng.randrange(40, 140)
            draw.line((x, y, x + length, y + rng.randrange(-4, 5)), colour, 9)
            x += length + 24
        y += 76
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def tour_photos(store: Store, workshop_id: str) -> tuple[str, str]:
    """A flipchart photo on the first question and a sticky-wall photo on the first
    cluster (once per database), with captions, and a photo of the second breakout
    table's flipchart; returns the first two's ids."""
    from sim_facilitator.domain.photos.records import add_photo
    from sim_facilitator.domain.setup import questions_of

    question = questions_of(store, workshop_id)[0]["id"]
    cluster = clusters_of(store, workshop_id)[0]["id"]
    flipchart = add_photo(
        store,
        workshop_id,
        flipchart_picture(26),
        "flipchart.jpg",
        question_id=question,
        caption="Table 2 — تحديات / défis",
    )
    wall = add_photo(
        store, workshop_id, flipchart_picture(27, 1200, 800), "mur.jpg", cluster_id=cluster
    )
    tables = store.in_workshop("breakout_table", workshop_id)
    if len(tables) > 1:  # the second table's flipchart, for the report-back screen
        second = sorted(tables, key=lambda t: (t["position"] or 0, t["id"]))[1]
        add_photo(store, workshop_id, flipchart_picture(28), "table2.jpg", table_id=second["id"])
    return flipchart, wall


BLANK_TITLES = {"ar": "ورشة جديدة", "fr": "Nouvel atelier", "en": "New workshop"}


def _blank_workshop(window: Any, store: Store, lang: str) -> Iterator[tuple[str, QWidget]]:
    """A new workshop's empty lists, each saying what to do next (for the user guide)."""
    from sim_facilitator.domain.workshops import create_workshop

    page = window.open_workshop(create_workshop(store, BLANK_TITLES.get(lang, BLANK_TITLES["en"])))
    for index in range(page.tabs.count()):
        view: Any = page.tabs.widget(index)
        name = type(view).__name__
        if name not in ("SetupView", "CheckinView", "OrganiseView"):
            continue
        page.show_tab(index)
        if name == "SetupView":
            view.sections.setCurrentRow(2)  # the agenda
        settle()
        yield f"{name.removesuffix('View').lower()}_empty", window


# Whose erasure the dialog asks about: a name written in the language of the screen.
ERASE_NAMES = {"ar": "فاطمة الزهراء بنعلي", "fr": "Youssef El Amrani", "en": "Youssef El Amrani"}


def _erase_dialog(view: Any, lang: str) -> QDialog | None:
    """Select one participant on the check-in screen and open its erase dialog."""
    name = ERASE_NAMES.get(lang, ERASE_NAMES["en"])
    start = view.proxy.index(0, 0)
    # Names are shown wrapped in direction marks, so match what contains the name.
    hits = view.proxy.match(start, Qt.ItemDataRole.DisplayRole, name, 1, Qt.MatchFlag.MatchContains)
    # Through the selection model: QTableView.selectRow() selects nothing offscreen in
    # right-to-left (seen with PySide6 6.11.3).
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().select(
        hits[0] if hits else start, flags.ClearAndSelect | flags.Rows
    )
    dialog = view.erase_selected()
    if not isinstance(dialog, QDialog):
        return None
    settle()
    return dialog


def _report_back(window: Any, page: Any) -> Iterator[tuple[str, QWidget]]:
    """Report-back started from the Tables tab: its controls, then the projector's pages."""
    from sim_facilitator.ui.tables.tables_view import TablesView

    tables = page.view_of(TablesView)
    if tables is None or tables.agenda_id() is None:
        return
    page.tabs.setCurrentWidget(tables)
    tables.refresh()
    tables.report_button.click()
    projector = window.projector
    if projector is None:
        return
    projector.report.next()  # the second table: one with a reporter and ideas
    settle()
    yield "tables_report_back", window
    yield "report_back", projector
    projector.report.show_all()
    settle()
    yield "report_back_all", projector
    projector.show_room_view()
    _closed(projector)
    tables.refresh()


def tour(  # noqa: C901 - a linear script, one step per screen
    store: Store, settings_folder: Path, empty: Store | None = None
) -> Iterator[tuple[str, QWidget]]:
    """Every screen, one at a time (see the module docstring)."""
    from sim_facilitator.ui.record.minutes_dialog import MinutesDialog
    from sim_facilitator.ui.shell.main_window import MainWindow
    from sim_facilitator.ui.shell.settings import Settings
    from sim_facilitator.ui.shell.shortcuts_overlay import ShortcutsOverlay
    from sim_facilitator.ui.shell.welcome_dialog import WelcomeDialog
    from sim_facilitator.ui.votes.ballot_screen import VOTE, BallotScreen
    from sim_facilitator.ui.votes.projector_view import ProjectorView
    from sim_facilitator.ui.votes.tally_entry import TallyEntry

    lang = str(QApplication.instance().property("sim_language") or "en")  # type: ignore[union-attr]
    if empty is not None:
        first = MainWindow(empty, Settings(settings_folder / f"empty-{lang}.ini"))
        yield "home_empty", _shown(first)
        yield from _blank_workshop(first, empty, lang)
        _closed(first)
    welcome = WelcomeDialog(Settings(settings_folder / f"welcome-{lang}.ini"))
    yield "welcome", _shown(welcome)
    _closed(welcome)

    demo = next((w["id"] for w in store.list("workshop") if not w["deleted"]), None)
    if demo is None:
        demo = create_demo(store)
    if not any(r["status"] == "open" for r in rounds_of(store, demo)):
        extra_rounds(store, demo)
    if not any(i.get("origin") == "room" for i in store.in_workshop("idea", demo)):
        phone_ideas(store, demo, lang)
    breakout = tour_breakout(store, demo, lang)
    from sim_facilitator.domain.photos.records import photos_of

    photos = [p["id"] for p in photos_of(store, demo)] or list(tour_photos(store, demo))
    rounds = rounds_of(store, demo)
    ballot_round = next(
        r["id"] for r in rounds if r["status"] == "open" and r["collection"] == "ballot"
    )
    tally_round = next(
        r["id"] for r in rounds if r["status"] == "open" and r["collection"] != "ballot"
    )
    closed_round = next((r["id"] for r in rounds if r["status"] == "closed"), ballot_round)

    window = MainWindow(store, Settings(settings_folder / f"demo-{lang}.ini"))
    _shown(window)
    window.show_home()
    window.home.select(demo)
    yield "home", window
    page = window.open_workshop(demo)
    for index in range(page.tabs.count()):
        view: Any = page.tabs.widget(index)
        page.show_tab(index)
        settle()
        name = type(view).__name__
        if name == "SetupView":
            for row, section in enumerate(("details", "framework", "agenda", "questions")):
                view.sections.setCurrentRow(row)
                settle()
                yield f"setup_{section}", window
        elif name == "OrganiseView":
            for n, sub in enumerate(("board", "matrix", "coverage", "duplicates")):
                view.tabs.setCurrentIndex(n)
                settle()
                yield f"organise_{sub}", window
                if sub == "board":  # the photos of the first cluster, large
                    board = view.board
                    cluster = clusters_of(store, demo)[0]["id"]
                    photos_window = board.show_photos(cluster)
                    if photos_window is not None:
                        yield "cluster_photos", _shown(photos_window)
                        _closed(photos_window)
        elif name == "VotesView":
            votes = view
            for row in range(votes.round_list.count()):
                item = votes.round_list.item(row)
                if item is not None and item.data(0x0100) == closed_round:
                    votes.round_list.setCurrentRow(row)
            settle()
            yield "votes", window
        elif name == "TablesView":
            view.agenda_box.setCurrentIndex(max(view.agenda_box.findData(breakout), 0))
            settle()
            yield "tables", window
            seating = view.open_seating()
            if seating is not None:
                yield "seating", _shown(seating)
                _closed(seating)
        else:
            yield name.removesuffix("View").lower(), window
            if name == "CaptureView":  # typing from the flipchart's photo, beside the box
                view.photo_picker.choose(photos[0])
                settle()
                yield "capture_photo", window
                view.photo_picker.choose(None)
            if name == "CheckinView":
                dialog = _erase_dialog(view, lang)
                if dialog is not None:
                    yield "erase_participant", dialog
                    dialog.reject()  # Cancel: the tour's workshop keeps everyone

    screen = BallotScreen(store, ballot_round)
    yield "ballot_start", _shown(screen)
    screen.start_button.click()
    if screen.roster_combo.count() > 1:
        screen.roster_combo.setCurrentIndex(1)
    screen.identify_button.click()
    settle()
    if screen.pages.currentIndex() == VOTE:
        yield "ballot_vote", screen
    _closed(screen)
    tally = TallyEntry(store, tally_round)
    yield "tally_entry", _shown(tally)
    _closed(tally)
    projector = ProjectorView(store, demo, round_id=closed_round)
    yield "projector", _shown(projector)
    _closed(projector)
    yield from _report_back(window, page)
    join = join_screen(lang)
    yield "room_join", _shown(join)
    _closed(join)

    from sim_facilitator.domain.workshops import list_workshops
    from sim_facilitator.ui.checkin.csv_import_dialog import CsvImportDialog
    from sim_facilitator.ui.shell.backups_dialog import BackupsDialog
    from sim_facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog

    new_workshop = NewWorkshopDialog(list_workshops(store), demo, window)
    yield "new_workshop", _shown(new_workshop)
    _closed(new_workshop)
    invitations = settings_folder / "invitations.csv"
    invitations.write_text(
        "Nom;Structure;Genre\nAmina Tazi;Association Amal;F\nيوسف بناني;تعاونية الأمل;M\n",
        encoding="utf-8",
    )
    csv_import = CsvImportDialog(store, demo, invitations, window)
    yield "csv_import", _shown(csv_import)
    _closed(csv_import)
    db_file = store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    if db_file:
        backups = BackupsDialog(Path(db_file), window)
        yield "backups", _shown(backups)
        _closed(backups)
    minutes = MinutesDialog(store, demo, window)
    yield "minutes", _shown(minutes)
    _closed(minutes)
    window.show_home()
    window.show_dashboard()
    settle()
    yield "dashboard", window
    # The bundles and the coordination pages, in the main window as the Data menu shows them.
    window.show_sync()
    settle()
    yield "sync", window
    window.show_coordination()
    settle()
    yield "coordinator", window
    overlay = ShortcutsOverlay()
    yield "shortcuts", _shown(overlay)
    _closed(overlay)
    from sim_facilitator.ui.shell.help import UserGuideDialog

    guide = UserGuideDialog()
    yield "user_guide", _shown(guide)
    _closed(guide)
    _closed(window)
