"""Frameworks of principles: editing, versions pinned by workshops, templates."""

from __future__ import annotations

import pytest

from sim_facilitator.domain.archive import archive_workshop, unarchive_workshop
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.frameworks import (
    add_principle,
    create_framework_for,
    delete_principle,
    editable_framework_for,
    localized,
    move_principle,
    principles_of,
    update_principle,
)
from sim_facilitator.domain.setup import (
    agenda_of,
    delete_agenda_item,
    move_agenda_item,
    parse_note_takers,
    questions_of,
    update_details,
)
from sim_facilitator.domain.templates import create_from_template
from sim_facilitator.domain.workshops import add_agenda_item, create_workshop, list_workshops
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store


def test_principles_in_three_languages_with_order(store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    framework = create_framework_for(store, workshop, name_fr="Cadre", name_ar="إطار")
    a = add_principle(store, framework, name_ar="الكرامة", name_fr="Dignité")
    b = add_principle(store, framework, name_en="Participation", description_fr="Tous")
    assert [p["code"] for p in principles_of(store, framework)] == ["P1", "P2"]
    move_principle(store, b, -1)
    assert [p["id"] for p in principles_of(store, framework)] == [b, a]
    update_principle(store, a, name_en="Dignity")
    row = store.require("principle", a)
    assert localized(row, "name", "en") == "Dignity"
    assert localized(store.require("principle", b), "name", "ar") == "Participation"
    with pytest.raises(ValidationError):
        update_principle(store, a, name_ar="", name_fr="", name_en=" ")
    assert store.require("principle", a)["name_ar"] == "الكرامة"
    delete_principle(store, b)
    assert [p["position"] for p in principles_of(store, framework)] == [0]


def test_editing_a_shared_framework_forks_a_new_version(store: Store) -> None:
    demo = create_demo(store)
    copy = create_from_template(store, demo, "Atelier de Tanger")
    shared = store.require("workshop", demo)["framework_id"]
    assert store.require("workshop", copy)["framework_id"] == shared
    mapped_before = {m["principle_id"] for m in store.in_workshop("mapping", demo)}

    forked = editable_framework_for(store, copy)
    assert forked != shared
    assert store.require("framework", forked)["version"] == 2
    assert store.require("workshop", demo)["framework_id"] == shared  # the demo keeps v1
    first = principles_of(store, forked)[0]
    update_principle(store, first["id"], name_fr="Dignité (v2)")
    assert principles_of(store, shared)[0]["name_fr"] == "Principe exemple 1 : dignité humaine"
    # The demo's mappings still point at its own principles.
    assert {m["principle_id"] for m in store.in_workshop("mapping", demo)} == mapped_before
    # Once the framework is this workshop's alone, editing does not fork again.
    assert editable_framework_for(store, copy) == forked


def test_forking_moves_the_workshops_own_mappings(store: Store) -> None:
    demo = create_demo(store)
    create_from_template(store, demo, "Copie")
    old = set(
        p["id"] for p in principles_of(store, store.require("workshop", demo)["framework_id"])
    )
    forked = editable_framework_for(store, demo)
    new = {p["id"] for p in principles_of(store, forked)}
    used = {m["principle_id"] for m in store.in_workshop("mapping", demo)}
    assert used
    assert used <= new
    assert not used & old


def test_template_copies_setup_not_people(store: Store) -> None:
    demo = create_demo(store)
    copy = create_from_template(
        store, demo, "Atelier de Tanger", region="Tanger-Tétouan-Al Hoceïma"
    )
    row = store.require("workshop", copy)
    source = store.require("workshop", demo)
    assert row["status"] == "draft"
    assert row["theme"] == source["theme"]
    assert row["region"] == "Tanger-Tétouan-Al Hoceïma"
    assert [a["title"] for a in agenda_of(store, copy)] == [
        a["title"] for a in agenda_of(store, demo)
    ]
    assert [q["text"] for q in questions_of(store, copy)] == [
        q["text"] for q in questions_of(store, demo)
    ]
    assert store.in_workshop("participant", copy) == []
    assert store.in_workshop("idea", copy) == []


def test_details_agenda_and_archive(store: Store) -> None:
    workshop = create_workshop(store, "Atelier")
    update_details(
        store, workshop, venue="  Meknès ", note_takers=parse_note_takers("Hamza، سارة; Ali")
    )
    row = store.require("workshop", workshop)
    assert row["venue"] == "Meknès"
    assert row["note_takers"] == ["Hamza", "سارة", "Ali"]
    with pytest.raises(ValidationError):
        update_details(store, workshop, date="12/03/2025")
    assert store.require("workshop", workshop)["date"] is None
    a = add_agenda_item(store, workshop, "Accueil", 20)
    b = add_agenda_item(store, workshop, "Idéation", 60)
    move_agenda_item(store, b, -1)
    assert [r["id"] for r in agenda_of(store, workshop)] == [b, a]
    delete_agenda_item(store, b)
    assert [(r["id"], r["position"]) for r in agenda_of(store, workshop)] == [(a, 0)]
    archive_workshop(store, workshop)
    assert [w.id for w in list_workshops(store, include_archived=False)] == []
    unarchive_workshop(store, workshop)
    assert [w.id for w in list_workshops(store, include_archived=False)] == [workshop]
