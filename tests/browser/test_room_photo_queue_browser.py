"""A scribe's photos wait on the phone until the room has them (issue 26), Arabic and French.

Headless Chromium at 360 x 740 joins a table, then the room goes away under it:

- the room stops while a photo is chosen: the page says it waits (the room cannot
  be reached), an idea written meanwhile waits too; the room starts again on the
  same port and code, and both arrive, the idea first, the photo once, with
  nobody touching the phone;
- the room answers 503 with Retry-After to photos: three pictures wait (one of
  them a text file named .jpg), an idea still goes through at once, the page is
  reloaded and still shows them waiting (IndexedDB); the room recovers but loses
  its first answer (the connection closes after storing): the photo is sent again
  and stays one photo; the pictures arrive in the order they were chosen; the
  text file is refused with the room's translated reason and never sent again;
- without IndexedDB the scribe is told the photos live only while the page is
  open; the queue holds ten at most (the eleventh is refused with a message);
  a photo still waiting when the page reloads is shown as lost.

The room's photo and idea handlers are wrapped (``http.post_photo``,
``http.post_idea``) to be busy on demand and to log what reached the room.
Screenshots: ``SIM_ROOM_SHOTS`` (default /tmp/room-shots/), ``photoqueue-*``.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from sim_facilitator.domain.agenda import agenda_items
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.photos.images import safe_image
from sim_facilitator.domain.photos.records import photos_of
from sim_facilitator.domain.tables.records import create_tables, table_code
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.room.catalogue import context_messages
from sim_facilitator.room.errors import RoomError
from sim_facilitator.room.server import Limits, RoomServer
from tests.browser.test_room_page_browser import SHOTS, by_id, catalogue, shown, tap
from tests.helpers import browser as B
from tests.helpers.pictures import phone_photo

pytestmark = pytest.mark.skipif(bool(B.missing()), reason=B.missing() or "browser available")

SMALL_PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True}
ARRIVE_SECONDS = 60  # back-off is at most 30 s between tries


# -- the room, which can stop, start again, and be busy ---------------------------------------
@dataclass
class Gate:
    """What the wrapped handlers do and saw: ``calls`` is [(what, outcome)] in order."""

    busy: bool = False
    drop_next_reply: bool = False
    calls: list[tuple[str, str]] = field(default_factory=list)

    def photos(self) -> list[tuple[str, str]]:
        return [c for c in self.calls if c[0] != "idea"]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    from sim_facilitator.room import http

    gate = Gate()
    real_photo, real_idea = http.post_photo, http.post_idea

    async def post_photo(request: web.Request) -> web.StreamResponse:
        name = request.query.get("name", "")
        if gate.busy:
            async for _chunk in request.content.iter_chunked(1 << 20):
                pass  # the whole body arrived, then the room says it is busy
            gate.calls.append((name, "503"))
            return web.json_response(
                {"code": "busy", "message": "busy"}, status=503, headers={"Retry-After": "1"}
            )
        try:
            response = await real_photo(request)
        except RoomError as exc:
            gate.calls.append((name, str(exc.status)))
            raise
        except DomainError:  # the picture refused: 422 (room/errors.py from_domain)
            gate.calls.append((name, "422"))
            raise
        if gate.drop_next_reply:  # stored, but the phone never hears it
            gate.drop_next_reply = False
            gate.calls.append((name, "dropped"))
            assert request.transport is not None
            request.transport.close()
            return response
        gate.calls.append((name, str(response.status)))
        return response

    async def post_idea(request: web.Request) -> web.StreamResponse:
        response = await real_idea(request)
        gate.calls.append(("idea", str(response.status)))
        return response

    monkeypatch.setattr(http, "post_photo", post_photo)
    monkeypatch.setattr(http, "post_idea", post_idea)
    return gate


class Room:
    """The room server on 127.0.0.1; ``stop()`` then ``start()`` keeps its port and code."""

    def __init__(self, db: Path, workshop: str, limits: Limits | None = None) -> None:
        self.db, self.workshop, self.limits = db, workshop, limits
        self.port = 0
        self.code: str | None = None
        self.server: RoomServer | None = None

    def start(self) -> None:
        server = RoomServer(
            self.db,
            self.workshop,
            host="127.0.0.1",
            port=self.port,
            code=self.code,
            limits=self.limits,
        )
        info = server.start(timeout=20)
        self.server, self.port, self.code = server, info.port, info.code

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?room={self.code}"


@dataclass
class Workshop:
    db: Path
    id: str
    table: str
    code: str


def workshop_with_tables(tmp_path: Path) -> Workshop:
    db = tmp_path / "room.db"
    store = Store(connect(db))
    workshop = create_demo(store)
    agenda = agenda_items(store, workshop)[1]["id"]
    _first, second = create_tables(store, workshop, agenda, ["Table 1", "Table 2"], ["Q1", "Q2"])
    code = table_code(store, second)
    store.db.close()
    return Workshop(db, workshop, second, code)


def stored_photos(w: Workshop) -> list[dict[str, Any]]:
    store = Store(connect(w.db))
    try:
        return photos_of(store, w.id)
    finally:
        store.db.close()


def stored_ideas(w: Workshop, text: str) -> int:
    store = Store(connect(w.db))
    try:
        return len(store.list("idea", "workshop_id = ? AND text = ?", [w.id, text]))
    finally:
        store.db.close()


def small_photo(tmp_path: Path, name: str, seed: int) -> Path:
    path = tmp_path / name
    path.write_bytes(phone_photo(640, 480, seed=seed))
    return path


def stored_hash(path: Path) -> str:
    """The hash the room stores the picture under (re-encoded, no metadata)."""
    return safe_image(path.read_bytes(), path.name).sha256


# -- the page --------------------------------------------------------------------------------
@contextmanager
def phone(tmp_path: Path, lang: str, no_indexeddb: bool = False) -> Iterator[Any]:
    """The phone browser at 360 x 740; optionally one whose page sees no IndexedDB."""
    with B.phone_browser(tmp_path / "profile", lang) as driver:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", SMALL_PHONE)
        if no_indexeddb:  # as in some private modes: the page must do without it
            driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument",
                {"source": "Object.defineProperty(window, 'indexedDB', {value: undefined});"},
            )
        yield driver


def join_table(d: Any, room: Room, code: str) -> None:
    d.get(room.url)
    B.wait_for(d, shown("question"))
    tap(d, d.find_element("css selector", "#table-join summary"))
    by_id(d, "table-code").send_keys(code)
    tap(d, d.find_element("css selector", "#table-form button[type=submit]"))
    B.wait_for(d, shown("table-question"))


def choose(d: Any, *paths: Path) -> None:
    by_id(d, "photo-input").send_keys("\n".join(str(p) for p in paths))


def photo_states(d: Any) -> list[tuple[str, str]]:
    """(file name, state) of each photo listed, in the order chosen."""
    rows = d.execute_script(  # in one go: the list is redrawn as photos progress
        "return Array.prototype.map.call(document.querySelectorAll('#photo-list li'),"
        " function (li) { return [li.firstChild.textContent, li.getAttribute('data-state')]; });"
    )
    return [(name, state) for name, state in rows]


def waiting_note(words: dict[str, str], count: int, why: str) -> str:
    waiting = words["Photos waiting to be sent: {count}"].replace("{count}", str(count))
    return waiting + "\n" + words[why]


def status_is(text: str) -> Any:
    return lambda d: by_id(d, "photo-status").text == text


def stored_pictures(d: Any) -> int:
    """How many pictures the page keeps in IndexedDB."""
    return int(
        d.execute_async_script(
            """
            var done = arguments[arguments.length - 1];
            var open = indexedDB.open("simroom", 1);
            open.onsuccess = function () {
              var count = open.result.transaction("photos").objectStore("photos").count();
              count.onsuccess = function () { done(count.result); };
            };
            open.onerror = function () { done(-1); };
            """
        )
    )


def screen(d: Any, lang: str, step: str) -> None:
    """What the scribe's screen shows around the photos (one 360 x 740 screen)."""
    d.execute_script(
        "document.getElementById('photo-box').scrollIntoView({block: 'start'});"
        "window.scrollBy(0, -160);"  # the photo input above it stays in view
    )
    shot = d.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"{lang}-{step}.png").write_bytes(base64.b64decode(shot["data"]))


