"""Text people type: cleaned to one form, its direction, and its folded form for search."""

from __future__ import annotations

import re
import unicodedata


def direction_of(text: str) -> str:
    """'rtl' or 'ltr' from the first strong character (like HTML's dir="auto")."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


# Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
# Typed into a field they could reorder what a reader sees ("Budget 50 000" shown for
# text whose logical order says something else), so the app never keeps or shows them:
# removed on input, and removed again wherever text from elsewhere is shown or printed.
# The plain marks LRM/RLM (U+200E/U+200F) reorder nothing beyond neutrals and stay.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def has_bidi_controls(text: str) -> bool:
    return BIDI_CONTROLS.search(text) is not None


def without_bidi_controls(text: str) -> str:
    """The text with every explicit bidi embedding, override and isolate removed."""
    return BIDI_CONTROLS.sub("", text) if has_bidi_controls(text) else text


def clean_text(text: str) -> str:
    """NFC, trimmed, Windows line ends unified, bidi controls removed; inner lines kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return without_bidi_controls(text).strip()


# Combining marks dropped by the search key: Latin accents, Arabic tashkeel and
# hamza marks, Quranic annotation marks, the superscript alef and the Tifinagh
# consonant joiner (U+2D7F).
_MARKS = re.compile(
    "[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc"
    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff\u2d7f]"
)


def fold_for_search(text: str) -> str:
    """A key for filter-as-you-type: case, accents and Arabic diacritics ignored.

    Decomposes (NFD) and drops every combining mark — Arabic tashkeel (fatha,
    shadda, sukun…), the hamza carried by alef (أ إ آ → ا) and Latin accents
    (é → e) — removes the tatweel, folds alef maqsura into ya and case-folds.
    The stored text is never changed; only the search key is.
    """
    if text.isascii():
        return text.casefold()
    # Invisible format characters (zero-width space, joiners, bidi controls) never
    # make "Sa\u200bmira" a different word from "Samira".
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    kept = _MARKS.sub("", unicodedata.normalize("NFD", text))  # marks and tatweel
    # Letters typed in several equivalent ways: alef maqsura as ya, alef wasla as alef.
    return kept.replace("\u0649", "\u064a").replace("\u0671", "\u0627").casefold()
