"""The participant page in a real browser (headless Chromium at phone size), in Arabic and French.

The room is served by ``RoomServer`` (the server the app and the headless
command run) on 127.0.0.1, port 0, over a demo workshop in a temporary database. The test
plays the phone through the page and the facilitator's laptop through the
domain functions on its own connection to the same file, as the app would:

- join with the room code (a wrong code first: refused with a message);
- send an idea (mixed-direction text) and find it in the database;
- cast a dot ballot (the page stops at the per-option maximum and at the
  budget), get a receipt, change the ballot (still one ballot, new choices);
- see the results only once the laptop closes the round;
- a secret round: the one-time code is asked for, a wrong code is refused
  with a message, the right one casts once.

Screenshots of each step go to /tmp/room-shots/ (``SIM_ROOM_SHOTS`` to move
them); they are meant to be looked at. Skipped, with the reason, when
chromium, chromium-driver or selenium are missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round, create_round, open_round
from sim_facilitator.domain.votes.rounds import ballot_options
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from tests.helpers import browser as B

pytestmark = pytest.mark.skipif(bool(B.missing()), reason=B.missing() or "browser available")

SHOTS = Path(os.environ.get("SIM_ROOM_SHOTS", "/tmp/room-shots"))
START_SECONDS = 20  # the room server must listen within this time


@dataclass
class Room:
    url: str  # the join URL without the code: what a participant types
    code: str
    db: Path
    workshop: str


@contextmanager
def room_server(db: Path, workshop: str) -> Iterator[Room]:
    """The room server (its own thread and connection) on 127.0.0.1, a free port."""
    from sim_facilitator.room.server import RoomServer

    server = RoomServer(db, workshop, host="127.0.0.1", port=0)
    info = server.start(timeout=START_SECONDS)
    try:
        parts = urlsplit(info.url)
        assert parts.hostname == "127.0.0.1"
        yield Room(f"{parts.scheme}://{parts.netloc}/", info.code, db, workshop)
    finally:
        server.stop()


def demo_with_open_poll(db: Path) -> tuple[str, str, list[str]]:
    """A demo workshop and an open dot vote over its clusters that phones take part in.

    Budget 3 dots, at most 2 per option; results hidden until the round closes.
    """
    from sim_facilitator.room.ballots import allow_browser_votes

    store = Store(connect(db))
    workshop = create_demo(store)
    clusters = [c["id"] for c in store.list("cluster", "workshop_id = ?", [workshop])]
    round_id = create_round(
        store,
        workshop,
        "Priorités du jour / أولويات اليوم",
        method="dots",
        target_kind="cluster",
        options=clusters,
        rules={"budget": 3, "max_per_option": 2, "stacking": True},
        hide_results=True,
    )
    allow_browser_votes(store, round_id)
    open_round(store, round_id)
    store.db.close()
    return workshop, round_id, [o for o, _label in options_of(db, round_id)]


def options_of(db: Path, round_id: str) -> list[tuple[str, str]]:
    store = Store(connect(db))
    try:
        return ballot_options(store, round_id)
    finally:
        store.db.close()


def laptop(db: Path) -> Store:
    """The facilitator's side: its own connection to the workshop file."""
    return Store(connect(db))