def send_idea(d: Any, text: str) -> None:
    by_id(d, "idea-text").send_keys(text)
    tap(d, by_id(d, "idea-send"))


# Tasks of the page over 50 ms (the browser's "long tasks"), in milliseconds.
LONG_TASKS = """
window.longTasks = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { window.longTasks.push(e.duration); });
}).observe({entryTypes: ["longtask"]});
"""
UNREACHABLE = "The room cannot be reached: they are sent again by themselves."
BUSY = "The room is busy: they are sent again by themselves."


# -- the tests ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_photo_taken_while_the_room_is_down_arrives_once_it_is_back(
    lang: str, tmp_path: Path, gate: Gate
) -> None:
    w = workshop_with_tables(tmp_path)
    words = catalogue(lang)
    picture = tmp_path / "IMG_20260312_104107.jpg"
    picture.write_bytes(phone_photo(seed=41))  # 12 megapixels, about 4 MB
    room = Room(w.db, w.id)
    room.start()
    try:
        with phone(tmp_path, lang) as d:
            join_table(d, room, w.code)
            room.stop()
            d.execute_script(LONG_TASKS)
            choose(d, picture)
            B.wait_for(d, status_is(waiting_note(words, 1, UNREACHABLE)))
            assert photo_states(d) == [(picture.name, "waiting")]
            assert words["Waiting to be sent"] in by_id(d, "photo-list").text
            idea = "فكرة كتبت والقاعة متوقفة" if lang == "ar" else "Idée écrite salle arrêtée"
            send_idea(d, idea)
            B.wait_for(d, lambda d: idea in by_id(d, "my-ideas").text)
            screen(d, lang, "photoqueue-01-room-down")
            time.sleep(3)  # a try or two while the room is away
            room.start()  # the same port and code: the phone finds it by itself
            B.wait_for(d, status_is(words["Photo received. Thank you!"]), ARRIVE_SECONDS)
            assert photo_states(d) == [(picture.name, "sent")]
            assert stored_pictures(d) == 0, "a sent picture leaves the phone's storage"
            # Keeping and sending 4 MB never holds the page: no task over 200 ms.
            longest = d.execute_script("return Math.max.apply(null, [0].concat(window.longTasks));")
            assert longest < 200, f"the page froze for {longest} ms"
            screen(d, lang, "photoqueue-02-room-back")
    finally:
        room.stop()
    (photo,) = stored_photos(w)
    assert photo["table_id"] == w.table
    assert photo["sha256"] == stored_hash(picture)
    assert stored_ideas(w, idea) == 1
    assert gate.calls == [("idea", "201"), (picture.name, "201")], "the idea goes first"


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_photos_wait_through_a_busy_room_and_a_reload_and_a_refused_file_is_not_retried(
    lang: str, tmp_path: Path, gate: Gate
) -> None:
    w = workshop_with_tables(tmp_path)
    words = catalogue(lang)
    first = small_photo(tmp_path, "flipchart-1.jpg", 51)
    second = small_photo(tmp_path, "flipchart-2.jpg", 52)
    hostile = tmp_path / "notes.jpg"
    hostile.write_text("not a picture at all\n" * 100)
    room = Room(w.db, w.id)
    room.start()
    try:
        with phone(tmp_path, lang) as d:
            join_table(d, room, w.code)
            gate.busy = True
            choose(d, first, second, hostile)
            B.wait_for(d, status_is(waiting_note(words, 3, BUSY)), 20)
            # Ideas still flow while the photos wait.
            idea = "الأفكار لا تنتظر الصور" if lang == "ar" else "Les idées n'attendent pas"
            send_idea(d, idea)
            B.wait_for(d, shown("idea-receipt"))
            assert stored_ideas(w, idea) == 1
            screen(d, lang, "photoqueue-03-busy")
            d.refresh()  # the pictures wait in IndexedDB, not in the page
            B.wait_for(d, shown("table-question"))
            B.wait_for(d, status_is(waiting_note(words, 3, BUSY)), 20)
            assert [name for name, _state in photo_states(d)] == [
                first.name,
                second.name,
                hostile.name,
            ]
            assert stored_pictures(d) == 3
            screen(d, lang, "photoqueue-04-reloaded")
            gate.drop_next_reply = True  # the first one stored is not heard of
            gate.busy = False
            B.wait_for(
                d,
                lambda d: [s for _n, s in photo_states(d)] == ["sent", "sent", "refused"],
                ARRIVE_SECONDS,
            )
            reason = context_messages(lang, "Errors")[
                "“{name}” is not a picture the app can read (JPEG, PNG or WebP)."
            ].replace("{name}", hostile.name)
            assert by_id(d, "photo-error").text == words["Photo not accepted: {reason}"].replace(
                "{reason}", reason
            )
            assert words["Not accepted"] + " — " + reason in by_id(d, "photo-list").text
            screen(d, lang, "photoqueue-05-refused")
            time.sleep(4)  # a refused picture is never sent again
            assert stored_pictures(d) == 0
    finally:
        room.stop()
    sent = [c for c in gate.photos() if c[1] != "503"]
    assert sent == [
        (first.name, "dropped"),  # stored, answer lost
        (first.name, "200"),  # sent again: the same photo
        (second.name, "201"),
        (hostile.name, "422"),
    ]
    assert [p["sha256"] for p in stored_photos(w)] == [stored_hash(first), stored_hash(second)]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_without_indexeddb_the_scribe_is_told_and_the_queue_is_bounded(
    lang: str, tmp_path: Path, gate: Gate
) -> None:
    w = workshop_with_tables(tmp_path)
    words = catalogue(lang)
    pictures = [small_photo(tmp_path, f"wall-{n:02}.jpg", 60 + n) for n in range(11)]
    room = Room(w.db, w.id, Limits(idea_burst=30))  # ten photos at once: within the budget
    room.start()
    try:
        with phone(tmp_path, lang, no_indexeddb=True) as d:
            join_table(d, room, w.code)
            assert d.execute_script("return window.indexedDB") is None
            gate.busy = True
            choose(d, *pictures)
            B.wait_for(d, status_is(waiting_note(words, 10, BUSY)), 20)
            full = words[
                "Too many photos are waiting to be sent "
                "(at most {count}, {megabytes} MB together). "
                "Take this one again once they have gone."
            ]
            assert by_id(d, "photo-error").text == full.replace("{count}", "10").replace(
                "{megabytes}", "100"
            )
            memory = words[
                "This browser cannot keep photos once the page is closed: "
                "keep this page open until they are sent."
            ]
            assert by_id(d, "photo-memory").text == memory
            assert [name for name, _state in photo_states(d)] == [p.name for p in pictures[:10]]
            screen(d, lang, "photoqueue-06-full-no-indexeddb")
            # The scribe takes one out of the queue: room for the eleventh.
            drop = d.find_element("css selector", "#photo-list li[data-id] button.drop")
            assert drop.text == words["Do not send this photo"]
            tap(d, d.find_elements("css selector", "#photo-list li button.drop")[9])
            B.wait_for(d, status_is(waiting_note(words, 9, BUSY)))
            choose(d, pictures[10])
            B.wait_for(d, status_is(waiting_note(words, 10, BUSY)))
            # A kind of picture the room does not take is refused on the phone.
            drawing = tmp_path / "drawing.gif"
            drawing.write_bytes(b"GIF89a" + bytes(100))
            choose(d, drawing)
            refused = words["Send a photo (JPEG, PNG or WebP)."]
            B.wait_for(d, lambda d: by_id(d, "photo-error").text == refused)
            assert len(photo_states(d)) == 10
            gate.busy = False
            B.wait_for(d, status_is(words["Photo received. Thank you!"]), ARRIVE_SECONDS)
            assert not by_id(d, "photo-memory").is_displayed()
            # Waiting only in memory when the page reloads: lost, and the scribe is told.
            gate.busy = True
            choose(d, pictures[9])
            B.wait_for(d, status_is(waiting_note(words, 1, BUSY)), 20)
            d.refresh()
            B.wait_for(d, shown("table-question"))
            lost = words["Lost when the page was closed: take the photo again."]
            B.wait_for(d, lambda d: lost in by_id(d, "photo-list").text)
            assert photo_states(d)[-1] == (pictures[9].name, "lost")
            screen(d, lang, "photoqueue-07-lost")
    finally:
        room.stop()
    sent = pictures[:9] + [pictures[10]]
    assert [p["sha256"] for p in stored_photos(w)] == [stored_hash(p) for p in sent]
    assert "drawing.gif" not in [name for name, _outcome in gate.calls]
