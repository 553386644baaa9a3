"""The agenda timer with a fake clock: no sleeping, time moves when the test says."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPalette

from sim_facilitator.domain.agenda import (
    advance,
    agenda_items,
    current_item,
    parse_stamp,
    split_duration,
)
from sim_facilitator.domain.workshops import add_agenda_item, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.agenda_timer import AgendaTimer

START = dt.datetime(2025, 3, 12, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def agenda(store: Store) -> dict[str, str]:
    ws = create_workshop(store, "Atelier")
    return {
        "id": ws,
        "welcome": add_agenda_item(store, ws, "الاستقبال / Accueil", 10),
        "ideas": add_agenda_item(store, ws, "Idéation", 5),
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot, store: Store, agenda: dict[str, str], clock: FakeClock) -> AgendaTimer:
    widget = AgendaTimer(store, agenda["id"], clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_start_records_the_actual_start_and_counts_down(timer, store, agenda, clock) -> None:
    assert timer.item is not None
    assert timer.item["id"] == agenda["welcome"]
    assert timer.remaining_label.text() == "10:00"
    assert not timer.running
    assert timer.start_button.isEnabled()
    timer.start_button.click()
    assert parse_stamp(store.require("agenda", agenda["welcome"])["actual_start"]) == START
    clock.advance(minutes=3, seconds=20)
    timer.tick()
    assert timer.remaining_label.text() == "06:40"
    assert not timer.warning_label.isVisible()


def test_warning_when_time_is_up(timer, clock) -> None:
    timer.start_button.click()
    clock.advance(minutes=9, seconds=59)
    timer.tick()
    assert not timer.time_up
    assert not timer.warning_label.isVisible()
    clock.advance(seconds=1)
    timer.tick()
    assert timer.time_up
    assert timer.warning_label.isVisible()
    assert "Time is up" in timer.warning_label.text()
    clock.advance(minutes=2, seconds=15)
    timer.tick()
    assert timer.remaining_label.text() == "+02:15"
    assert "02:15" in timer.warning_label.text()
    # Colours come from the palette (dark mode too), not a hard-coded light colour.
    warning = timer.warning_label.palette()
    assert warning.color(QPalette.ColorRole.Window) == timer.palette().color(
        QPalette.ColorRole.Highlight
    )
    assert warning.color(QPalette.ColorRole.WindowText) == timer.palette().color(
        QPalette.ColorRole.HighlightedText
    )


def test_pause_stops_the_count_and_start_resumes(timer, clock) -> None:
    timer.start_button.click()
    clock.advance(minutes=2)
    timer.pause_button.click()
    assert not timer.running
    clock.advance(minutes=30)  # a long break: no time is used up
    timer.tick()
    assert timer.remaining_label.text() == "08:00"
    assert not timer.warning_label.isVisible()
    timer.start_button.click()
    clock.advance(minutes=1)
    timer.tick()
    assert timer.remaining_label.text() == "07:00"


def test_next_records_the_end_and_starts_the_following_item(timer, store, agenda, clock):
    timer.start_button.click()
    clock.advance(minutes=12)
    timer.next_button.click()
    welcome = store.require("agenda", agenda["welcome"])
    ideas = store.require("agenda", agenda["ideas"])
    assert parse_stamp(welcome["actual_end"]) == START + dt.timedelta(minutes=12)
    assert parse_stamp(ideas["actual_start"]) == START + dt.timedelta(minutes=12)
    assert timer.item is not None
    assert timer.item["id"] == agenda["ideas"]
    assert timer.running
    assert timer.position_label.text() == "2 of 2"
    assert not timer.warning_label.isVisible()  # the new item has its own time
    clock.advance(minutes=1)
    timer.tick()
    assert timer.remaining_label.text() == "04:00"
    timer.next_button.click()
    assert timer.item is None
    assert "over" in timer.title_label.text()
    assert not timer.next_button.isEnabled()
    assert not timer.start_button.isEnabled()
    assert store.require("agenda", agenda["ideas"])["actual_end"] is not None


def test_a_reopened_timer_continues_from_the_recorded_start(qtbot, store, agenda, clock):
    first = AgendaTimer(store, agenda["id"], clock=clock)
    qtbot.addWidget(first)
    first.start()
    clock.advance(minutes=4)
    second = AgendaTimer(store, agenda["id"], clock=clock)
    qtbot.addWidget(second)
    assert second.running
    assert second.remaining_label.text() == "06:00"


def test_no_agenda_says_so(qtbot, store: Store) -> None:
    ws = create_workshop(store, "Sans ordre du jour")
    timer = AgendaTimer(store, ws, clock=FakeClock())
    qtbot.addWidget(timer)
    assert timer.item is None
    assert timer.title_label.text() != ""
    assert not timer.start_button.isEnabled()


def test_agenda_helpers_without_qt(store: Store, agenda: dict[str, str]) -> None:
    items = agenda_items(store, agenda["id"])
    assert current_item(items)["id"] == agenda["welcome"]
    # Passing over an item that never started records it as taking no time.
    running = advance(store, agenda["id"], START)
    assert running is not None
    assert running["id"] == agenda["ideas"]
    welcome = store.require("agenda", agenda["welcome"])
    assert welcome["actual_start"] == welcome["actual_end"]
    assert advance(store, agenda["id"], START) is None
    assert current_item(agenda_items(store, agenda["id"])) is None
    assert split_duration(61.2) == (False, 1, 2)
    assert split_duration(-75) == (True, 1, 15)
    assert split_duration(0) == (False, 0, 0)


def test_refresh_keeps_a_pause_and_picks_up_new_durations(timer, store, agenda, clock) -> None:
    timer.start_button.click()
    clock.advance(minutes=2)
    timer.pause_button.click()
    store.update("agenda", agenda["welcome"], {"planned_minutes": 15})  # edited in set-up
    timer.refresh()  # the tab is shown again
    clock.advance(minutes=10)
    timer.tick()
    assert not timer.running
    assert timer.remaining_label.text() == "13:00"
