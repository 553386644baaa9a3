"""The open data's search column: Arabic folded for harakat, hamza, alef forms, taa marbuta
and the article; French for accents; queries are plain words."""

from __future__ import annotations

from sim_facilitator.text.search_index import (
    fold_for_index,
    search_column,
    search_query,
    without_article,
)


def test_arabic_spellings_fold_to_one_form() -> None:
    forms = ["إِحْداثُ", "إحداث", "احداث", "أحداث", "إحـــداث"]
    assert {fold_for_index(f) for f in forms} == {"احداث"}
    assert fold_for_index("الجمعية") == fold_for_index("الجمعيه") == "الجمعيه"
    assert fold_for_index("مؤسسة") == fold_for_index("موسسه")
    assert fold_for_index("مسؤولية") == fold_for_index("مسوولية")
    assert fold_for_index("على") == fold_for_index("علي")
    assert fold_for_index("Coopératives") == "cooperatives"


def test_the_article_and_joined_particles_come_off() -> None:
    assert without_article("التمويل") == "تمويل"
    assert without_article("للتعاونيات") == "تعاونيات"
    assert without_article("والجمعيات") == "جمعيات"
    assert without_article("الى") == "الى"  # too short to be an article and a word


def test_the_column_holds_the_folded_text_and_the_forms_people_type() -> None:
    column = search_column("إِحْداثُ صُنْدوقٍ للتَّعاوُنيات")
    lines = column.split("\n")
    assert lines[0] == "احداث صندوق للتعاونيات"
    assert "احداث صندوق تعاونيات" in lines
    assert "إحداث صندوق للتعاونيات" in lines  # hamza kept, harakat gone
    assert search_column("Coopératives féminines") == "cooperatives feminines"


def test_a_query_is_plain_words_folded_like_the_column() -> None:
    assert search_query("إِحْداث") == '"احداث"'
    assert search_query("التعاونيات") == '("التعاونيات" OR "تعاونيات")'
    assert search_query('fonds" OR * NEAR(') == '"fonds" "or" "near"'
    assert search_query("  ") == ""
