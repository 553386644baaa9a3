"""Flipchart photos (issue 26, item 4): every picture decoded and re-encoded, its
metadata gone, bounded, stored once by hash; hostile files refused with nothing stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sim_facilitator.domain.photos.images import LONG_EDGE, MAX_STORED_BYTES, safe_image
from sim_facilitator.domain.photos.records import add_photo, photo_bytes, photos_of
from sim_facilitator.domain.tables.records import create_tables
from sim_facilitator.domain.workshops import add_agenda_item, add_question, create_workshop
from sim_facilitator.engine.blobs import TABLE
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from tests.helpers.cli import run_cli
from tests.helpers.pictures import SVG, phone_photo, png_bomb, png_with_alpha
from tests.helpers.stores import make_store

SECRETS = (b"PhoneMakerX", b"Model-Secret-42", b"2026:03:12")


def gps_of(data: bytes) -> dict[int, object]:
    from PIL import ExifTags

    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


def _jpeg(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def _blob_count(store: Store) -> int:
    exists = store.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = ?", [TABLE]
    ).fetchone()[0]
    if not exists:
        return 0
    return int(store.db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])


@pytest.fixture
def world(tmp_path: Path) -> tuple[Store, str, str]:
    store = make_store(tmp_path / "p.db")
    workshop = create_workshop(store, "Atelier de Ouarzazate")
    agenda = add_agenda_item(store, workshop, "Tables", 30)
    (table,) = create_tables(store, workshop, agenda, ["Table 1"])
    return store, workshop, table


def test_a_phone_photo_is_re_encoded_without_its_metadata(world) -> None:
    store, workshop, table = world
    raw = phone_photo()
    assert all(secret in raw for secret in SECRETS)  # the test photo really carries them
    assert gps_of(raw)[2] == (31.0, 37.0, 48.0)
    photo_id = add_photo(store, workshop, raw, "IMG_2041.JPG", table_id=table, caption="Table 1")
    (photo,) = photos_of(store, workshop)
    assert photo["id"] == photo_id
    assert photo["table_id"] == table
    assert photo["caption"] == "Table 1"
    data = photo_bytes(store, photo)
    assert data is not None
    assert len(data) <= MAX_STORED_BYTES
    assert photo["size"] == len(data)
    assert not any(secret in data for secret in SECRETS)
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert max(stored.size) == LONG_EDGE
        assert (photo["width"], photo["height"]) == stored.size == (2000, 1500)
        assert dict(stored.getexif()) == {}
        assert "icc_profile" not in stored.info
    assert gps_of(data) == {}
    # Nothing of the original is anywhere in the database file.
    assert b"Model-Secret-42" not in dump_text(store.db).encode()


def test_the_same_picture_twice_is_one_photo_and_one_blob(world) -> None:
    store, workshop, table = world
    raw = _jpeg()
    first = add_photo(store, workshop, raw, "a.jpg")
    second = add_photo(store, workshop, raw, "a-copy.jpeg", table_id=table)
    assert first == second
    assert len(photos_of(store, workshop)) == 1
    assert photos_of(store, workshop)[0]["table_id"] == table
    assert _blob_count(store) == 1


def test_orientation_is_applied_and_transparency_goes_white() -> None:
    upright = safe_image(phone_photo(400, 300, orientation=6, seed=2), "turned.jpg")
    assert (upright.width, upright.height) == (300, 400)
    flat = safe_image(png_with_alpha(), "sticky.png")
    with Image.open(io.BytesIO(flat.data)) as image:
        assert image.mode == "RGB"
        assert image.getpixel((5, 5))[0] > 240  # was transparent: now white
        assert image.getpixel((100, 100))[1] < 80  # the red square stays red


def _truncated() -> bytes:
    data = phone_photo(800, 600, seed=3)
    return data[: len(data) // 2]


def _jpeg_named_png() -> bytes:
    return _jpeg()


HOSTILE = [
    ("notes.jpg", b"Minutes of the table: not a picture at all\n" * 20, "not a picture the app"),
    ("empty.jpg", b"", "not a picture the app"),
    ("cut.jpg", _truncated(), "cut short or damaged"),
    ("bomb.png", png_bomb(), "too many pixels"),
    ("bigger-bomb.png", png_bomb(20_000), "too many pixels"),
    ("drawing.svg", SVG, "SVG"),
    ("drawing.png", SVG, "SVG"),
    ("photo.png", _jpeg_named_png(), "named as a PNG picture but holds a JPEG"),
    ("photo.jpg", png_with_alpha(), "named as a JPEG picture but holds a PNG"),
    ("photo.bmp", _jpeg(), "does not have the name of a picture"),
    ("huge.jpg", b"\xff\xd8\xff" + b"\0" * (31 * 1024 * 1024), "too big"),
]


@pytest.mark.parametrize(("name", "raw", "reason"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_pictures_are_refused_and_nothing_is_stored(world, name, raw, reason) -> None:
    store, workshop, table = world
    before = dump_text(store.db)
    with pytest.raises(DomainError, match=reason):
        add_photo(store, workshop, raw, name, table_id=table)
    assert dump_text(store.db) == before
    assert _blob_count(store) == 0


def test_a_photo_is_attached_to_one_target_of_its_workshop(world) -> None:
    store, workshop, table = world
    question = add_question(store, workshop, "Quoi ?")
    with pytest.raises(DomainError, match="one table, question or cluster"):
        add_photo(store, workshop, _jpeg(), "a.jpg", table_id=table, question_id=question)
    other = create_workshop(store, "Autre")
    with pytest.raises(DomainError, match="another workshop"):
        add_photo(store, other, _jpeg(), "a.jpg", table_id=table)
    assert _blob_count(store) == 0


def test_cli_photo_add(tmp_path: Path, world) -> None:
    store, workshop, table = world
    store.db.conn.close()
    db = str(tmp_path / "p.db")
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(phone_photo(1600, 1200, seed=5))
    done = run_cli("photo", "add", "--db", db, "--workshop", workshop, str(photo), "--table", table)
    assert done.returncode == 0, done.stderr
    photo_id = done.stdout.strip()
    reopened = make_store(tmp_path / "p.db")
    assert [p["id"] for p in photos_of(reopened, workshop)] == [photo_id]
    before = dump_text(reopened.db)
    reopened.db.conn.close()
    fake = tmp_path / "flipchart.jpg"
    fake.write_bytes(SVG)
    for args, reason in (
        ([str(fake)], "SVG"),
        ([str(tmp_path / "missing.jpg")], "cannot be read"),
    ):
        refused = run_cli("photo", "add", "--db", db, "--workshop", workshop, *args)
        assert refused.returncode == 1, refused.stdout
        assert len(refused.stderr.strip().splitlines()) == 1
        assert reason in refused.stderr
    both = run_cli(
        "photo",
        "add",
        "--db",
        db,
        "--workshop",
        workshop,
        str(photo),
        "--table",
        table,
        "--question",
        "q",
    )
    assert both.returncode == 2  # a usage error: argparse's own
    assert dump_text(make_store(tmp_path / "p.db").db) == before
