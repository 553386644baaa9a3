"""Report-back on the projector: one table at a time, then all tables side by side.

Large type on black, like the projector. Each page shows a table's name, its
question, its reporter's name (only if they agreed to be named) and its ideas;
then every table side by side for the gallery walk; then, once the gallery
walk's vote is closed and its results are not withheld, the results per table
and overall. Next: Page
Down, Space or the arrow pointing forward in the reading direction; previous:
Page Up or the other arrow; Home: the first table; End: all tables.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from sim_facilitator.domain.tables.gallery import (
    GalleryResults,
    gallery_results,
    gallery_round_of,
)
from sim_facilitator.domain.tables.overview import ReportPage, report_back
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import without_bidi_controls
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.votes.vote_texts import number, own_alignment, set_user_text

MAX_SIDE_BY_SIDE_IDEAS = 8  # per column on the overview page: what a projector shows


class ReportBackView(Retranslating, QWidget):
    def __init__(
        self, store: Store, workshop_id: str, agenda_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.agenda_id = agenda_id
        self.pages: list[ReportPage] = []
        self.gallery: GalleryResults | None = None
        self.index = 0  # 0 … len(pages) - 1: one table; len(pages): all tables
        self.setAutoFillBackground(True)
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 9.0) * 2.0)
        self.setFont(base)
        self.position = QLabel(self)
        self.title = QLabel(self)
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.reporter = QLabel(self)
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.hint = QLabel(self)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.5)
        self.hint.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.reporter)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        fit_window(self, "report_back", QSize(1024, 768))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Report-back"))
        self.hint.setText(
            self.tr("Page Down: next table · Page Up: previous · End: all tables side by side")
        )
        self.refresh()

    def refresh(self) -> None:
        self.pages = report_back(self.store, self.workshop_id, self.agenda_id)
        self.gallery = None
        round_id = gallery_round_of(self.store, self.workshop_id, self.agenda_id)
        if round_id is not None:
            results = gallery_results(self.store, self.workshop_id, self.agenda_id, round_id)
            if results.overall:
                self.gallery = results
        self.index = min(self.index, self._last())
        self._show()

    def _last(self) -> int:
        """The last page: all tables, or the gallery walk's overall results."""
        return len(self.pages) + (2 if self.gallery is not None else 0)

    # -- moving ---------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.index = max(0, min(index, self._last()))
        self._show()

    def next(self) -> None:
        self.show_page(self.index + 1)

    def previous(self) -> None:
        self.show_page(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward, back = back, forward
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, forward):
            self.next()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, back):
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(self._last())
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # -- drawing --------------------------------------------------------------------------
    def _clear(self) -> None:
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()

    def _label(
        self, text: str, bold: bool = False, scale: float = 1.0, parts: tuple[str, ...] = ()
    ) -> QLabel:
        """A label of user text; with ``parts``, ``text`` is a template whose ``{0}``,
        ``{1}`` … are user texts, each isolated so that mixed scripts keep their order."""
        label = QLabel(self.body)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        if not parts:
            set_user_text(label, text)
            return label
        clean = [without_bidi_controls(p) for p in parts]
        label.setText(text.format(*(f"\u2068{p}\u2069" for p in clean)))
        label.setAlignment(own_alignment(clean[0]) | Qt.AlignmentFlag.AlignTop)
        return label

    def _show(self) -> None:
        self._clear()
        if not self.pages:
            self.position.clear()
            self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
            self.title.setText(self.tr("No tables for this agenda item yet."))
            self.question.clear()
            self.reporter.clear()
            return
        if self.index == len(self.pages) + 1 and self.gallery is not None:
            self._show_results_by_table(self.gallery)
            return
        if self.index == len(self.pages) + 2 and self.gallery is not None:
            self._show_overall(self.gallery)
            return
        if self.index >= len(self.pages):
            self._show_all()
            return
        page = self.pages[self.index]
        self.position.setText(
            self.tr("Table %1 of %2")
            .replace("%1", number(self.index + 1))
            .replace("%2", number(len(self.pages)))
        )
        set_user_text(self.title, page.table.name)
        set_user_text(self.question, page.table.question or "")
        self.question.setVisible(bool(page.table.question))
        if page.reporter:
            self.reporter.setText(
                self.tr("Reported by %1").replace("%1", f"\u2068{page.reporter}\u2069")
            )
        else:
            self.reporter.clear()
        if not page.ideas:
            self.grid.addWidget(self._label(self.tr("No ideas from this table yet.")), 0, 0)
        for row, idea in enumerate(page.ideas):
            self.grid.addWidget(self._label(f"• {idea['text']}"), row, 0)
        self.grid.setRowStretch(len(page.ideas) + 1, 1)

    def _show_all(self) -> None:
        self.position.setText(self.tr("All tables"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
        self.title.setText(self.tr("All tables side by side"))
        self.question.clear()
        self.question.hide()
        self.reporter.clear()
        for column, page in enumerate(self.pages):
            self.grid.addWidget(self._label(page.table.name, bold=True, scale=0.6), 0, column)
            shown = page.ideas[:MAX_SIDE_BY_SIDE_IDEAS]
            for row, idea in enumerate(shown, start=1):
                self.grid.addWidget(self._label(f"• {idea['text']}", scale=0.5), row, column)
            more = len(page.ideas) - len(shown)
            if more:
                text = self.tr("… and %Ln more", "", more)
                self.grid.addWidget(self._label(text, scale=0.5), len(shown) + 1, column)
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(MAX_SIDE_BY_SIDE_IDEAS + 2, 1)

    def _show_results_by_table(self, gallery: GalleryResults) -> None:
        self.position.setText(self.tr("Gallery walk: results by table"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
        set_user_text(self.title, gallery.title)
        self.question.hide()
        self.reporter.clear()
        for column, (table, options) in enumerate(gallery.by_table):
            self.grid.addWidget(self._label(table.name, bold=True, scale=0.6), 0, column)
            for row, option in enumerate(options[:MAX_SIDE_BY_SIDE_IDEAS], start=1):
                line = f"{number(option.points)} · {{0}}"
                label = self._label(line, scale=0.5, parts=(option.label,))
                self.grid.addWidget(label, row, column)
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(MAX_SIDE_BY_SIDE_IDEAS + 2, 1)

    def _show_overall(self, gallery: GalleryResults) -> None:
        self.position.setText(self.tr("Gallery walk: overall results"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)
        set_user_text(self.title, gallery.title)
        self.question.hide()
        self.reporter.clear()
        tables = {o.option_id: t.name for t, options in gallery.by_table for o in options}
        for row, option in enumerate(gallery.overall[:MAX_SIDE_BY_SIDE_IDEAS]):
            table = tables.get(option.option_id, "")
            points = number(option.points)
            # Each part isolated: an Arabic table name after a French idea keeps its place.
            line = f"{number(option.rank)}. {{0}} — {{1}} ({points})"
            label = self._label(line, scale=0.8, parts=(option.label, table))
            self.grid.addWidget(label, row, 0)
        self.grid.setRowStretch(MAX_SIDE_BY_SIDE_IDEAS + 1, 1)
