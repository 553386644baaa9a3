"""Every script people type reaches the PDF: fallback fonts, emoji, placeholders (issue 24)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.pdf import fallback
from sim_facilitator.export.pdf.bidi_text import TextShaper
from sim_facilitator.export.pdf.fonts import _to_unicode_cmap, register_fonts
from sim_facilitator.export.synthesis.document import write_synthesis
from tests.helpers.cli import run_cli
from tests.helpers.stores import make_store

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

ARABIC = ["شكرا", "الورشة", "ڭال", "ڤيلاج", "بَيْت", "٣٤", "تيفيناغ"]
TIFINAGH = ["ⴰⵣⵓⵍ", "ⴼⵍⵍⴰⵡⵏ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "ⴳⵯⵎ", "ⵉⵎⴰⵣⵉⵖⵏ"]
LATIN = ["Merci", "ḍ", "ṛ", "ɣ", "ɛ", "ẓ", "atelier", "e\u0301te\u0301", "Tadamon"]
EMOJI = [
    "🙏",
    "👍🏿",
    "🇲🇦",
    "👨\u200d👩\u200d👧",
    "❤\ufe0f",
    "1\ufe0f\u20e3",
    "😀",
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
]
OTHER = ["中文", "हिन्दी", "עברית", "ꦗꦮ", "Ꭰ", "a\u0308\u0323"]


def clean(text: str) -> str:
    """NFKC (Arabic presentation forms back to letters) without format characters."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def extracted(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def uncovered(text: str) -> set[str]:
    """The visible characters no shipped font has."""
    fonts = register_fonts().regular
    every = (fonts.latin, fonts.arabic, *fonts.fallbacks)
    return {
        c
        for c in text
        if not fallback.is_ignorable(c)
        and not c.isspace()
        and not any(ord(c) in fallback.cmap(f) for f in every)
    }


def test_to_unicode_writes_characters_beyond_the_bmp_as_utf16_pairs() -> None:
    cmap = _to_unicode_cmap("F", [0, 0x41, 0x2D30, 0x1F44D])
    assert "<01> <0041>" in cmap
    assert "<02> <2D30>" in cmap
    assert "<03> <D83DDC4D>" in cmap
    assert "<1F44D>" not in cmap


def test_emoji_sequences_are_one_cluster_each() -> None:
    for seq in EMOJI:
        assert fallback.clusters(seq) == [(0, len(seq))], seq
    assert fallback.clusters("🇲🇦🇫🇷") == [(0, 2), (2, 4)]
    assert fallback.clusters("ab") == [(0, 1), (1, 2)]


def test_text_without_fallback_keeps_its_fonts() -> None:
    fonts = register_fonts().regular
    shaper = TextShaper()
    text = "نظمت جمعية Tadamon Maroc يوم 12 مارس 2025 — (ورشة) ḍ ṛ ɣ ɛ ẓ ڭ ڤ"
    assert set(shaper.fonts_of(text, fonts)) == {fonts.latin, fonts.arabic}


def test_tifinagh_and_emoji_get_their_fonts_and_unknown_letters_a_placeholder() -> None:
    fonts = register_fonts().regular
    tifinagh, emoji = fonts.fallbacks
    text = "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ 👍🏿 1\ufe0f\u20e3 ꦗ"
    font_of = TextShaper().fonts_of(text, fonts)
    assert font_of[:11] == [tifinagh] * 11  # the space between the two words too
    assert font_of[12:14] == [emoji, emoji]  # the thumb and its skin tone together
    assert font_of[15:18] == [emoji] * 3  # the keycap with its digit
    assert font_of[-1].startswith(fallback.PLACEHOLDER)


def _assign_by_scanning_every_cluster(
    text: str, out: list[str], missing: list[int], own: tuple[str, ...]
) -> None:
    """The rule of ``fallback.assign`` done the slow, obvious way: every cluster of the text."""
    wanted = set(missing)
    moved: set[int] = set()
    cmap = fallback.cmap
    for start, end in fallback.clusters(text):
        if not wanted & set(range(start, end)):
            continue
        visible = [ord(c) for c in text[start:end] if not fallback.is_ignorable(c)]
        fonts = [f for f in (out[start], *own) if all(c in cmap(f) for c in visible)]
        if visible and fonts:
            out[start:end] = [fonts[0]] * (end - start)
            moved.update(range(start, end))
            continue
        for k in range(start, end):
            o = ord(text[k])
            if o in cmap(out[k]) and k not in wanted:
                continue
            if fallback.is_ignorable(text[k]):
                prev = out[k - 1] if k > start else None
                out[k] = prev if prev in own[2:] else own[-1]
            else:
                out[k] = next((f for f in own if o in cmap(f)), fallback.PLACEHOLDER + own[0])
            moved.add(k)
    for k in range(1, len(text) - 1):
        font = out[k - 1]
        if text[k] == " " and out[k + 1] == font and font in own[2:] and k - 1 in moved:
            out[k] = font if 32 in cmap(font) else out[k]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ARABIC
            + TIFINAGH
            + LATIN
            + EMOJI
            + OTHER
            + [" ", " ", "  ", "\u200d", "\ufe0f", "🏽", "🇫", "\u0301", "\u20e3", "\U000e0067"]
        ),
        min_size=1,
        max_size=14,
    ).map("".join)
)
def test_fonts_are_those_of_a_scan_of_every_cluster(text: str) -> None:
    """``assign`` looks only at the clusters around missing characters: the same fonts."""
    fonts = register_fonts().regular
    real = fallback.assign
    fallback.assign = _assign_by_scanning_every_cluster
    try:
        expected = TextShaper().fonts_of(text, fonts)
    finally:
        fallback.assign = real
    assert TextShaper().fonts_of(text, fonts) == expected


