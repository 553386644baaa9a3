"""The results panel of a vote round: summary, table, bar chart, ties and re-openings.

Its strings keep the ``VotesView`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bar_chart import Bar, BarChart
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.votes.vote_texts import (
    method_name,
    number,
    own_alignment,
    percent,
    status_name,
    withheld_text,
)


class RoundResults(Retranslating, QGroupBox):
    """Shows ``votes.round_results`` of one round; ``show_round`` reloads it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
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
        layout.addWidget(self.table)
        layout.addWidget(self.chart)
        layout.addWidget(self.ties_label)
        layout.addWidget(self.reopen_label)
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

    def show_round(self, round_id: str) -> None:
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
