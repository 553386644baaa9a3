"""Domain validation and the basic life of a workshop, without Qt."""

from __future__ import annotations

import unicodedata

import pytest

from sim_facilitator.domain.ideas import add_idea, edit_idea_text
from sim_facilitator.domain.workshops import (
    add_participant,
    add_question,
    create_workshop,
    list_workshops,
)
from sim_facilitator.engine.errors import NotFoundError, ValidationError
from sim_facilitator.engine.store import Store


def test_idea_text_is_stored_nfc_with_its_direction(store: Store) -> None:
    w = create_workshop(store, "Atelier")
    decomposed = unicodedata.normalize("NFD", "Élan créatif في الجهة")
    idea = add_idea(store, w, "  " + decomposed + "  ")
    row = store.require("idea", idea)
    assert row["text"] == unicodedata.normalize("NFC", "Élan créatif في الجهة")
    assert row["direction"] == "ltr"
    arabic = add_idea(store, w, "تمويل Tadamon Maroc للجمعيات")
    assert store.require("idea", arabic)["direction"] == "rtl"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_idea_is_refused(store: Store, text: str) -> None:
    w = create_workshop(store, "Atelier")
    with pytest.raises(ValidationError, match="cannot be empty"):
        add_idea(store, w, text)
    assert store.in_workshop("idea", w) == []


def test_unknown_workshop_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no workshop"):
        add_idea(store, "01890000-0000-7000-8000-000000000000", "idée")


def test_bad_date_and_region_are_refused_with_clear_messages(store: Store) -> None:
    with pytest.raises(ValidationError, match="not a date"):
        create_workshop(store, "Atelier", date="12/03/2025")
    with pytest.raises(ValidationError, match="not a valid region"):
        create_workshop(store, "Atelier", region="Atlantis")
    assert store.list("workshop") == []


def test_question_and_author_must_belong_to_the_workshop(store: Store) -> None:
    a = create_workshop(store, "A")
    b = create_workshop(store, "B")
    q = add_question(store, b, "Question B")
    with pytest.raises(ValidationError, match="another workshop"):
        add_idea(store, a, "idée", question_id=q)


def test_list_workshops_counts_people_and_live_ideas(store: Store) -> None:
    w = create_workshop(store, "Atelier", region="Souss-Massa", date="2025-04-01")
    add_participant(store, w, "Aicha")
    i1 = add_idea(store, w, "un")
    add_idea(store, w, "deux")
    store.delete("idea", i1)
    [summary] = list_workshops(store)
    assert (summary.participants, summary.ideas, summary.region) == (1, 1, "Souss-Massa")


def test_edit_and_undelete(store: Store) -> None:
    w = create_workshop(store, "Atelier")
    idea = add_idea(store, w, "premier jet")
    edit_idea_text(store, idea, "ثاني")
    assert store.require("idea", idea)["direction"] == "rtl"
    store.delete("idea", idea)
    assert store.in_workshop("idea", w) == []
    store.restore("idea", idea)
    assert [i["text"] for i in store.in_workshop("idea", w)] == ["ثاني"]


def test_non_consenting_names_never_leave_the_laptop(store: Store) -> None:
    from sim_facilitator.engine.dump import dump_text

    w = create_workshop(store, "Atelier")
    shy = add_participant(store, w, "Nadia Secret", consent_named=False)
    open_ = add_participant(store, w, "Karim Public", consent_named=True)
    # Locally the facilitator sees the real names...
    assert store.require("participant", shy)["name"] == "Nadia Secret"
    assert {p["name"] for p in store.in_workshop("participant", w)} == {
        "Nadia Secret",
        "Karim Public",
    }
    # ...but nothing shared (dump, op log) carries the non-consenting one.
    shared = dump_text(store.db) + "".join(
        body for (body,) in store.db.execute("SELECT body FROM ops")
    )
    assert "Nadia Secret" not in shared
    assert "Karim Public" in shared
    # Renaming keeps it local; consenting later shares it; withdrawing hides it again.
    store.update("participant", shy, {"name": "Nadia S."})
    assert "Nadia S." not in dump_text(store.db)
    store.update("participant", shy, {"consent_named": True})
    assert "Nadia S." in dump_text(store.db)
    store.update("participant", open_, {"consent_named": False})
    assert store.require("participant", open_)["name"] == "Karim Public"
    assert '"name":"Karim Public"' not in dump_text(store.db)
