"""Text normalisation for duplicate detection (not for display: the original text is kept).

Two ideas that differ only in case, Latin accents, Arabic short vowels
(tashkeel), tatweel, the spelling variants of alef/yeh/teh marbuta/hamza
seats, Arabic or Persian digits, punctuation or spacing normalise to the same
string, so the organise step can suggest them as duplicates.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TATWEEL = "\u0640"

# Letters that are written interchangeably in everyday Arabic typing.
_LETTERS = {
    "\u0623": "\u0627",  # أ alef with hamza above -> ا
    "\u0625": "\u0627",  # إ alef with hamza below -> ا
    "\u0622": "\u0627",  # آ alef with madda -> ا
    "\u0671": "\u0627",  # ٱ alef wasla -> ا
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u06cc": "\u064a",  # ی Persian yeh -> ي
    "\u0626": "\u064a",  # ئ yeh with hamza -> ي
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u0624": "\u0648",  # ؤ waw with hamza -> و
    "\u06a9": "\u0643",  # ک Persian keheh -> ك
}


def _fold_char(ch: str) -> str:
    """One (already decomposed) character to its comparison form."""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch == TATWEEL:
        return ""
    category = unicodedata.category(ch)
    if category == "Cf":  # invisible format characters: zero-width space, joiners, bidi
        return ""
    if category == "Mn":  # Latin accents, Arabic tashkeel, superscript alef, hamza marks
        return ""
    if category == "Nd":
        return str(unicodedata.digit(ch))  # Arabic-Indic and Persian digits -> ASCII
    if category[0] in ("P", "S", "Z", "C"):  # punctuation, symbols, spaces, controls
        return " "
    return ch


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """The comparison form of ``text``: folded, unaccented, unified, single-spaced."""
    # Compose first so precomposed Arabic letters are mapped before NFKD would
    # split them (أ -> ا + hamza mark, which the Mn rule then drops anyway).
    composed = unicodedata.normalize("NFC", text)
    mapped = "".join(_LETTERS.get(ch, ch) for ch in composed)
    # Compatibility forms first (𝕊 -> S), then case folding, then once more:
    # folding can produce letters that decompose further (ǰ -> j + caron).
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", mapped).casefold())
    folded = "".join(_fold_char(ch) for ch in decomposed)
    return " ".join(folded.split())


def tokens(text: str) -> frozenset[str]:
    """The set of normalised words of ``text``."""
    return frozenset(normalise(text).split())


def token_set_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the normalised word sets, 0.0-1.0 (1.0 for two empty texts)."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb)
