"""Running the agenda: which item is current, when it started and ended, time left.

The agenda item's ``actual_start`` and ``actual_end`` are the record of how the
workshop really ran (they go into the minutes). Pauses are not stored: the
remaining time of an item counts from its ``actual_start``, minus the pauses the
running timer knows about.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sim_facilitator.engine.store import Store

Item = dict[str, Any]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stamp(moment: dt.datetime) -> str:
    """The stored form of a moment: ISO 8601 in UTC, to the second."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def parse_stamp(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def agenda_items(store: Store, workshop_id: str) -> list[Item]:
    """The workshop's agenda items in their planned order."""
    return store.in_workshop("agenda", workshop_id, order_by="position, id")


def current_item(items: list[Item]) -> Item | None:
    """The item running now (started, not ended), else the next one not ended."""
    for item in items:
        if item["actual_start"] and not item["actual_end"]:
            return item
    for item in items:
        if not item["actual_end"]:
            return item
    return None


def start_item(store: Store, item_id: str, now: dt.datetime) -> None:
    """Record when the item really started (kept if it already has a start)."""
    item = store.require("agenda", item_id)
    if not item["actual_start"]:
        store.update("agenda", item_id, {"actual_start": stamp(now)})


def advance(store: Store, workshop_id: str, now: dt.datetime) -> Item | None:
    """End the current item and start the next one, in one transaction.

    An item passed over without being started is recorded as starting and
    ending at the same moment. Returns the item that is now running, or None
    when the agenda is over.
    """
    with store.transaction():
        items = agenda_items(store, workshop_id)
        current = current_item(items)
        if current is None:
            return None
        values = {"actual_end": stamp(now)}
        if not current["actual_start"]:
            values["actual_start"] = stamp(now)
        store.update("agenda", current["id"], values)
        following = current_item(agenda_items(store, workshop_id))
        if following is not None:
            start_item(store, following["id"], now)
            return store.require("agenda", following["id"])
        return None


def planned_seconds(item: Item) -> int:
    return int(item["planned_minutes"] or 0) * 60


def seconds_since_start(item: Item, now: dt.datetime) -> float:
    """Wall time since the item's recorded start (0 if it has not started)."""
    if not item["actual_start"]:
        return 0.0
    end = parse_stamp(item["actual_end"]) if item["actual_end"] else now
    return max(0.0, (end - parse_stamp(item["actual_start"])).total_seconds())


def split_duration(seconds: float) -> tuple[bool, int, int]:
    """(negative, minutes, seconds) of a duration, rounded up to whole seconds."""
    whole = int(-(-seconds // 1))  # ceil: 0.2 s left still shows 00:01
    negative = whole < 0
    minutes, secs = divmod(abs(whole), 60)
    return negative, minutes, secs