# -- page helpers --------------------------------------------------------------------------
def by_id(driver: Any, element_id: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def shown(element_id: str) -> Any:
    return lambda d: B.visible_text(d, element_id)


def option_button(driver: Any, option: str, kind: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, f'button.{kind}[data-option="{option}"]')


def tap(driver: Any, element: Any) -> None:
    """Scroll the element to the middle of the phone's screen and tap it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def shot(driver: Any, lang: str, step: str) -> None:
    B.screenshot(driver, SHOTS / f"{lang}-{step}.png")


def catalogue(lang: str) -> dict[str, str]:
    from sim_facilitator.room.catalogue import context_messages

    return context_messages(lang, "RoomPage")


# -- the tests ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_join_send_an_idea_vote_change_and_see_results(lang: str, tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    workshop, round_id, options = demo_with_open_poll(db)
    words = catalogue(lang)
    assert words, "the RoomPage translations are missing"
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", lang) as d:
        # Joining: the page opens in the phone's language; a wrong code is refused.
        d.get(room.url)
        B.wait_for(d, lambda d: d.execute_script("return document.documentElement.lang") == lang)
        assert d.execute_script("return document.documentElement.dir") == (
            "rtl" if lang == "ar" else "ltr"
        )
        assert by_id(d, "join-h").text == words["Join the workshop"]
        by_id(d, "code").send_keys("ZZZZZZ")
        shot(d, lang, "01-join")
        tap(d, d.find_element("css selector", "#join-form button[type=submit]"))
        assert B.wait_for(d, shown("join-error"))
        shot(d, lang, "02-wrong-code")
        by_id(d, "code").clear()
        by_id(d, "code").send_keys(room.code.lower())  # typed in lower case: accepted
        tap(d, d.find_element("css selector", "#join-form button[type=submit]"))
        B.wait_for(d, shown("question"))
        assert "Fès-Meknès" in by_id(d, "title").text
        B.wait_for(d, lambda d: by_id(d, "status").get_attribute("data-state") == "live")
        assert by_id(d, "status-text").text == words["Connected"]

        # An idea, Arabic with a Latin word in it, with a name.
        text = (
            "شبكة Wi-Fi مجانية في دار الشباب"
            if lang == "ar"
            else "Un fonds « Wi-Fi » pour 3 maisons de jeunes"
        )
        by_id(d, "idea-text").send_keys(text)
        assert by_id(d, "idea-count").text.startswith(str(len(text)))
        by_id(d, "idea-name").send_keys("Samira")
        tap(d, by_id(d, "idea-send"))
        B.wait_for(d, shown("idea-receipt"))
        assert by_id(d, "idea-receipt").text == words["Idea received. Thank you!"]
        shot(d, lang, "03-idea-sent")
        store = laptop(db)
        stored = store.list("idea", "workshop_id = ? AND text = ?", [workshop, text])
        assert len(stored) == 1
        assert stored[0]["origin"] == "room"
        assert stored[0]["display_name"] == "Samira"

        # A dot ballot: 2 on the first option (its maximum), 1 on the second (budget spent).
        B.wait_for(d, shown("vote-title"))
        tap(d, option_button(d, options[0], "plus"))
        tap(d, option_button(d, options[0], "plus"))
        assert not option_button(d, options[0], "plus").is_enabled(), "at most 2 per option"
        tap(d, option_button(d, options[1], "plus"))
        assert not option_button(d, options[2], "plus").is_enabled(), "the budget is spent"
        assert (
            by_id(d, "dots-limit").text
            == words["No dots left: take one from another option first."]
        )
        shot(d, lang, "04-ballot")
        tap(d, by_id(d, "cast"))
        B.wait_for(d, shown("ballot-receipt"))
        shot(d, lang, "05-receipt")
        ballots = store.list("ballot", "round_id = ?", [round_id])
        assert [b["choices"] for b in ballots] == [{options[0]: 2, options[1]: 1}]
        first_receipt = by_id(d, "ballot-receipt").text

        # Changing the ballot while the round is open: still one ballot, the new choices.
        tap(d, by_id(d, "change-ballot"))
        tap(d, option_button(d, options[0], "minus"))
        tap(d, option_button(d, options[2], "plus"))
        tap(d, by_id(d, "cast"))
        B.wait_for(d, lambda d: B.visible_text(d, "ballot-receipt") not in ("", first_receipt))
        ballots = store.list("ballot", "round_id = ?", [round_id])
        assert [b["choices"] for b in ballots] == [{options[0]: 1, options[1]: 1, options[2]: 1}]
        assert not d.find_elements("id", "results-list") or not by_id(d, "results").is_displayed()

        # The laptop: a second voter, then the round closed, which shows the hidden results.
        from sim_facilitator.room.ballots import cast_phone_ballot

        cast_phone_ballot(store, round_id, "another-phone-token-0001", None, {options[0]: 2})
        assert not by_id(d, "results").is_displayed(), "results only once shown"
        close_round(store, round_id)
        B.wait_for(d, shown("results-list"))
        first = d.find_element("css selector", "#results-list li")
        assert first.get_attribute("data-option") == options[0]  # 3 dots: first
        assert words["The vote is closed."] in by_id(d, "vote-body").text
        shot(d, lang, "06-results")
        store.db.close()


def test_a_secret_round_asks_for_the_one_time_code(tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    store = laptop(db)
    workshop = create_demo(store)
    clusters = [c["id"] for c in store.list("cluster", "workshop_id = ?", [workshop])]
    round_id = create_round(
        store, workshop, "Vote à bulletin secret", method="approval", target_kind="cluster",
        options=clusters,
    )  # fmt: skip
    numbers = issue_numbers(store, round_id, 3)
    open_round(store, round_id)
    words = catalogue("fr")
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", "fr") as d:
        d.get(room.url + "?room=" + room.code)  # the QR code's address: joined at once
        B.wait_for(d, lambda d: d.find_elements("id", "voter-code"))
        approve = d.find_elements("css selector", "#vote-body input[type=checkbox]")
        tap(d, approve[1])
        tap(d, by_id(d, "cast"))  # no code yet: the page asks for it
        assert B.visible_text(d, "ballot-error") == words["Type your one-time voter code."]
        wrong = "000000" if "000000" not in numbers else "999999"
        by_id(d, "voter-code").send_keys(wrong)
        tap(d, by_id(d, "cast"))
        # The server refuses the forged code; its message is shown, nothing stored.
        B.wait_for(
            d,
            lambda d: (
                B.visible_text(d, "ballot-error")
                not in ("", words["Type your one-time voter code."])
            ),
        )
        shot(d, "fr", "07-secret-refused")
        assert store.list("ballot", "round_id = ?", [round_id]) == []
        by_id(d, "voter-code").clear()
        by_id(d, "voter-code").send_keys(numbers[0])
        tap(d, by_id(d, "cast"))
        B.wait_for(d, shown("ballot-receipt"))
        assert not d.find_elements("id", "change-ballot"), "a one-time code votes once"
        shot(d, "fr", "08-secret-receipt")
        ballots = store.list("ballot", "round_id = ?", [round_id])
        assert [b["choices"] for b in ballots] == [{clusters[1]: 1}]
        # The phone keeps the check code and the time of a secret ballot, not its choices.
        kept = d.execute_script(
            "return window.localStorage.getItem(arguments[0]);", "simroom.ballots." + room.code
        )
        assert '"check"' in kept
        assert clusters[1] not in kept
        assert "choices" not in kept
    store.db.close()


def test_a_submission_unsent_at_a_reload_is_sent_after_it(tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    store = laptop(db)
    workshop = create_demo(store)
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", "fr") as d:
        d.get(room.url + "?room=" + room.code)
        B.wait_for(d, shown("question"))
        # The page was closed (or reloaded) while an idea waited in its outbox: the
        # outbox is in localStorage, and the idea goes out once the page is back.
        d.execute_script(
            """
            var code = arguments[0], id = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
            var client = JSON.parse(localStorage.getItem("simroom.client"));
            var text = "Idée restée dans la boîte d'envoi";
            localStorage.setItem("simroom.ideas." + code,
              JSON.stringify([{id: id, text: text, state: "sending"}]));
            localStorage.setItem("simroom.outbox." + code, JSON.stringify([
              {kind: "idea", path: "/api/ideas", body: {client: client, id: id, text: text}}]));
            """,
            room.code,
        )
        d.refresh()
        B.wait_for(
            d, lambda d: any("boîte d'envoi" in (r["text"] or "") for r in store.list("idea"))
        )
        B.wait_for(
            d,
            lambda d: (
                d.execute_script(
                    "return localStorage.getItem(arguments[0]);", "simroom.outbox." + room.code
                )
                == "[]"
            ),
        )
        kept = d.execute_script(
            "return localStorage.getItem(arguments[0]);", "simroom.ideas." + room.code
        )
        assert '"state":"shown"' in kept
    store.db.close()
