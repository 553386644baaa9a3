"""Action items from ideas and clusters, filters, flagged principles, decisions and summary."""

from __future__ import annotations

import pytest

from sim_facilitator.domain import actions as A
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import create_cluster
from sim_facilitator.domain.organise.mappings import set_strength
from sim_facilitator.domain.organise.merges import merge_ideas
from sim_facilitator.domain.organise.reads import principles_of
from sim_facilitator.domain.workshops import add_agenda_item
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from tests.unit.test_organise import small_workshop


def test_action_from_an_idea_is_prefilled_from_its_mappings(store: Store) -> None:
    w, (p1, p2, p3) = small_workshop(store)
    idea = add_idea(store, w, "Fonds régional pour les petites associations")
    set_strength(store, "idea", idea, p2, 1)
    set_strength(store, "idea", idea, p3, 3)
    action = store.require("action", A.create_action_from(store, "idea", idea))
    assert action["what"] == "Fonds régional pour les petites associations"
    assert action["idea_ids"] == [idea]
    assert action["cluster_ids"] == []
    assert action["principle_ids"] == [p3, p2]  # strongest first
    assert action["status"] == "planned"


def test_action_from_a_merged_idea_links_the_survivor(store: Store) -> None:
    w, (p1, *_rest) = small_workshop(store)
    a, b = add_idea(store, w, "survivor"), add_idea(store, w, "merged")
    set_strength(store, "idea", b, p1, 2)
    merge_ideas(store, a, [b])
    action = store.require("action", A.create_action_from(store, "idea", b))
    assert action["idea_ids"] == [a]
    assert action["what"] == "survivor"
    assert action["principle_ids"] == [p1]


def test_action_from_a_cluster_uses_its_own_or_its_ideas_mappings(store: Store) -> None:
    w, (p1, p2, p3) = small_workshop(store)
    a, b = add_idea(store, w, "a"), add_idea(store, w, "b")
    cluster, _ = create_cluster(store, w, "Numérique", [a, b])
    set_strength(store, "idea", a, p1, 3)
    set_strength(store, "idea", b, p2, 1)  # too weak to be suggested for the cluster
    first = store.require("action", A.create_action_from(store, "cluster", cluster))
    assert (first["what"], first["cluster_ids"], first["principle_ids"]) == (
        "Numérique",
        [cluster],
        [p1],
    )
    set_strength(store, "cluster", cluster, p3, 2)
    second = store.require("action", A.create_action_from(store, "cluster", cluster))
    assert second["principle_ids"] == [p3]


def test_edit_filter_and_flag_principles_without_action(store: Store) -> None:
    w, (p1, p2, p3) = small_workshop(store)
    one = A.create_action(
        store, w, "Cartographie des besoins", owner="Université", principle_ids=[p1]
    )
    two = A.create_action(store, w, "صندوق تضامني جهوي", owner="مؤسسة أمان", principle_ids=[p2])
    assert A.principles_without_action(store, w) == [p3]
    A.update_action(store, two, status="dropped")
    assert A.principles_without_action(store, w) == [p2, p3]  # a dropped action serves nothing
    A.update_action(store, one, due="2025-06-30", status="in_progress", principle_ids=[p1, p3])
    assert store.require("action", one)["due"] == "2025-06-30"
    assert A.principles_without_action(store, w) == [p2]

    assert [a["id"] for a in A.list_actions(store, w, status="dropped")] == [two]
    assert [a["id"] for a in A.list_actions(store, w, principle_id=p3)] == [one]
    assert [a["id"] for a in A.list_actions(store, w, text="UNIVERSITE")] == [one]
    assert [a["id"] for a in A.list_actions(store, w, text="مؤسسه امان")] == [two]
    assert len(A.list_actions(store, w)) == 2


def test_bad_action_input_changes_nothing(store: Store) -> None:
    w, (p1, *_rest) = small_workshop(store)
    other, (foreign, *_x) = small_workshop(store)
    action = A.create_action(store, w, "Quelque chose")
    with pytest.raises(ValidationError, match="cannot be empty"):
        A.create_action(store, w, "   ")
    with pytest.raises(ValidationError, match="not a date"):
        A.update_action(store, action, what="Autre", due="30/06/2025")
    with pytest.raises(ValidationError, match="not a valid status"):
        A.update_action(store, action, status="finished")
    with pytest.raises(ValidationError, match="another workshop"):
        A.update_action(store, action, principle_ids=[foreign])
    row = store.require("action", action)
    assert (row["what"], row["due"], row["status"], row["principle_ids"]) == (
        "Quelque chose",
        None,
        "planned",
        [],
    )
    assert len(A.list_actions(store, w)) == 1


def test_decisions_and_summary_for_the_workshop_and_an_agenda_item(store: Store) -> None:
    w, _ = small_workshop(store)
    item = add_agenda_item(store, w, "Vote", 20)
    A.set_text(store, "workshop", w, "decisions", "اعتماد ثلاث أولويات\r\n")
    A.set_text(store, "agenda", item, "summary", "Vote à main levée")
    assert store.require("workshop", w)["decisions"] == "اعتماد ثلاث أولويات"
    assert store.require("agenda", item)["summary"] == "Vote à main levée"
    A.set_text(store, "agenda", item, "summary", "   ")
    assert store.require("agenda", item)["summary"] is None
    with pytest.raises(ValidationError):
        A.set_text(store, "idea", item, "text", "x")


def test_demo_actions_leave_principles_flagged(store: Store) -> None:
    w = create_demo(store)
    principles = [p["id"] for p in principles_of(store, w)]
    assert len(A.list_actions(store, w)) == 3
    assert A.principles_without_action(store, w) == principles[3:]
