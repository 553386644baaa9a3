"""Text of the minutes: the fast bidi resolver agrees with python-bidi; the PDF text
writer (``pdf_text``) keeps every glyph extractable."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim_facilitator.export.pdf.bidi_text import _IMPLICIT_ONLY, embedding_levels, general_levels

# every class the fast path handles: letters of both directions, European and Arabic
# digits, separators, terminators, Arabic marks, spaces and other neutrals
ALPHABET = (
    "abcXYZ" + "بصمةلا" + "עב" + "0123" + "٠١٢" + "+-" + "%$#" + ",.:/" + "\u064e\u0651"
) + " ()«»!؟،"


def test_the_alphabet_covers_every_class_of_the_fast_path() -> None:
    assert {unicodedata.bidirectional(c) for c in ALPHABET} == _IMPLICIT_ONLY


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40), st.booleans())
def test_fast_levels_equal_python_bidi(text: str, rtl: bool) -> None:
    assert embedding_levels(text, rtl) == general_levels(text, rtl)


def test_known_cases() -> None:
    # digits inside Arabic stay left to right (level 2), the final full stop follows the base
    assert embedding_levels("يوم 12 مارس", rtl=True) == [1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1]
    assert embedding_levels("12.", rtl=True) == [2, 2, 1]
    # an Arabic word in a French sentence, the space before it stays left to right
    assert embedding_levels("le mot بصمة ici", rtl=False)[6:12] == [0, 1, 1, 1, 1, 0]


def _pdf_text(paragraphs: list[str], path: Path) -> str:
    from reportlab.platypus import SimpleDocTemplate

    from sim_facilitator.export.pdf.bidi_text import TextShaper
    from sim_facilitator.export.pdf.flowables import BidiParagraph, TextStyle
    from sim_facilitator.export.pdf.fonts import register_fonts

    fonts = register_fonts()
    shaper = TextShaper()
    style = TextStyle(fonts.regular, size=10, leading=14)
    SimpleDocTemplate(str(path)).build([BidiParagraph(t, style, shaper) for t in paragraphs])
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_more_glyphs_than_one_subset_come_back(tmp_path: Path) -> None:
    # reportlab subsets hold 256 codes (ASCII already in the first): 300 more distinct
    # letters switch subsets in the middle of a line
    from reportlab.pdfbase import pdfmetrics

    from sim_facilitator.export.pdf.fonts import register_fonts

    cmap = pdfmetrics.getFont(register_fonts().regular.latin).face.charToGlyph
    letters = [
        chr(c)
        for c in [*range(0x100, 0x250), *range(0x391, 0x3CA), *range(0x410, 0x450)]
        if unicodedata.category(chr(c)) in ("Ll", "Lu") and c in cmap
    ]
    words = ["".join(letters[i : i + 8]) for i in range(0, len(letters), 8)]
    assert len(letters) > 300
    text = _pdf_text([" ".join(words), "بصمة المحتوى " + " ".join(words[:3])], tmp_path / "g.pdf")
    flat = re.sub(r"\s+", "", text)
    for word in words:
        assert unicodedata.normalize("NFKC", word) in flat, word
    assert "بصمة المحتوى" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_a_word_drawn_many_times_is_written_once_per_use(tmp_path: Path) -> None:
    # the cached encoding of a word is reused: every occurrence comes back, in order
    text = _pdf_text([" ".join(f"ورشة {n}" for n in range(40))], tmp_path / "w.pdf")
    assert re.sub(r"\s+", " ", text).count("ورشة") == 40


@pytest.mark.parametrize("size", [8.5, 11])
def test_own_shaping_equals_reportlabs(size: float) -> None:
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import shapeFragWord

    from sim_facilitator.export.pdf.bidi_text import SHAPING_FEATURES, _shape
    from sim_facilitator.export.pdf.fonts import register_fonts

    fonts = register_fonts()
    words = ["لا", "بصمة", "المحتوى", "مُحَمَّدٌ", "الصَّابِرِينَ", "اللّٰه", "؟", "١٢٣", "ورشة:", "إشراك"]
    for font in (fonts.regular.arabic, fonts.bold.arabic):
        for word in words:
            ours = _shape(word, font, size)
            frag = [0.0, (ABag(fontName=font, fontSize=size), word)]
            theirs = shapeFragWord(frag, features=SHAPING_FEATURES)[1][1]
            assert ours == theirs, word
            assert getattr(ours, "__shapeData__", None) == getattr(theirs, "__shapeData__", None)
