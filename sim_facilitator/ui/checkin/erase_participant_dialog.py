"""Confirming a participant's erasure: what happens, said plainly, before it happens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sim_facilitator.ui.common.bidi import display
from sim_facilitator.ui.common.retranslating import Retranslating

# Wide enough for the six short paragraphs to wrap into a few lines each.
WIDTH = 520


class EraseParticipantDialog(Retranslating, QDialog):
    """Asks before erasing ``name``; accepted means "erase for good".

    Cancel is the default button: Enter alone never erases anyone.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase a participant"))
        points = [
            self.tr("Erase “%1” for good, as they asked?").replace("%1", display(self.name)),
            self.tr(
                "Their name, organisation, kind of actor, gender and age band are erased from "
                "this laptop: from the list, from the history of changes and from the older "
                "backups."
            ),
            self.tr("Their ideas are kept, without an author."),
            self.tr(
                "The other laptops erase them too when they import a bundle exported from "
                "this laptop from now on."
            ),
            self.tr(
                "Minutes, CSV files and bundles exported before now are files outside the "
                "app: delete them yourself."
            ),
            self.tr("This cannot be undone."),
        ]
        self.explanation.setText("\n\n".join(points))
        self.explanation.setAccessibleName(self.tr("What erasing does"))
        self.erase_button.setText(self.tr("&Erase for good"))
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self._fit()

    def _fit(self) -> None:
        """As tall as the whole text needs at WIDTH, and never shorter.

        A window does not grow by itself for wrapped text (height for width), so a
        fixed height cut the first and last lines in Arabic, whose lines are taller.
        """
        # Once shown, keep the width the user chose (a language change refits the height).
        width = max(self.width(), WIDTH) if self.isVisible() else WIDTH
        self.setMinimumSize(WIDTH, self._height_for(WIDTH))
        self.resize(width, self._height_for(width))

    def _height_for(self, width: int) -> int:
        return max(self.heightForWidth(width), self.sizeHint().height())
