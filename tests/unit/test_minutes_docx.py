"""The editable minutes (.docx), read back with python-docx: right to left in OOXML on every
Arabic paragraph and run, A4, Word headings, repeating header rows, mirrored tables in Arabic
only, the Arabic font embedded, the PDF's sections in the PDF's order, consent respected."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from sim_facilitator.domain.demo import PARTICIPANTS, create_demo
from sim_facilitator.engine.store import Store
from sim_facilitator.export.docx.document import ARABIC_FONT, script_runs
from sim_facilitator.export.docx.embedded_fonts import obfuscate
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.document import MinutesError
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.export.minutes.word import write_docx_minutes
from sim_facilitator.resources import fonts_dir
from tests.helpers.cli import run_cli

# the level-1 sections of the minutes, in the PDF's order (sections.build_story)
SECTIONS = [
    "attendance",
    "agenda",
    "decisions_summary",
    "ideas_by_question",
    "ideas_by_principle",
    "clusters",
    "coverage",
    "votes",
    "actions",
    "signoff",
]


def _has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


def _first_strong_is_arabic(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _all_paragraphs(document: Any) -> list[Any]:
    """Body, table cells, header and footer paragraphs: every ``w:p`` of the document."""
    paragraphs = list(document.element.body.iter(qn("w:p")))
    section = document.sections[0]
    for part in (section.header, section.footer):
        paragraphs += list(part._element.iter(qn("w:p")))
    return paragraphs


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


@pytest.fixture
def demo(store: Store) -> tuple[Store, str]:
    return store, create_demo(store)


def _write(demo: tuple[Store, str], lang: str, tmp_path: Path) -> Any:
    store, workshop = demo
    path = tmp_path / f"minutes-{lang}.docx"
    result = write_docx_minutes(store, workshop, lang, path)
    assert result.path == path
    assert result.size == path.stat().st_size
    return docx.Document(str(path))


@pytest.mark.parametrize("lang", ["ar", "ar+fr"])
def test_every_arabic_paragraph_and_run_carries_its_bidi_properties(
    demo: tuple[Store, str], lang: str, tmp_path: Path
) -> None:
    document = _write(demo, lang, tmp_path)
    arabic_paragraphs = arabic_runs = 0
    for p in _all_paragraphs(document):
        text = _text(p)
        ppr = p.find(qn("w:pPr"))
        if _first_strong_is_arabic(text):
            arabic_paragraphs += 1
            bidi = ppr.find(qn("w:bidi"))
            assert bidi is not None, text
            assert bidi.get(qn("w:val")) in (None, "1", "true"), text
            # LibreOffice reads jc=right as left in a right-to-left paragraph
            jc = ppr.find(qn("w:jc"))
            assert jc is None or jc.get(qn("w:val")) == "center", text
        for r in p.iter(qn("w:r")):
            run_text = "".join(t.text or "" for t in r.iter(qn("w:t")))
            if not _has_arabic(run_text):
                continue
            arabic_runs += 1
            rpr = r.find(qn("w:rPr"))
            assert rpr is not None, run_text
            assert rpr.find(qn("w:rtl")) is not None, run_text
            assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) == ARABIC_FONT
            assert rpr.find(qn("w:rFonts")).get(qn("w:cstheme")) is None
            sz, sz_cs = rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))
            assert sz_cs is not None
            assert sz_cs.get(qn("w:val")) == sz.get(qn("w:val"))
            assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "ar-MA"
            if rpr.find(qn("w:b")) is not None:
                assert rpr.find(qn("w:bCs")) is not None, run_text
    assert arabic_paragraphs > 100
    assert arabic_runs > 100


def test_latin_words_inside_arabic_get_their_own_left_to_right_runs() -> None:
    assert script_runs("ورشة Fès-Meknès 2025") == [("ورشة ", True), ("Fès-Meknès 2025", False)]
    assert script_runs("(12) نص") == [("(12) نص", True)]
    assert script_runs("—") == [("—", False)]


def test_arabic_minutes_mirror_tables_and_section_french_does_not(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    ar = _write(demo, "ar", tmp_path)
    fr = _write(demo, "fr", tmp_path)
    assert ar.tables
    assert fr.tables
    for table in ar.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    for table in fr.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is None
    assert ar.sections[0]._sectPr.find(qn("w:bidi")) is not None
    assert fr.sections[0]._sectPr.find(qn("w:bidi")) is None
    # the style defaults say the same: Arabic font, size and language everywhere,
    # paragraphs right to left in the Arabic minutes only
    for document, rtl in ((ar, True), (fr, False)):
        defaults = document.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) == ARABIC_FONT
        assert rpr.find(qn("w:szCs")) is not None
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "ar-MA"
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        assert (ppr.find(qn("w:bidi")) is not None) is rtl
        heading = document.styles["Heading 1"].element.find(qn("w:rPr"))
        assert heading.find(qn("w:rFonts")).get(qn("w:cs")) == ARABIC_FONT
        assert heading.find(qn("w:rFonts")).get(qn("w:cstheme")) is None
        assert heading.find(qn("w:bCs")) is not None


@pytest.mark.parametrize("lang", ["ar", "fr", "en", "ar+fr"])
def test_a4_word_headings_in_the_pdf_order_and_repeating_header_rows(
    demo: tuple[Store, str], lang: str, tmp_path: Path
) -> None:
    document = _write(demo, lang, tmp_path)
    section = document.sections[0]
    size = section._sectPr.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")  # A4
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    langs = ["ar", "fr"] if lang == "ar+fr" else [lang]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [" — ".join(ML.label(key, x) for x in langs) for key in SECTIONS]
    assert headings == expected
    assert [p.text for p in document.paragraphs if p.style.name == "Title"]
    questions = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert any(q.startswith("Q1 — ") for q in questions)
    with_header = [t for t in document.tables if t.rows[0]._tr.trPr is not None]
    repeating = [t for t in with_header if t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(repeating) >= 6  # attendance breakdowns, agenda, coverage, votes, actions
    for t in repeating:  # only the first row repeats
        assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in t.rows[1:])


def test_every_shown_idea_and_the_fingerprint_are_in_the_docx(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    store, workshop = demo
    record = collect(store, workshop)
    document = _write(demo, "ar", tmp_path)
    body = "\n".join(_text(p) for p in _all_paragraphs(document))
    for idea in record.ideas:
        assert idea["text"] in body
    assert record.fingerprint in body  # in the footer of every page
    assert record.fingerprint in document.core_properties.keywords
    # grouped numbers are never separated by a plain space (bidi reorders those)
    assert not re.search(r"\d \d{3}\b", body)


def test_only_participants_who_consented_are_named(demo: tuple[Store, str], tmp_path: Path) -> None:
    document = _write(demo, "fr", tmp_path)
    body = "\n".join(_text(p) for p in _all_paragraphs(document))
    for name, _org, _kind, _gender, _age, consent in PARTICIPANTS:
        assert (name in body) is consent, name


def test_the_arabic_font_is_embedded_and_deobfuscates_to_the_shipped_file(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    _write(demo, "ar", tmp_path)
    with zipfile.ZipFile(tmp_path / "minutes-ar.docx") as archive:
        table = archive.read("word/fontTable.xml").decode()
        rels = archive.read("word/_rels/fontTable.xml.rels").decode()
        settings = archive.read("word/settings.xml").decode()
        key = re.search(r'w:name="Noto Sans Arabic".*?w:fontKey="(\{[^"]+\})"', table, re.S)
        assert key is not None
        target = re.search(r'Target="([^"]*Regular\.odttf)"', rels)
        assert target is not None
        stored = archive.read("word/" + target.group(1).lstrip("/").removeprefix("word/"))
    shipped = (fonts_dir() / "NotoSansArabic-Regular.ttf").read_bytes()
    assert stored != shipped  # obfuscated as the standard requires
    assert obfuscate(stored, key.group(1)) == shipped
    assert "embedTrueTypeFonts" in settings


def test_cli_writes_word_when_the_file_name_ends_in_docx(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    workshop = run_cli("demo", "--db", db).stdout.strip()
    out = tmp_path / "pv.docx"
    done = run_cli("minutes", "--db", db, "--workshop", workshop, "--lang", "ar", "-o", str(out))
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    assert document.paragraphs[0].style.name == "Title"
    assert "fingerprint" in done.stdout
    missing = str(tmp_path / "no" / "x.docx")
    bad = run_cli("minutes", "--db", db, "--workshop", workshop, "-o", missing)
    assert bad.returncode != 0
    assert not (tmp_path / "no").exists()


def test_a_missing_folder_is_refused_and_nothing_is_written(
    demo: tuple[Store, str], tmp_path: Path
) -> None:
    store, workshop = demo
    with pytest.raises(MinutesError):
        write_docx_minutes(store, workshop, "fr", tmp_path / "missing" / "m.docx")
    assert not list(tmp_path.rglob("*.docx"))
    assert not list(tmp_path.rglob("*.partial"))


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def test_every_property_element_is_in_schema_order(demo: tuple[Store, str], tmp_path: Path) -> None:
    """Word refuses a file whose property elements are out of the schema's order."""
    from lxml import etree

    from sim_facilitator.export.docx import ooxml as X

    orders = {
        "pPr": X.PPR_ORDER,
        "rPr": X.RPR_ORDER,
        "tblPr": X.TBLPR_ORDER,
        "trPr": X.TRPR_ORDER,
        "tcPr": X.TCPR_ORDER,
        "sectPr": X.SECTPR_ORDER,
    }
    _write(demo, "ar", tmp_path)
    checked = 0
    with zipfile.ZipFile(tmp_path / "minutes-ar.docx") as archive:
        for name in ("word/document.xml", "word/styles.xml", "word/footer1.xml"):
            root = etree.fromstring(archive.read(name))
            for element in root.iter():
                order = orders.get(_local(element.tag))
                if order is None:
                    continue
                # w14 extensions and change tracking come last; everything else in order
                names = [_local(c.tag) for c in element if _local(c.tag) in order]
                positions = [order.index(n) for n in names]
                assert positions == sorted(positions), (name, _local(element.tag), names)
                checked += 1
        settings = etree.fromstring(archive.read("word/settings.xml"))
        children = [_local(c.tag) for c in settings]
        assert "embedTrueTypeFonts" in children
        # nothing the schema puts after it (zoom is before; proofState, defaultTabStop after)
        before = set(X.SETTINGS_ORDER[: X.SETTINGS_ORDER.index("embedTrueTypeFonts")])
        assert all(c in before for c in children[: children.index("embedTrueTypeFonts")])
    assert checked > 1000
