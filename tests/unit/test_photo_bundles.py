"""Photos in bundles (issue 26, item 4): pictures travel covered by the hashes and
the signature, can be left out, and a bundle whose picture was altered is refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from sim_facilitator.domain.photos.records import add_photo, photo_bytes, photos_of
from sim_facilitator.domain.tables.records import create_tables
from sim_facilitator.domain.workshops import add_agenda_item, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.importer import IMPORTED, REFUSED, import_file
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import build_bundle
from tests.helpers.cli import run_cli
from tests.helpers.pictures import phone_photo
from tests.helpers.stores import make_store


def _laptop(tmp_path: Path) -> tuple[Store, str, list[str]]:
    store = make_store(tmp_path / "a.db")
    workshop = create_workshop(store, "Atelier de Tiznit")
    agenda = add_agenda_item(store, workshop, "Tables", 30)
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    photos = [
        add_photo(store, workshop, phone_photo(1600, 1200, seed=n), f"IMG_{n}.jpg", table_id=t)
        for n, t in ((1, a), (2, a), (3, b))
    ]
    return store, workshop, photos


def test_photos_travel_in_the_bundle_and_arrive_identical(tmp_path: Path) -> None:
    store, workshop, _ = _laptop(tmp_path)
    data, manifest = build_bundle(store, [workshop])
    assert manifest["blob_count"] == 3
    assert manifest["min_reader_version"] == "1.2"
    assert "photos_left_out" not in manifest
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == [F.MANIFEST, F.SIGNATURE, F.OPS, F.BLOBS]
    verified = read_bundle(data)
    assert len(verified.manifest.blobs) == 3
    other = make_store(tmp_path / "b.db")
    assert (
        import_file(other, data, trust_new_devices=True, file_name="p.simbundle").status == IMPORTED
    )
    mine = {p["sha256"]: photo_bytes(store, p) for p in photos_of(store, workshop)}
    theirs = {p["sha256"]: photo_bytes(other, p) for p in photos_of(other, workshop)}
    assert mine == theirs
    assert all(theirs.values())
    assert dump_text(other.db) == dump_text(store.db)
    # Importing it again changes nothing.
    again = import_file(other, data, trust_new_devices=True, file_name="p.simbundle")
    assert again.status == IMPORTED
    assert dump_text(other.db) == dump_text(store.db)


def test_photos_can_be_left_out_and_arrive_later(tmp_path: Path) -> None:
    store, workshop, _ = _laptop(tmp_path)
    small, manifest = build_bundle(store, [workshop], photos=False)
    full, _ = build_bundle(store, [workshop])
    assert manifest["photos_left_out"] is True
    assert "blob_count" not in manifest
    assert len(small) < len(full) / 5
    other = make_store(tmp_path / "b.db")
    assert (
        import_file(other, small, trust_new_devices=True, file_name="s.simbundle").status
        == IMPORTED
    )
    assert len(photos_of(other, workshop)) == 3
    assert all(photo_bytes(other, p) is None for p in photos_of(other, workshop))
    # Passed on from there: still says they are left out (it never had them).
    _, relayed = build_bundle(other, [workshop])
    assert relayed["photos_left_out"] is True
    assert (
        import_file(other, full, trust_new_devices=True, file_name="f.simbundle").status == IMPORTED
    )
    assert all(photo_bytes(other, p) for p in photos_of(other, workshop))


def _blobs_span(data: bytes) -> tuple[int, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(F.BLOBS)
    start = info.header_offset + 30 + len(F.BLOBS)
    return start, start + info.compress_size


@pytest.mark.parametrize("where", [0.0, 0.01, 0.5, 0.99])
def test_a_bundle_whose_photo_was_altered_is_refused(tmp_path: Path, where: float) -> None:
    store, workshop, _ = _laptop(tmp_path)
    data, _ = build_bundle(store, [workshop])
    start, end = _blobs_span(data)
    spot = start + int((end - start - 1) * where)
    altered = bytearray(data)
    altered[spot] ^= 0x01
    with pytest.raises(BundleError):
        read_bundle(bytes(altered))
    other = make_store(tmp_path / "b.db")
    before = dump_text(other.db)
    report = import_file(other, bytes(altered), trust_new_devices=True, file_name="x.simbundle")
    assert report.status == REFUSED
    assert dump_text(other.db) == before
    assert photos_of(other, workshop) == []


def test_verify_states_the_photos_size_before_import(tmp_path: Path) -> None:
    store, workshop, _ = _laptop(tmp_path)
    data, manifest = build_bundle(store, [workshop])
    path = tmp_path / "p.simbundle"
    path.write_bytes(data)
    done = run_cli("verify", str(path))
    assert done.returncode == 0, done.stderr
    assert f"photos carried: 3 ({manifest['blobs_bytes']} bytes)" in done.stdout