def test_a_tifinagh_word_keeps_its_order_inside_arabic() -> None:
    fonts = register_fonts().regular
    (line,) = TextShaper().lines("شكرا 👨\u200d👩\u200d👧 ❤\ufe0f ⴰⵣⵓⵍ", fonts, 10, 1000)
    texts = [run.text for run in line.runs]
    assert texts[0] == "ⴰⵣⵓⵍ"  # left end of a right-to-left line, read left to right
    assert "👨\u200d👩\u200d👧 ❤\ufe0f" in texts


def _workshop(tmp_path: Path, texts: list[str]) -> tuple[object, str]:
    store = make_store(tmp_path / "w.db")
    wid = create_workshop(store, "ⴰⵙⵏⵎⵍ — ورشة Atelier 🙏")
    for text in texts:
        add_idea(store, wid, text)
    return store, wid


@needs_poppler
def test_minutes_show_what_the_issue_lost_and_report_the_rest(tmp_path: Path) -> None:
    texts = ["ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ — تيفيناغ Tifinagh", "Merci 🙏 👍🏿 🇲🇦", "ꦗ Ꭰ"]
    store, wid = _workshop(tmp_path, texts)
    for lang in ("ar", "fr", "en", "ar+fr"):
        result = write_minutes(store, wid, lang, tmp_path / f"m-{lang}.pdf")  # type: ignore[arg-type]
        got = clean(extracted(result.path))
        for text in texts:
            for word in text.split():
                assert clean(word) in got or all(c in got for c in clean(word)), (lang, word)
        assert sorted(u.code for u in result.unresolved) == ["U+13A0", "U+A997"], lang
        assert all(u.page >= 1 and "ꦗ Ꭰ" in u.context for u in result.unresolved)


@needs_poppler
def test_the_synthesis_and_the_cli_report_placeholders(tmp_path: Path) -> None:
    store, wid = _workshop(tmp_path, ["ꦗꦮ ⴰⵣⵓⵍ 🙏"])
    result = write_synthesis(store, "fr", tmp_path / "s.pdf")  # type: ignore[arg-type]
    assert result.unresolved == ()  # the synthesis quotes no idea text here
    done = run_cli(
        "minutes", "--db", str(tmp_path / "w.db"), "--workshop", wid, "--lang", "fr",
        "-o", str(tmp_path / "m.pdf"), "--quiet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    err = done.stderr
    assert "2 character(s) could not be drawn" in err
    assert "U+A997" in err
    assert "U+A9AE" in err


def _piece() -> st.SearchStrategy[str]:
    return st.sampled_from(ARABIC + TIFINAGH + LATIN + EMOJI + OTHER)


@needs_poppler
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.lists(_piece(), min_size=1, max_size=3).map("".join), min_size=1, max_size=8))
def test_every_character_comes_back_from_the_minutes(tmp_path: Path, words: list[str]) -> None:
    text = " ".join(words)
    folder = Path(tmp_path) / str(abs(hash(text)))
    folder.mkdir()
    store, wid = _workshop(folder, [text])
    for lang in ("ar", "fr"):
        result = write_minutes(store, wid, lang, folder / f"m-{lang}.pdf")  # type: ignore[arg-type]
        missing = Counter(clean(text)) - Counter(clean(extracted(result.path)))
        assert not missing, (lang, text, missing)
        drawn = {u.char for u in result.unresolved}
        assert drawn == uncovered(text), (lang, text)
        assert len(result.unresolved) == sum(c in drawn for c in text)


def test_tifinagh_sorts_searches_and_deduplicates_like_other_scripts() -> None:
    from sim_facilitator.text.normalise import normalise
    from sim_facilitator.text.user_text import fold_for_search

    words = ["ⵜⴰⵎⴰⵣⵉⵖⵜ", "ⴰⵣⵓⵍ", "ⵉⵎⴰⵣⵉⵖⵏ", "ⴰⴷⵍⵙ"]
    assert sorted(words, key=fold_for_search) == ["ⴰⴷⵍⵙ", "ⴰⵣⵓⵍ", "ⵉⵎⴰⵣⵉⵖⵏ", "ⵜⴰⵎⴰⵣⵉⵖⵜ"]
    assert fold_for_search("ⴰⵣⵓⵍ") in fold_for_search("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ — Tifinagh")
    # the consonant joiner (U+2D7F) is invisible in search and duplicate detection
    assert fold_for_search("ⵜ\u2d7fⵜ") == fold_for_search("ⵜⵜ")
    assert normalise("ⵜ\u2d7fⵜ ⴰⵣⵓⵍ") == normalise("ⵜⵜ  ⴰⵣⵓⵍ!")
    # a labialised letter (ⴳⵯ) is another letter: no false duplicate
    assert normalise("ⴳⵯⵎ") != normalise("ⴳⵎ")
    assert normalise("ⴰⵣⵓⵍ") != normalise("ⴰⵣⵍ")
    assert re.fullmatch("[\u2d30-\u2d7f ]+", normalise("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ"))


def test_levels_of_text_with_joiners_match_python_bidi() -> None:
    from sim_facilitator.export.pdf.bidi_text import embedding_levels, general_levels

    for text in [
        "شكرا 👨\u200d👩\u200d👧 ❤\ufe0f ⴰⵣⵓⵍ",
        "abc \u200d عربي \u200d def",
        "\u200dعربي",
    ]:
        for rtl in (True, False):
            levels = embedding_levels(text, rtl)
            assert len(levels) == len(text)
            assert levels == general_levels(text, rtl)
