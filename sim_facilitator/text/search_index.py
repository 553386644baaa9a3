"""The search column of the open-data database: text folded so that a search finds Arabic
whatever its harakat, hamza, alef forms and taa marbuta, and French whatever its accents.

SQLite's FTS5 tokenizer (``unicode61``) removes Latin accents but treats Arabic
harakat as word breaks and keeps hamza and alef forms apart, so a plain query
finds nothing in vocalised text. The app therefore indexes a column it folds
itself (``search_column``), built on the capture filter's key
(``user_text.fold_for_search``) plus taa marbuta as ha.

A query typed into a web page (Datasette) is not folded by anyone, so the column
also carries the text with only its harakat and tatweel removed when that differs:
a query written the usual way (with hamza, with taa marbuta, without harakat)
then matches too. ``search_query`` folds a query the way the column is folded.
"""

from __future__ import annotations

import re
import unicodedata

from sim_facilitator.text.user_text import fold_for_search

TAA_MARBUTA, HA = "\u0629", "\u0647"
# harakat (fathatan to sukun, the hamza marks above/below), superscript alef, tatweel
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_ARTICLES = (
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0643\u0627\u0644",
    "\u0644\u0644",
    "\u0627\u0644",
)
# FTS5 query syntax characters: a query is searched as plain words
_QUERY_SYNTAX = re.compile(r'["*():^+\-{}\[\]]')


def fold_for_index(text: str) -> str:
    """The fully folded form: no harakat or hamza, one alef, ha for taa marbuta, no accents."""
    return fold_for_search(text).replace(TAA_MARBUTA, HA)


def unvocalised(text: str) -> str:
    """The text without harakat and tatweel, letters (hamza, taa marbuta) as written."""
    composed = unicodedata.normalize("NFC", text)
    return _HARAKAT.sub("", composed).casefold()


def without_article(word: str) -> str:
    """An Arabic word without its definite article and the particles joined to it
    (الـ، والـ، بالـ، فالـ، كالـ، للـ): "التمويل" and "للتمويل" are both "تمويل"."""
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def search_column(text: str) -> str:
    """What the full-text index holds for ``text``: its folded form; its folded words
    without the article, where any has one; and, for Arabic, its unvocalised form when
    different (so a query typed by hand, with hamza or taa marbuta, matches as well)."""
    folded = fold_for_index(text)
    lines = [folded]
    if not _ARABIC.search(text):
        # Latin accents need no second form: the FTS tokenizer removes them from queries
        return folded
    bare = " ".join(without_article(w) for w in folded.split())
    plain = unvocalised(text)
    for extra in (bare, plain):
        if extra not in lines:
            lines.append(extra)
    return "\n".join(lines)


def search_query(text: str) -> str:
    """An FTS5 query of the words of ``text``, folded like the index: every word must match,
    an Arabic word with or without its article."""
    terms = []
    for word in _QUERY_SYNTAX.sub(" ", fold_for_index(text)).split():
        bare = without_article(word)
        terms.append(f'"{word}"' if bare == word else f'("{word}" OR "{bare}")')
    return " ".join(terms)
