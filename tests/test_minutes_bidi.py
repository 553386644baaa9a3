"""The fast bidi resolver of the minutes agrees with python-bidi on the text it handles."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from sim_facilitator.export.bidi_text import _IMPLICIT_ONLY, embedding_levels, general_levels

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
