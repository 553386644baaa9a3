"""Ideas tagged with their breakout table, and the minutes' section per table
(issue 26, items 2 and 5): question, members who agreed to be named, scribe,
reporter and the table's ideas."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.tables.records import create_tables, seat, set_roles
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes
from tests.helpers.stores import make_store

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
PRIVATE = "Hassan Sans-Consentement"


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = re.sub("[\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", out))
    return re.sub(r"\s+", " ", out)


def _workshop(tmp_path: Path) -> tuple[Store, str, list[str]]:
    store = make_store(tmp_path / "m.db")
    workshop = create_workshop(store, "Consultation régionale de Tiznit")
    agenda = add_agenda_item(store, workshop, "Travail en groupes", 60)
    a, b = create_tables(
        store,
        workshop,
        agenda,
        ["Table Argane", "Table Safran"],
        ["Comment financer les coopératives ?", "Quels services de proximité ?"],
    )
    amina = add_participant(store, workshop, "Amina Benali", consent_named=True)
    karim = add_participant(store, workshop, "Karim Ouhadi", consent_named=True)
    hidden = add_participant(store, workshop, PRIVATE, consent_named=False)
    for person in (amina, karim, hidden):
        seat(store, workshop, person, a)
    set_roles(store, workshop, a, scribe_id=amina, reporter_id=hidden)
    add_idea(store, workshop, "Un fonds de garantie régional", table_id=a)
    add_idea(store, workshop, "صندوق دعم التعاونيات النسائية", table_id=a)
    add_idea(store, workshop, "Des guichets mobiles dans les douars", table_id=b)
    add_idea(store, workshop, "Une idée de la plénière")
    return store, workshop, [a, b]


def test_an_idea_only_takes_a_table_of_its_workshop(tmp_path: Path) -> None:
    store, workshop, (a, _b) = _workshop(tmp_path)
    other = create_workshop(store, "Autre atelier")
    with pytest.raises(DomainError, match="another workshop"):
        add_idea(store, other, "Idée égarée", table_id=a)
    with pytest.raises(DomainError, match="no breakout_table"):
        add_idea(store, workshop, "Idée sans table connue", table_id="missing")
    tagged = [i for i in store.in_workshop("idea", workshop) if i["table_id"] == a]
    assert len(tagged) == 2


@needs_poppler
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_minutes_have_a_section_per_table(tmp_path: Path, lang: str) -> None:
    store, workshop, _ = _workshop(tmp_path)
    pdf = tmp_path / f"m-{lang}.pdf"
    write_minutes(store, workshop, lang, pdf)
    text = _text(pdf)
    heading = {"fr": "Travail en tables", "ar": "طاولات العمل"}[lang]
    assert heading in text
    section = text[text.rindex("Table Argane") :]
    assert "Comment financer les coopératives" in section
    assert "Amina Benali" in section
    assert "Karim Ouhadi" in section
    assert PRIVATE not in text  # a member who did not consent is counted, not named
    more = {"fr": "1 autre(s) n'ayant pas accepté", "ar": "آخرون لم يوافقوا"}[lang]
    assert more in section
    safran = section.index("Table Safran")
    assert section.index("Un fonds de garantie régional") < safran
    assert "Des guichets mobiles dans les douars" in section[safran:]
    assert "Une idée de la plénière" not in section[safran:]


needs_pdfimages = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs pdfimages")


@needs_poppler
@needs_pdfimages
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_minutes_annex_has_one_photo_per_page_without_gps(tmp_path: Path, lang: str) -> None:
    from sim_facilitator.domain.photos.records import add_photo
    from tests.helpers.pictures import phone_photo

    store, workshop, (a, _b) = _workshop(tmp_path)
    raw = phone_photo(3000, 2000, seed=11)
    assert b"Model-Secret-42" in raw
    add_photo(store, workshop, raw, "IMG_7.jpg", table_id=a, caption="Le tableau de la table")
    add_photo(store, workshop, phone_photo(1200, 1600, seed=12), "IMG_8.jpg")
    pdf = tmp_path / f"photos-{lang}.pdf"
    result = write_minutes(store, workshop, lang, pdf)
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    images = [line.split() for line in listed]
    assert [(int(i[3]), int(i[4]), i[8]) for i in images] == [
        (2000, 1333, "jpeg"),
        (1200, 1600, "jpeg"),
    ]
    pages = {int(i[0]) for i in images}
    assert len(pages) == 2  # one photo per page
    assert max(pages) == result.pages
    text = _text(pdf)
    assert "Le tableau de la table" in text
    assert "Table Argane" in text[text.rindex("Le tableau") - 200 :]
    extracted = tmp_path / "img"
    subprocess.run(["pdfimages", "-j", str(pdf), str(extracted)], check=True)
    for path in tmp_path.glob("img-*.jpg"):
        data = path.read_bytes()
        assert b"Model-Secret-42" not in data
        assert b"PhoneMakerX" not in data
        assert b"Exif" not in data


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_word_minutes_carry_the_tables_and_the_photos(tmp_path: Path, lang: str) -> None:
    """The editable minutes have the same table section and photo annex as the PDF."""
    import zipfile

    from docx import Document

    from sim_facilitator.domain.photos.records import add_photo
    from sim_facilitator.export.minutes.word import write_docx_minutes
    from tests.helpers.pictures import phone_photo

    store, workshop, (a, _b) = _workshop(tmp_path)
    add_photo(store, workshop, phone_photo(3000, 2000, seed=11), "IMG_7.jpg", table_id=a)
    add_photo(store, workshop, phone_photo(1200, 1600, seed=12), "IMG_8.jpg")
    path = tmp_path / f"tables-{lang}.docx"
    write_docx_minutes(store, workshop, lang, path)
    with zipfile.ZipFile(path) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        pictures = [package.read(n) for n in media]
    jpegs = [p for p in pictures if p.startswith(b"\xff\xd8")]
    assert len(jpegs) == 2
    assert all(b"Model-Secret-42" not in p and b"Exif" not in p for p in jpegs)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    tables_text = "\n".join(
        cell.text
        for table in Document(str(path)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Table Argane" in text
    assert "Comment financer les coopératives ?" in tables_text
    assert "Un fonds de garantie régional" in text
    assert PRIVATE not in text + tables_text
    breaks = Document(str(path)).element.body.xml.count('w:type="page"')
    assert breaks >= 2  # one page per photo
