"""Mixed Arabic/Latin lines for the PDF: direction, order, shaping, fonts, wrapping."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sim_facilitator.export.pdf.bidi_text import (
    TextShaper,
    base_direction,
    embedding_levels,
    visual_order,
)
from sim_facilitator.export.pdf.fonts import register_fonts

MIXED = "نظمت جمعية Tadamon Maroc يوم 12 مارس 2025 ورشة"


@pytest.fixture(scope="module")
def fonts():  # type: ignore[no-untyped-def]
    return register_fonts()


def visual_text(line) -> str:  # type: ignore[no-untyped-def]
    """The line as a reader sees it from left to right, one string per run."""
    return " | ".join(run.text for run in line.runs)


def test_base_direction_comes_from_the_first_strong_character() -> None:
    assert base_direction("12 - ورشة Rabat") == "rtl"
    assert base_direction("« Thème : اللقاء »") == "ltr"
    assert base_direction("2025", default="rtl") == "rtl"


def test_visual_order_reverses_right_to_left_levels() -> None:
    assert visual_order([0, 0, 0]) == [0, 1, 2]
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    # Arabic, a number inside it, Arabic: the number stays left-to-right in place
    assert visual_order([1, 2, 1]) == [2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]


def test_numbers_inside_arabic_keep_their_digit_order() -> None:
    levels = embedding_levels("يوم 12 مارس", rtl=True)
    assert levels[4:6] == [2, 2]
    assert levels[0] == 1


def test_mixed_line_reads_right_to_left_with_latin_words_in_place(fonts) -> None:  # type: ignore[no-untyped-def]
    shaper = TextShaper()
    (line,) = shaper.lines(MIXED, fonts.regular, 10, 1000)
    assert line.rtl
    runs = [r.text for r in line.runs]
    # from the left edge: the last words of the sentence come first
    assert runs[0].strip() == "ورشة"
    assert runs[-1].startswith("نظمت جمعية")
    assert runs.index("Tadamon Maroc") < len(runs) - 1
    order = [runs.index(t) for t in ("2025", "12", "Tadamon Maroc")]
    assert order == sorted(order)
    # every run has its own font: Latin letters never in the Arabic font
    for run in line.runs:
        has_arabic = any("\u0600" <= c <= "\u06ff" for c in run.text)
        assert (run.font == fonts.regular.arabic) == has_arabic, run


def test_arabic_is_shaped_with_joined_letters_and_lam_alef(fonts) -> None:  # type: ignore[no-untyped-def]
    shaper = TextShaper()
    payload, _ = shaper.shaped("لا", fonts.regular.arabic, 10, rtl=True)
    assert len(payload.__shapeData__) == 1  # type: ignore[attr-defined] - one lam-alef glyph
    joined, width = shaper.shaped("بصمة", fonts.regular.arabic, 10, rtl=True)
    isolated = sum(shaper.shaped(c, fonts.regular.arabic, 10, rtl=True)[1] for c in "بصمة")
    assert width < isolated  # joined forms are narrower than four isolated letters


def test_brackets_are_mirrored_in_right_to_left_runs(fonts) -> None:  # type: ignore[no-untyped-def]
    shaper = TextShaper()
    (line,) = shaper.lines("الجمعية (الرباط) نشيطة", fonts.regular, 10, 1000)
    drawn = "".join(str(r.payload) for r in line.runs if r.font == fonts.regular.latin)
    # Logical "(" sits at the right of "الرباط" and is drawn mirrored as ")"; from the left
    # edge the page shows "(الرباط)". Without mirroring it would read ")الرباط(".
    assert drawn.replace(" ", "") == "()"


def test_wrapping_keeps_logical_order_for_right_to_left_text(fonts) -> None:  # type: ignore[no-untyped-def]
    shaper = TextShaper()
    text = " ".join(f"كلمة{n}" for n in range(1, 31))
    lines = shaper.lines(text, fonts.regular, 10, 120)
    assert len(lines) > 3
    assert all(line.width <= 120 + 0.01 for line in lines)

    def words(line) -> list[int]:  # type: ignore[no-untyped-def]
        return sorted(int(n) for r in line.runs for n in re.findall(r"\d+", r.text))

    numbers = [words(line) for line in lines]
    # the first line holds the first words, and so on: nothing lost, nothing reordered
    assert numbers[0][0] == 1
    assert sum(numbers, []) == list(range(1, 31))


def test_a_word_longer_than_the_line_is_cut_not_overflowing(fonts) -> None:  # type: ignore[no-untyped-def]
    shaper = TextShaper()
    lines = shaper.lines("x" * 200, fonts.regular, 10, 100)
    assert len(lines) > 1
    assert all(line.width <= 100 + 0.01 for line in lines)


def _extract(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = unicodedata.normalize("NFKC", out)
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_extracted_text_is_in_logical_order(fonts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus import SimpleDocTemplate

    from sim_facilitator.export.pdf.flowables import BidiParagraph, TextStyle

    shaper = TextShaper()
    style = TextStyle(fonts.regular, size=11, leading=15)
    texts = ["بصمة المحتوى", "اتخذ القرار بالإجماع", "فاطمة الزهراء بنعلي", MIXED]
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf)).build([BidiParagraph(t, style, shaper) for t in texts])
    text = _extract(pdf)
    for t in texts[:3]:
        assert t in text
    # pdftotext puts the spaces at direction changes on the wrong side of a word, but every
    # character comes back in logical order
    assert re.sub(r"\s+", "", MIXED) in re.sub(r"\s+", "", text), text
