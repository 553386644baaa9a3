"""Ranking and score ballots, and the moderated idea path, on the phone page in Chromium.

The same set-up as ``test_room_page_browser.py`` (RoomServer on 127.0.0.1, a
demo workshop, the laptop through the domain on its own connection):

- a ranking poll in Arabic: the order is changed with the ▲/▼ buttons, cast,
  stored as ranks 1..n, and changed again (still one ballot);
- a score poll in French: scores 1-5 and "no score" (an abstention), stored as
  given, the pressed buttons marked for screen readers;
- moderation in Arabic: the phone's idea waits ("waiting for the facilitator's
  check"), is offered to no vote and shown on no projector, and once the laptop
  approves it through the domain the phone shows it as received.

Screenshots go to /tmp/room-shots2/ (``SIM_ROOM_SHOTS2`` to move them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.projector import latest_ideas
from sim_facilitator.domain.votes.lifecycle import create_round, open_round
from sim_facilitator.domain.votes.rounds import candidate_options
from sim_facilitator.engine.store import Store
from tests.browser.test_room_page_browser import (
    START_SECONDS,
    Room,
    by_id,
    catalogue,
    laptop,
    options_of,
    shown,
    tap,
)
from tests.helpers import browser as B

pytestmark = pytest.mark.skipif(bool(B.missing()), reason=B.missing() or "browser available")

SHOTS = Path(os.environ.get("SIM_ROOM_SHOTS2", "/tmp/room-shots2"))


@contextmanager
def room_server(db: Path, workshop: str, moderated: bool = False) -> Iterator[Room]:
    from sim_facilitator.room.server import RoomServer

    server = RoomServer(db, workshop, host="127.0.0.1", port=0, moderated=moderated)
    info = server.start(timeout=START_SECONDS)
    try:
        parts = urlsplit(info.url)
        assert parts.hostname == "127.0.0.1"
        yield Room(f"{parts.scheme}://{parts.netloc}/", info.code, db, workshop)
    finally:
        server.stop()


def shot(driver: Any, lang: str, step: str) -> None:
    B.screenshot(driver, SHOTS / f"{lang}-{step}.png")


def demo_with_poll(db: Path, method: str, title: str) -> tuple[str, str, list[str]]:
    """A demo workshop with an open phone poll (one browser, one voter) over its clusters."""
    from sim_facilitator.room.ballots import allow_browser_votes

    store = laptop(db)
    workshop = create_demo(store)
    clusters = [c["id"] for c in store.list("cluster", "workshop_id = ?", [workshop])]
    round_id = create_round(
        store, workshop, title, method=method, target_kind="cluster", options=clusters
    )
    allow_browser_votes(store, round_id)
    open_round(store, round_id)
    store.db.close()
    return workshop, round_id, [o for o, _label in options_of(db, round_id)]


def join(d: Any, room: Room, lang: str) -> None:
    d.get(room.url + "?room=" + room.code)  # the QR code's address: joined at once
    B.wait_for(d, lambda d: d.execute_script("return document.documentElement.lang") == lang)
    B.wait_for(d, shown("question"))


def ranked_order(d: Any) -> list[str]:
    items = d.find_elements("css selector", "#rank-list li[data-option]")
    return [li.get_attribute("data-option") for li in items]


def move(d: Any, option: str, direction: str) -> None:
    tap(d, d.find_element("css selector", f'#rank-list button[data-key="{option}{direction}"]'))


def ballots(store: Store, round_id: str) -> list[dict[str, int]]:
    return [b["choices"] for b in store.list("ballot", "round_id = ?", [round_id])]


def test_a_ranking_ballot_in_arabic(tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    workshop, round_id, options = demo_with_poll(db, "ranking", "ترتيب الأولويات")
    assert len(options) >= 3
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", "ar") as d:
        join(d, room, "ar")
        assert d.execute_script("return document.documentElement.dir") == "rtl"
        B.wait_for(d, lambda d: ranked_order(d) == options)
        shot(d, "ar", "10-ranking")
        # The last option to the top, two taps; the first goes down one.
        last = options[-1]
        for _ in range(len(options) - 1):
            move(d, last, "up")
        assert ranked_order(d)[0] == last
        assert by_id(d, "rank-status").text  # said to a screen reader
        first_button = d.find_element("css selector", f'button[data-key="{last}up"]')
        assert not first_button.is_enabled(), "the first cannot move up"
        move(d, options[0], "down")
        expected = ranked_order(d)
        assert expected[:3] == [last, options[1], options[0]]
        shot(d, "ar", "11-ranking-moved")
        tap(d, by_id(d, "cast"))
        B.wait_for(d, shown("ballot-receipt"))
        shot(d, "ar", "12-ranking-receipt")
        store = laptop(db)
        assert ballots(store, round_id) == [{o: n for n, o in enumerate(expected, 1)}]
        first_receipt = by_id(d, "ballot-receipt").text
        # Changed while open: one ballot, the new order.
        tap(d, by_id(d, "change-ballot"))
        move(d, options[0], "up")
        changed = ranked_order(d)
        tap(d, by_id(d, "cast"))
        B.wait_for(d, lambda d: B.visible_text(d, "ballot-receipt") not in ("", first_receipt))
        assert ballots(store, round_id) == [{o: n for n, o in enumerate(changed, 1)}]
        store.db.close()


def test_a_score_ballot_in_french(tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    workshop, round_id, options = demo_with_poll(db, "score", "Notez chaque regroupement")
    words = catalogue("fr")
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", "fr") as d:
        join(d, room, "fr")

        def score(option: str, value: int) -> Any:
            selector = f'#vote-body button.score[data-option="{option}"][data-value="{value}"]'
            return d.find_element("css selector", selector)

        B.wait_for(d, lambda d: d.find_elements("css selector", "#vote-body button.score"))
        tap(d, score(options[0], 5))
        tap(d, score(options[1], 2))
        tap(d, score(options[2], 4))
        tap(d, score(options[2], 0))  # "no score": an abstention on that option
        assert score(options[0], 5).get_attribute("aria-pressed") == "true"
        assert score(options[0], 4).get_attribute("aria-pressed") == "false"
        assert score(options[2], 0).get_attribute("aria-pressed") == "true"
        assert score(options[2], 0).text == words["No score"]
        shot(d, "fr", "13-scores")
        tap(d, by_id(d, "cast"))
        B.wait_for(d, shown("ballot-receipt"))
        shot(d, "fr", "14-scores-receipt")
        store = laptop(db)
        assert ballots(store, round_id) == [{options[0]: 5, options[1]: 2}]
        store.db.close()


def test_a_moderated_idea_waits_then_is_shown_once_approved(tmp_path: Path) -> None:
    from sim_facilitator.room.ideas import approve_idea, pending_ideas

    db = tmp_path / "room.db"
    store = laptop(db)
    workshop = create_demo(store)
    store.db.close()
    words = catalogue("ar")
    text = "ورشة لتكوين الشباب في الاقتصاد التضامني"
    with (
        room_server(db, workshop, moderated=True) as room,
        B.phone_browser(tmp_path / "profile", "ar") as d,
    ):
        join(d, room, "ar")
        by_id(d, "idea-text").send_keys(text)
        by_id(d, "idea-name").send_keys("سميرة")
        tap(d, by_id(d, "idea-send"))
        B.wait_for(d, shown("idea-receipt"))
        pending_text = words["Waiting for the facilitator's check"]
        B.wait_for(d, lambda d: pending_text in B.visible_text(d, "my-ideas"))
        shot(d, "ar", "15-idea-pending")

        # The laptop: the idea waits, off the projector and off every vote.
        store = laptop(db)
        waiting = pending_ideas(store, workshop)
        assert [w["text"] for w in waiting] == [text]
        idea = waiting[0]["id"]
        assert idea not in {o for o, _label in candidate_options(store, workshop, "idea")}
        assert idea not in {r["id"] for r in latest_ideas(store, workshop, 100)}

        approve_idea(store, idea)
        received = words["Received"]
        B.wait_for(d, lambda d: received in B.visible_text(d, "my-ideas"))
        assert pending_text not in B.visible_text(d, "my-ideas")
        shot(d, "ar", "16-idea-approved")
        assert idea in {o for o, _label in candidate_options(store, workshop, "idea")}
        assert idea in {r["id"] for r in latest_ideas(store, workshop, 100)}
        store.db.close()
