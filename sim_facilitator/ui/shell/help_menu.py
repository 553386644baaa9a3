"""The Help menu: keyboard shortcuts (F1, Ctrl+?), the user guide, the welcome again,
and About (the version, and where this laptop keeps its data).

One call wires it into the main window: ``install_help_menu(window)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.shell.shortcuts_overlay import ShortcutsOverlay, overlay_key_sequences
from sim_facilitator.version import __version__

if TYPE_CHECKING:  # imported when the guide is first opened (not needed at start)
    from sim_facilitator.ui.shell.help import UserGuideDialog

GUIDE_KEYS = "Shift+F1"


class HelpMenu(Retranslating, QMenu):
    """Owns its actions (window-wide shortcuts) and the windows they open."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.overlay: ShortcutsOverlay | None = None
        self.guide: UserGuideDialog | None = None
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcuts([*overlay_key_sequences(), QKeySequence("Ctrl+/")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence(GUIDE_KEYS))
        self.guide_action.triggered.connect(self.show_guide)
        self.welcome_action = QAction(window)
        self.welcome_action.triggered.connect(self.show_welcome)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: the app menu
        self.about_action.triggered.connect(self.show_about)
        self.addActions([self.shortcuts_action, self.guide_action])
        self.addSeparator()
        self.addAction(self.welcome_action)
        self.addAction(self.about_action)
        window.addAction(self.shortcuts_action)
        window.addAction(self.guide_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.guide_action.setText(self.tr("&User guide"))
        self.welcome_action.setText(self.tr("&Welcome and roles…"))
        self.about_action.setText(self.tr("&About SIM Facilitator"))

    def show_shortcuts(self) -> ShortcutsOverlay:
        """Open the overlay, or close it when it is open (F1 toggles)."""
        if self.overlay is not None and self.overlay.isVisible():
            self.overlay.close()
            return self.overlay
        self.overlay = ShortcutsOverlay(self.window_)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.overlay.destroyed.connect(lambda *_: setattr(self, "overlay", None))
        self.overlay.show()
        self.overlay.search.setFocus()
        return self.overlay

    def show_guide(self) -> UserGuideDialog:
        from sim_facilitator.ui.shell.help import UserGuideDialog

        if self.guide is None:
            self.guide = UserGuideDialog(self.window_)
            self.guide.destroyed.connect(lambda *_: setattr(self, "guide", None))
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def about_text(self) -> str:
        """The version (what a coordinator asks for first) and the data file in use."""
        lines = [
            self.tr("SIM Facilitator, version %1").replace("%1", f"\u2066{__version__}\u2069"),
            self.tr("Offline workshops for an innovative solidarity in Morocco."),
        ]
        db_path = getattr(self.window_, "db_path", None)
        if db_path is not None:
            # left to right on its own (LRI … PDI): inside Arabic, a path's slashes move
            path = f"\u2066{db_path}\u2069"
            lines.append(self.tr("Data file: %1").replace("%1", path))
        return "\n\n".join(lines)

    def show_about(self) -> str:
        text = self.about_text()
        QMessageBox.about(self.window_, self.tr("About SIM Facilitator"), text)
        return text

    def show_welcome(self) -> str | None:
        from sim_facilitator.ui.shell.welcome_dialog import show_welcome_once

        return show_welcome_once(self.window_, force=True)  # type: ignore[arg-type]


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add the Help menu at the end of the window's menu bar and return it."""
    menu = HelpMenu(window)
    window.menuBar().addMenu(menu)
    return menu


def help_menu_of(widget: QWidget) -> HelpMenu | None:
    window = widget.window()
    return window.findChild(HelpMenu) if window is not None else None
