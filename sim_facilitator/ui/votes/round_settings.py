"""The settings form of a vote round: each field saved as soon as it changes.

The form shows a round (``load``) and emits ``edited`` with the values to
save; the Votes tab applies them (and shows a refusal). Its strings keep the
``VotesView`` translation context they were written in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from sim_facilitator.domain.votes.rounds import candidate_options
from sim_facilitator.engine.schema import VOTE_METHODS
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.votes.vote_texts import collection_name, method_name

USER = Qt.ItemDataRole.UserRole
COLLECTIONS = ("ballot", "tally", "double_tally")


class RoundSettings(Retranslating, QGroupBox):
    edited = Signal(dict)  # the values to save: keyword arguments of votes.update_round

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.round_id: str | None = None
        self._option_ids: list[str] = []  # what the options list shows, in order
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.editingFinished.connect(self._save_title)
        self.method_combo = QComboBox(self)
        for m in VOTE_METHODS:
            self.method_combo.addItem(m, m)
        self.method_combo.currentIndexChanged.connect(self._save_method)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("idea", "idea")
        self.kind_combo.addItem("cluster", "cluster")
        self.kind_combo.currentIndexChanged.connect(self._save_kind)
        self.options_list = QListWidget(self)
        self.options_list.setMaximumHeight(160)
        # One line per option: Qt need not measure each of thousands of ideas.
        self.options_list.setUniformItemSizes(True)
        self.options_list.itemChanged.connect(self._save_options)
        rules_row = QWidget(self)
        # Two lines: in one, the French texts made the votes tab wider than a small screen.
        rules = QGridLayout(rules_row)
        rules.setContentsMargins(0, 0, 0, 0)
        self.budget_label = QLabel(rules_row)
        self.budget_spin = QSpinBox(rules_row)
        self.budget_spin.setRange(1, 100)
        self.max_label = QLabel(rules_row)
        self.max_spin = QSpinBox(rules_row)
        self.max_spin.setRange(0, 100)
        self.stacking_check = QCheckBox(rules_row)
        self.budget_label.setBuddy(self.budget_spin)
        self.max_label.setBuddy(self.max_spin)
        for column, w in enumerate(
            (self.budget_label, self.budget_spin, self.max_label, self.max_spin)
        ):
            rules.addWidget(w, 0, column)
        rules.addWidget(self.stacking_check, 1, 0, 1, 4)
        rules.setColumnStretch(4, 1)
        self.budget_spin.editingFinished.connect(self._save_rules)
        self.max_spin.editingFinished.connect(self._save_rules)
        self.stacking_check.toggled.connect(self._save_rules)
        self.hide_check = QCheckBox(self)
        self.hide_check.toggled.connect(self._save_hide)
        self.collection_combo = QComboBox(self)
        for c in COLLECTIONS:
            self.collection_combo.addItem(c, c)
        self.collection_combo.currentIndexChanged.connect(self._save_collection)
        self.tie_edit = QLineEdit(self)
        self.tie_edit.editingFinished.connect(self._save_tie_break)
        self.form_labels = [QLabel(self) for _ in range(8)]
        for label, field in zip(
            self.form_labels,
            (
                self.title_edit,
                self.method_combo,
                self.kind_combo,
                self.options_list,
                rules_row,
                self.hide_check,
                self.collection_combo,
                self.tie_edit,
            ),
            strict=True,
        ):
            form.addRow(label, field)
            if field is not rules_row:  # the rules have labels of their own
                label.setBuddy(field)  # a screen reader names the field by its label
        self.rules_row = rules_row
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("VotesView", "Settings"))
        for label, text in zip(
            self.form_labels,
            (
                QCoreApplication.translate("VotesView", "Question"),
                QCoreApplication.translate("VotesView", "Method"),
                QCoreApplication.translate("VotesView", "Vote on"),
                QCoreApplication.translate("VotesView", "Options"),
                QCoreApplication.translate("VotesView", "Rules"),
                QCoreApplication.translate("VotesView", "Results"),
                QCoreApplication.translate("VotesView", "Collected by"),
                QCoreApplication.translate("VotesView", "Tie-break rule"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i, m in enumerate(VOTE_METHODS):
            self.method_combo.setItemText(i, method_name(m))
        self.kind_combo.setItemText(0, QCoreApplication.translate("VotesView", "Ideas"))
        self.kind_combo.setItemText(1, QCoreApplication.translate("VotesView", "Clusters"))
        for i, c in enumerate(COLLECTIONS):
            self.collection_combo.setItemText(i, collection_name(c))
        self.budget_label.setText(QCoreApplication.translate("VotesView", "Dots per voter"))
        self.max_label.setText(QCoreApplication.translate("VotesView", "Most per option"))
        self.max_spin.setSpecialValueText(QCoreApplication.translate("VotesView", "no limit"))
        self.stacking_check.setText(
            QCoreApplication.translate("VotesView", "Several dots on one option")
        )
        self.hide_check.setText(
            QCoreApplication.translate("VotesView", "Hide results until the vote closes")
        )
        self.tie_edit.setPlaceholderText(
            QCoreApplication.translate("VotesView", "e.g. the facilitator asks the room to decide")
        )

    # -- showing a round -------------------------------------------------------------
    def load(self, row: dict[str, Any]) -> None:
        """Show this round's settings, editable only while it is a draft."""
        self.round_id = row["id"]
        status = row["status"] or "draft"
        draft = status == "draft"
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.method_combo,
                self.kind_combo,
                self.options_list,
                self.stacking_check,
                self.hide_check,
                self.collection_combo,
            )
        ]
        self.title_edit.setText(row["title"] or "")
        self.title_edit.setReadOnly(status == "closed")
        self.method_combo.setCurrentIndex(VOTE_METHODS.index(row["method"]))
        self.kind_combo.setCurrentIndex(0 if row["target_kind"] == "idea" else 1)
        self._show_options(row)
        rules = row["rules"] or {}
        self.budget_spin.setValue(int(rules.get("budget", 3)))
        self.max_spin.setValue(int(rules.get("max_per_option") or 0))
        self.stacking_check.setChecked(bool(rules.get("stacking", True)))
        self.hide_check.setChecked(bool(row["hide_results"]))
        self.collection_combo.setCurrentIndex(COLLECTIONS.index(row["collection"] or "ballot"))
        self.tie_edit.setText(row["tie_break"] or "")
        self.tie_edit.setReadOnly(status == "closed")
        del blockers
        for w in (
            self.method_combo,
            self.kind_combo,
            self.options_list,
            self.rules_row,
            self.hide_check,
            self.collection_combo,
        ):
            w.setEnabled(draft)
        self.rules_row.setVisible(row["method"] == "dots")

    def _show_options(self, row: dict[str, Any]) -> None:
        """The round's candidate options, ticked as chosen.

        Reloading after a tick (or another laptop's import) keeps the list's items
        when the candidates are the same ones, only re-ticking those that differ:
        a workshop can have thousands of ideas, and a keyboard user keeps their place.
        """
        chosen = set(row["options"] or [])
        candidates = candidate_options(self.store, self.workshop_id, row["target_kind"])
        ids = [option_id for option_id, _label in candidates]
        checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        self.options_list.blockSignals(True)
        if ids == self._option_ids:
            for i, (option_id, label) in enumerate(candidates):
                item = self.options_list.item(i)
                wanted = checked if option_id in chosen else unchecked
                if item.checkState() != wanted:
                    item.setCheckState(wanted)
                if item.text() != label:
                    item.setText(label)
        else:
            had_focus = self.options_list.hasFocus()
            current_row = self.options_list.currentRow()
            self.options_list.clear()
            checkable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            checkable |= Qt.ItemFlag.ItemIsUserCheckable
            for option_id, label in candidates:
                item = QListWidgetItem(label)
                item.setData(USER, option_id)
                item.setFlags(checkable)
                item.setCheckState(checked if option_id in chosen else unchecked)
                self.options_list.addItem(item)
            self._option_ids = ids
            if 0 <= current_row < self.options_list.count():
                self.options_list.setCurrentRow(current_row)
            if had_focus:
                self.options_list.setFocus()
        self.options_list.blockSignals(False)

    # -- saving (each change at once) ----------------------------------------------
    def _row(self) -> dict[str, Any] | None:
        return self.store.get("round", self.round_id) if self.round_id else None

    def _update(self, **values: Any) -> None:
        if self.round_id is not None:
            self.edited.emit(values)

    def _save_title(self) -> None:
        row = self._row()
        if row is not None and self.title_edit.text().strip() != (row["title"] or ""):
            self._update(title=self.title_edit.text())

    def _save_tie_break(self) -> None:
        row = self._row()
        if row is not None and self.tie_edit.text().strip() != (row["tie_break"] or ""):
            self._update(tie_break=self.tie_edit.text())

    def _save_method(self) -> None:
        self._update(method=self.method_combo.currentData())

    def _save_kind(self) -> None:
        self._update(target_kind=self.kind_combo.currentData(), options=[])

    def _save_options(self, _item: QListWidgetItem | None = None) -> None:
        chosen = [
            str(self.options_list.item(i).data(USER))
            for i in range(self.options_list.count())
            if self.options_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._update(options=chosen)

    def _save_rules(self) -> None:
        row = self._row()
        if row is None or row["method"] != "dots" or (row["status"] or "draft") != "draft":
            return
        limit = self.max_spin.value() or None
        rules = {
            "budget": self.budget_spin.value(),
            "max_per_option": limit,
            "stacking": self.stacking_check.isChecked(),
        }
        current = {k: (row["rules"] or {}).get(k) for k in rules}
        if current != rules:
            self._update(rules=rules)

    def _save_hide(self, checked: bool) -> None:
        self._update(hide_results=checked)

    def _save_collection(self) -> None:
        self._update(collection=self.collection_combo.currentData())
