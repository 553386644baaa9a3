"""Ideas typed from a photo say so in the minutes (PDF and Word), with the photo's
number in the annex; the annex says what each photo is attached to (a question, a
cluster) and which ideas were typed from it."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import create_cluster
from sim_facilitator.domain.photos.records import (
    add_photo,
    photo_numbers,
    photos_attached,
    remove_photo,
    set_caption,
)
from sim_facilitator.domain.workshops import add_question, create_workshop
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.minutes.word import write_docx_minutes
from tests.helpers.pictures import phone_photo
from tests.helpers.stores import make_store

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
TYPED = "Des navettes vers le souk hebdomadaire"
SPOKEN = "Une idée dite en plénière"
EXPECTED = {
    "fr": ("(transcrite de la photo 2, en annexe)", "Idées transcrites de cette photo : 2"),
    "ar": ("(transcrite de la photo 2, en annexe)", "الأفكار المنقولة من هذه الصورة: 2"),
}
ATTACHED = {
    "fr": ("Question : Quels obstacles ?", "Regroupement : Transport"),
    "ar": ("السؤال: Quels obstacles ?", "المجموعة: Transport"),
}


@functools.cache
def _flipchart() -> bytes:
    """The flipchart's picture, made once: a phone photo's noise differs at every call."""
    return phone_photo(1200, 900, seed=22)


def _text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = re.sub("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", "", unicodedata.normalize("NFKC", out))
    return re.sub(r"\s+", " ", out)


def _workshop(tmp_path: Path) -> tuple[Store, str, dict[str, str]]:
    store = make_store(tmp_path / "m.db")
    workshop = create_workshop(store, "Atelier de Guelmim")
    question = add_question(store, workshop, "Quels obstacles ?")
    spoken = add_idea(store, workshop, SPOKEN, question)
    cluster, _ = create_cluster(store, workshop, "Transport", [spoken])
    wall = add_photo(
        store, workshop, phone_photo(900, 1200, seed=21), "mur.jpg", cluster_id=cluster
    )
    flipchart = add_photo(
        store,
        workshop,
        _flipchart(),
        "tableau.jpg",
        question_id=question,
        caption="Tableau de la table 3",
    )
    typed = add_idea(store, workshop, TYPED, question, photo_id=flipchart)
    return store, workshop, {"wall": wall, "flipchart": flipchart, "typed": typed, "q": question}


def test_an_idea_points_only_to_a_photo_of_its_workshop(tmp_path: Path) -> None:
    store, workshop, ids = _workshop(tmp_path)
    other = create_workshop(store, "Autre atelier")
    with pytest.raises(DomainError):
        add_idea(store, other, "Idée", photo_id=ids["flipchart"])
    assert photo_numbers(store, workshop) == {ids["wall"]: 1, ids["flipchart"]: 2}
    assert [p["id"] for p in photos_attached(store, workshop, "question_id", ids["q"])] == [
        ids["flipchart"]
    ]
    set_caption(store, ids["wall"], "  Le mur  ")
    assert store.require("photo", ids["wall"])["caption"] == "Le mur"
    set_caption(store, ids["wall"], "")
    assert store.require("photo", ids["wall"])["caption"] is None


@needs_poppler
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_pdf_minutes_refer_a_typed_idea_to_its_photo_in_the_annex(
    tmp_path: Path, lang: str
) -> None:
    store, workshop, _ids = _workshop(tmp_path)
    pdf = tmp_path / f"photo-ref-{lang}.pdf"
    write_minutes(store, workshop, lang, pdf)
    text = _text(pdf)
    note, typed_from = EXPECTED[lang]
    # The idea's note is in the idea's own language (French here), whatever the minutes'.
    # (pdftotext moves the closing bracket of a Latin line in an Arabic page; it is drawn
    # in its place: looked at with pdftoppm.)
    assert f"{TYPED} {note[:-1]}" in text
    assert f"{SPOKEN} (" not in text  # an idea spoken aloud has no such note
    if lang == "ar":  # pdftotext gives an Arabic line in visual order: its words only
        typed_from = typed_from.split(":")[0]
    annex = text[text.rindex(typed_from) - 400 :]
    assert "Tableau de la table 3" in annex
    for attached in ATTACHED[lang]:
        label, name = attached.split(":")
        assert label.strip() in text
        assert name.strip(" ?") in text


@needs_poppler
def test_a_removed_photo_leaves_the_annex_and_its_ideas_lose_the_reference(
    tmp_path: Path,
) -> None:
    store, workshop, ids = _workshop(tmp_path)
    remove_photo(store, ids["flipchart"])
    pdf = tmp_path / "removed.pdf"
    write_minutes(store, workshop, "fr", pdf)
    text = _text(pdf)
    assert TYPED in text
    assert "transcrite de la photo" not in text
    assert "Photo 2" not in text
    assert "Photo 1" in text


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_word_minutes_refer_a_typed_idea_to_its_photo(tmp_path: Path, lang: str) -> None:
    from docx import Document

    store, workshop, _ids = _workshop(tmp_path)
    path = tmp_path / f"photo-ref-{lang}.docx"
    write_docx_minutes(store, workshop, lang, path)
    text = " ".join(p.text for p in Document(str(path)).paragraphs)
    note, typed_from = EXPECTED[lang]
    assert f"{TYPED} {note}" in text
    assert typed_from in text
    on_question, on_cluster = ATTACHED[lang]
    assert on_question in text
    assert on_cluster in text


def test_the_same_picture_added_to_another_target_moves_there(tmp_path: Path) -> None:
    """Dropping the flipchart's picture on a cluster after adding it to a question
    leaves it attached to the cluster alone (it was attached to both)."""
    store, workshop, ids = _workshop(tmp_path)
    cluster = store.require("photo", ids["wall"])["cluster_id"]
    again = add_photo(store, workshop, _flipchart(), "copie.jpg", cluster_id=cluster)
    assert again == ids["flipchart"]
    photo = store.require("photo", again)
    assert photo["cluster_id"] == cluster
    assert photo["question_id"] is None
    assert photos_attached(store, workshop, "question_id", ids["q"]) == []
    add_photo(store, workshop, _flipchart(), "sans-cible.jpg")
    assert store.require("photo", again)["cluster_id"] == cluster  # no target: stays
