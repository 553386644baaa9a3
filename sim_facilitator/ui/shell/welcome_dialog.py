"""The first-run welcome: the language, the three roles, a demo or a blank workshop.

Shown once per user (the ``welcome_shown`` setting); ``show_welcome_once``
is what the app calls at start-up, after the main window is shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.ui.common.labels import LANGUAGE_NAMES
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.shell.application import LANGUAGES, current_language, set_language
from sim_facilitator.ui.shell.settings import Settings

DEMO = "demo"
BLANK = "blank"
LATER = "later"


class _Home(Protocol):
    def create_demo(self) -> str: ...
    def new_workshop(self, template_id: str | None = None) -> str | None: ...


class _Window(Protocol):
    settings: Settings

    @property
    def home(self) -> _Home: ...
    def open_workshop(self, workshop_id: str) -> object: ...


class WelcomeDialog(Retranslating, QDialog):
    """``choice`` is DEMO, BLANK or LATER once the dialog is closed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.choice = LATER
        self.setModal(True)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.language_label = QLabel(self)
        self.language_group = QButtonGroup(self)
        language_row = QHBoxLayout()
        self.language_buttons: dict[str, QRadioButton] = {}
        current = current_language()
        for lang in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[lang], self)
            button.setChecked(lang == current)
            button.toggled.connect(
                lambda checked, lang=lang: self.choose_language(lang) if checked else None
            )
            self.language_group.addButton(button)
            language_row.addWidget(button)
            self.language_buttons[lang] = button
        language_row.addStretch(1)

        self.roles_label = QLabel(self)
        self.role_texts: list[QLabel] = []
        roles = QVBoxLayout()
        for _ in range(3):
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            roles.addWidget(text)
            self.role_texts.append(text)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)

        self.start_label = QLabel(self)
        self.start_label.setWordWrap(True)
        self.demo_button = QPushButton(self)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._finish(DEMO))
        self.blank_button = QPushButton(self)
        self.blank_button.clicked.connect(lambda: self._finish(BLANK))
        self.later_button = QPushButton(self)
        self.later_button.clicked.connect(lambda: self._finish(LATER))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.blank_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.language_label)
        layout.addLayout(language_row)
        layout.addSpacing(6)
        layout.addWidget(self.roles_label)
        layout.addLayout(roles)
        layout.addWidget(line)
        layout.addWidget(self.start_label)
        layout.addLayout(buttons)
        self.retranslate_ui()
        fit_window(self, "welcome", QSize(640, 0))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to SIM Facilitator"))
        self.language_label.setText(self.tr("Choose the language of the app:"))
        for lang, button in self.language_buttons.items():
            button.setAccessibleName(LANGUAGE_NAMES[lang])
        self.language_group.buttons()[0].setAccessibleDescription(
            self.tr("The app switches at once; you can change it later in the Language menu.")
        )
        self.roles_label.setText(self.tr("Three roles use this app:"))
        texts = (
            self.tr(
                "<b>Facilitator</b>: prepares the workshop, checks people in, runs the "
                "agenda, organises the ideas, runs the votes and prints the minutes."
            ),
            self.tr(
                "<b>Note-taker</b>: captures the ideas as people speak, with the "
                "keyboard only (Enter saves each idea)."
            ),
            self.tr(
                "<b>Coordinator</b>: prepares workshop kits and merges the bundles that "
                "come back from every venue into the national picture."
            ),
        )
        for label, text in zip(self.role_texts, texts, strict=True):
            label.setText(text)
        self.start_label.setText(
            self.tr(
                "Start with the demo workshop to try everything safely, or create your "
                "own blank workshop. Everything you type is saved at once."
            )
        )
        self.demo_button.setText(self.tr("Open the &demo workshop"))
        self.demo_button.setAccessibleDescription(
            self.tr("A realistic example workshop with ideas, clusters and votes.")
        )
        self.blank_button.setText(self.tr("Create a &blank workshop…"))
        self.later_button.setText(self.tr("&Not now"))

    def choose_language(self, lang: str) -> None:
        """Switch the whole app now and remember the choice."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None and lang != current_language(app):
            set_language(app, lang)
        self.settings.set_value("language", lang)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def show_welcome_once(window: _Window, force: bool = False) -> str | None:
    """Show the welcome the first time (or when ``force``); act on the choice.

    Returns the choice (DEMO, BLANK, LATER), or None when it was not shown.
    The welcome counts as shown as soon as it is closed, whatever the choice.
    """
    settings = window.settings
    if settings.value("welcome_shown") and not force:
        return None
    dialog = WelcomeDialog(settings, window if isinstance(window, QWidget) else None)
    dialog.exec()
    settings.set_value("welcome_shown", True)
    if dialog.choice == DEMO:
        window.open_workshop(window.home.create_demo())
    elif dialog.choice == BLANK:
        window.home.new_workshop()
    return dialog.choice
