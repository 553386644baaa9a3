"""The framework of principles a workshop pins: choose one, name it, edit its principles.

Edits go through ``editable_framework_for``: a framework shared with other
workshops is first copied as a new version for this workshop, so the other
workshops keep the version they pinned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain import frameworks as F
from sim_facilitator.engine.errors import DomainError, ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.bidi_notice import tell_if_controls_removed
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.labels import LANGUAGE_NAMES
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.setup.ordered_list_editor import OrderedListEditor
from sim_facilitator.ui.setup.ordered_table_model import Column, OrderedTableModel
from sim_facilitator.ui.shell.application import current_language

T = TypeVar("T")


class FrameworkEditor(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self._loading = False
        self.framework_combo = QComboBox(self)
        self.framework_combo.activated.connect(self._framework_chosen)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_framework)
        self.version_label = QLabel(self)
        self.version_label.setWordWrap(True)
        self.name_edits: dict[str, QLineEdit] = {}
        self.name_labels: dict[str, QLabel] = {}
        names = QFormLayout()
        for lang in F.LANGS:
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda lang=lang: self._name_confirmed(lang))
            edit.textChanged.connect(lambda _t, edit=edit: _align(edit))
            self.name_edits[lang] = edit
            self.name_labels[lang] = QLabel(self)
            names.addRow(self.name_labels[lang], edit)
        self.columns = [Column("code")] + [
            Column(f"{prefix}_{lang}") for prefix in ("name", "description") for lang in F.LANGS
        ]
        self.model = OrderedTableModel(self.columns, self._load, self._save, self)
        self.principles = OrderedListEditor(
            self.model,
            self._add,
            lambda pid, step: self._on_own_copy(pid, lambda p: F.move_principle(store, p, step)),
            lambda pid: self._on_own_copy(pid, lambda p: F.delete_principle(store, p)),
            self,
            entry_keys=[f"name_{lang}" for lang in F.LANGS],
        )
        self.principles.set_empty_hint(
            lambda: self.tr(
                "No principle yet. Type its name above, in one language or more, and press Enter."
            )
        )
        self._fit_principles_table()
        self.model.saved.connect(self._refresh_framework)
        self.choose_label = QLabel(self)
        self.choose_label.setBuddy(self.framework_combo)  # names it for a screen reader
        top = QHBoxLayout()
        top.addWidget(self.choose_label)
        top.addWidget(self.framework_combo, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.version_label)
        layout.addLayout(names)
        layout.addWidget(self.principles, 1)
        self.retranslate_ui()
        self.refresh()

    def _fit_principles_table(self) -> None:
        """Seven columns (code, three names, three descriptions) share the width and wrap:
        no sideways scrolling to reach the descriptions."""
        table = self.principles.table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Row heights follow the wrapped text at the columns' current widths: measured
        # again when the columns stretch (a resize) and when the principles reload.
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.model.modelReset.connect(table.resizeRowsToContents)

    # -- language -------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.choose_label.setText(self.tr("Framework used by this workshop:"))
        self.new_button.setText(self.tr("New framework"))
        for lang in F.LANGS:
            self.name_labels[lang].setText(
                self.tr("Name (%1):").replace("%1", LANGUAGE_NAMES[lang])
            )
            self.name_edits[lang].setAccessibleName(self.name_labels[lang].text())
        headers = {"code": self.tr("Code")}
        for lang in F.LANGS:
            headers[f"name_{lang}"] = self.tr("Name (%1)").replace("%1", LANGUAGE_NAMES[lang])
            headers[f"description_{lang}"] = self.tr("Description (%1)").replace(
                "%1", LANGUAGE_NAMES[lang]
            )
        for column in self.columns:
            column.header = headers[column.key]
        self.principles.heading.setText(self.tr("Principles"))
        self.principles.table.setAccessibleName(self.tr("Principles"))
        self.principles.retranslate_ui()
        if not self._loading:
            self.refresh()

    # -- data -----------------------------------------------------------
    def framework_id(self) -> str | None:
        row = self.store.get("workshop", self.workshop_id)
        return str(row["framework_id"]) if row and row.get("framework_id") else None

    def refresh(self) -> None:
        self._refresh_framework()
        self.principles.refresh()

    def _refresh_framework(self) -> None:
        """The framework choice, names and version (not the principles table)."""
        self._loading = True
        try:
            lang = current_language()
            pinned = self.framework_id()
            self.framework_combo.clear()
            self.framework_combo.addItem(self.tr("(no framework)"), None)
            for choice in F.list_frameworks(self.store):
                text = self.tr("%1 — version %2").replace("%1", F.localized(choice, "name", lang))
                text = text.replace("%2", str(choice["version"] or 1))
                self.framework_combo.addItem(text, choice["id"])
            self.framework_combo.setCurrentIndex(max(0, self.framework_combo.findData(pinned)))
            fw = self.store.get("framework", pinned) if pinned else None
            for code, edit in self.name_edits.items():
                edit.setText(str(fw.get(f"name_{code}") or "") if fw else "")
                edit.setEnabled(fw is not None)
            self.principles.setEnabled(fw is not None)
            if fw is None:
                self.version_label.setText(
                    self.tr("Choose the framework of principles the ideas will be mapped to.")
                )
            else:
                others = len(F.workshops_using(self.store, str(pinned))) - 1
                text = self.tr("Version %1.").replace("%1", str(fw["version"] or 1))
                if others > 0:
                    text += " " + self.tr(
                        "Other workshops use this version too: your first change makes a "
                        "new version for this workshop only."
                    )
                self.version_label.setText(text)
        finally:
            self._loading = False

    def _load(self) -> list[dict[str, Any]]:
        pinned = self.framework_id()
        return F.principles_of(self.store, pinned) if pinned else []

    def _run(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except DomainError as error:
            show_error(self, error)
            return None
        finally:
            self.refresh()

    def _own_principle(self, principle_id: str) -> str:
        """The id of this principle in a framework version that only this workshop pins."""
        before = self.framework_id()
        after = F.editable_framework_for(self.store, self.workshop_id)
        if after == before:
            return principle_id
        position = self.store.require("principle", principle_id)["position"]
        return str(
            next(p["id"] for p in F.principles_of(self.store, after) if p["position"] == position)
        )

    def _on_own_copy(self, principle_id: str, action: Callable[[str], None]) -> None:
        with self.store.transaction():
            action(self._own_principle(principle_id))

    def _save(self, principle_id: str, key: str, value: Any) -> None:
        # Raises DomainError for the model to report; the transaction undoes a fork too.
        with self.store.transaction():
            F.update_principle(self.store, self._own_principle(principle_id), **{key: value})
        tell_if_controls_removed(self, value)

    def _add(self, values: dict[str, Any]) -> str:
        with self.store.transaction():
            if self.framework_id() is None:
                raise ValidationError(F.NO_FRAMEWORK)
            fw = F.editable_framework_for(self.store, self.workshop_id)
            return F.add_principle(self.store, fw, **values)

    # -- actions --------------------------------------------------------
    def _framework_chosen(self, index: int) -> None:
        if self._loading:
            return
        chosen = self.framework_combo.itemData(index)
        self._run(lambda: F.pin_framework(self.store, self.workshop_id, chosen))

    def new_framework(self) -> str | None:
        name = self.tr("New framework")
        lang = current_language()
        return self._run(
            lambda: F.create_framework_for(self.store, self.workshop_id, **{f"name_{lang}": name})
        )

    def _name_confirmed(self, lang: str) -> None:
        if self._loading or self.framework_id() is None:
            return
        text = self.name_edits[lang].text().strip()
        fw = self.store.get("framework", self.framework_id() or "")
        if fw is not None and (fw.get(f"name_{lang}") or "") == text:
            return

        def save() -> None:
            with self.store.transaction():
                own = F.editable_framework_for(self.store, self.workshop_id)
                F.update_framework(self.store, own, **{f"name_{lang}": text or None})

        self._run(save)


def _align(edit: QLineEdit) -> None:
    rtl = direction_of(edit.text()) == "rtl"
    edit.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter
    )
