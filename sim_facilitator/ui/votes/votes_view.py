"""The Votes tab: rounds of a workshop, their settings, lifecycle and results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.domain.votes.lifecycle import (
    close_round,
    create_round,
    open_round,
    reopen_round,
    update_round,
)
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.domain.votes.rounds import candidate_options, rounds_of
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bar_chart import Bar, BarChart
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.votes.ballot_screen import BallotScreen
from sim_facilitator.ui.votes.projector_view import ProjectorView
from sim_facilitator.ui.votes.tally_entry import TallyEntry
from sim_facilitator.ui.votes.vote_texts import (
    collection_name,
    error_text,
    method_name,
    number,
    own_alignment,
    percent,
    status_name,
    withheld_text,
)

USER = Qt.ItemDataRole.UserRole
METHODS = ("dots", "approval", "ranking", "score")
COLLECTIONS = ("ballot", "tally", "double_tally")


class VotesView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.round_id: str | None = None
        self.windows: list[QWidget] = []
        self._option_ids: list[str] = []  # what the options list shows, in order
        self._build()
        self.retranslate_ui()  # also loads the rounds (refresh)

    # -- layout ------------------------------------------------------------------
    def _build(self) -> None:
        split = QSplitter(self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        self.round_list = QListWidget(left)
        self.empty_hint = EmptyHint(
            self.round_list, lambda: self.tr("No vote yet. Create one with “New vote”.")
        )
        self.round_list.setWordWrap(True)
        self.round_list.currentItemChanged.connect(self._round_chosen)
        self.new_button = QPushButton(left)
        self.new_button.clicked.connect(self.new_round)
        left_layout.addWidget(self.round_list)
        left_layout.addWidget(self.new_button)

        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        self.settings_box = QGroupBox(right)
        form = QFormLayout(self.settings_box)
        self.title_edit = QLineEdit(self.settings_box)
        self.title_edit.editingFinished.connect(self._save_title)
        self.method_combo = QComboBox(self.settings_box)
        for m in METHODS:
            self.method_combo.addItem(m, m)
        self.method_combo.currentIndexChanged.connect(self._save_method)
        self.kind_combo = QComboBox(self.settings_box)
        self.kind_combo.addItem("idea", "idea")
        self.kind_combo.addItem("cluster", "cluster")
        self.kind_combo.currentIndexChanged.connect(self._save_kind)
        self.options_list = QListWidget(self.settings_box)
        self.options_list.setMaximumHeight(160)
        # One line per option: Qt need not measure each of thousands of ideas.
        self.options_list.setUniformItemSizes(True)
        self.options_list.itemChanged.connect(self._save_options)
        rules_row = QWidget(self.settings_box)
        rules = QHBoxLayout(rules_row)
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
        for w in (self.budget_label, self.budget_spin, self.max_label, self.max_spin):
            rules.addWidget(w)
        rules.addWidget(self.stacking_check)
        rules.addStretch(1)
        self.budget_spin.editingFinished.connect(self._save_rules)
        self.max_spin.editingFinished.connect(self._save_rules)
        self.stacking_check.toggled.connect(self._save_rules)
        self.hide_check = QCheckBox(self.settings_box)
        self.hide_check.toggled.connect(self._save_hide)
        self.collection_combo = QComboBox(self.settings_box)
        for c in COLLECTIONS:
            self.collection_combo.addItem(c, c)
        self.collection_combo.currentIndexChanged.connect(self._save_collection)
        self.tie_edit = QLineEdit(self.settings_box)
        self.tie_edit.editingFinished.connect(self._save_tie_break)
        self.form_labels = [QLabel(self.settings_box) for _ in range(8)]
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
        self.rules_row = rules_row

        actions = QGridLayout()
        self.open_button = QPushButton(right)
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton(right)
        self.close_button.clicked.connect(self.close_round)
        self.reopen_button = QPushButton(right)
        self.reopen_button.clicked.connect(self.reopen_round)
        self.ballot_button = QPushButton(right)
        self.ballot_button.clicked.connect(self.open_ballot_screen)
        self.tally_button = QPushButton(right)
        self.tally_button.clicked.connect(self.open_tally_entry)
        self.numbers_button = QPushButton(right)
        self.numbers_button.clicked.connect(self.issue_numbers)
        self.projector_button = QPushButton(right)
        self.projector_button.clicked.connect(self.open_projector)
        buttons = (
            self.open_button,
            self.close_button,
            self.reopen_button,
            self.ballot_button,
            self.tally_button,
            self.numbers_button,
            self.projector_button,
        )
        for i, b in enumerate(buttons):
            actions.addWidget(b, i // 4, i % 4)
        self.error_label = QLabel(right)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())

        self.results_box = QGroupBox(right)
        results = QVBoxLayout(self.results_box)
        self.summary_label = QLabel(self.results_box)
        self.summary_label.setWordWrap(True)
        self.withheld_label = QLabel(self.results_box)
        self.withheld_label.setWordWrap(True)
        self.table = QTableWidget(0, 6, self.results_box)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart(self.results_box)
        self.ties_label = QLabel(self.results_box)
        self.ties_label.setWordWrap(True)
        self.reopen_label = QLabel(self.results_box)
        self.reopen_label.setWordWrap(True)
        results.addWidget(self.summary_label)
        results.addWidget(self.withheld_label)
        results.addWidget(self.table)
        results.addWidget(self.chart)
        results.addWidget(self.ties_label)
        results.addWidget(self.reopen_label)

        right_layout.addWidget(self.settings_box)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.results_box, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(split)

    # -- language -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Votes"))
        self.new_button.setText(self.tr("New vote"))
        self.round_list.setAccessibleName(self.tr("Votes"))
        self.settings_box.setTitle(self.tr("Settings"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Question"),
                self.tr("Method"),
                self.tr("Vote on"),
                self.tr("Options"),
                self.tr("Rules"),
                self.tr("Results"),
                self.tr("Collected by"),
                self.tr("Tie-break rule"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i, m in enumerate(METHODS):
            self.method_combo.setItemText(i, method_name(m))
        self.kind_combo.setItemText(0, self.tr("Ideas"))
        self.kind_combo.setItemText(1, self.tr("Clusters"))
        for i, c in enumerate(COLLECTIONS):
            self.collection_combo.setItemText(i, collection_name(c))
        self.budget_label.setText(self.tr("Dots per voter"))
        self.max_label.setText(self.tr("Most per option"))
        self.max_spin.setSpecialValueText(self.tr("no limit"))
        self.stacking_check.setText(self.tr("Several dots on one option"))
        self.hide_check.setText(self.tr("Hide results until the vote closes"))
        self.tie_edit.setPlaceholderText(self.tr("e.g. the facilitator asks the room to decide"))
        self.open_button.setText(self.tr("Open the vote"))
        self.close_button.setText(self.tr("Close the vote"))
        self.reopen_button.setText(self.tr("Re-open…"))
        self.ballot_button.setText(self.tr("Ballot screen"))
        self.tally_button.setText(self.tr("Enter tally"))
        self.numbers_button.setText(self.tr("One-time numbers…"))
        self.projector_button.setText(self.tr("Projector"))
        self.results_box.setTitle(self.tr("Results"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Option"),
                self.tr("Points"),
                self.tr("Voters"),
                self.tr("Mean"),
                self.tr("Scores 1–5"),
            ]
        )
        self.refresh()

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        rounds = rounds_of(self.store, self.workshop_id)
        with QSignalBlocker(self.round_list):
            self.round_list.clear()
            for r in rounds:
                # the title isolated (FSI ... PDI) so mixed Arabic/French titles keep their order
                title = f"\u2068{r['title']}\u2069"
                item = QListWidgetItem(f"{title} — {status_name(r['status'] or 'draft')}")
                item.setData(USER, r["id"])
                self.round_list.addItem(item)
                if r["id"] == self.round_id:
                    self.round_list.setCurrentItem(item)
            if self.round_id is None and rounds:
                # Signals blocked: the round is loaded once, below, not also by _round_chosen.
                self.round_id = rounds[-1]["id"]
                self.round_list.setCurrentRow(len(rounds) - 1)
        self._load_round()

    def _round_chosen(self, current: QListWidgetItem | None, _prev: Any = None) -> None:
        if current is not None:
            self.round_id = str(current.data(USER))
            self.error_label.clear()
            self._load_round()

    def _row(self) -> dict[str, Any] | None:
        return self.store.get("round", self.round_id) if self.round_id else None

    def _load_round(self) -> None:
        row = self._row()
        has = row is not None
        self.settings_box.setEnabled(has)
        self.results_box.setVisible(has)
        if row is None:
            for b in (self.open_button, self.close_button, self.reopen_button):
                b.setEnabled(False)
            for b in (self.ballot_button, self.tally_button, self.numbers_button):
                b.setEnabled(False)
            return
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
        self.method_combo.setCurrentIndex(METHODS.index(row["method"]))
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
        self.open_button.setEnabled(draft)
        self.close_button.setEnabled(status == "open")
        self.reopen_button.setEnabled(status == "closed")
        ballot = row["collection"] == "ballot"
        self.ballot_button.setEnabled(ballot and status == "open")
        self.numbers_button.setEnabled(ballot and status != "closed")
        self.tally_button.setEnabled(not ballot and status == "open")
        self._show_results()

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

    def _show_results(self) -> None:
        if self.round_id is None:
            return
        res = round_results(self.store, self.round_id)
        summary = self.tr("%1 — %2 — ballots cast: %3 of %4 present (turnout %5)")
        for key, value in (
            ("%1", status_name(res.status)),
            ("%2", method_name(res.method)),
            ("%3", number(res.ballots_cast)),
            ("%4", number(res.present)),
            ("%5", percent(res.turnout)),
        ):
            summary = summary.replace(key, value)
        self.summary_label.setText(summary)
        self.withheld_label.setText(withheld_text(res.withheld))
        self.withheld_label.setVisible(bool(res.withheld))
        self.table.setRowCount(len(res.options))
        score = res.method == "score"
        for r, o in enumerate(res.options):
            dist = "  ".join(f"{number(k)}: {number(v)}" for k, v in o.distribution.items())
            cells = (
                number(o.rank),
                o.label,
                number(o.points),
                number(o.voters),
                number(o.mean, 1) if o.mean is not None else "",
                dist,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(own_alignment(text))
                self.table.setItem(r, c, item)
        self.table.setColumnHidden(4, not score)
        self.table.setColumnHidden(5, not score)
        self.table.setVisible(bool(res.options))
        tied = {i for group in res.ties for i in group}
        self.chart.set_bars(
            [
                Bar(
                    o.label,
                    o.mean if score and o.mean is not None else float(o.points),
                    number(o.mean, 1) if score and o.mean is not None else number(o.points),
                    tied=o.option_id in tied,
                )
                for o in res.options
            ]
        )
        self.chart.setVisible(bool(res.options))
        if res.ties:
            labels = {o.option_id: o.label for o in res.options}
            groups = "; ".join(" = ".join(labels[i] for i in g) for g in res.ties)
            rule = res.tie_break or self.tr("no tie-break rule recorded")
            self.ties_label.setText(
                self.tr("Tie: %1. Tie-break rule: %2").replace("%1", groups).replace("%2", rule)
            )
        else:
            self.ties_label.clear()
        self.ties_label.setVisible(bool(res.ties))
        if res.reopen_log:
            self.reopen_label.setText(
                self.tr("Re-opened: %1").replace("%1", "; ".join(res.reopen_log))
            )
        self.reopen_label.setVisible(bool(res.reopen_log))

    # -- saving (each change at once) ----------------------------------------------
    def _apply(self, action: Any, *args: Any, **kw: Any) -> bool:
        try:
            action(*args, **kw)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            self._load_round()
            return False
        self.error_label.clear()
        self.refresh()
        return True

    def _update(self, **values: Any) -> None:
        if self.round_id is not None:
            self._apply(update_round, self.store, self.round_id, **values)

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

    # -- actions ------------------------------------------------------------------
    def new_round(self) -> None:
        try:
            self.round_id = create_round(
                self.store, self.workshop_id, self.tr("New vote"), method="dots"
            )
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.refresh()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def open_round(self) -> None:
        if self.round_id:
            self._apply(open_round, self.store, self.round_id)

    def close_round(self) -> None:
        if self.round_id:
            self._apply(close_round, self.store, self.round_id)

    def reopen_round(self) -> None:
        if not self.round_id:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Re-open the vote"), self.tr("Why is the vote re-opened?")
        )
        if ok:
            self._apply(reopen_round, self.store, self.round_id, reason)

    def issue_numbers(self) -> None:
        if not self.round_id:
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("One-time numbers"), self.tr("How many numbers?"), 10, 1, 500
        )
        if not ok:
            return
        try:
            made = issue_numbers(self.store, self.round_id, count)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.last_numbers = made
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("One-time numbers"))
        box.setText(
            self.tr(
                "Write each number on a slip and let people draw them at random. "
                "They are shown only now; the app keeps no list of them."
            )
        )
        box.setDetailedText("\n".join(made))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _keep(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self.windows.remove(window))
        self.windows.append(window)
        window.show()

    def open_ballot_screen(self) -> BallotScreen | None:
        if not self.round_id:
            return None
        screen = BallotScreen(self.store, self.round_id)
        screen.ballot_cast.connect(lambda _r: self._show_results())
        screen.resize(900, 650)
        self._keep(screen)
        return screen

    def open_tally_entry(self) -> TallyEntry | None:
        if not self.round_id:
            return None
        entry = TallyEntry(self.store, self.round_id)
        entry.saved.connect(lambda _e: self._show_results())
        entry.resize(700, 500)
        self._keep(entry)
        return entry

    def open_projector(self) -> ProjectorView:
        projector = ProjectorView(self.store, self.workshop_id, round_id=self.round_id)
        projector.resize(1280, 720)
        self._keep(projector)
        return projector
