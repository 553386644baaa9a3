"""The details of a workshop; each field is saved as soon as it is confirmed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sim_facilitator.domain.setup import parse_note_takers, update_details
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.schema import LANGUAGES, REGIONS, WORKSHOP_STATUSES
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.bidi_notice import tell_if_controls_removed
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.labels import LANGUAGE_NAMES, label
from sim_facilitator.ui.common.retranslating import Retranslating

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


class DetailsForm(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self._loading = False
        self.title_edit = QLineEdit(self)
        self.theme_edit = QLineEdit(self)
        self.venue_edit = QLineEdit(self)
        self.facilitator_edit = QLineEdit(self)
        self.note_takers_edit = QLineEdit(self)
        self.region_combo = QComboBox(self)
        self.region_combo.addItem("", None)
        for region in REGIONS:
            self.region_combo.addItem(region, region)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", None)
        for lang in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[lang], lang)
        self.status_combo = QComboBox(self)
        for status in WORKSHOP_STATUSES:
            self.status_combo.addItem(status, status)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)

        self.text_fields: dict[str, QLineEdit] = {
            "title": self.title_edit,
            "theme": self.theme_edit,
            "venue": self.venue_edit,
            "facilitator": self.facilitator_edit,
            "note_takers": self.note_takers_edit,
        }
        for name, edit in self.text_fields.items():
            edit.editingFinished.connect(lambda name=name: self._text_confirmed(name))
            edit.textChanged.connect(lambda _t, edit=edit: self._align(edit))
        self.combos: dict[str, QComboBox] = {
            "region": self.region_combo,
            "language": self.language_combo,
            "status": self.status_combo,
        }
        for name, combo in self.combos.items():
            combo.activated.connect(lambda _i, name=name: self._combo_chosen(name))
        self.date_edit.editingFinished.connect(self._date_confirmed)
        self.date_edit.dateChanged.connect(self._date_changed)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for name, widget in (
            ("title", self.title_edit),
            ("theme", self.theme_edit),
            ("region", self.region_combo),
            ("venue", self.venue_edit),
            ("date", self.date_edit),
            ("facilitator", self.facilitator_edit),
            ("note_takers", self.note_takers_edit),
            ("language", self.language_combo),
            ("status", self.status_combo),
        ):
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(widget)
            form.addRow(self.labels[name], widget)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        texts = {
            "title": self.tr("&Title:"),
            "theme": self.tr("T&heme:"),
            "region": self.tr("&Region:"),
            "venue": self.tr("&Venue:"),
            "date": self.tr("&Date:"),
            "facilitator": self.tr("&Facilitator:"),
            "note_takers": self.tr("&Note-takers:"),
            "language": self.tr("Working &language:"),
            "status": self.tr("&Status:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.note_takers_edit.setPlaceholderText(self.tr("Names separated by commas"))
        self.hint.setText(self.tr("Every change is saved as soon as you leave the field."))
        self.region_combo.setItemText(0, self.tr("(no region)"))
        for n in range(1, self.region_combo.count()):
            self.region_combo.setItemText(n, label(self.region_combo.itemData(n)))
        self.language_combo.setItemText(0, self.tr("(not set)"))
        for n in range(self.status_combo.count()):
            self.status_combo.setItemText(n, label(self.status_combo.itemData(n)))
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setSpecialValueText(self.tr("(no date)"))

    def refresh(self) -> None:
        row = self.store.get("workshop", self.workshop_id)
        if row is None:
            return
        self._loading = True
        try:
            for name, edit in self.text_fields.items():
                value = row.get(name)
                if name == "note_takers":
                    value = ", ".join(value or [])
                edit.setText(str(value or ""))
                edit.setCursorPosition(0)
            for name, combo in self.combos.items():
                combo.setCurrentIndex(max(0, combo.findData(row.get(name))))
            date = row.get("date")
            self.date_edit.setDate(
                QDate.fromString(date, Qt.DateFormat.ISODate) if date else NO_DATE
            )
        finally:
            self._loading = False

    @staticmethod
    def _align(edit: QLineEdit) -> None:
        if not edit.text():  # an empty box (and its hint) follows the interface
            edit.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            return
        rtl = direction_of(edit.text()) == "rtl"
        edit.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )

    def _save(self, **values: Any) -> bool:
        try:
            update_details(self.store, self.workshop_id, **values)
        except DomainError as error:
            show_error(self, error)
            self.refresh()  # bad input changes nothing: show what is stored
            return False
        if tell_if_controls_removed(self, *values.values()):
            self.refresh()  # show what was stored
        return True

    def _text_confirmed(self, name: str) -> None:
        if self._loading:
            return
        text = self.text_fields[name].text()
        value: Any = parse_note_takers(text) if name == "note_takers" else text
        self._save(**{name: value})

    def _combo_chosen(self, name: str) -> None:
        if not self._loading:
            self._save(**{name: self.combos[name].currentData()})

    def _date_changed(self, date: QDate) -> None:
        # The calendar popup and arrow keys change the date without "editing finished".
        if not self._loading and not self.date_edit.hasFocus():
            self._date_confirmed()

    def _date_confirmed(self) -> None:
        if self._loading:
            return
        date = self.date_edit.date()
        value = None if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)
        self._save(date=value)
