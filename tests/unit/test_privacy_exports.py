"""Privacy on every export: a participant who did not consent is never named outside the
laptop the name was entered on — not in a bundle, the open-data CSV, the minutes, the
national synthesis, nor anything the coordinator exports after importing."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant
from sim_facilitator.engine.store import Store, pseudonym
from sim_facilitator.export.bundle.importer import import_bundles
from sim_facilitator.export.bundle.writer import export_bundle
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.open_data import export_open_data
from sim_facilitator.export.synthesis.document import write_synthesis
from tests.helpers.stores import make_store

SECRET_NAMES = ("Zineb Qadiri-Secret", "ليلى السرية")
PUBLIC_NAME = "Karim Public-Named"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return unicodedata.normalize("NFKC", out)


def _bundle_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def _folder_text(folder: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8-sig") for p in sorted(folder.glob("*.csv")))


SECRET_PARTS = ("Qadiri-Secret", "السرية")


def _assert_private(text: str, where: str) -> None:
    for part in (*SECRET_NAMES, *SECRET_PARTS):
        assert part not in text, f"{part!r} leaked into {where}"


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Store, str, list[str]]:
    store = make_store(tmp_path / "laptop.db")
    workshop = create_demo(store, region="Drâa-Tafilalet", date="2025-07-01", participants=6)
    shy = [add_participant(store, workshop, name, consent_named=False) for name in SECRET_NAMES]
    add_participant(store, workshop, PUBLIC_NAME, consent_named=True)
    add_idea(store, workshop, "فكرة من مشاركة لم توافق على ذكر اسمها", author_id=shy[1])
    # The facilitator still sees the real names on this laptop.
    assert {p["name"] for p in store.in_workshop("participant", workshop)} >= set(SECRET_NAMES)
    return store, workshop, shy


@needs_poppler
def test_no_export_names_a_participant_who_did_not_consent(
    laptop: tuple[Store, str, list[str]], tmp_path: Path
) -> None:
    store, workshop, shy = laptop
    out = tmp_path / "out"
    out.mkdir()

    # 1. The bundle carries the pseudonym, never the name.
    bundle = out / "workshop.simbundle"
    export_bundle(store, bundle, [workshop])
    text = _bundle_text(bundle)
    _assert_private(text, "the bundle")
    assert PUBLIC_NAME in text, "a consenting participant is shared (the check can fail)"
    assert pseudonym(shy[0]) in text

    # 2. Open data: no names at all.
    export_open_data(store, out / "opendata", None, "fr")
    _assert_private(_folder_text(out / "opendata"), "the open-data CSV")

    # 3. The minutes, in every language.
    for lang in ("ar", "fr", "en", "ar+fr"):
        pdf = out / f"minutes-{lang}.pdf"
        write_minutes(store, workshop, lang, pdf)
        _assert_private(_pdf_text(pdf), f"the {lang} minutes")

    # 4. The synthesis made on the laptop itself.
    write_synthesis(store, "ar+fr", out / "synthesis-laptop.pdf")
    _assert_private(_pdf_text(out / "synthesis-laptop.pdf"), "the laptop's synthesis")

    # 5. The coordinator: its database, its synthesis, open data and re-exported bundle.
    coordinator = make_store(tmp_path / "coordinator.db")
    assert all(r.ok for r in import_bundles(coordinator, [bundle], trust_new_devices=True))
    names = {p["name"] for p in coordinator.list("participant")}
    assert PUBLIC_NAME in names
    assert pseudonym(shy[0]) in names
    assert not names & set(SECRET_NAMES)
    for lang in ("ar", "fr", "en", "ar+fr"):
        pdf = out / f"synthesis-{lang}.pdf"
        write_synthesis(coordinator, lang, pdf)
        _assert_private(_pdf_text(pdf), f"the coordinator's {lang} synthesis")
        write_minutes(coordinator, workshop, lang, out / f"coord-minutes-{lang}.pdf")
        _assert_private(_pdf_text(out / f"coord-minutes-{lang}.pdf"), "the coordinator's minutes")
    export_open_data(coordinator, out / "coord-opendata", None, "ar")
    _assert_private(_folder_text(out / "coord-opendata"), "the coordinator's open data")
    export_bundle(coordinator, out / "national.simbundle", [workshop])
    _assert_private(_bundle_text(out / "national.simbundle"), "the coordinator's bundle")
    coordinator.db.conn.close()
    raw = (tmp_path / "coordinator.db").read_bytes()
    for name in SECRET_NAMES:
        assert name.encode("utf-8") not in raw
