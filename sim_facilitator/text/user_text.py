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


def clean_text(text: str) -> str:
    """NFC, trimmed, with Windows line ends unified; inner lines kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


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
    kept = _MARKS.sub("", unicodedata.normalize("NFD", text))  # marks and tatweel
    # Letters typed in several equivalent ways: alef maqsura as ya, alef wasla as alef.
    return kept.replace("\u0649", "\u064a").replace("\u0671", "\u0627").casefold()
