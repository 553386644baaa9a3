"""The editable minutes as LibreOffice shows them: each .docx converted once to PDF by
LibreOffice (a private profile, a time limit), then read with poppler.

Arabic must extract in logical order, tables must be mirrored in the Arabic minutes and not in
the French ones, every section of the PDF minutes must be there, and every page must carry the
content fingerprint in its footer.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.minutes.record import Record, collect
from sim_facilitator.export.minutes.word import write_docx_minutes
from tests.helpers.stores import make_store
from tests.unit.test_minutes_docx import SECTIONS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="needs LibreOffice (libreoffice-writer-nogui) and poppler-utils",
)
MODES = ("ar", "fr", "ar+fr")


def _pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def _fold(text: str) -> str:
    """The letters and digits of ``text`` in their logical order, and nothing else.

    Poppler places spaces and punctuation next to numbers and neutrals by where they are
    drawn, and LibreOffice draws lam-alef as one ligature that poppler extracts alef first;
    so spaces, punctuation, lam and alef are left out. A line in visual (reversed) order
    still fails.
    """
    text = unicodedata.normalize("NFKC", text)  # Arabic presentation forms to letters
    kept = (ch for ch in text if unicodedata.category(ch)[0] in "LN")
    return re.sub("[\u0644\u0627\u0623\u0625\u0622]", "", "".join(kept))


class Converted(NamedTuple):
    root: Path  # the .docx and the app's own PDFs
    out: Path  # LibreOffice's PDFs
    record: Record


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Converted:
    """The demo minutes as .docx in three modes, converted by LibreOffice in one run."""
    root = tmp_path_factory.mktemp("docx-lo")
    store = make_store(root / "demo.db")
    workshop = create_demo(store)
    for mode in MODES:
        write_docx_minutes(store, workshop, mode, root / f"m-{mode}.docx")
        write_minutes(store, workshop, mode, root / f"m-{mode}-app.pdf")
    out = root / "lo"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{root / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *(str(root / f"m-{mode}.docx") for mode in MODES),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    return Converted(root, out, collect(store, workshop))


def _lo_pdf(converted: Converted, mode: str) -> Path:
    path = converted.out / f"m-{mode}.pdf"
    assert path.is_file(), f"LibreOffice wrote no PDF for {mode}"
    return path


def _words(path: Path, page: int = 1) -> list[tuple[float, str]]:
    """(x of the left edge, word) of every word on ``page``, as poppler places them."""
    xml = _pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    return [
        (float(x), html.unescape(word))
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', xml)
    ]


def _x(words: list[tuple[float, str]], word: str) -> float:
    """Poppler writes an Arabic word's letters in visual order: match either way."""
    for x, w in words:
        if w in (word, word[::-1]):
            return x
    raise AssertionError(f"{word!r} not on the page: {[w for _x, w in words][:40]}")


def _phrases(text: str) -> list[str]:
    """The runs of words of ``text`` between punctuation and numbers, folded.

    Poppler orders the pieces of a mixed line (an idea's number, a colon, the Arabic
    words) by its own guess of the line's direction, which depends on the lines around
    it; the words of each piece stay in their order. A line extracted in visual order
    reverses them, and fails.
    """
    pieces = re.split(r"[^\w\s]|\d|_", text)
    return [_fold(p) for p in pieces if len(p.split()) >= 2]


@pytest.mark.parametrize("mode", MODES)
def test_arabic_extracts_in_logical_order(converted: Converted, mode: str) -> None:
    text = _fold(_pdftotext(_lo_pdf(converted, mode)))
    record = converted.record
    arabic = [str(i["text"]) for i in record.ideas if i.get("direction") == "rtl"]
    assert len(arabic) >= 15
    checked = 0
    for idea in [*arabic, str(record.workshop["title"])]:
        for phrase in _phrases(idea):
            assert phrase in text, (idea, phrase)
            checked += 1
    assert checked >= len(arabic)
    # the same check fails on a reversed line (it can fail)
    backwards = " ".join(reversed(arabic[0].split()))
    assert not all(p in text for p in _phrases(backwards))


def test_tables_are_mirrored_in_arabic_and_not_in_french(converted: Converted) -> None:
    # the cover table: label | value, in reading order
    ar = _words(_lo_pdf(converted, "ar"))
    assert _x(ar, "Maison") < _x(ar, ML.label("venue", "ar")), "Arabic label not on the right"
    fr = _words(_lo_pdf(converted, "fr"))
    assert _x(fr, ML.label("venue", "fr")) < _x(fr, "Maison"), "French label not on the left"
    # a table with a header row: the agenda's "#" column starts the reading order
    for mode, rtl in (("ar", True), ("fr", False)):
        pdf = _lo_pdf(converted, mode)
        page = next(
            n
            for n in range(1, 6)
            if any(w == "#" for _x0, w in _words(pdf, n))
            and ML.label("item", mode)[:: -1 if rtl else 1] in {w for _x0, w in _words(pdf, n)}
        )
        words = _words(pdf, page)
        number_x, item_x = _x(words, "#"), _x(words, ML.label("item", mode))
        assert (number_x > item_x) is rtl, mode


@pytest.mark.parametrize("mode", MODES)
def test_every_section_of_the_pdf_minutes_is_there(converted: Converted, mode: str) -> None:
    root = converted.root
    word = _fold(_pdftotext(_lo_pdf(converted, mode)))
    pdf = _fold(_pdftotext(root / f"m-{mode}-app.pdf"))
    langs = ["ar", "fr"] if mode == "ar+fr" else [mode]
    for key in SECTIONS:
        for lang in langs:
            label = _fold(ML.label(key, lang))
            assert label in pdf, f"{key} not in the PDF minutes (the check can fail)"
            assert label in word, f"{key} ({lang}) missing from the Word minutes"
    for idea in converted.record.ideas:  # every idea (their order: the test above)
        for phrase in _phrases(str(idea["text"])):
            assert phrase in word, idea["text"]
    assert _fold(converted.record.fingerprint) in word


def test_every_page_carries_the_fingerprint(converted: Converted) -> None:
    for mode in MODES:
        pdf = _lo_pdf(converted, mode)
        pages = _pdftotext(pdf).split("\f")
        pages = [p for p in pages if p.strip()]
        assert len(pages) > 3
        for page in pages:
            assert converted.record.fingerprint in page, mode


def test_libreoffice_uses_the_embedded_arabic_font(converted: Converted) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(_lo_pdf(converted, "ar"))],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "NotoSansArabic-Regular" in fonts
    assert "NotoSansArabic-Bold" in fonts
