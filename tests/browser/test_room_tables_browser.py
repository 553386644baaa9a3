"""A breakout table's scribe on a real phone browser (issue 26 acceptance), Arabic and French.

Headless Chromium at phone size joins the room, then joins a table with its
code, sees the table's question, sends two ideas and a photo carrying EXIF
GPS tags through the page's file input. The laptop finds the ideas under that
table and the photo in the minutes PDF (``pdfimages -list``), with no GPS tag
(nor any EXIF) in what is stored, exported in a bundle, or printed.
Screenshots go to /tmp/room-shots/ (``SIM_ROOM_SHOTS``).
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from sim_facilitator.domain.agenda import agenda_items
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.photos.records import photo_bytes, photos_of
from sim_facilitator.domain.tables.records import create_tables, table_code
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import build_bundle
from sim_facilitator.export.minutes.document import write_minutes
from tests.browser.test_room_page_browser import by_id, catalogue, room_server, shot, shown, tap
from tests.helpers import browser as B
from tests.helpers.pictures import GPS_LATITUDE, phone_photo

pytestmark = [
    pytest.mark.skipif(bool(B.missing()), reason=B.missing() or "browser available"),
    pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs pdfimages"),
]


def _no_exif(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert dict(exif) == {}
        assert dict(exif.get_ifd(ExifTags.IFD.GPSInfo)) == {}
    assert b"Model-Secret-42" not in data
    assert b"Exif" not in data


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_scribe_sends_ideas_and_a_photo_for_their_table(lang: str, tmp_path: Path) -> None:
    db = tmp_path / "room.db"
    store = Store(connect(db))
    workshop = create_demo(store)
    agenda = agenda_items(store, workshop)[1]["id"]
    question = (
        "ما الذي تحتاجه التعاونيات؟"
        if lang == "ar"
        else "De quoi les coopératives ont-elles besoin ?"
    )
    first, second = create_tables(store, workshop, agenda, ["Table 1", "Table 2"], ["Q1", question])
    code = table_code(store, second)
    store.db.close()
    picture = tmp_path / "IMG_20260312_104107.jpg"
    raw = phone_photo(seed=21)
    picture.write_bytes(raw)
    with Image.open(picture) as original:  # the phone's file really carries a location
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[2] == GPS_LATITUDE
    words = catalogue(lang)
    with room_server(db, workshop) as room, B.phone_browser(tmp_path / "profile", lang) as d:
        d.get(room.url + "?room=" + room.code)
        B.wait_for(d, shown("question"))
        summary = d.find_element("css selector", "#table-join summary")
        assert summary.text == words["Scribe of a table? Join your table"]
        tap(d, summary)
        by_id(d, "table-code").send_keys("ZZZZZZ")
        tap(d, d.find_element("css selector", "#table-form button[type=submit]"))
        assert B.wait_for(d, shown("table-error"))
        by_id(d, "table-code").clear()
        by_id(d, "table-code").send_keys(code[:3].lower() + " " + code[3:])
        tap(d, d.find_element("css selector", "#table-form button[type=submit]"))
        B.wait_for(d, shown("table-question"))
        assert by_id(d, "table-question").text == question
        assert by_id(d, "table-name").text == "Table 2"
        shot(d, lang, "tables-01-joined")
        ideas = ["فكرة من الطاولة الثانية", "Un atelier de réparation partagé"]
        for text in ideas:
            by_id(d, "idea-text").send_keys(text)
            tap(d, by_id(d, "idea-send"))
            B.wait_for(d, lambda d: by_id(d, "idea-receipt").is_displayed())
            B.wait_for(d, lambda d, t=text: t in by_id(d, "my-ideas").text)
        by_id(d, "photo-input").send_keys(str(picture))
        B.wait_for(
            d, lambda d: by_id(d, "photo-status").text == words["Photo received. Thank you!"], 30
        )
        shot(d, lang, "tables-02-photo-sent")

    laptop = Store(connect(db))
    tagged = sorted(
        i["text"] for i in laptop.in_workshop("idea", workshop) if i["table_id"] == second
    )
    assert tagged == sorted(ideas)
    (photo,) = photos_of(laptop, workshop)
    assert photo["table_id"] == second
    stored = photo_bytes(laptop, photo)
    assert stored is not None
    _no_exif(stored)
    bundle, _manifest = build_bundle(laptop, [workshop])
    (exported,) = read_bundle(bundle).manifest.blobs.values()
    _no_exif(exported)
    pdf = tmp_path / f"minutes-{lang}.pdf"
    write_minutes(laptop, workshop, lang, pdf)
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listed) == 1
    assert listed[0].split()[3:5] == ["2000", "1500"]
    subprocess.run(["pdfimages", "-j", str(pdf), str(tmp_path / "img")], check=True)
    (printed,) = tmp_path.glob("img-*.jpg")
    _no_exif(printed.read_bytes())
    assert first != second
