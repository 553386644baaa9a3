"""First run and help: the welcome (language, roles, demo or blank), shown once;
the user guide inside the app in the current language; the application icon."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog

from sim_facilitator.domain.workshops import list_workshops
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.shell.application import current_language, set_language
from sim_facilitator.ui.shell.help import UserGuideDialog, guide_path
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.welcome_dialog import (
    BLANK,
    DEMO,
    LATER,
    WelcomeDialog,
    show_welcome_once,
)
from tests.helpers.paths import ROOT


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    set_language(app, "en")


def answer(monkeypatch: pytest.MonkeyPatch, choice: str, lang: str | None = None) -> list[str]:
    """The welcome is answered as a user would: maybe a language, then one button."""
    seen: list[str] = []

    def exec_(dialog: WelcomeDialog) -> int:
        seen.append(dialog.windowTitle())
        if lang is not None:
            dialog.language_buttons[lang].click()
        {DEMO: dialog.demo_button, BLANK: dialog.blank_button, LATER: dialog.later_button}[
            choice
        ].click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return seen


def test_the_welcome_opens_the_demo_once_and_remembers_the_language(
    qtbot: Any, store: Store, tmp_path: Path, app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(tmp_path / "s.ini")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    shown = answer(monkeypatch, DEMO, lang="fr")
    assert show_welcome_once(window) == DEMO
    assert current_language(app) == "fr"
    assert settings.value("language") == "fr"
    assert window.windowTitle().endswith("SIM Facilitateur")  # the whole app switched
    assert len(list_workshops(store)) == 1
    assert window.workspace is not None  # the demo is open, ready to explore
    assert show_welcome_once(window) is None  # never again
    assert len(shown) == 1
    assert Settings(tmp_path / "s.ini").value("welcome_shown") is True


def test_blank_asks_for_a_title_and_not_now_leaves_the_list(
    qtbot: Any, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(store, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    asked: list[bool] = []
    monkeypatch.setattr(window.home, "new_workshop", lambda *a: asked.append(True))
    answer(monkeypatch, BLANK)
    assert show_welcome_once(window) == BLANK
    assert asked == [True]
    answer(monkeypatch, LATER)
    assert show_welcome_once(window, force=True) == LATER
    assert list_workshops(store) == []
    assert window.workspace is None


def test_the_welcome_explains_the_three_roles_in_arabic(
    qtbot: Any, app: QApplication, tmp_path: Path
) -> None:
    set_language(app, "ar")
    dialog = WelcomeDialog(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.role_texts)
    for role in ("الميسّر", "المقرر", "المنسّق"):
        assert role in texts
    assert dialog.isRightToLeft()
    assert dialog.language_buttons["ar"].isChecked()


@pytest.mark.parametrize(
    ("lang", "title", "direction"),
    [
        ("ar", "دليل الاستخدام", Qt.LayoutDirection.RightToLeft),
        ("fr", "guide d'utilisation", Qt.LayoutDirection.LeftToRight),
        ("en", "user guide", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_the_user_guide_opens_in_the_current_language(
    qtbot: Any, app: QApplication, lang: str, title: str, direction: Qt.LayoutDirection
) -> None:
    set_language(app, lang)
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.path == guide_path(lang)
    assert dialog.path is not None
    assert title in dialog.text().splitlines()[0]
    document = dialog.browser.document()
    assert document.defaultTextOption().textDirection() == direction
    # every contents link leads to its heading, inside the app
    links = re.findall(r"\]\(#([^)]+)\)", dialog.path.read_text(encoding="utf-8"))
    assert len(links) >= 10
    for anchor in links:
        assert dialog.go_to_heading(anchor), anchor


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_picture_of_the_guide_is_there_and_small(lang: str) -> None:
    guide = ROOT / "docs" / f"user-guide.{lang}.md"
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8"))
    assert len(pictures) >= 20
    for picture in pictures:
        path = guide.parent / picture
        assert path.is_file(), picture
        assert path.stat().st_size < 200_000, picture
    total = sum(p.stat().st_size for p in (ROOT / "docs" / "images").glob("*.png"))
    assert total < 5_000_000


def test_the_guide_window_loads_its_pictures(qtbot: Any, app: QApplication) -> None:
    set_language(app, "fr")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/capture_fr.png")
    )
    assert image is not None
    assert not image.isNull()


def test_the_application_icon_and_desktop_entry() -> None:
    from sim_facilitator.ui.shell.app_icon import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert icon.availableSizes()
    entry = (ROOT / "resources" / "sim-facilitator.desktop").read_text(encoding="utf-8")
    assert "Exec=sim-facilitator-gui" in entry
    assert "Icon=sim-facilitator" in entry
    assert "Name[ar]=" in entry
    assert "Name[fr]=" in entry
    assert "CC0" in (ROOT / "resources" / "icons" / "LICENSE.md").read_text(encoding="utf-8")


def test_the_help_menu_opens_shortcuts_with_f1_and_the_guide(
    qtbot: Any, store: Store, tmp_path: Path, app: QApplication
) -> None:
    window = MainWindow(store, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    menu = window.help_menu  # installed by the main window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    handle = window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: menu.overlay is not None and menu.overlay.isVisible())
    assert menu.overlay is not None
    assert len(menu.overlay.rows()) > 30
    menu.overlay.close()
    menu.guide_action.trigger()
    assert menu.guide is not None
    assert menu.guide.isVisible()
    set_language(app, "fr")
    assert window.menuBar().actions()[-1].text() == "&Aide"
    assert menu.guide.windowTitle() == "Guide d'utilisation"
