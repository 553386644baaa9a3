"""The results panel of a vote round: summary, table, bar chart, ties, re-openings, and
the question a paper tally entered before a merge raises.

Its strings keep the ``VotesView`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.votes.merged_tally import MergedCount, count_together
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bar_chart import Bar, BarChart
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.votes.vote_texts import (
    error_text,
    method_name,
    number,
    own_alignment,
    percent,
    status_name,
    withheld_text,
)


def merged_text(groups: list[MergedCount]) -> str:
    """“Alpha”: 4 + “Beta”: 3 = 7; ... (labels isolated, numbers in the UI's locale)."""
    return "; ".join(
        " + ".join(f"\u2068{label}\u2069: {number(n)}" for _o, label, n in m.parts)
        + f" = {number(m.total)}"
        for m in groups
    )


class RoundResults(Retranslating, QGroupBox):
    """Shows ``votes.round_results`` of one round; ``show_round`` reloads it.

    A paper tally entered before some of its options were merged is shown in a
    sentence with the facilitator's two choices: count them together (recorded
    here) or enter the tally again (``reenter_requested``, the view opens the entry).
    """

    reenter_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.round_id: str | None = None
        layout = QVBoxLayout(self)
        self.merge_label = QLabel(self)
        self.merge_label.setWordWrap(True)
        self.together_button = QPushButton(self)
        self.together_button.clicked.connect(self.count_together)
        self.reenter_button = QPushButton(self)
        self.reenter_button.clicked.connect(self.reenter_requested.emit)
        self.merge_buttons = QWidget(self)
        merge_row = QHBoxLayout(self.merge_buttons)
        merge_row.setContentsMargins(0, 0, 0, 0)
        merge_row.addWidget(self.together_button)
        merge_row.addWidget(self.reenter_button)
        merge_row.addStretch(1)
        self.merged_note_label = QLabel(self)
        self.merged_note_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.withheld_label = QLabel(self)
        self.withheld_label.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = BarChart(self)
        self.ties_label = QLabel(self)
        self.ties_label.setWordWrap(True)
        self.reopen_label = QLabel(self)
        self.reopen_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.withheld_label)
        layout.addWidget(self.merge_label)
        layout.addWidget(self.merge_buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.chart)
        layout.addWidget(self.ties_label)
        layout.addWidget(self.reopen_label)
        layout.addWidget(self.merged_note_label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("VotesView", "Results"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("VotesView", "Rank"),
                QCoreApplication.translate("VotesView", "Option"),
                QCoreApplication.translate("VotesView", "Points"),
                QCoreApplication.translate("VotesView", "Voters"),
                QCoreApplication.translate("VotesView", "Mean"),
                QCoreApplication.translate("VotesView", "Scores 1–5"),
            ]
        )
        self.together_button.setText(QCoreApplication.translate("VotesView", "Count them together"))
        self.reenter_button.setText(
            QCoreApplication.translate("VotesView", "Enter the tally again")
        )

    def count_together(self) -> None:
        """The facilitator's decision: add up the merged options' separate counts."""
        if self.round_id is None:
            return
        try:
            count_together(self.store, self.round_id)
        except DomainError as exc:
            self.merge_label.setText(error_text(exc))
            return
        self.show_round(self.round_id)

    def show_round(self, round_id: str) -> None:
        self.round_id = round_id
        res = round_results(self.store, round_id)
        summary = QCoreApplication.translate(
            "VotesView", "%1 — %2 — ballots cast: %3 of %4 present (turnout %5)"
        )
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
        self.withheld_label.setVisible(bool(withheld_text(res.withheld)))
        pending = [m for m in res.merged_tally if not m.together]
        if pending:
            self.merge_label.setText(
                QCoreApplication.translate(
                    "VotesView",
                    "The tally was entered before these ideas were merged, so their counts "
                    "are not added up: %1. Someone who marked both would be counted twice. "
                    "Count them together, or enter the tally again?",
                ).replace("%1", merged_text(pending))
            )
        self.merge_label.setVisible(bool(pending))
        self.merge_buttons.setVisible(bool(pending))
        self.reenter_button.setEnabled(res.status == "open")
        decided = [m for m in res.merged_tally if m.together]
        if decided:
            self.merged_note_label.setText(
                QCoreApplication.translate(
                    "VotesView", "Counted together after a merge, as decided: %1"
                ).replace("%1", merged_text(decided))
            )
        self.merged_note_label.setVisible(bool(decided))
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
            rule = res.tie_break or QCoreApplication.translate(
                "VotesView", "no tie-break rule recorded"
            )
            self.ties_label.setText(
                QCoreApplication.translate("VotesView", "Tie: %1. Tie-break rule: %2")
                .replace("%1", groups)
                .replace("%2", rule)
            )
        else:
            self.ties_label.clear()
        self.ties_label.setVisible(bool(res.ties))
        if res.reopen_log:
            self.reopen_label.setText(
                QCoreApplication.translate("VotesView", "Re-opened: %1").replace(
                    "%1", "; ".join(res.reopen_log)
                )
            )
        self.reopen_label.setVisible(bool(res.reopen_log))
