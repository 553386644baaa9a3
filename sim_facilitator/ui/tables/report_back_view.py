"""Report-back: the projector view's page for one table at a time, then all tables.

A page of ``ui/votes/projector_view.ProjectorView`` (its report-back mode), in
the projector's large type on black. Each page shows a table's name, its
question, its reporter's name (only if they agreed to be named) and its ideas,
beside its latest flipchart photo when this laptop has the picture;
then every table side by side for the gallery walk; then, once the gallery
walk's vote is closed and its results are not withheld, the results per table
and overall. The facilitator moves it from the Tables tab (or with the keys of
the projector window, ``handle_key``): next is Page Down, Space or the arrow
pointing forward in the reading direction; previous is Page Up or the other
arrow; Home: the first table; End: the last page.

``refresh`` rereads the tables and redraws only when what it shows changed, so
the projector's one-second timer brings a phone's idea without flicker.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from sim_facilitator.domain.photos.records import picture
from sim_facilitator.domain.tables.gallery import (
    GalleryResults,
    gallery_results,
    gallery_round_of,
)
from sim_facilitator.domain.tables.overview import ReportPage, report_back
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import without_bidi_controls
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.photos.fitted_picture import FittedPicture
from sim_facilitator.ui.photos.viewer import thumbnail
from sim_facilitator.ui.votes.vote_texts import number, own_alignment, set_user_text

MAX_SIDE_BY_SIDE_IDEAS = 8  # per column on the overview page: what a projector shows
ONE_COLUMN_IDEAS = 8  # one table's ideas in large type; more go into columns
PHOTO_EDGE = 1600  # the flipchart decoded at most this large: a projector is no larger

# What the page shows, for the controls on the facilitator's screen.
TABLE, ALL_TABLES, RESULTS_BY_TABLE, OVERALL, NO_TABLES = (
    "table",
    "all",
    "results_by_table",
    "overall",
    "none",
)


def side_by_side_scale(tables: int) -> float:
    """The ideas' type beside each other, relative to one table's page: smaller with more
    columns (eight tables at half size fit a 1024-pixel-wide wall)."""
    if tables <= 3:
        return 0.75
    if tables <= 5:
        return 0.6
    return 0.5


class ReportBackView(Retranslating, QWidget):
    """Emits ``moved`` when the page shown (or the number of tables) changes."""

    moved = Signal()

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.agenda_id: str | None = None
        self.pages: list[ReportPage] = []
        self.gallery: GalleryResults | None = None
        self.index = 0  # 0 … len(pages) - 1: one table; len(pages): all tables
        self._drawn: tuple[Any, ...] | None = None  # what is on screen, to redraw on change
        self.setAutoFillBackground(True)
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)
        self.position = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.reporter = QLabel(self)
        self.reporter.setWordWrap(True)
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(32)  # columns of ideas side by side stay apart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.reporter)
        layout.addWidget(self.body, 1)
        self.set_points(max(self.font().pointSizeF(), 9.0) * 2.2)

    def set_points(self, points: float) -> None:
        """The body text's size in points: the projector's, scaled to the wall it fills."""
        base = QFont(self.font())
        base.setPointSizeF(points)
        self.setFont(base)
        title_font = QFont(base)
        title_font.setPointSizeF(points * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self._drawn = None  # every label again, in the new size
        self._show()

    def retranslate_ui(self) -> None:
        self._drawn = None
        self._show()

    def show_agenda(self, agenda_id: str) -> None:
        """Report back on ``agenda_id``'s tables, from the first table."""
        self.agenda_id = agenda_id
        self.index = 0
        self.refresh()

    def refresh(self) -> None:
        if self.agenda_id is None:
            self.pages, self.gallery = [], None
        else:
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

    # -- where it is ----------------------------------------------------------------------
    def kind(self) -> str:
        """TABLE, ALL_TABLES, RESULTS_BY_TABLE, OVERALL or NO_TABLES."""
        if not self.pages:
            return NO_TABLES
        if self.index < len(self.pages):
            return TABLE
        return (ALL_TABLES, RESULTS_BY_TABLE, OVERALL)[self.index - len(self.pages)]

    def table_name(self) -> str:
        return self.pages[self.index].table.name if self.kind() == TABLE else ""

    def at_first(self) -> bool:
        return self.index == 0

    def at_last(self) -> bool:
        return self.index >= self._last()

    # -- moving ---------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.index = max(0, min(index, self._last()))
        self._show()

    def next(self) -> None:
        self.show_page(self.index + 1)

    def previous(self) -> None:
        self.show_page(self.index - 1)

    def show_all(self) -> None:
        self.show_page(len(self.pages))

    def handle_key(self, key: int) -> bool:
        """Move for a key pressed on the projector window; False: not a key of this page."""
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
        else:
            return False
        return True

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
        drawn = (self.index, self.pages, self.gallery, self.layoutDirection())
        if drawn == self._drawn:
            return
        moved = (
            self._drawn is None
            or self._drawn[:1] != drawn[:1]
            or (len(self._drawn[1]) != len(self.pages))
        )
        self._drawn = drawn
        self._draw()
        if moved:
            self.moved.emit()

    def _draw(self) -> None:
        self._clear()
        self.position.setVisible(bool(self.pages))
        if not self.pages:
            self.position.clear()
            self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
            self.title.setText(self.tr("No tables for this agenda item yet."))
            self.question.clear()
            self.question.hide()
            self.reporter.clear()
            self.reporter.hide()
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
        self.reporter.setVisible(bool(page.reporter))  # only a reporter who agreed
        if page.reporter:
            self.reporter.setText(
                self.tr("Reported by %1").replace("%1", f"\u2068{page.reporter}\u2069")
            )
        else:
            self.reporter.clear()
        if not page.ideas:
            self.grid.addWidget(self._label(self.tr("No ideas from this table yet.")), 0, 0)
        # A long list in columns and smaller type: a table's 25 ideas on one wall. The
        # table's flipchart photo, when there is one, takes the last column.
        most = 2 if page.photo_sha256 else 3
        columns = min(most, max(1, math.ceil(len(page.ideas) / ONE_COLUMN_IDEAS)))
        per_column = math.ceil(len(page.ideas) / columns) if page.ideas else 0
        scale = (1.0, 0.8, 0.65)[columns - 1]
        for n, idea in enumerate(page.ideas):
            label = self._label(f"• {idea['text']}", scale=scale)
            self.grid.addWidget(label, n % per_column, n // per_column)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(per_column + 1, 1)
        if page.photo_sha256:
            self._add_photo(page.photo_sha256, columns, max(per_column + 2, 1))

    def _add_photo(self, sha256: str, column: int, rows: int) -> None:
        """The flipchart beside the ideas, as large as the column lets it be."""
        data = picture(self.store, sha256)
        pixmap = thumbnail(sha256, data, PHOTO_EDGE)
        if pixmap.isNull():
            return
        fitted = FittedPicture(pixmap, self.body)
        fitted.setAccessibleName(self.tr("Photo of the table's flipchart"))
        self.grid.addWidget(fitted, 0, column, rows, 1)
        self.grid.setColumnStretch(column, 1)

    def _show_all(self) -> None:
        self.position.setText(self.tr("All tables"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
        self.title.setText(self.tr("All tables side by side"))
        self.question.clear()
        self.question.hide()
        self.reporter.clear()
        self.reporter.hide()  # empty, it would still take a line (or none: a cut label)
        # Few tables leave room on the wall: larger type, read from the back of the room.
        scale = side_by_side_scale(len(self.pages))
        for column, page in enumerate(self.pages):
            name = self._label(page.table.name, bold=True, scale=scale + 0.1)
            self.grid.addWidget(name, 0, column)
            shown = page.ideas[:MAX_SIDE_BY_SIDE_IDEAS]
            for row, idea in enumerate(shown, start=1):
                self.grid.addWidget(self._label(f"• {idea['text']}", scale=scale), row, column)
            if not shown:
                nothing = self._label(self.tr("No ideas from this table yet."), scale=scale)
                self.grid.addWidget(nothing, 1, column)
            more = len(page.ideas) - len(shown)
            if more:
                text = self.tr("… and %Ln more", "", more)
                self.grid.addWidget(self._label(text, scale=scale), len(shown) + 1, column)
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(MAX_SIDE_BY_SIDE_IDEAS + 2, 1)

    def _show_results_by_table(self, gallery: GalleryResults) -> None:
        self.position.setText(self.tr("Gallery walk: results by table"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading)  # interface text
        set_user_text(self.title, gallery.title)
        self.question.hide()
        self.reporter.clear()
        self.reporter.hide()
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
        self.reporter.hide()
        tables = {o.option_id: t.name for t, options in gallery.by_table for o in options}
        for row, option in enumerate(gallery.overall[:MAX_SIDE_BY_SIDE_IDEAS]):
            table = tables.get(option.option_id, "")
            points = number(option.points)
            # Each part isolated: an Arabic table name after a French idea keeps its place.
            line = f"{number(option.rank)}. {{0}} — {{1}} ({points})"
            label = self._label(line, scale=0.8, parts=(option.label, table))
            self.grid.addWidget(label, row, 0)
        self.grid.setRowStretch(MAX_SIDE_BY_SIDE_IDEAS + 1, 1)
