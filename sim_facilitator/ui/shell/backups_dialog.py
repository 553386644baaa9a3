"""Restore: the list of backups with their dates and workshop counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.backup import BackupInfo, list_backups, restore_backup
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window


class BackupsDialog(Retranslating, QDialog):
    """Choose a backup to restore. ``restored`` is True once one replaced the database."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.restored = False
        self.backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.list = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        fit_window(self, "backups", QSize(560, 380))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.list.setAccessibleName(self.tr("Backups"))
        self.explanation.setText(
            self.tr(
                "A backup is made each time the app opens and before every import. "
                "Restoring one replaces the current data; the current data is itself "
                "kept as a backup first, so a restore can be undone."
            )
        )
        self.restore_button.setText(self.tr("&Restore the selected backup"))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.backups = list_backups(self.db_path)
        locale = self.locale()
        reasons = {
            "open": self.tr("when the app opened"),
            "before-import": self.tr("before an import"),
            "before-restore": self.tr("before a restore"),
        }
        for info in self.backups:
            stamp = QDateTime.fromSecsSinceEpoch(int(info.created.timestamp()))
            when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            if info.workshops < 0:
                text = self.tr("%1 — damaged, cannot be restored").replace("%1", when)
            else:
                text = (
                    self.tr("%1 — %n workshop(s)", "", info.workshops).replace("%1", when)
                    + f" — {reasons.get(info.reason, info.reason)}"
                )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            if info.workshops < 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(any(b.workshops >= 0 for b in self.backups))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr("The data on this laptop will be replaced by the backup of %1.").replace(
                "%1", item.text().split(" — ")[0]
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restore_backup(Path(item.data(Qt.ItemDataRole.UserRole)), self.db_path)
        except DomainError as error:
            show_error(self, error)
            return
        self.restored = True
        self.accept()
