"""The room's screen: a large-type, high-contrast window for a projector.

At the top, the running agenda item and its time left. Below, either a vote or
the capture: while a round is open (or the one the facilitator chose) it shows
the question, the options and how many have voted (in large print while it is
open): the count, never who or what, and no per-option count while the round
is open, even when it does not hide its results (photographs of live counts
taken after each vote, subtracted, would tell that ballot); results appear once
the round is closed (and never a lone ballot). With no vote on, it shows the
guiding question and the idea wall: the latest ideas shown, those from phones
with the name typed on the phone (ideas waiting for approval or hidden never
appear). It never shows an individual ballot, and follows the application's
language and layout direction.

Report-back is a mode of this one window (``show_report_back``): the
projector shows a breakout's tables one at a time, then side by side
(``ui/tables/report_back_view.py``), moved from the Tables tab on the
facilitator's screen or with the projector window's own keys. It takes the
whole screen until the facilitator goes back to the room view
(``show_room_view``, or Esc on the projector when it is not full screen): an
open vote round is then shown again as before. While report-back is on, the
Tables tab says that a vote is open, so it is not hidden without the
facilitator knowing.

While the room is open the main window calls ``room_changed`` as phones send
ideas and ballots; otherwise (another laptop's import, a vote on the ballot
screen) a one-second timer keeps it current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from sim_facilitator.domain.agenda import split_duration, utc_now
from sim_facilitator.domain.projector import agenda_status, current_question, latest_ideas
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.domain.votes.rounds import ballot_options, rounds_of
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bar_chart import Bar, BarChart
from sim_facilitator.ui.common.projector_window import projection_scale
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.scrolling import scrolling
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.tables.report_back_view import ReportBackView
from sim_facilitator.ui.votes.ballot_count import BallotCount
from sim_facilitator.ui.votes.vote_texts import (
    method_name,
    number,
    percent,
    set_user_text,
    withheld_text,
)

REFRESH_MS = 1000  # ideas and ballot counts within a second, even without the room
WALL_IDEAS = 6  # the idea wall: what fits a 1024×768 projector in large type
BAR_HEIGHT = 48  # pixels, on a 1024×768 projector


class ProjectorView(Retranslating, QWidget):
    """Emits ``report_back_changed`` when report-back starts, ends or moves to another page."""

    report_back_changed = Signal()

    def __init__(
        self,
        store: Store,
        workshop_id: str,
        parent: QWidget | None = None,
        round_id: str | None = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.store = store
        self.workshop_id = workshop_id
        self.round_id = round_id
        self.setAutoFillBackground(True)
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffc400"))
        self.setPalette(palette)
        base = QFont(self.font())
        self.design_points = max(base.pointSizeF(), 9.0) * 2.2  # on a 1024×768 projector
        self.type_scale = 1.0
        base.setPointSizeF(self.design_points)
        self.setFont(base)
        self.agenda = QLabel(self)
        self.agenda.setWordWrap(True)
        self.title = QLabel(self)
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.count = BallotCount(self)
        self.options_box = QWidget(self)
        self.options_layout = QVBoxLayout(self.options_box)
        self.chart = BarChart(self)
        self.chart.bar_height = BAR_HEIGHT
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # Everything in a transparent scroll area: a long idea wall or many options on
        # a laptop's small screen scroll rather than make the window taller than it.
        content = QWidget()
        content.setAutoFillBackground(False)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.agenda)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.count)
        layout.addWidget(self.options_box)
        layout.addWidget(self.chart)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.room_page = scrolling(content, self)
        self.room_page.viewport().setAutoFillBackground(False)
        self.report = ReportBackView(store, workshop_id, self)
        self.report.set_points(self.design_points)
        self.report.moved.connect(self.report_back_changed)
        # Scrolls too: a table's 25 ideas on a laptop's screen, rather than a taller window.
        self.report_page = scrolling(self.report, self)
        self.report_page.viewport().setAutoFillBackground(False)
        self.report_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Page Down: the next table
        self.report.moved.connect(lambda: self.report_page.verticalScrollBar().setValue(0))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.room_page)
        self.pages.addWidget(self.report_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        # Keys reach the window (report-back's next and previous), not the scroll area.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        fit_window(self, "projector", QSize(1024, 768))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Projector"))
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Larger type on a projector larger than 1024×768: the same share of the wall."""
        super().resizeEvent(event)
        scale = projection_scale(self.size())
        if scale == self.type_scale:
            return
        self.type_scale = scale
        for widget, factor in ((self, 1.0), (self.title, 1.5), (self.count, 2.0)):
            font = QFont(widget.font())
            font.setPointSizeF(self.design_points * factor * scale)
            widget.setFont(font)
        self.chart.bar_height = round(BAR_HEIGHT * scale)
        self.chart.updateGeometry()
        self.report.set_points(self.design_points * scale)

    def showEvent(self, event: QEvent) -> None:
        self.timer.start()
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: QEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def room_changed(self, _kind: str) -> None:
        """Phones sent an idea or a ballot (or the room's state changed): show it now."""
        if self.isVisible():
            self.refresh()

    def show_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.refresh()

    # -- report-back ----------------------------------------------------------------------
    def in_report_back(self) -> bool:
        return self.pages.currentWidget() is self.report_page

    def show_report_back(self, agenda_id: str) -> None:
        """The tables of ``agenda_id``, from the first one, until ``show_room_view``."""
        self.pages.setCurrentWidget(self.report_page)
        self.report.show_agenda(agenda_id)
        self.setFocus()  # the scroll area's keys went with the room view
        self.report_back_changed.emit()

    def show_room_view(self) -> None:
        """Back to the agenda, the vote or the idea wall, as before report-back."""
        if not self.in_report_back():
            return
        self.pages.setCurrentWidget(self.room_page)
        self.refresh()
        self.report_back_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.in_report_back():
            if self.report.handle_key(event.key()):
                return
            # Full screen, the first Esc leaves full screen (projector_window.FullScreenKeys).
            if event.key() == Qt.Key.Key_Escape:
                self.show_room_view()
                return
        super().keyPressEvent(event)

    def _current_round(self) -> str | None:
        """The round chosen by the facilitator, else the open one; None: show the capture."""
        if self.round_id:
            return self.round_id
        open_rounds = [r for r in rounds_of(self.store, self.workshop_id) if r["status"] == "open"]
        return open_rounds[-1]["id"] if open_rounds else None

    def _show_agenda(self) -> None:
        status = agenda_status(self.store, self.workshop_id, self.now())
        if status is None:
            self.agenda.clear()
            self.agenda.hide()
            return
        if status.started:
            over, minutes, seconds = split_duration(status.remaining_seconds)
            clock = f"{number(minutes)}:{seconds:02d}"
            left = (
                self.tr("%1 over time").replace("%1", clock)
                if over
                else self.tr("%1 left").replace("%1", clock)
            )
        else:
            left = self.tr("not started")
        self.agenda.setText(f"\u2068{status.title}\u2069 — {left}")
        self.agenda.show()

    def _show_capture(self) -> None:
        self.chart.set_bars([])
        self.chart.hide()
        self.status.setText(self.tr("Latest ideas"))
        question = current_question(self.store, self.workshop_id)
        set_user_text(self.title, question or self.tr("Ideas"))
        self.count.hide()
        for idea in latest_ideas(self.store, self.workshop_id, WALL_IDEAS):
            line = QLabel(self.options_box)
            line.setWordWrap(True)
            name = idea.get("display_name") if idea.get("origin") == "room" else None
            text = f"• {idea['text']}"
            if name:  # isolated: an Arabic name after a French idea keeps its place
                text = f"{text} — \u2068{name}\u2069"
            set_user_text(line, text)
            self.options_layout.addWidget(line)
        self.note.clear()

    def _clear_options(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def shown_option_labels(self) -> list[str]:
        return [
            w.text()
            for i in range(self.options_layout.count())
            if isinstance(w := self.options_box.layout().itemAt(i).widget(), QLabel)  # type: ignore[union-attr]
        ]

    def refresh(self) -> None:
        if self.in_report_back():
            self.report.refresh()
            return
        self._clear_options()
        self._show_agenda()
        round_id = self._current_round()
        if round_id is None or self.store.get("round", round_id) is None:
            self._show_capture()
            return
        results = round_results(self.store, round_id)
        set_user_text(self.title, results.title)
        voted = self.tr("%1 of %2 present have voted").replace("%1", number(results.ballots_cast))
        voted = voted.replace("%2", number(results.present))
        if not results.present:  # no check-in (a poll of phones): "3 of 0" would confuse
            voted = self.tr("%Ln ballot(s) cast", "", results.ballots_cast)
        self.count.show_count(results.ballots_cast, results.status == "open")
        if results.status == "open":
            state = self.tr("Voting is open")
        elif results.status == "closed":
            state = self.tr("Voting is closed")
        else:
            state = self.tr("Vote in preparation")
        self.status.setText(f"{state} — {method_name(results.method)} — {voted}")
        # Per-option counts only once the round is closed, even when it does not hide
        # its results: live counts on a wall can be photographed after each vote and
        # two pictures subtracted to learn one ballot. While open: the count only.
        show_results = bool(results.options) and results.status == "closed"
        if show_results:
            self.chart.set_bars(
                [
                    Bar(
                        o.label,
                        o.mean if o.mean is not None else float(o.points),
                        number(o.mean, 1) if o.mean is not None else number(o.points),
                        tied=any(o.option_id in group for group in results.ties),
                    )
                    for o in results.options
                ]
            )
            self.chart.show()
            notes = [self.tr("Turnout: %1").replace("%1", percent(results.turnout))]
            if results.ties:
                rule = results.tie_break or self.tr("no rule recorded")
                notes.append(self.tr("Tie — tie-break rule: %1").replace("%1", rule))
            self.note.setText("   ".join(notes))
        else:
            self.chart.set_bars([])
            self.chart.hide()
            for position, (_option_id, label) in enumerate(
                ballot_options(self.store, round_id), start=1
            ):
                line = QLabel(self.options_box)
                line.setWordWrap(True)
                set_user_text(line, f"{number(position)}. {label}")
                self.options_layout.addWidget(line)
            if results.status == "open":  # whatever the reason, the counts wait for the close
                self.note.setText(withheld_text("hidden"))
            elif results.status == "closed":
                self.note.setText(withheld_text(results.withheld))
            else:
                self.note.clear()
