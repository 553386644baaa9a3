"""Windows open within their screen and come back where the user left them, per screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from sim_facilitator.ui.common.window_geometry import (
    FIRST_SHARE,
    clamped,
    first_size,
    fit_window,
    screen_key,
)
from sim_facilitator.ui.shell.settings import Settings


def _window(settings: Settings, preferred: QSize, name: str = "test") -> QWidget:
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Un texte", window))
    fit_window(window, name, preferred, settings)
    return window


def test_the_first_size_is_the_preferred_one_within_the_screen() -> None:
    small = QRect(0, 0, 1024, 600)
    assert first_size(QSize(1280, 800), small) == QSize(
        int(1024 * FIRST_SHARE[0]), int(600 * FIRST_SHARE[1])
    )
    big = QRect(0, 0, 2560, 1400)
    assert first_size(QSize(1280, 800), big) == QSize(1280, 800)  # not stretched


def test_a_place_is_clamped_onto_the_available_geometry() -> None:
    available = QRect(0, 40, 1366, 728)  # a task bar at the top
    assert clamped(QRect(-200, 0, 800, 600), available) == QRect(0, 40, 800, 600)
    assert clamped(QRect(1000, 500, 800, 600), available) == QRect(566, 168, 800, 600)
    assert clamped(QRect(10, 50, 3000, 2000), available) == available


def test_a_window_opens_within_its_screen_then_where_it_was_left(
    qtbot: object, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    available = QGuiApplication.primaryScreen().availableGeometry()
    window = _window(settings, QSize(5000, 5000))  # asks for more than any screen
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    assert window.width() <= available.width() * FIRST_SHARE[0]
    assert window.height() <= available.height() * FIRST_SHARE[1]
    assert available.contains(window.frameGeometry())

    moved = QRect(available.x() + 30, available.y() + 40, 400, 300)
    window.setGeometry(moved)
    window.close()  # hidden: its place is kept
    again = _window(settings, QSize(5000, 5000))
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    qtbot.waitExposed(again)  # type: ignore[attr-defined]
    assert again.geometry() == moved
    other = _window(settings, QSize(500, 300), name="other")  # its own place
    qtbot.addWidget(other)  # type: ignore[attr-defined]
    other.show()
    assert other.size() == QSize(500, 300)


def test_a_place_saved_off_the_screen_comes_back_onto_it(qtbot: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    # Left on a larger screen of the same name, or before the task bar grew.
    far = f"{available.right() - 50} {available.bottom() - 20} 3000 2000 0"
    settings.set_window_place(f"test/{screen_key(screen)}", far)
    window = _window(settings, QSize(400, 300))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    assert available.contains(window.frameGeometry())
    assert window.width() > available.width() - 20  # as large as it can be


def test_a_place_saved_for_another_screen_is_not_used(qtbot: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set_window_place("test/Projector-1920x1080", "100 100 1700 900 0")
    settings.set_window_place("test/broken", "not a place")
    window = _window(settings, QSize(400, 300))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert window.size() == QSize(400, 300)


def test_a_dialog_is_centred_on_its_parent(qtbot: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    available = QGuiApplication.primaryScreen().availableGeometry()
    parent.setGeometry(available.x() + 20, available.y() + 30, 600, 500)
    parent.show()
    dialog = QDialog(parent)
    fit_window(dialog, "dialog", QSize(300, 200), settings)
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    assert dialog.size() == QSize(300, 200)
    centre = dialog.frameGeometry().center() - parent.frameGeometry().center()
    assert abs(centre.x()) <= 2
    assert abs(centre.y()) <= 2


def test_a_maximized_window_opens_maximized_again(qtbot: object, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    window = _window(settings, QSize(400, 300))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)  # type: ignore[attr-defined]
    window.close()
    again = _window(settings, QSize(400, 300))
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    qtbot.waitUntil(again.isMaximized)  # type: ignore[attr-defined]
    again.showNormal()  # back to the size it had before it was maximized
    qtbot.waitUntil(lambda: not again.isMaximized())  # type: ignore[attr-defined]
    assert again.size() == QSize(400, 300)


def test_a_size_given_before_the_first_show_is_kept_within_the_screen(
    qtbot: object, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set_window_place(
        f"test/{screen_key(QGuiApplication.primaryScreen())}", "10 10 500 500 0"
    )
    window = _window(settings, QSize(400, 300))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(420, 330)  # a script's choice wins over the remembered place
    window.show()
    assert window.size() == QSize(420, 330)
    huge = _window(settings, QSize(400, 300), name="huge")
    qtbot.addWidget(huge)  # type: ignore[attr-defined]
    huge.resize(9000, 9000)
    huge.show()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert huge.width() <= available.width()
    assert huge.height() <= available.height()
