"""Duplicate ideas across workshops: suggested, confirmed into a national cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim_facilitator.domain.cross_duplicates import (
    confirm_cross_cluster,
    dissolve_cross_cluster,
    national_cluster_id,
    national_clusters,
    suggest_cross_duplicates,
)
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from tests.helpers.national_bundles import FIVE_WORKSHOPS, build_national
from tests.helpers.stores import make_store


def _two_workshops(store: Store, first: list[str], second: list[str]) -> tuple[str, str]:
    ids = []
    for title, texts in (("Atelier A", first), ("ورشة ب", second)):
        wid = create_workshop(store, title, region="Souss-Massa", date="2025-04-02")
        for text in texts:
            store.create("idea", {"workshop_id": wid, "text": text})
        ids.append(wid)
    return ids[0], ids[1]


def _texts(store: Store, idea_ids: tuple[str, ...]) -> list[str]:
    return [store.require("idea", i)["text"] for i in idea_ids]


def test_alike_ideas_of_two_workshops_are_suggested_with_their_origin(store: Store) -> None:
    a, b = _two_workshops(
        store,
        ["Créer un fonds régional pour les associations", "Former les jeunes au numérique"],
        ["créer un FONDS régional pour les associations !", "Un guichet unique des aides"],
    )
    [suggestion] = suggest_cross_duplicates(store)
    assert suggestion.workshop_ids == (a, b)
    assert _texts(store, suggestion.idea_ids)[0].startswith("Créer un fonds")
    assert [i.workshop_title for i in suggestion.ideas] == ["Atelier A", "ورشة ب"]
    assert suggestion.score == 1.0


def test_arabic_spelling_variants_match_across_workshops(store: Store) -> None:
    _two_workshops(store, ["إنشاء صندوق جهوي للجمعيات"], ["انشاء صندوق جهوى للجمعيات"])
    assert len(suggest_cross_duplicates(store)) == 1


def test_duplicates_inside_one_workshop_are_not_suggested(store: Store) -> None:
    _two_workshops(store, ["Un fonds pour les jeunes", "Un fonds pour les jeunes."], ["Autre"])
    assert suggest_cross_duplicates(store) == []


def test_confirming_keeps_each_ideas_origin_and_stops_the_suggestion(store: Store) -> None:
    a, b = _two_workshops(store, ["Cartographie des besoins"], ["Cartographie des besoins locaux"])
    [suggestion] = suggest_cross_duplicates(store)
    cluster_id = confirm_cross_cluster(store, suggestion.idea_ids, "Cartographie")
    [cluster] = national_clusters(store)
    assert (cluster.id, cluster.name) == (cluster_id, "Cartographie")
    assert [i.workshop_id for i in cluster.ideas] == [a, b]
    # The ideas themselves are untouched: still in their workshops.
    assert [store.require("idea", i.idea_id)["workshop_id"] for i in cluster.ideas] == [a, b]
    assert suggest_cross_duplicates(store) == []
    dissolve_cross_cluster(store, cluster_id)
    assert national_clusters(store) == []
    assert len(suggest_cross_duplicates(store)) == 1


def test_a_cluster_needs_two_workshops_and_an_idea_sits_in_one_cluster(store: Store) -> None:
    a, b = _two_workshops(store, ["Un", "Deux"], ["Trois"])
    own = [i["id"] for i in store.in_workshop("idea", a)]
    other = store.in_workshop("idea", b)[0]["id"]
    with pytest.raises(ValidationError):
        confirm_cross_cluster(store, own)
    assert store.list("national_cluster") == []
    confirm_cross_cluster(store, [own[0], other])
    with pytest.raises(ValidationError, match="already in the cross-workshop cluster"):
        confirm_cross_cluster(store, [own[1], other])


def test_two_coordinators_confirming_the_same_group_make_one_cluster(
    store: Store, tmp_path: Path
) -> None:
    build_national(store, tmp_path / "one")
    [first, *_] = suggest_cross_duplicates(store)
    second_coordinator = make_store(tmp_path / "two.db")
    # Same ideas on both (imported from the same bundles): the same derived id.
    from sim_facilitator.export.bundle.importer import import_bundles

    bundles = sorted((tmp_path / "one" / "bundles").glob("*.simbundle"))
    assert all(r.ok for r in import_bundles(second_coordinator, bundles, trust_new_devices=True))
    one = confirm_cross_cluster(store, first.idea_ids, "Fonds")
    two = confirm_cross_cluster(second_coordinator, reversed(first.idea_ids), "Fonds régional")
    assert one == two == national_cluster_id(first.idea_ids)


def test_five_workshops_from_bundles_give_one_suggestion_per_shared_idea(
    store: Store, tmp_path: Path
) -> None:
    build_national(store, tmp_path)
    suggestions = suggest_cross_duplicates(store)
    # 40 demo ideas, one merged into another inside each workshop: 39 live texts, each in 5.
    assert len(suggestions) == 39
    assert all(len(s.workshop_ids) == len(FIVE_WORKSHOPS) for s in suggestions)


def test_national_clusters_stay_on_the_coordinators_database(store: Store, tmp_path: Path) -> None:
    """No workshop owns a national cluster, so no workshop bundle carries it (documented)."""
    from sim_facilitator.export.bundle.importer import import_bundles
    from sim_facilitator.export.bundle.writer import export_bundle

    build_national(store, tmp_path / "n")
    [first, *_] = suggest_cross_duplicates(store)
    confirm_cross_cluster(store, first.idea_ids, "Fonds")
    everything = tmp_path / "all.simbundle"
    workshops = [w["id"] for w in store.list("workshop") if not w["is_kit"]]
    export_bundle(store, everything, workshops)
    other = make_store(tmp_path / "other.db")
    assert all(r.ok for r in import_bundles(other, [everything], trust_new_devices=True))
    assert len(other.list("workshop")) == len(workshops)
    assert other.list("national_cluster") == []
