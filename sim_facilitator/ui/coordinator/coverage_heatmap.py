"""A workshops x principles heat map: cell shade grows with how strongly ideas serve it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sim_facilitator.domain.national import CoverageCell, PrincipleRef
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.shell.application import current_language


class CoverageHeatmap(Retranslating, QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._data: tuple[
            list[tuple[str, str]], list[PrincipleRef], dict[str, dict[str, CoverageCell]]
        ] = (
            [],
            [],
            {},
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Coverage of the principles by workshop"))
        self.setAccessibleDescription(
            self.tr(
                "Each cell gives the number of ideas serving the principle and their total strength"
            )
        )
        self.set_data(*self._data)

    def set_data(
        self,
        workshops: list[tuple[str, str]],
        principles: list[PrincipleRef],
        cells: dict[str, dict[str, CoverageCell]],
    ) -> None:
        self._data = (workshops, principles, cells)
        lang = current_language()
        self.clear()
        self.setRowCount(len(workshops))
        self.setColumnCount(len(principles))
        # Short codes in the header (full names do not fit five columns); the
        # full name is the header's tooltip and is listed in the legend.
        self.setHorizontalHeaderLabels([p.code or str(n + 1) for n, p in enumerate(principles)])
        for n, p in enumerate(principles):
            header_item = self.horizontalHeaderItem(n)
            if header_item is not None:
                header_item.setToolTip(p.names.get(lang) or p.names.get("en") or "")
        self.setVerticalHeaderLabels([title for _, title in workshops])
        biggest = max((c.strength for row in cells.values() for c in row.values()), default=0) or 1
        base = self.palette().color(QPalette.ColorRole.Base)
        high = self.palette().color(QPalette.ColorRole.Highlight)
        for r, (wid, title) in enumerate(workshops):
            header = self.verticalHeaderItem(r)
            if header is not None:
                header.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight
                    if direction_of(title) == "rtl"
                    else Qt.AlignmentFlag.AlignLeft
                )
            for c, principle in enumerate(principles):
                cell = cells.get(wid, {}).get(principle.id)
                if cell is None:
                    item = QTableWidgetItem("—")
                    item.setToolTip(self.tr("This workshop uses another framework"))
                else:
                    item = QTableWidgetItem(
                        self.tr("%n idea(s)", "", cell.ideas) + f" · {cell.strength}"
                    )
                    share = cell.strength / biggest
                    colour = QColor(
                        round(base.red() + (high.red() - base.red()) * share),
                        round(base.green() + (high.green() - base.green()) * share),
                        round(base.blue() + (high.blue() - base.blue()) * share),
                    )
                    item.setBackground(colour)
                    text_role = (
                        QPalette.ColorRole.HighlightedText
                        if share > 0.55
                        else QPalette.ColorRole.Text
                    )
                    item.setForeground(self.palette().color(text_role))
                    if cell.ideas == 0:
                        item.setText(self.tr("none"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(max(height, 80))

    def legend(self) -> str:
        lang = current_language()
        return " · ".join(
            f"{p.code}: {p.names.get(lang) or p.names.get('en') or ''}" for p in self._data[1]
        )
