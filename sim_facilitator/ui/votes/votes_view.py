"""The Votes tab: rounds of a workshop, their settings, lifecycle and results.

The list of rounds and the lifecycle buttons are here; the settings form is
``RoundSettings`` and the results panel ``RoundResults``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.votes.ballots import ballots_cast, issue_numbers
from sim_facilitator.domain.votes.lifecycle import (
    close_round,
    create_round,
    open_round,
    reopen_round,
    update_round,
)
from sim_facilitator.domain.votes.rounds import rounds_of
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.projector_window import show_on_projector
from sim_facilitator.ui.common.scrolling import scrolling
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.votes.ballot_screen import BallotScreen
from sim_facilitator.ui.votes.phone_voting_box import PhoneVotingBox
from sim_facilitator.ui.votes.projector_view import ProjectorView
from sim_facilitator.ui.votes.round_results import RoundResults
from sim_facilitator.ui.votes.round_settings import RoundSettings
from sim_facilitator.ui.votes.tally_entry import TallyEntry
from sim_facilitator.ui.votes.vote_texts import (
    error_text,
    status_name,
)

USER = Qt.ItemDataRole.UserRole


class VotesView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.round_id: str | None = None
        # Set by the main window: shows a round in its projector window (one per app).
        self.shared_projector: Callable[[str | None], ProjectorView | None] | None = None
        self.windows: list[QWidget] = []
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

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.settings_box = RoundSettings(self.store, self.workshop_id, right)
        self.settings_box.edited.connect(lambda values: self._update(**values))
        self.title_edit = self.settings_box.title_edit
        self.method_combo = self.settings_box.method_combo
        self.kind_combo = self.settings_box.kind_combo
        self.options_list = self.settings_box.options_list

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
        self.phone_box = PhoneVotingBox(self.store, right)

        self.results_box = RoundResults(self.store, right)
        self.results_box.reenter_requested.connect(self.open_tally_entry)
        self.summary_label = self.results_box.summary_label
        self.withheld_label = self.results_box.withheld_label
        self.table = self.results_box.table
        self.chart = self.results_box.chart
        self.ties_label = self.results_box.ties_label
        self.reopen_label = self.results_box.reopen_label

        right_layout.addWidget(self.settings_box)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.phone_box)
        right_layout.addWidget(self.results_box, 1)
        split.addWidget(left)
        split.addWidget(scrolling(right, split))  # taller than a 600-pixel screen allows
        split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(split)

    # -- language -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Votes"))
        self.new_button.setText(self.tr("New vote"))
        self.round_list.setAccessibleName(self.tr("Votes"))
        self.open_button.setText(self.tr("Open the vote"))
        self.close_button.setText(self.tr("Close the vote"))
        self.reopen_button.setText(self.tr("Re-open…"))
        self.ballot_button.setText(self.tr("Ballot screen"))
        self.tally_button.setText(self.tr("Enter tally"))
        self.numbers_button.setText(self.tr("One-time numbers…"))
        self.projector_button.setText(self.tr("Projector"))
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
        self.settings_box.round_id = self.round_id
        self.settings_box.setEnabled(has)
        self.phone_box.load(row)  # shown for ballot rounds only (a tally is on paper)
        self.results_box.setVisible(has)
        if row is None:
            for b in (self.open_button, self.close_button, self.reopen_button):
                b.setEnabled(False)
            for b in (self.ballot_button, self.tally_button, self.numbers_button):
                b.setEnabled(False)
            return
        status = row["status"] or "draft"
        draft = status == "draft"
        self.settings_box.load(row)
        self.open_button.setEnabled(draft)
        self.close_button.setEnabled(status == "open")
        self.reopen_button.setEnabled(status == "closed")
        ballot = row["collection"] == "ballot"
        self.ballot_button.setEnabled(ballot and status == "open")
        self.numbers_button.setEnabled(ballot and status != "closed")
        self.tally_button.setEnabled(not ballot and status == "open")
        self._show_results()

    def room_changed(self, kind: str) -> None:
        """Ballots from phones: the count and the results follow as they arrive."""
        if kind == "ballot" and self.isVisible():
            self._show_results()

    def _show_results(self) -> None:
        if self.round_id is not None:
            self.results_box.show_round(self.round_id)

    # -- saving (each change at once) ----------------------------------------------
    def _apply(self, action: Any, *args: Any, **kw: Any) -> bool:
        try:
            action(*args, **kw)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            announce(self, self.error_label.text())
            self._load_round()
            return False
        self.error_label.clear()
        self.refresh()
        return True

    def _update(self, **values: Any) -> None:
        if self.round_id is not None:
            self._apply(update_round, self.store, self.round_id, **values)

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
        if self.round_id and self._apply(open_round, self.store, self.round_id):
            announce(self, self.tr("The vote is open."))

    def close_round(self) -> None:
        if self.round_id and self._apply(close_round, self.store, self.round_id):
            count = ballots_cast(self.store, self.round_id)
            announce(self, self.tr("The vote is closed: %n ballot(s) cast.", "", count))

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

    def _keep(self, window: QWidget, projected: bool = False) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self.windows.remove(window))
        self.windows.append(window)
        if projected:
            show_on_projector(window, self.window())
        else:
            window.show()

    def open_ballot_screen(self) -> BallotScreen | None:
        if not self.round_id:
            return None
        screen = BallotScreen(self.store, self.round_id)
        screen.ballot_cast.connect(lambda _r: self._show_results())
        self._keep(screen)
        return screen

    def open_tally_entry(self) -> TallyEntry | None:
        if not self.round_id:
            return None
        entry = TallyEntry(self.store, self.round_id)
        entry.saved.connect(lambda _e: self._show_results())
        self._keep(entry)
        return entry

    def open_projector(self) -> ProjectorView | None:
        """The chosen round on the projector: through the app's one projector window
        when the main window gave ``shared_projector``, else in a window of its own
        (the tab shown alone, as in tests)."""
        if self.shared_projector is not None:
            return self.shared_projector(self.round_id)
        projector = ProjectorView(self.store, self.workshop_id, round_id=self.round_id)
        self._keep(projector, projected=True)
        return projector
