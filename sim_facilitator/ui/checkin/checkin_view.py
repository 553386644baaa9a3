"""Check-in: fast entry of participants, invitation lists from CSV, live counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.participants import counts, participants_of, remove_participant
from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.domain.workshops import add_participant
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError, ValidationError
from sim_facilitator.engine.schema import ACTOR_KINDS, AGE_BANDS, GENDERS
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.checkin.choice_delegate import ChoiceDelegate
from sim_facilitator.ui.checkin.csv_import_dialog import CsvImportDialog
from sim_facilitator.ui.checkin.erase_participant_dialog import EraseParticipantDialog
from sim_facilitator.ui.checkin.participant_model import (
    AGE,
    GENDER,
    ID_ROLE,
    KIND,
    NAME,
    ORGANISATION,
    ParticipantModel,
)
from sim_facilitator.ui.common.bidi_notice import tell_controls_removed, tell_if_controls_removed
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.field_name import name_field
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.view_contract import WorkspaceView

UNREADABLE_FILE = _("Errors", "The file {path} cannot be read.")


def _choices(codes: tuple[str, ...], gender: bool = False) -> list[tuple[str | None, str]]:
    return [(None, "—")] + [(c, label(c, gender=gender)) for c in codes]


class CheckinView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.model = ParticipantModel(store, workshop_id, self)
        self.model.controls_removed.connect(lambda: tell_controls_removed(self))
        self.model.error.connect(lambda error: show_error(self, error))
        self.model.changed.connect(self.update_counts)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)  # names without direction marks

        # fast entry: Enter in the name or organisation adds the person
        self.name_edit = QLineEdit(self)
        self.org_edit = QLineEdit(self)
        self.org_completer = QCompleter([], self)
        self.org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.org_edit.setCompleter(self.org_completer)
        self.kind_combo = QComboBox(self)
        self.gender_combo = QComboBox(self)
        self.age_combo = QComboBox(self)
        self.consent_check = QCheckBox(self)
        self.present_check = QCheckBox(self)
        self.present_check.setChecked(True)
        self.add_button = QPushButton(self)
        self.name_edit.returnPressed.connect(self.add_from_entry)
        self.org_edit.returnPressed.connect(self.add_from_entry)
        self.add_button.clicked.connect(self.add_from_entry)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_csv)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        # Erasure on request (domain/privacy.py): a button and the table's context menu
        # (Menu key or Shift+F10); no single-key shortcut for what cannot be undone.
        self.erase_button = QPushButton(self)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_selected)
        self.erase_action = QAction(self)
        self.erase_action.setEnabled(False)
        self.erase_action.triggered.connect(self.erase_selected)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(bool(self.selected_ids()))
        )
        self.table.selectionModel().selectionChanged.connect(self._enable_erase)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.erase_action)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(
            KIND, ChoiceDelegate(lambda: _choices(ACTOR_KINDS), self)
        )
        self.table.setItemDelegateForColumn(
            GENDER, ChoiceDelegate(lambda: _choices(GENDERS, gender=True), self)
        )
        self.table.setItemDelegateForColumn(AGE, ChoiceDelegate(lambda: _choices(AGE_BANDS), self))

        # Counts the workshop's participants, not the search's matches.
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No participant yet. Type a name above and press Enter, "
                "or import the invitation list (CSV)."
            ),
            model=self.model,
        )

        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 2)
        entry.addWidget(self.org_edit, 2)
        for widget in (
            self.kind_combo,
            self.gender_combo,
            self.age_combo,
            self.consent_check,
            self.present_check,
            self.add_button,
        ):
            entry.addWidget(widget)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.erase_button)
        tools.addWidget(self.import_button)
        self.entry_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry_label)
        layout.addLayout(entry)
        layout.addWidget(self.counts_label)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self.refresh()

    # -- language -------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in"))
        self.entry_label.setText(
            self.tr("New participant: type the name and press Enter. Only the name is required.")
        )
        self.name_edit.setPlaceholderText(self.tr("Name or pseudonym"))
        self.org_edit.setPlaceholderText(self.tr("Organisation"))
        self.name_edit.setAccessibleName(self.tr("Name or pseudonym"))
        self.org_edit.setAccessibleName(self.tr("Organisation"))
        self.search.setAccessibleName(self.tr("Find a participant…").rstrip("…"))
        self.table.setAccessibleName(self.tr("Participants"))
        for combo, codes, empty, gender in (
            (self.kind_combo, ACTOR_KINDS, self.tr("Kind of actor"), False),
            (self.gender_combo, GENDERS, self.tr("Gender (optional)"), True),
            (self.age_combo, AGE_BANDS, self.tr("Age (optional)"), False),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(empty, None)
            for code in codes:
                combo.addItem(label(code, gender=gender), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            name_field(combo, empty)  # still said once a choice replaces the first item
        self.consent_check.setText(self.tr("Named in minutes"))
        self.consent_check.setToolTip(
            self.tr("The person agrees to appear by name in the minutes; otherwise a pseudonym.")
        )
        self.present_check.setText(self.tr("Present"))
        self.add_button.setText(self.tr("Add"))
        self.search.setPlaceholderText(self.tr("Find a participant…"))
        self.import_button.setText(self.tr("Import a list (CSV)…"))
        self.remove_button.setText(self.tr("Remove from the list"))
        self.erase_button.setText(self.tr("Erase this participant…"))
        self.erase_button.setAccessibleName(self.tr("Erase this participant"))
        self.erase_button.setToolTip(
            self.tr("At the person's request: erase their name everywhere, for good.")
        )
        self.erase_action.setText(self.tr("Erase this participant…"))
        self.model.relabel()
        self.update_counts()

    # -- data -----------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        organisations = sorted(
            {
                p["organisation"]
                for p in participants_of(self.store, self.workshop_id)
                if p.get("organisation")
            }
        )
        self.org_completer.model().setStringList(organisations)  # type: ignore[attr-defined]
        self.update_counts()

    def update_counts(self) -> None:
        c = counts(self.store, self.workshop_id)
        locale = QLocale()
        comma = self.tr(", ", "list separator")
        pair = self.tr("%1: %2", "label and count")
        parts = [
            self.tr("Present: %1 of %2")
            .replace("%1", locale.toString(c.present))
            .replace("%2", locale.toString(c.total))
        ]
        if c.by_kind:
            kinds = sorted(c.by_kind.items(), key=lambda kv: (-kv[1], kv[0]))
            parts.append(
                comma.join(
                    pair.replace("%1", label(k)).replace("%2", locale.toString(n)) for k, n in kinds
                )
            )
        if c.by_gender:
            genders = [(g, c.by_gender[g]) for g in GENDERS if g in c.by_gender]
            parts.append(
                comma.join(
                    pair.replace("%1", label(g, gender=True)).replace("%2", locale.toString(n))
                    for g, n in genders
                )
            )
        self.counts_label.setText("  ·  ".join(parts))

    # -- actions --------------------------------------------------------
    def add_from_entry(self) -> str | None:
        typed = (self.name_edit.text(), self.org_edit.text())
        try:
            new_id = add_participant(
                self.store,
                self.workshop_id,
                " ".join(self.name_edit.text().split()),
                organisation=self.org_edit.text().strip() or None,
                kind=self.kind_combo.currentData(),
                gender=self.gender_combo.currentData(),
                age_band=self.age_combo.currentData(),
                consent_named=self.consent_check.isChecked(),
                present=self.present_check.isChecked(),
            )
        except DomainError as error:
            show_error(self, error)
            return None
        tell_if_controls_removed(self, *typed)
        self.name_edit.clear()
        self.org_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.gender_combo.setCurrentIndex(0)
        self.age_combo.setCurrentIndex(0)
        self.consent_check.setChecked(False)
        self.refresh()
        row = self.model.row_of(new_id)
        if row >= 0:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, NAME)))
        self.name_edit.setFocus()
        return str(new_id)

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(self.proxy.mapToSource(r).data(ID_ROLE)) for r in rows]

    def remove_selected(self) -> None:
        """Remove the selected entries (typing mistakes), one transaction."""
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with self.store.transaction():
                for participant_id in ids:
                    remove_participant(self.store, participant_id)
        except DomainError as error:
            show_error(self, error)
        self.refresh()

    def _enable_erase(self) -> None:
        enabled = len(self.selected_ids()) == 1
        self.erase_button.setEnabled(enabled)
        self.erase_action.setEnabled(enabled)

    def erase_selected(self) -> EraseParticipantDialog | None:
        """Ask (window-modal), then erase the one selected participant for good."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        person = self.store.get("participant", ids[0])
        if person is None:
            return None
        dialog = EraseParticipantDialog(person["name"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._erase(ids[0]))
        dialog.open()
        return dialog

    def _erase(self, participant_id: str) -> None:
        try:
            erase_participant(self.store, participant_id)
        except DomainError as error:
            show_error(self, error)
        self.refresh()
        self._enable_erase()

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Invitation list"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.open_import_dialog(Path(path))

    def open_import_dialog(self, path: Path) -> CsvImportDialog | None:
        """Show the import dialog (window-modal); the list refreshes when it is accepted."""
        try:
            dialog = CsvImportDialog(self.store, self.workshop_id, path, self)
        except DomainError as error:
            show_error(self, error)
            return None
        except OSError:
            show_error(self, ValidationError(UNREADABLE_FILE, path=str(path)))
            return None
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
