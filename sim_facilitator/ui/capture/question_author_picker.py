"""The capture's question (chosen by number) and author (picked by type-ahead).

Ctrl+1…9 (``choose_question``) and Alt+Up/Down (``step_question``) pick the
question; the author is picked among the participants present. ``done`` asks
to go back to the text box, ``unknown_author`` reports a name nobody present
has. Its strings keep the ``CaptureView`` translation context they were
written in.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import fold_for_search
from sim_facilitator.ui.capture.idea_model import Label
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.retranslating import Retranslating


class QuestionAuthorPicker(Retranslating, QWidget):
    done = Signal()
    unknown_author = Signal()

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self._author_ids: dict[str, str] = {}  # folded name -> participant id (present)
        self.question_label = QLabel(self)
        self.question_box = QComboBox(self)
        # Tab reaches it (a click keeps the typing focus in the text box, as before).
        self.question_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.question_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_box.setMinimumContentsLength(24)
        self.question_label.setBuddy(self.question_box)
        self.author_label = QLabel(self)
        self.author_edit = QLineEdit(self)
        self.author_edit.setClearButtonEnabled(True)
        self.author_label.setBuddy(self.author_edit)
        self.author_names = QStringListModel(self)
        self.completer = QCompleter(self.author_names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.author_edit.setCompleter(self.completer)
        self.author_edit.setMinimumWidth(self.author_edit.fontMetrics().averageCharWidth() * 28)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question_label)
        layout.addWidget(self.question_box, 3)
        layout.addSpacing(12)
        layout.addWidget(self.author_label)
        layout.addWidget(self.author_edit, 2)

        self.author_edit.installEventFilter(self)
        self.author_edit.returnPressed.connect(self._author_chosen)
        self.completer.activated.connect(self._author_completed)
        self.question_box.activated.connect(lambda _: self.done.emit())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.question_label.setText(
            QCoreApplication.translate("CaptureView", "&Question ({keys}):").format(
                keys=f"\u2066{native_keys('Ctrl+1')}…9, Alt+↑/↓\u2069"
            )
        )
        self.author_label.setText(
            QCoreApplication.translate("CaptureView", "&Author ({keys}):").format(
                keys=native_keys("Ctrl+U")
            )
        )
        self.author_edit.setPlaceholderText(
            QCoreApplication.translate("CaptureView", "optional — type a name")
        )

    # -- questions -------------------------------------------------------------------
    def load_questions(self, labels: Iterable[tuple[str, Label]]) -> None:
        """The guiding questions, keeping the one chosen if it is still there."""
        current = self.question_id()
        self.question_box.clear()
        self.question_box.addItem(
            QCoreApplication.translate("CaptureView", "(no question) — {keys}").format(
                keys=native_keys("Ctrl+0")
            ),
            None,
        )
        for n, (question_id, label) in enumerate(labels, start=1):
            self.question_box.addItem(f"{label.short}. {label.full}", question_id)
            self.question_box.setItemData(n, label.full, Qt.ItemDataRole.ToolTipRole)
        index = self.question_box.findData(current) if current else -1
        self.question_box.setCurrentIndex(max(index, 0))

    def question_id(self) -> str | None:
        data = self.question_box.currentData()
        return str(data) if data else None

    def choose_question(self, number: int) -> None:
        """The n-th guiding question (0: none)."""
        if 0 <= number < self.question_box.count():
            self.question_box.setCurrentIndex(number)

    def step_question(self, step: int) -> None:
        count = self.question_box.count()
        if count:
            self.question_box.setCurrentIndex((self.question_box.currentIndex() + step) % count)

    # -- authors ---------------------------------------------------------------------
    def load_authors(self) -> None:
        present = [
            p
            for p in self.store.in_workshop("participant", self.workshop_id, order_by="name")
            if p["present"] is not False
        ]
        self._author_ids = {fold_for_search(p["name"]): p["id"] for p in present}
        self.author_names.setStringList([p["name"] for p in present])

    def author_id(self) -> str | None:
        """The participant named in the author box, or None if it is empty.

        Raises ValueError when the box names nobody present.
        """
        name = fold_for_search(self.author_edit.text().strip())
        if not name:
            return None
        if name in self._author_ids:
            return self._author_ids[name]
        matches = [pid for key, pid in self._author_ids.items() if name in key]
        if len(matches) == 1:
            return matches[0]
        raise ValueError(name)

    def focus_author(self) -> None:
        self.author_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.author_edit.selectAll()

    def _author_completed(self, text: str) -> None:
        self.author_edit.setText(text)
        self.done.emit()

    def _author_chosen(self) -> None:
        try:
            self.author_id()
        except ValueError:
            self.unknown_author.emit()
            return
        self.done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.author_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.done.emit()
            return True
        return super().eventFilter(watched, event)
