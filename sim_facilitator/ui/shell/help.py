"""The user guide, shown inside the app in the current language (no browser, no network).

The guide is ``docs/user-guide.<lang>.md`` with its screenshots in
``docs/images/``; ``UserGuideDialog`` shows it with QTextBrowser.setMarkdown.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.resources import resource_dir
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.shell.application import RTL_LANGUAGES, current_language

GUIDE_LANGUAGES = ("ar", "fr", "en")
MAX_IMAGE_WIDTH = 860


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as '-'."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def docs_dir() -> Path | None:
    try:
        return resource_dir("docs")
    except FileNotFoundError:
        return None


def guide_path(lang: str) -> Path | None:
    """The guide in ``lang``, else in English; None when no guide is installed."""
    folder = docs_dir()
    if folder is None:
        return None
    for candidate in (lang, "en"):
        path = folder / f"user-guide.{candidate}.md"
        if candidate in GUIDE_LANGUAGES and path.is_file():
            return path
    return None


class UserGuideDialog(Retranslating, QDialog):
    """A non-modal window with the guide; follows the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # links inside the guide only; nothing leaves the app
        self.browser.anchorClicked.connect(self._follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.path: Path | None = None
        fit_window(self, "user_guide", QSize(960, 720))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.load(current_language(QApplication.instance()))

    def load(self, lang: str) -> None:
        self.path = guide_path(lang)
        if self.path is None:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy."))
            return
        folder = self.path.parent
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        option = self.browser.document().defaultTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if self.path.name.split(".")[1] in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        self.browser.document().setDefaultTextOption(option)

    def _follow(self, url: QUrl) -> None:
        # Only jumps inside the guide: the app never opens a browser or the network.
        if url.hasFragment():
            self.go_to_heading(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def go_to_heading(self, anchor: str) -> bool:
        """Scroll to the heading whose GitHub-style anchor is ``anchor`` (the contents links)."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())  # then back up, so the heading is at the top
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def text(self) -> str:
        return self.browser.toPlainText()


def show_user_guide(parent: QWidget | None = None) -> UserGuideDialog:
    """Open the guide window (non-modal) and return it."""
    dialog = UserGuideDialog(parent)
    dialog.show()
    return dialog
