"""Decisions and summary: free text for the whole workshop and for each agenda item.

What is typed is saved (committed to the database) a moment after typing
stops, when the field loses focus, and before another agenda item is shown;
the line at the bottom says when the last save happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTime, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.actions import set_text
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of, has_bidi_controls
from sim_facilitator.ui.common.bidi_notice import BidiNotice
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.scrolling import scrolling
from sim_facilitator.ui.common.view_contract import WorkspaceView

DEBOUNCE_MS = 600


class DecisionsView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.workshop_box = QGroupBox(self)
        self.agenda_box = QGroupBox(self)
        self.workshop_decisions = QPlainTextEdit(self.workshop_box)
        self.workshop_summary = QPlainTextEdit(self.workshop_box)
        self.agenda_choice = QComboBox(self.agenda_box)
        self.agenda_decisions = QPlainTextEdit(self.agenda_box)
        self.agenda_summary = QPlainTextEdit(self.agenda_box)
        self.saved_label = QLabel(self)
        self._timers: dict[QPlainTextEdit, QTimer] = {}
        self._pending: set[QPlainTextEdit] = set()  # typed into, not saved yet
        self._targets: dict[QPlainTextEdit, Callable[[], tuple[str, str | None, str]]] = {
            self.workshop_decisions: lambda: ("workshop", self.workshop_id, "decisions"),
            self.workshop_summary: lambda: ("workshop", self.workshop_id, "summary"),
            self.agenda_decisions: lambda: (
                "agenda",
                self.agenda_choice.currentData(),
                "decisions",
            ),
            self.agenda_summary: lambda: ("agenda", self.agenda_choice.currentData(), "summary"),
        }
        for edit in self._targets:
            edit.setTabChangesFocus(True)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda edit=edit: self.save(edit))
            self._timers[edit] = timer
            edit.textChanged.connect(timer.start)
            edit.textChanged.connect(lambda edit=edit: self._pending.add(edit))
            edit.textChanged.connect(lambda edit=edit: self._follow_direction(edit))
            edit.installEventFilter(self)

        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout(self.workshop_box)
        form.addRow(self.labels[0], self.workshop_decisions)
        form.addRow(self.labels[1], self.workshop_summary)
        agenda_form = QFormLayout(self.agenda_box)
        # Shown instead of greyed-out fields while the workshop has no agenda.
        self.empty_hint = QLabel(self.agenda_box)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        agenda_form.addRow(self.empty_hint)
        agenda_form.addRow(self.labels[2], self.agenda_choice)
        agenda_form.addRow(self.labels[3], self.agenda_decisions)
        agenda_form.addRow(self.labels[4], self.agenda_summary)
        for label, buddy in zip(
            self.labels,
            (
                self.workshop_decisions,
                self.workshop_summary,
                self.agenda_choice,
                self.agenda_decisions,
                self.agenda_summary,
            ),
            strict=True,
        ):
            label.setBuddy(buddy)
        self.agenda_choice.currentIndexChanged.connect(self._agenda_changed)
        self._shown_agenda: str | None = None
        boxes = QWidget(self)
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        boxes_layout.addWidget(self.workshop_box, 1)
        boxes_layout.addWidget(self.agenda_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(boxes, self), 1)  # both boxes scroll on a 600-pixel screen
        layout.addWidget(self.saved_label)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decisions"))
        self.workshop_box.setTitle(self.tr("Whole workshop"))
        self.agenda_box.setTitle(self.tr("Agenda item"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Decisions:"),
                self.tr("S&ummary:"),
                self.tr("&Agenda item:"),
                self.tr("D&ecisions:"),
                self.tr("Su&mmary:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.empty_hint.setText(
            self.tr(
                "No agenda item yet. Add the agenda in Set-up to note decisions and a "
                "summary item by item; the whole workshop's go above."
            )
        )
        if not self.saved_label.text():
            self.saved_label.setText(self.tr("Everything you type here is saved as you go."))
        # Both boxes have a "Decisions" and a "Summary" field: a screen reader says which.
        for edit, name in (
            (self.workshop_decisions, self.tr("Decisions of the whole workshop")),
            (self.workshop_summary, self.tr("Summary of the whole workshop")),
            (self.agenda_decisions, self.tr("Decisions of the agenda item")),
            (self.agenda_summary, self.tr("Summary of the agenda item")),
        ):
            edit.setAccessibleName(name)

    def language_changed(self) -> None:
        self.saved_label.clear()
        super().language_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._timers:
            self.save(watched)
        return super().eventFilter(watched, event)

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        self.save_all()
        workshop = self.store.require("workshop", self.workshop_id)
        self._set(self.workshop_decisions, workshop.get("decisions"))
        self._set(self.workshop_summary, workshop.get("summary"))
        items = self.store.in_workshop(
            "agenda", self.workshop_id, order_by="coalesce(position, 0), id"
        )
        with QSignalBlocker(self.agenda_choice):
            current = self.agenda_choice.currentData()
            self.agenda_choice.clear()
            for item in items:
                self.agenda_choice.addItem(item["title"], item["id"])
            self.agenda_choice.setCurrentIndex(max(self.agenda_choice.findData(current), 0))
        for field in (self.agenda_choice, self.agenda_decisions, self.agenda_summary):
            field.setEnabled(bool(items))
        self.empty_hint.setVisible(not items)
        self._load_agenda()

    def _set(self, edit: QPlainTextEdit, text: str | None) -> None:
        if edit in self._pending:
            return  # never overwrite what the user is typing
        with QSignalBlocker(edit):
            edit.setPlainText(text or "")
        self._timers[edit].stop()
        self._follow_direction(edit)

    def _follow_direction(self, edit: QPlainTextEdit) -> None:
        """Lay the text out in its own direction; an empty box follows the interface."""
        text = edit.toPlainText()
        if text.strip():
            rtl = direction_of(text) == "rtl"
        else:
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        wanted = side | Qt.AlignmentFlag.AlignAbsolute  # plain text edits ignore "leading"
        option = edit.document().defaultTextOption()
        if option.alignment() != wanted:
            option.setAlignment(wanted)
            edit.document().setDefaultTextOption(option)

    def _load_agenda(self) -> None:
        agenda_id = self.agenda_choice.currentData()
        self._shown_agenda = agenda_id
        row = self.store.get("agenda", agenda_id) if agenda_id else None
        self._set(self.agenda_decisions, row.get("decisions") if row else None)
        self._set(self.agenda_summary, row.get("summary") if row else None)

    def _agenda_changed(self, _index: int) -> None:
        # Save what was typed for the item that was shown, then show the new one.
        shown, self._shown_agenda = self._shown_agenda, None
        for edit, field in ((self.agenda_decisions, "decisions"), (self.agenda_summary, "summary")):
            if edit in self._pending and shown:
                self._timers[edit].stop()
                self._pending.discard(edit)
                self._write("agenda", shown, field, edit.toPlainText())
        self._load_agenda()

    # -- saving -------------------------------------------------------------------
    def save(self, edit: QPlainTextEdit) -> None:
        if edit not in self._pending:
            return
        self._timers[edit].stop()
        self._pending.discard(edit)
        entity, entity_id, field = self._targets[edit]()
        if entity_id:
            self._write(entity, entity_id, field, edit.toPlainText())

    def save_all(self) -> None:
        for edit in self._timers:
            self.save(edit)

    def _write(self, entity: str, entity_id: str, field: str, text: str) -> None:
        try:
            set_text(self.store, entity, entity_id, field, text)
        except DomainError as error:
            show_error(self, error)
            return
        saved = self.tr("Saved at %1").replace("%1", QTime.currentTime().toString("HH:mm:ss"))
        if has_bidi_controls(text):  # removed by the domain; said here, not in a dialog
            saved += " — " + BidiNotice(self).text()
        self.saved_label.setText(saved)
