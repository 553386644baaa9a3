"""Asks for a new workshop's title and whether to start blank or from a template."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sim_facilitator.domain.workshops import WorkshopSummary
from sim_facilitator.ui.common.retranslating import Retranslating


class NewWorkshopDialog(Retranslating, QDialog):
    def __init__(
        self,
        templates: list[WorkshopSummary],
        template_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.template_combo = QComboBox(self)
        self.template_combo.addItem("", None)
        for w in templates:
            self.template_combo.addItem(w.title, w.id)
        if template_id is not None:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template_id)))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_ok)
        self.title_label = QLabel(self)
        self.template_label = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.template_label, self.template_combo)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New workshop"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_label.setBuddy(self.title_edit)
        self.template_label.setText(self.tr("&Start from:"))
        self.template_label.setBuddy(self.template_combo)
        self.template_combo.setItemText(0, self.tr("A blank workshop"))
        self.hint.setText(
            self.tr(
                "A template copies the framework, agenda and guiding questions of an "
                "existing workshop, without its participants or ideas."
            )
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()

    @property
    def template_id(self) -> str | None:
        data = self.template_combo.currentData()
        return str(data) if data else None
