"""Secret ballot on a passed laptop.

neutral page -> the voter identifies (roster or one-time number) -> votes on a
freshly built page that shows no earlier choices -> confirms -> neutral page.
The neutral page shows how many ballots were cast, never how anyone voted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.vote_counting import per_option_cap
from sim_facilitator.domain.votes.ballots import (
    ballots_cast,
    cast_ballot,
    check_ballot,
    check_voter,
)
from sim_facilitator.domain.votes.rounds import ballot_options, present_participants
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.votes.vote_texts import error_text, method_name, number, set_user_text

NEUTRAL, IDENTIFY, VOTE, CONFIRM = range(4)


class BallotScreen(Retranslating, QWidget):
    ballot_cast = Signal(bool)  # True when the voter's earlier ballot was replaced

    def __init__(self, store: Store, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.round_id = round_id
        self.voter = ""
        self.already_voted = False
        self.inputs: dict[str, QWidget] = {}
        self.pending: dict[str, int] = {}
        self._last_message = ""
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._build_neutral()
        self._build_identify()
        self._build_vote()
        self._build_confirm()
        fit_window(self, "ballot_screen", QSize(900, 650))
        self.retranslate_ui()
        self.show_neutral()

    # -- pages ---------------------------------------------------------------
    def _big(self, label: QLabel, scale: float = 1.6) -> None:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_neutral(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.round_title = QLabel(page)
        self._big(self.round_title, 1.4)
        self.neutral_heading = QLabel(page)
        self._big(self.neutral_heading, 2.0)
        self.count_label = QLabel(page)
        self._big(self.count_label)
        self.message_label = QLabel(page)
        self._big(self.message_label, 1.2)
        self.start_button = QPushButton(page)
        self.start_button.setMinimumSize(320, 64)
        start_font = QFont(self.start_button.font())
        start_font.setPointSizeF(start_font.pointSizeF() * 1.4)
        self.start_button.setFont(start_font)
        self.start_button.clicked.connect(self.show_identify)
        layout.addStretch(1)
        for w in (self.round_title, self.neutral_heading, self.count_label, self.message_label):
            layout.addWidget(w)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.pages.addWidget(page)

    def _build_identify(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.identify_heading = QLabel(page)
        self._big(self.identify_heading, 1.4)
        form = QFormLayout()
        self.roster_combo = QComboBox(page)
        self.number_edit = QLineEdit(page)
        self.number_edit.setMaxLength(12)
        self.roster_label = QLabel(page)
        self.number_label = QLabel(page)
        form.addRow(self.roster_label, self.roster_combo)
        form.addRow(self.number_label, self.number_edit)
        # A screen reader names each field by its label.
        self.roster_label.setBuddy(self.roster_combo)
        self.number_label.setBuddy(self.number_edit)
        self.identify_error = QLabel(page)
        self.identify_error.setWordWrap(True)
        self.identify_error.setStyleSheet(error_style())
        buttons = QHBoxLayout()
        self.cancel_identify = QPushButton(page)
        self.cancel_identify.clicked.connect(self.show_neutral)
        self.identify_button = QPushButton(page)
        self.identify_button.setDefault(True)
        self.identify_button.clicked.connect(self.identify)
        self.number_edit.returnPressed.connect(self.identify)
        buttons.addWidget(self.cancel_identify)
        buttons.addStretch(1)
        buttons.addWidget(self.identify_button)
        layout.addWidget(self.identify_heading)
        layout.addLayout(form)
        layout.addWidget(self.identify_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_vote(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.vote_heading = QLabel(page)
        self._big(self.vote_heading, 1.4)
        self.rules_label = QLabel(page)
        self.rules_label.setWordWrap(True)
        self.replace_note = QLabel(page)
        self.replace_note.setWordWrap(True)
        self.choices_area = QScrollArea(page)
        self.choices_area.setWidgetResizable(True)
        self.vote_error = QLabel(page)
        self.vote_error.setWordWrap(True)
        self.vote_error.setStyleSheet(error_style())
        buttons = QHBoxLayout()
        self.cancel_vote = QPushButton(page)
        self.cancel_vote.clicked.connect(self.show_neutral)
        self.next_button = QPushButton(page)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.review)
        buttons.addWidget(self.cancel_vote)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        for w in (self.vote_heading, self.rules_label, self.replace_note):
            layout.addWidget(w)
        layout.addWidget(self.choices_area, 1)
        layout.addWidget(self.vote_error)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_confirm(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.confirm_heading = QLabel(page)
        self._big(self.confirm_heading, 1.4)
        self.summary = QWidget(page)  # one line per choice, each aligned by its own text
        self.summary_layout = QVBoxLayout(self.summary)
        self.confirm_error = QLabel(page)
        self.confirm_error.setWordWrap(True)
        self.confirm_error.setStyleSheet(error_style())
        buttons = QHBoxLayout()
        self.back_button = QPushButton(page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(VOTE))
        self.confirm_button = QPushButton(page)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout.addWidget(self.confirm_heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.confirm_error)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    # -- language --------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Secret ballot"))
        self.neutral_heading.setText(self.tr("Pass the laptop to the next voter"))
        self.start_button.setText(self.tr("I am ready to vote"))
        self.identify_heading.setText(self.tr("Who is voting?"))
        self.roster_label.setText(self.tr("My name (checked in)"))
        self.number_label.setText(self.tr("or my one-time number"))
        self.number_edit.setPlaceholderText(self.tr("e.g. 482913"))
        self.cancel_identify.setText(self.tr("Cancel"))
        self.identify_button.setText(self.tr("Continue"))
        self.cancel_vote.setText(self.tr("Cancel, vote later"))
        self.next_button.setText(self.tr("Review my ballot"))
        self.confirm_heading.setText(self.tr("Is this your ballot?"))
        self.back_button.setText(self.tr("Change"))
        self.confirm_button.setText(self.tr("Confirm my vote"))
        self.replace_note.setText(
            self.tr("You have already voted: this ballot will replace your earlier one.")
        )
        if self.roster_combo.count():
            self.roster_combo.setItemText(0, self.tr("— choose —"))
        self._refresh_neutral()
        if self.pages.currentIndex() == VOTE:
            self._update_rules_label()

    # -- flow ------------------------------------------------------------------
    def _round(self) -> dict[str, Any]:
        return self.store.require("round", self.round_id)

    def _refresh_neutral(self) -> None:
        row = self._round()
        self.round_title.setText(row["title"] or "")
        cast = ballots_cast(self.store, self.round_id)
        self.count_label.setText(self.tr("Ballots cast: %1").replace("%1", number(cast)))
        is_open = row.get("status") == "open"
        self.start_button.setEnabled(is_open)
        if not is_open:
            self.message_label.setText(self.tr("This vote is not open."))
        else:
            self.message_label.setText(self._last_message)

    def refresh(self) -> None:
        if self.pages.currentIndex() == NEUTRAL:
            self._refresh_neutral()

    def show_neutral(self) -> None:
        """Forget everything about the current voter and show the neutral page."""
        self._clear_vote()
        self.voter = ""
        self.number_edit.clear()
        self.identify_error.clear()
        self.pages.setCurrentIndex(NEUTRAL)
        self._refresh_neutral()

    def show_identify(self) -> None:
        self._last_message = ""
        self.roster_combo.clear()
        self.roster_combo.addItem(self.tr("— choose —"), "")
        for person in present_participants(self.store, self._round()["workshop_id"]):
            self.roster_combo.addItem(person["name"], person["id"])
        self.number_edit.clear()
        self.identify_error.clear()
        self.pages.setCurrentIndex(IDENTIFY)
        self.roster_combo.setFocus()

    def identify(self) -> None:
        voter = self.number_edit.text().strip() or str(self.roster_combo.currentData() or "")
        if not voter:
            self.identify_error.setText(self.tr("Choose your name or type your one-time number."))
            return
        try:
            self.already_voted = check_voter(self.store, self.round_id, voter)
        except DomainError as exc:
            self.identify_error.setText(error_text(exc))
            return
        self.voter = voter
        self._build_inputs()
        self.pages.setCurrentIndex(VOTE)

    def _clear_vote(self) -> None:
        old = self.choices_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.inputs = {}
        self.pending = {}
        self.vote_error.clear()
        self.confirm_error.clear()
        self._clear_summary()

    def _clear_summary(self) -> None:
        while self.summary_layout.count():
            item = self.summary_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def summary_lines(self) -> list[str]:
        return [
            w.text()
            for w in self.summary.findChildren(QLabel)
            if self.summary_layout.indexOf(w) >= 0
        ]

    def _build_inputs(self) -> None:
        """A fresh set of empty inputs: nothing of the previous voter survives."""
        self._clear_vote()
        row = self._round()
        method = row["method"]
        options = ballot_options(self.store, self.round_id)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(12)
        big = QFont(holder.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for row_number, (option_id, label) in enumerate(options):
            name = QLabel(holder)
            name.setFont(big)
            name.setWordWrap(True)
            name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            set_user_text(name, label)
            widget: QWidget
            if method == "dots":
                spin = QSpinBox(holder)
                spin.setRange(0, per_option_cap("dots", row.get("rules") or {}) or 0)
                spin.valueChanged.connect(self._update_rules_label)
                widget = spin
            elif method == "approval":
                widget = QCheckBox(self.tr("Yes"), holder)
            else:
                combo = QComboBox(holder)
                combo.addItem("—", 0)
                top = len(options) if method == "ranking" else 5
                for value in range(1, top + 1):
                    combo.addItem(number(value), value)
                widget = combo
            widget.setFont(big)
            widget.setMinimumWidth(140)
            widget.setAccessibleName(label)
            name.setBuddy(widget)
            self.inputs[option_id] = widget
            grid.addWidget(name, row_number, 0)
            grid.addWidget(widget, row_number, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(options), 1)
        self.choices_area.setWidget(holder)
        set_user_text(self.vote_heading, row["title"] or "")
        self.replace_note.setVisible(self.already_voted)
        self._update_rules_label()

    def choices(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for option_id, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                value = widget.value()
            elif isinstance(widget, QCheckBox):
                value = int(widget.isChecked())
            elif isinstance(widget, QComboBox):
                value = int(widget.currentData() or 0)
            else:
                value = 0
            if value:
                result[option_id] = value
        return result

    def _update_rules_label(self) -> None:
        row = self._round()
        method = row["method"]
        rules = row.get("rules") or {}
        if method == "dots":
            budget = int(rules.get("budget", 3))
            left = budget - sum(self.choices().values())
            text = self.tr("%1 dots to give, at most %2 per option. Dots left: %3.")
            text = text.replace("%1", number(budget))
            text = text.replace("%2", number(per_option_cap("dots", rules) or budget))
            text = text.replace("%3", number(left))
        elif method == "approval":
            text = self.tr("Tick every option you support.")
        elif method == "ranking":
            text = self.tr("Give rank 1 to your favourite; you may rank only some options.")
        else:
            text = self.tr("Score the options you wish from 1 (weak) to 5 (strong).")
        self.rules_label.setText(method_name(method) + " — " + text)

    def review(self) -> None:
        try:
            self.pending = check_ballot(self.store, self.round_id, self.choices())
        except DomainError as exc:
            self.vote_error.setText(error_text(exc))
            return
        self.vote_error.clear()
        labels = dict(ballot_options(self.store, self.round_id))
        method = self._round()["method"]
        lines = []
        ascending = method == "ranking"
        for option_id, value in sorted(
            self.pending.items(), key=lambda kv: kv[1] if ascending else -kv[1]
        ):
            label = labels.get(option_id, option_id)
            if method == "approval":
                lines.append(f"✓ {label}")
            elif method == "ranking":
                lines.append(f"{number(value)}. {label}")
            else:
                lines.append(f"{label}: {number(value)}")
        self._clear_summary()
        big = QFont(self.summary.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        for line in lines or [self.tr("A blank ballot (no choice).")]:
            line_label = QLabel(self.summary)
            line_label.setFont(big)
            line_label.setWordWrap(True)
            line_label.setTextFormat(Qt.TextFormat.PlainText)
            set_user_text(line_label, line)
            self.summary_layout.addWidget(line_label)
        self.pages.setCurrentIndex(CONFIRM)
        # The ballot is read back before it is confirmed: a voter who cannot see checks it.
        announce(self, "\n".join([self.confirm_heading.text(), *self.summary_lines()]))

    def confirm(self) -> None:
        try:
            result = cast_ballot(self.store, self.round_id, self.voter, self.pending)
        except DomainError as exc:
            self.confirm_error.setText(error_text(exc))
            return
        self._last_message = (
            self.tr("Thank you. Your ballot replaced your earlier one.")
            if result.replaced
            else self.tr("Thank you. Your ballot is recorded.")
        )
        self.ballot_cast.emit(result.replaced)
        self.show_neutral()
        announce(self, self._last_message)
