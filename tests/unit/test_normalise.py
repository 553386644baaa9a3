"""Normalising text for duplicate detection: case, accents, Arabic variants, digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sim_facilitator.text.normalise import normalise, token_set_similarity, tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أحمد", "احمد"),
        ("إعداد", "اعداد"),
        ("آخر", "اخر"),
        ("ٱلكتاب", "الكتاب"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("مَدْرَسَةٌ", "مدرسة"),  # tashkeel
        ("كــتـــاب", "كتاب"),  # tatweel
        ("٢٠٢٥", "2025"),  # Arabic-Indic digits
        ("۲۰۲۵", "2025"),  # Persian digits
        ("Économie SOLIDAIRE", "economie solidaire"),
        ("  coopératives,  féminines !! ", "cooperatives feminines"),
        ("ضعف التمويل، المستدام؟", "ضعف التمويل المستدام"),
        ("ﻻ", "لا"),  # presentation form
    ],
)
def test_variants_normalise_to_the_same_form(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_different_words_stay_different() -> None:
    assert normalise("تمويل الجمعيات") != normalise("تنسيق الجمعيات")
    assert normalise("cote") == normalise("côté")
    assert normalise("financement") != normalise("finance")


def test_tokens_and_similarity() -> None:
    assert tokens("Le bénévolat, le BÉNÉVOLAT") == frozenset({"le", "benevolat"})
    assert token_set_similarity("ضعف التمويل المستدام", "ضَعف التّمويل المستدام.") == 1.0
    assert token_set_similarity("a b c d", "a b c e") == pytest.approx(3 / 5)
    assert token_set_similarity("", "") == 1.0


@given(st.text())
def test_normalise_is_idempotent_and_single_spaced(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآىةؤئ ً ٌ ٍ َ ُ ِ ّ ْـ", max_size=40))
def test_arabic_variants_and_marks_never_survive(text: str) -> None:
    out = normalise(text)
    assert not set(out) & set("أإآىةؤئـ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
