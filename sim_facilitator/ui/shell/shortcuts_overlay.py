"""The keyboard shortcuts of the app, screen by screen (F1 or Ctrl+?).

The list is declared here (``SHORTCUTS``) because many keys are handled by
the views themselves (Enter in capture, digits in the matrix) and carry no
QAction to read them from; ``tests/gui/test_accessibility.py`` checks that the
actions with a shortcut in the app are all listed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.text.normalise import normalise
from sim_facilitator.ui.common.keys_text import KeysDelegate, native_keys
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window

OVERLAY_KEYS = ("F1", "Ctrl+?")

# (section, [(keys, what it does)]); keys use the portable QKeySequence syntax.
SHORTCUTS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        _("ShortcutsOverlay", "Everywhere"),
        [
            ("F1", _("ShortcutsOverlay", "Show this list of shortcuts")),
            ("Ctrl+?", _("ShortcutsOverlay", "Show this list of shortcuts")),
            ("Ctrl+/", _("ShortcutsOverlay", "Show this list of shortcuts")),
            ("Shift+F1", _("ShortcutsOverlay", "User guide")),
            ("Ctrl+N", _("ShortcutsOverlay", "New workshop")),
            ("Alt+Home", _("ShortcutsOverlay", "Back to the list of workshops")),
            ("Ctrl+Tab", _("ShortcutsOverlay", "Next tab (Ctrl+Shift+Tab: previous)")),
            ("Ctrl+Alt+P", _("ShortcutsOverlay", "Minutes (PDF or Word)")),
            ("F5", _("ShortcutsOverlay", "Projector view")),
            ("Ctrl+Shift+N", _("ShortcutsOverlay", "Small note-taker window")),
            ("Ctrl+Shift+R", _("ShortcutsOverlay", "Open the room to phones (join screen)")),
            ("Ctrl+Shift+D", _("ShortcutsOverlay", "National dashboard")),
            ("Ctrl+Shift+B", _("ShortcutsOverlay", "Exchange bundles (export, import)")),
            ("Ctrl+Shift+K", _("ShortcutsOverlay", "Coordination: import bundles, sources")),
            ("Ctrl+Q", _("ShortcutsOverlay", "Quit (everything is already saved)")),
            ("Alt", _("ShortcutsOverlay", "With the underlined letter: press that button")),
        ],
    ),
    (
        _("ShortcutsOverlay", "Capture"),
        [
            ("Return", _("ShortcutsOverlay", "Save the idea")),
            ("Shift+Return", _("ShortcutsOverlay", "New line in the idea")),
            ("Ctrl+1", _("ShortcutsOverlay", "Question 1 (Ctrl+2 … Ctrl+9: the others)")),
            ("Ctrl+0", _("ShortcutsOverlay", "No question")),
            ("Alt+Down", _("ShortcutsOverlay", "Next question (Alt+Up: previous)")),
            ("Ctrl+T", _("ShortcutsOverlay", "Next breakout table (Ctrl+Shift+T: previous)")),
            (
                "Ctrl+I",
                _("ShortcutsOverlay", "Next photo to type from (Ctrl+Shift+I: previous)"),
            ),
            ("Ctrl+U", _("ShortcutsOverlay", "Choose the author")),
            ("Ctrl+F", _("ShortcutsOverlay", "Filter the ideas")),
            ("Ctrl+L", _("ShortcutsOverlay", "Go to the list of ideas")),
            ("F2", _("ShortcutsOverlay", "Edit the selected idea")),
            ("Del", _("ShortcutsOverlay", "Delete the selected ideas")),
            ("Esc", _("ShortcutsOverlay", "Back to the text box")),
            ("Ctrl+Z", _("ShortcutsOverlay", "Undo (Ctrl+Shift+Z: redo)")),
            ("Ctrl+Shift+C", _("ShortcutsOverlay", "Note-taker mode")),
            ("Ctrl+Shift+P", _("ShortcutsOverlay", "Capture in a small window on top")),
        ],
    ),
    (
        _("ShortcutsOverlay", "Report-back on the projector (Tables tab)"),
        [
            ("Alt+PgDown", _("ShortcutsOverlay", "Next table")),
            ("Alt+PgUp", _("ShortcutsOverlay", "Previous table")),
            ("Alt+End", _("ShortcutsOverlay", "All tables side by side")),
            ("Shift+F5", _("ShortcutsOverlay", "Back to the room view")),
        ],
    ),
    (
        _("ShortcutsOverlay", "Organise: clusters"),
        [
            ("Tab", _("ShortcutsOverlay", "Next cluster")),
            ("Shift+Down", _("ShortcutsOverlay", "Select more ideas")),
            ("Ctrl+G", _("ShortcutsOverlay", "Group the selected ideas into a new cluster")),
            ("F2", _("ShortcutsOverlay", "Rename the cluster")),
            (
                "Ctrl+Left",
                _("ShortcutsOverlay", "Move to the cluster on the left (Ctrl+Right: on the right)"),
            ),
            ("Ctrl+M", _("ShortcutsOverlay", "Move to a cluster chosen by name")),
            ("Ctrl+Shift+G", _("ShortcutsOverlay", "Split into a new cluster")),
            ("Ctrl+Del", _("ShortcutsOverlay", "Dissolve the cluster")),
            ("Ctrl+Shift+M", _("ShortcutsOverlay", "Merge the selected ideas as duplicates")),
            ("Alt+1", _("ShortcutsOverlay", "Map the selected ideas to principle 1 (… 9)")),
            ("Ctrl+Alt+1", _("ShortcutsOverlay", "Map the whole cluster to principle 1 (… 9)")),
            ("Ctrl+Z", _("ShortcutsOverlay", "Undo (Ctrl+Shift+Z: redo)")),
        ],
    ),
    (
        _("ShortcutsOverlay", "Organise: mapping matrix"),
        [
            ("Home", _("ShortcutsOverlay", "First column (the idea or cluster)")),
            ("0", _("ShortcutsOverlay", "Strength 0 to 3 of the mapping (1, 2, 3)")),
            ("Del", _("ShortcutsOverlay", "Remove the mapping")),
        ],
    ),
    (
        _("ShortcutsOverlay", "Votes and dialogs"),
        [
            ("Space", _("ShortcutsOverlay", "Press the focused button, tick a box")),
            ("Return", _("ShortcutsOverlay", "Confirm (the default button)")),
            ("Esc", _("ShortcutsOverlay", "Close the dialog or cancel")),
        ],
    ),
]


def native(keys: str) -> str:
    """The keys as this system writes them, isolated left to right."""
    return native_keys(keys)


class ShortcutsOverlay(Retranslating, QDialog):
    """A searchable list of the shortcuts; Esc or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        # "Alt+الأسفل" must not turn into "الأسفل+Alt" in Arabic.
        self.tree.setItemDelegateForColumn(0, KeysDelegate(self.tree))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        fit_window(self, "shortcuts", QSize(620, 640))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search.setPlaceholderText(self.tr("Find a shortcut…"))
        self.search.setAccessibleName(self.tr("Find a shortcut"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.hint.setText(
            self.tr(
                "Every screen works with the keyboard alone: Tab moves between controls, "
                "the focused control is outlined."
            )
        )
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        bold = self.font()
        bold.setBold(True)
        for section, rows in SHORTCUTS:
            head = QTreeWidgetItem(self.tree, [self.tr(section), ""])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for keys, text in rows:
                QTreeWidgetItem(head, [native(keys), self.tr(text)])
        self.tree.expandAll()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = normalise(text)
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            if head is None:
                continue
            any_shown = False
            for m in range(head.childCount()):
                child = head.child(m)
                if child is None:
                    continue
                shown = not needle or needle in normalise(f"{child.text(0)} {child.text(1)}")
                child.setHidden(not shown)
                any_shown = any_shown or shown
            head.setHidden(not any_shown)

    def rows(self) -> list[tuple[str, str]]:
        """The visible (keys, description) rows, as shown."""
        shown: list[tuple[str, str]] = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            if head is None or head.isHidden():
                continue
            for m in range(head.childCount()):
                child = head.child(m)
                if child is not None and not child.isHidden():
                    shown.append((child.text(0), child.text(1)))
        return shown


def overlay_key_sequences() -> list[QKeySequence]:
    """The keys that open the overlay (F1, Ctrl+?), for the main window's action."""
    return [QKeySequence(k) for k in OVERLAY_KEYS]
