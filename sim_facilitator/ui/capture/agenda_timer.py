"""The agenda timer: the current item, its remaining time, start / pause / next.

Starting an item records its ``actual_start`` and "Next" records the
``actual_end`` of the current item and starts the following one (through
``domain.agenda``), so the minutes show how the workshop really ran. The time
comes from an injectable clock, so tests move time forward without sleeping.
When time is up a warning shows, in the palette's highlight colours (readable
in dark mode too) and in words, with the overrun.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from sim_facilitator.domain.agenda import (
    Item,
    advance,
    agenda_items,
    current_item,
    parse_stamp,
    planned_seconds,
    split_duration,
    start_item,
    utc_now,
)
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.capture.idea_delegate import qt_direction
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.retranslating import Retranslating

Clock = Callable[[], dt.datetime]
TICK_MS = 500


class AgendaTimer(Retranslating, QWidget):
    def __init__(
        self,
        store: Store,
        workshop_id: str,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.clock: Clock = clock or utc_now
        self._items: list[Item] = []
        self._item: Item | None = None
        self._running = False
        self._banked = 0.0  # seconds run before the last pause
        self._since: dt.datetime | None = None  # when the current run began
        self._said_time_up: str | None = None  # the item whose end was announced

        self.position_label = QLabel(self)
        self.title_label = QLabel(self)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.remaining_label = QLabel(self)
        font = self.remaining_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.remaining_label.setFont(font)
        # A clock reads left to right in Arabic too ("+03:00", not "03:00+").
        self.remaining_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.warning_label = QLabel(self)
        self.warning_label.setAutoFillBackground(True)
        self.warning_label.setContentsMargins(8, 2, 8, 2)
        self.start_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.pause)
        self.next_button.clicked.connect(self.next_item)
        for button in (self.start_button, self.pause_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the typing focus

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.position_label,
            self.title_label,
            self.warning_label,
            self.remaining_label,
            self.start_button,
            self.pause_button,
            self.next_button,
        ):
            layout.addWidget(widget)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self.retranslate_ui()
        self.refresh()

    # -- state ----------------------------------------------------------
    @property
    def item(self) -> Item | None:
        return self._item

    @property
    def running(self) -> bool:
        return self._running

    def elapsed_seconds(self) -> float:
        if self._running and self._since is not None:
            return self._banked + max(0.0, (self.clock() - self._since).total_seconds())
        return self._banked

    def remaining_seconds(self) -> float | None:
        if self._item is None:
            return None
        return planned_seconds(self._item) - self.elapsed_seconds()

    @property
    def time_up(self) -> bool:
        remaining = self.remaining_seconds()
        return remaining is not None and self._item is not None and remaining <= 0

    def refresh(self) -> None:
        """Reload the agenda (titles and durations may have changed in set-up).

        The item being timed keeps its running or paused state; an item found
        already started (the app was reopened) counts from its recorded start.
        """
        previous = self._item
        self._items = agenda_items(self.store, self.workshop_id)
        self._item = current_item(self._items)
        if previous is not None and self._item is not None and previous["id"] == self._item["id"]:
            self.tick()
            return
        self._banked = 0.0
        started = self._item is not None and bool(self._item["actual_start"])
        self._running = started
        self._since = parse_stamp(self._item["actual_start"]) if started and self._item else None
        self.tick()

    # -- actions --------------------------------------------------------
    def start(self) -> None:
        if self._item is None or self._running:
            return
        now = self.clock()
        try:
            start_item(self.store, self._item["id"], now)
        except DomainError as error:
            self._show_error(error)
            return
        self._item = self.store.require("agenda", self._item["id"])
        self._running = True
        self._since = now
        self.tick()

    def pause(self) -> None:
        if not self._running:
            return
        self._banked = self.elapsed_seconds()
        self._running = False
        self._since = None
        self.tick()

    def next_item(self) -> None:
        if self._item is None:
            return
        now = self.clock()
        try:
            following = advance(self.store, self.workshop_id, now)
        except DomainError as error:
            self._show_error(error)
            return
        self._items = agenda_items(self.store, self.workshop_id)
        self._item = following
        self._banked = 0.0
        self._running = following is not None
        self._since = now if following is not None else None
        self.tick()

    # -- display --------------------------------------------------------
    def tick(self) -> None:
        item = self._item
        self.start_button.setEnabled(item is not None and not self._running)
        self.pause_button.setEnabled(self._running)
        self.next_button.setEnabled(item is not None)
        if item is None:
            self.position_label.clear()
            self.title_label.setText(
                self.tr("No agenda items yet.")
                if not self._items
                else self.tr("The agenda is over.")
            )
            self.remaining_label.clear()
            self.warning_label.hide()
            return
        number = next((n for n, i in enumerate(self._items, 1) if i["id"] == item["id"]), 0)
        self.position_label.setText(
            self.tr("{number} of {total}").format(number=number, total=len(self._items))
        )
        title = item["title"] or ""
        self.title_label.setText(title)
        self.title_label.setToolTip(title)
        self.title_label.setLayoutDirection(qt_direction(direction_of(title)))
        self.title_label.setAlignment(
            (
                Qt.AlignmentFlag.AlignRight
                if direction_of(title) == "rtl"
                else Qt.AlignmentFlag.AlignLeft
            )
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        remaining = self.remaining_seconds() or 0.0
        negative, minutes, seconds = split_duration(remaining)
        clock_text = f"{minutes:02d}:{seconds:02d}"
        self.remaining_label.setText(f"+{clock_text}" if negative else clock_text)
        if not self._running:
            self.remaining_label.setToolTip(self.tr("Paused"))
        else:
            self.remaining_label.setToolTip(self.tr("Time left for this item"))
        if self.time_up and self._said_time_up != item["id"]:
            self._said_time_up = item["id"]  # once per item, not every second
            announce(self, self.tr("Time is up for {title}").format(title=title))
        if self.time_up:
            self.warning_label.setText(
                self.tr("Time is up")
                if not negative
                else self.tr("Time is up: {overrun} over").format(overrun=clock_text)
            )
            self.warning_label.show()
        else:
            self.warning_label.hide()

    def _show_error(self, error: DomainError) -> None:
        self.warning_label.setText(error_text(error))
        self.warning_label.show()

    def _apply_warning_palette(self) -> None:
        palette = self.warning_label.palette()
        source = self.palette()
        palette.setColor(QPalette.ColorRole.Window, source.color(QPalette.ColorRole.Highlight))
        palette.setColor(
            QPalette.ColorRole.WindowText, source.color(QPalette.ColorRole.HighlightedText)
        )
        self.warning_label.setPalette(palette)

    def retranslate_ui(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.pause_button.setText(self.tr("Pause"))
        self.next_button.setText(self.tr("Next item"))
        self.start_button.setToolTip(self.tr("Start the timer of the current agenda item"))
        self.next_button.setToolTip(self.tr("End this item and start the next one"))
        self._apply_warning_palette()
        self.tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_warning_palette()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._ticker.start()
        self.tick()
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self._ticker.stop()
        super().hideEvent(event)  # type: ignore[arg-type]
