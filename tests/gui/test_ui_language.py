"""Language switched at run time: texts, right-to-left mirroring, locale, translated errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication

from sim_facilitator.app import install_excepthook
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.resources import translations_dir
from sim_facilitator.ui.checkin.checkin_view import CheckinView
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.setup.setup_view import SetupView
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings
from tests.helpers.dialogs import record_messages


def _delete_closed_windows() -> None:
    """pytest-qt deletes the windows of earlier tests later; do it now so that a
    language switch reaches only live widgets (never half-torn-down ones)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    _delete_closed_windows()
    set_language(qapp, "en")
    yield qapp
    _delete_closed_windows()
    set_language(qapp, "en")  # other tests read English


@pytest.fixture
def window(qtbot, app, store: Store, tmp_path: Path) -> MainWindow:
    w = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    return w


def test_compiled_translations_are_shipped() -> None:
    for lang in ("ar", "fr", "en"):
        assert (translations_dir() / f"sim_facilitator_{lang}.qm").stat().st_size > 0
        assert (translations_dir() / f"sim_facilitator_{lang}.ts").exists()


def test_switching_to_arabic_mirrors_and_translates(qtbot, app, window: MainWindow) -> None:
    home = window.home
    assert home.heading.text() == "Workshops on this laptop"
    window.language_actions["ar"].trigger()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.heading.text() == "الورشات على هذا الحاسوب"
    assert window.language_menu.title() == "ال&لغة"
    assert home.model.headerData(0, Qt.Orientation.Horizontal) == "الورشة"
    assert QLocale().name() == "ar_MA"
    assert window.language_actions["ar"].isChecked()
    assert window.settings.value("language") == "ar"

    window.language_actions["fr"].trigger()
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert home.heading.text() == "Ateliers sur cet ordinateur"
    assert home.demo_button.text() == "Créer un atelier de démonstration"
    assert QLocale().name() == "fr_MA"


def test_open_workshop_relabels_tabs_regions_and_dates(qtbot, app, window, store) -> None:
    demo = create_demo(store)
    window.home.refresh()
    page = window.open_workshop(demo)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:2] == ["Set-up", "Check-in"]
    window.switch_language("fr")
    assert [page.tabs.tabText(i) for i in range(2)] == ["Préparation", "Accueil"]
    setup = page.view_of(SetupView)
    assert setup.sections.item(2).text() == "Ordre du jour"
    assert setup.details.labels["title"].text() == "&Titre :"
    checkin = page.view_of(CheckinView)
    assert checkin.import_button.text() == "Importer une liste (CSV)…"
    assert "Présents : 12 sur 12" in checkin.counts_label.text()
    window.switch_language("ar")
    assert page.tabs.tabText(0) == "الإعداد"
    assert setup.details.region_combo.currentText() == "فاس-مكناس"
    assert checkin.model.headerData(0, Qt.Orientation.Horizontal) == "الاسم أو الاسم المستعار"
    assert "الحاضرون: 12 من 12" in checkin.counts_label.text()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.show_home()
    model = window.home.model
    date_fr = QLocale("fr_MA").toString(
        QLocale("fr_MA").toDate("2025-03-12", "yyyy-MM-dd"), QLocale.FormatType.ShortFormat
    )
    window.switch_language("fr")
    assert model.data(model.index(0, 1)) == date_fr
    assert model.data(model.index(0, 2)) == "Fès-Meknès"
    assert model.data(model.index(0, 3)) == "en cours"


def test_domain_errors_read_in_the_users_language(app) -> None:
    error = ValidationError("The {field} cannot be empty.", field="title")
    set_language(app, "fr")
    assert error_text(error) == "Le champ « titre » ne peut pas être vide."
    set_language(app, "ar")
    assert error_text(error) == "لا يمكن ترك العنوان فارغا."


def test_excepthook_shows_a_translated_message_and_logs(app, tmp_path, monkeypatch) -> None:
    shown = record_messages(monkeypatch, "critical")
    monkeypatch.setattr("sys.excepthook", lambda *a: None)
    log = tmp_path / "data" / "errors.log"
    hook = install_excepthook(log)
    set_language(app, "fr")
    typed = "".join(["Na", "dia"])  # built at run time: not on any source line
    try:
        raise RuntimeError(typed)
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    logged = log.read_text(encoding="utf-8")
    # Where it failed is logged; what the user typed (personal data) is not.
    assert "RuntimeError" in logged
    assert "test_ui_language.py" in logged
    assert "Nadia" not in logged
    assert oct(log.stat().st_mode & 0o777) == oct(0o600)
    assert shown
    assert shown[0].startswith("Une erreur inattendue s'est produite.")
    assert "Traceback" not in shown[0]
    try:
        raise ValidationError("The {field} cannot be empty.", field="name")
    except ValidationError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert shown[1] == "Le champ « nom » ne peut pas être vide."


def test_nothing_is_left_in_english_in_the_french_home(qtbot, app, window, store) -> None:
    create_workshop(store, "Atelier")
    window.home.refresh()
    window.switch_language("fr")
    home = window.home
    texts = [
        home.heading.text(),
        home.search.placeholderText(),
        home.show_archived.text(),
        home.new_button.text(),
        home.template_button.text(),
        home.open_button.text(),
        home.archive_button.text(),
        window.file_menu.title(),
        window.new_action.text(),
        window.quit_action.text(),
    ] + [home.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    english = {"workshops", "search", "show", "new", "open", "archive", "quit", "ideas"}
    words = {w for t in texts for w in re.findall(r"\w+", t.replace("&", "").casefold())}
    assert not words & english
    assert "Ateliers" in texts[0]
    assert texts[-1] == "Idées"
