"""How phones in the room vote in the chosen round (room/ballots.phone_voting).

- one-time numbers issued: phones use them (a secret ballot, one per number);
- otherwise the facilitator may tick "informal poll: one phone, one vote"
  (``allow_browser_votes``), with the warning that it is not a secret ballot
  and a person with two browsers votes twice;
- a closed round: phones only look; a paper tally: the box is hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import allow_browser_votes, phone_voting
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.votes.vote_texts import error_text


class PhoneVotingBox(Retranslating, QGroupBox):
    changed = Signal()  # the round's rules changed (the poll ticked or unticked)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.row: dict[str, Any] | None = None
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.poll_check = QCheckBox(self)
        self.poll_check.toggled.connect(self._poll_toggled)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.poll_check)
        layout.addWidget(self.warning)
        self.retranslate_ui()

    def load(self, row: dict[str, Any] | None) -> None:
        """Show how phones vote in ``row``; hidden unless it is a ballot round (the Votes
        tab is tight, and for a paper tally there is nothing to choose)."""
        self.row = row
        self.retranslate_ui()
        self.setVisible(row is not None and row.get("collection") == "ballot")

    def mode(self) -> str:
        return phone_voting(self.row) if self.row is not None else "none"

    def _poll_toggled(self, checked: bool) -> None:
        if self.row is None:
            return
        try:
            allow_browser_votes(self.store, self.row["id"], checked)
        except DomainError as error:
            self.warning.setText(error_text(error))
            return
        self.row = self.store.get("round", self.row["id"])
        self.retranslate_ui()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Phones in the room"))
        self.poll_check.setText(self.tr("Informal poll: one phone, one vote"))
        row = self.row
        mode = self.mode()
        ballot = row is not None and row.get("collection") == "ballot"
        closed = row is not None and row.get("status") == "closed"
        self.poll_check.setVisible(ballot and mode != "numbers")
        self.poll_check.setEnabled(ballot and not closed)
        with QSignalBlocker(self.poll_check):
            self.poll_check.setChecked(mode == "browser")
        if row is None:
            explain = ""
        elif not ballot:
            explain = self.tr("Counted on paper: phones show the vote but do not vote in it.")
        elif mode == "numbers":
            explain = self.tr(
                "Phones use the voter codes: each person types the one-time number on their"
                " slip. A secret ballot, one vote per number."
            )
        elif mode == "browser":
            explain = self.tr("Phones vote in this round: one vote per phone.")
        else:
            explain = self.tr(
                "Phones cannot vote in this round yet. For a secret ballot, issue one-time"
                " numbers; for a quick show of hands, tick the informal poll."
            )
        self.explain.setText(explain)
        self.warning.setText(
            self.tr(
                "Not a secret ballot, and not safe for a decision: someone with two phones or"
                " two browsers votes twice. Use one-time numbers for a decision."
            )
            if mode == "browser"
            else ""
        )
        self.warning.setVisible(mode == "browser")
