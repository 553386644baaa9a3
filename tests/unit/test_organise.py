"""Organise: clusters, merge/unmerge with audit trail, duplicate suggestions, mappings, coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import (
    create_cluster,
    dissolve_cluster,
    move_ideas,
    rename_cluster,
    split_cluster,
)
from sim_facilitator.domain.organise.dismissals import (
    dismiss_group,
    dismissal_id,
    dismissed_pairs,
)
from sim_facilitator.domain.organise.duplicates import (
    DUPLICATE_THRESHOLD,
    pair_key,
    suggest_duplicates,
)
from sim_facilitator.domain.organise.mappings import (
    clear_mapping,
    conflicted_mappings,
    coverage,
    effective_strengths,
    mapping_id,
    set_strength,
    strengths,
    uncovered_principles,
)
from sim_facilitator.domain.organise.merges import (
    collapse_choices,
    merge_ideas,
    merged_groups,
    resolve_option,
    unmerge_idea,
)
from sim_facilitator.domain.organise.reads import (
    cluster_members,
    clusters_of,
    created_ms,
    live_ideas,
    principles_of,
)
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.oplog import insert_ops, reproject
from sim_facilitator.engine.store import Store
from tests.helpers.stores import make_store


def small_workshop(store: Store) -> tuple[str, list[str]]:
    framework = store.create("framework", {"name_en": "F", "version": 1})
    principles = [
        store.create(
            "principle",
            {"framework_id": framework, "position": n, "code": f"P{n + 1}", "name_en": f"P{n}"},
        )
        for n in range(3)
    ]
    workshop = create_workshop(store, "Atelier", framework_id=framework)
    return workshop, principles


def cluster_of(store: Store, idea: str) -> str | None:
    return store.require("idea", idea)["cluster_id"]


def test_group_rename_move_split_dissolve_and_undo(store: Store) -> None:
    w, _ = small_workshop(store)
    ideas = [add_idea(store, w, f"idée {n}") for n in range(5)]
    cluster, created = create_cluster(store, w, "  Financement ", ideas[:3])
    assert store.require("cluster", cluster)["name"] == "Financement"
    assert [cluster_of(store, i) for i in ideas] == [cluster] * 3 + [None] * 2

    rename_cluster(store, cluster, "Financement durable")
    assert clusters_of(store, w)[0]["name"] == "Financement durable"
    with pytest.raises(ValidationError, match="cannot be empty"):
        rename_cluster(store, cluster, "   ")
    assert clusters_of(store, w)[0]["name"] == "Financement durable"

    other, _ = create_cluster(store, w, "Coordination")
    moved = move_ideas(store, [ideas[3], ideas[4]], other)
    assert cluster_members(store, w)[other] == [store.require("idea", i) for i in ideas[3:]]
    moved.undo(store)
    assert cluster_of(store, ideas[3]) is None
    moved.redo(store)
    assert cluster_of(store, ideas[3]) == other

    split, split_change = split_cluster(store, cluster, [ideas[2]], "Financement 2")
    assert cluster_of(store, ideas[2]) == split
    assert cluster_of(store, ideas[0]) == cluster
    with pytest.raises(ValidationError, match="Only ideas of the cluster"):
        split_cluster(store, cluster, [ideas[4]], "x")
    split_change.undo(store)
    assert cluster_of(store, ideas[2]) == cluster
    assert [c["id"] for c in clusters_of(store, w)] == [cluster, other]

    dissolved = dissolve_cluster(store, cluster)
    assert [c["id"] for c in clusters_of(store, w)] == [other]
    assert [cluster_of(store, i) for i in ideas[:3]] == [None] * 3
    assert len(store.in_workshop("idea", w)) == 5  # no idea lost
    dissolved.undo(store)
    assert [cluster_of(store, i) for i in ideas[:3]] == [cluster] * 3
    assert store.require("cluster", cluster)["name"] == "Financement durable"

    created.undo(store)  # undoing the very first step removes the cluster again
    assert cluster not in {c["id"] for c in clusters_of(store, w)}
    assert cluster_of(store, ideas[0]) is None


def test_cluster_positions_grow_and_ideas_of_other_workshops_are_refused(store: Store) -> None:
    w, _ = small_workshop(store)
    w2, _ = small_workshop(store)
    a, _ = create_cluster(store, w, "A")
    b, _ = create_cluster(store, w, "B")
    assert [c["position"] for c in clusters_of(store, w)] == [0, 1]
    foreign = add_idea(store, w2, "ailleurs")
    with pytest.raises(ValidationError, match="another workshop"):
        create_cluster(store, w, "C", [foreign])
    with pytest.raises(ValidationError, match="another workshop"):
        move_ideas(store, [foreign], a)
    assert [c["id"] for c in clusters_of(store, w)] == [a, b]


def test_merge_keeps_every_original_and_unmerge_brings_it_back(store: Store) -> None:
    w, _ = small_workshop(store)
    fatima = add_participant(store, w, "Fatima")
    karim = add_participant(store, w, "Karim")
    a = add_idea(store, w, "ضعف التمويل المستدام للجمعيات", author_id=fatima)
    b = add_idea(store, w, "ضعف التمويل المستدام للجمعيات.", author_id=karim)
    c = add_idea(store, w, "Manque de financement durable")
    change = merge_ideas(store, a, [a, b, c])
    assert [i["id"] for i in live_ideas(store, w)] == [a]
    groups = merged_groups(store, w)
    assert list(groups) == [a]
    members = groups[a]
    assert [m.id for m in members] == [a, b, c]
    assert [m.text for m in members] == [
        "ضعف التمويل المستدام للجمعيات",
        "ضعف التمويل المستدام للجمعيات.",
        "Manque de financement durable",
    ]
    assert [m.author_name for m in members] == ["Fatima", "Karim", None]
    assert all(m.created_ms and m.created_ms > 1_600_000_000_000 for m in members)
    assert members[1].merged_ms is not None
    assert members[0].merged_ms is None

    unmerge_idea(store, c)
    assert store.require("idea", c)["text"] == "Manque de financement durable"
    assert [i["id"] for i in live_ideas(store, w)] == [a, c]
    with pytest.raises(ValidationError, match="not merged"):
        unmerge_idea(store, c)
    change.undo(store)  # undo the whole merge: every idea is live again
    assert [i["id"] for i in live_ideas(store, w)] == [a, b, c]


def test_merge_needs_two_ideas_and_refuses_cycles(store: Store) -> None:
    w, _ = small_workshop(store)
    a, b, c = (add_idea(store, w, t) for t in "abc")
    with pytest.raises(ValidationError, match="at least two"):
        merge_ideas(store, a, [a])
    merge_ideas(store, b, [a])
    with pytest.raises(ValidationError, match="merged into it"):
        merge_ideas(store, a, [b])
    merge_ideas(store, c, [b])  # chain: a -> b -> c
    assert resolve_option(store, a) == c
    assert resolve_option(store, b) == c
    assert resolve_option(store, c) == c
    assert set(merged_groups(store, w)) == {c}
    assert [m.id for m in merged_groups(store, w)[c]] == [c, a, b]


def test_resolve_option_breaks_a_cycle_made_on_two_laptops(tmp_path: Path) -> None:
    one = make_store(tmp_path / "one.db")
    w, _ = small_workshop(one)
    a = add_idea(one, w, "a")
    b = add_idea(one, w, "b")
    two = make_store(tmp_path / "two.db")
    ops = one.db.execute("SELECT op_id, body FROM ops").fetchall()
    import json

    decoded = [(i, json.loads(body)) for i, body in ops]
    with two.transaction():
        insert_ops(two.db, decoded)
        reproject(two.db, {(o["entity"], o["id"]) for _, o in decoded})
    merge_ideas(one, b, [a])  # laptop one: a into b
    merge_ideas(two, a, [b])  # laptop two: b into a
    new = [
        (i, json.loads(body))
        for i, body in two.db.execute("SELECT op_id, body FROM ops").fetchall()
    ]
    with one.transaction():
        insert_ops(one.db, new)
        reproject(one.db, {(o["entity"], o["id"]) for _, o in new})
    assert resolve_option(one, a) == resolve_option(one, b) == min(a, b)


def test_collapse_choices_never_counts_a_voter_twice(store: Store) -> None:
    w, _ = small_workshop(store)
    a, b, c = (add_idea(store, w, t) for t in "abc")
    merge_ideas(store, a, [b])
    assert collapse_choices(store, {a: 1, b: 1, c: 1}) == {a: 1, c: 1}
    assert collapse_choices(store, {a: 2, b: 3}) == {a: 3}
    assert collapse_choices(store, {a: 2, b: 1}, keep="min") == {a: 1}


def test_duplicates_are_suggested_across_arabic_letter_variants(store: Store) -> None:
    w, _ = small_workshop(store)
    texts = [
        "إشراك الشباب في لجان القيادة",  # 0
        "اشراك الشباب فى لجان القيادة",  # 1: hamza and alef maqsura variants
        "إِشْرَاكُ الشَّبَابِ في لجان القيادة!",  # 2: tashkeel and punctuation
        "Financement pluriannuel des associations",  # 3
        "financement PLURIANNUEL des associations.",  # 4
        "تكوين الشابات في القيادة الجمعوية",  # 5: not a duplicate
        "مدرسة المستقبل",  # 6
        "مدرسه المستقبل",  # 7: teh marbuta variant
    ]
    ids = [add_idea(store, w, t) for t in texts]
    found = suggest_duplicates(store, w)
    groups = sorted(sorted(ids.index(i) for i in s.idea_ids) for s in found)
    assert groups == [[0, 1, 2], [3, 4], [6, 7]]
    assert all(s.score >= DUPLICATE_THRESHOLD for s in found)
    assert all(s.idea_ids[0] == min(s.idea_ids, key=ids.index) for s in found)  # oldest first

    merge_ideas(store, ids[3], [ids[4]])  # merged ones are no longer suggested
    dismissed = [pair_key(ids[6], ids[7])]
    found = suggest_duplicates(store, w, dismissed=dismissed)
    assert sorted(sorted(ids.index(i) for i in s.idea_ids) for s in found) == [[0, 1, 2]]


def test_a_dismissed_pair_stays_dismissed_after_reopening(store: Store, db_path: Path) -> None:
    w, _ = small_workshop(store)
    a = add_idea(store, w, "Monnaie locale complémentaire à Casablanca")
    b = add_idea(store, w, "Monaie locale complementaire a Casablanca")
    c = add_idea(store, w, "Monnaie locale complementaire a Casablanca !")
    d = add_idea(store, w, "Bourses pour les étudiantes rurales")
    e = add_idea(store, w, "Bourses pour les etudiantes rurales")
    assert {frozenset(s.idea_ids) for s in suggest_duplicates(store, w)} == {
        frozenset((a, b, c)),
        frozenset((d, e)),
    }
    ops_before = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    change = dismiss_group(store, w, (c, a, b))
    assert len(change.created) == 3  # one record per pair, each its derived id
    assert {i for _, i in change.created} == {
        dismissal_id(w, a, b),
        dismissal_id(w, c, a),
        dismissal_id(w, b, c),
    }
    assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == ops_before + 3
    row = store.require("dismissal", dismissal_id(w, b, a))
    assert [row["idea_a"], row["idea_b"]] == sorted((a, b))

    reopened = make_store(db_path)  # the page, and the app, closed and opened again
    assert [set(s.idea_ids) for s in suggest_duplicates(reopened, w)] == [{d, e}]
    assert dismissed_pairs(reopened, w) == {
        frozenset((a, b)),
        frozenset((a, c)),
        frozenset((b, c)),
    }
    assert dismiss_group(reopened, w, (a, b)).changes == []  # dismissing again changes nothing
    change.undo(reopened)  # undone: suggested again
    assert {frozenset(s.idea_ids) for s in suggest_duplicates(reopened, w)} == {
        frozenset((a, b, c)),
        frozenset((d, e)),
    }
    again = dismiss_group(reopened, w, (a, b, c))  # the same records, restored
    assert again.created == []
    assert len(again.changes) == 3
    assert len(reopened.list("dismissal", include_deleted=True)) == 3
    assert [set(s.idea_ids) for s in suggest_duplicates(reopened, w)] == [{d, e}]
    other = create_workshop(store, "Autre")
    with pytest.raises(ValidationError):
        dismiss_group(store, other, (d, e))


def test_dismissals_travel_in_bundles_and_merge_idempotently(tmp_path: Path) -> None:
    from sim_facilitator.engine.dump import dump_text
    from sim_facilitator.export.bundle.importer import IMPORTED, import_bundles
    from sim_facilitator.export.bundle.writer import export_bundle

    one = make_store(tmp_path / "one.db")
    two = make_store(tmp_path / "two.db")
    w = create_workshop(one, "Atelier")
    a = add_idea(one, w, "Monnaie locale complémentaire à Casablanca")
    b = add_idea(one, w, "Monaie locale complementaire a Casablanca")
    d = add_idea(one, w, "Bourses pour les étudiantes rurales")
    e = add_idea(one, w, "Bourses pour les etudiantes rurales")

    def send(source: Store, target: Store, name: str) -> int:
        info = export_bundle(source, tmp_path / name, [w])
        [report] = import_bundles(target, [info.path], trust_new_devices=True)
        assert report.status == IMPORTED, report.message
        assert report.summary is not None
        assert report.summary.conflicts == 0
        return report.summary.new

    send(one, two, "first.simbundle")
    assert len(suggest_duplicates(two, w)) == 2
    # Both laptops dismiss the same pair, offline; the second laptop another one too.
    dismiss_group(one, w, (a, b))
    dismiss_group(two, w, (b, a))
    dismiss_group(two, w, (d, e))
    send(one, two, "one.simbundle")
    send(two, one, "two.simbundle")
    for laptop in (one, two):
        assert suggest_duplicates(laptop, w) == []
        assert {r["id"] for r in laptop.list("dismissal")} == {
            dismissal_id(w, a, b),
            dismissal_id(w, d, e),
        }
        assert laptop.db.execute("SELECT count(*) FROM p_conflict").fetchone()[0] == 0
    assert dump_text(one.db) == dump_text(two.db)
    assert send(one, two, "again.simbundle") == 0  # a second import changes nothing
    assert dump_text(one.db) == dump_text(two.db)


def test_near_identical_spelling_is_suggested_but_a_different_idea_is_not(store: Store) -> None:
    w, _ = small_workshop(store)
    a = add_idea(store, w, "Monnaie locale complémentaire à Casablanca")
    b = add_idea(store, w, "Monaie locale complementaire a Casablanca")  # typo
    add_idea(store, w, "Monnaie locale à Rabat pour les coopératives")
    assert [set(s.idea_ids) for s in suggest_duplicates(store, w)] == [{a, b}]


def test_mapping_strengths_coverage_and_flags(store: Store) -> None:
    w, (p1, p2, p3) = small_workshop(store)
    a, b, c = (add_idea(store, w, t) for t in ("a", "b", "c"))
    cluster, _ = create_cluster(store, w, "K", [a, b])
    set_strength(store, "idea", a, p1, 3)
    set_strength(store, "idea", b, p1, 1)
    set_strength(store, "cluster", cluster, p1, 2)
    set_strength(store, "idea", c, p2, 2)
    with pytest.raises(ValidationError, match="strength"):
        set_strength(store, "idea", c, p2, 4)
    assert strengths(store, w)[(c, p2)] == 2
    mapping = store.require("mapping", mapping_id(a, p1))
    assert (mapping["target_kind"], mapping["strength"]) == ("idea", 3)

    cov = {x.principle_id: x for x in coverage(store, w)}
    assert (cov[p1].ideas, cov[p1].clusters, cov[p1].total_strength) == (2, 1, 6)
    assert cov[p1].by_strength == {1: 1, 2: 1, 3: 1}
    assert (cov[p2].ideas, cov[p2].clusters) == (1, 0)
    assert cov[p3].empty
    assert not cov[p1].empty
    assert uncovered_principles(store, w) == [p3]

    clear_mapping(store, "idea", c, p2)
    assert uncovered_principles(store, w) == [p2, p3]
    change = set_strength(store, "idea", c, p3, 1)
    change.undo(store)
    assert (c, p3) not in strengths(store, w)
    change.redo(store)
    assert strengths(store, w)[(c, p3)] == 1


def test_merged_idea_lends_its_mapping_to_the_survivor(store: Store) -> None:
    w, (p1, p2, _p3) = small_workshop(store)
    a, b = add_idea(store, w, "a"), add_idea(store, w, "b")
    set_strength(store, "idea", b, p2, 3)
    set_strength(store, "idea", a, p2, 1)
    set_strength(store, "idea", a, p1, 1)
    merge_ideas(store, a, [b])
    eff = effective_strengths(store, w)
    assert eff == {(a, p1): 1, (a, p2): 3}
    cov = {x.principle_id: x for x in coverage(store, w)}
    assert cov[p2].ideas == 1  # one surviving idea, not two


def test_same_mapping_on_two_laptops_is_one_row_and_a_strength_clash_is_a_conflict(
    tmp_path: Path,
) -> None:
    import json

    one = make_store(tmp_path / "one.db")
    w, (p1, p2, _) = small_workshop(one)
    idea = add_idea(one, w, "idée partagée")
    two = make_store(tmp_path / "two.db")

    def sync(src: Store, dst: Store) -> None:
        ops = [(i, json.loads(b)) for i, b in src.db.execute("SELECT op_id, body FROM ops")]
        with dst.transaction():
            insert_ops(dst.db, ops)
            reproject(dst.db, {(o["entity"], o["id"]) for _, o in ops})

    sync(one, two)
    set_strength(one, "idea", idea, p1, 2)
    set_strength(two, "idea", idea, p1, 2)
    set_strength(one, "idea", idea, p2, 1)
    set_strength(two, "idea", idea, p2, 3)
    sync(two, one)
    mappings = one.in_workshop("mapping", w)
    assert len(mappings) == 2  # one row per (idea, principle)
    assert conflicted_mappings(one, w) == {mapping_id(idea, p2)}
    # Choosing a value on a conflicted cell resolves it, even if it equals the winner.
    winner = one.require("mapping", mapping_id(idea, p2))["strength"]
    set_strength(one, "idea", idea, p2, winner)
    assert conflicted_mappings(one, w) == set()


def test_created_ms_from_uuid7_and_from_the_first_op(store: Store) -> None:
    w, _ = small_workshop(store)
    idea = add_idea(store, w, "x")
    ms = created_ms(store, "idea", idea)
    assert ms is not None
    assert abs(ms - store.clock.last // 65536) < 60_000
    other = store.create("idea", {"workshop_id": w, "text": "y"}, entity_id="legacy-id")
    assert created_ms(store, "idea", other) == store.clock.last >> 16


def test_demo_workshop_has_clusters_mappings_actions_and_a_flagged_principle(
    store: Store,
) -> None:
    w = create_demo(store)
    assert len(clusters_of(store, w)) == 4
    assert sum(len(v) for k, v in cluster_members(store, w).items() if k) >= 20
    assert len(strengths(store, w)) > 40
    principles = principles_of(store, w)
    assert uncovered_principles(store, w) == [principles[3]["id"]]
    assert len(merged_groups(store, w)) == 1


def test_dump_shows_clusters_mappings_and_actions_of_the_demo(store: Store) -> None:
    from sim_facilitator.engine.dump import dump_data

    w = create_demo(store)
    data = dump_data(store.db)
    assert {c["workshop_id"] for c in data["clusters"]} == {w}
    assert len(data["clusters"]) == 4
    assert all(m["id"] == mapping_id(m["target_id"], m["principle_id"]) for m in data["mappings"])
    assert len(data["actions"]) == 3


def test_duplicate_suggestions_scale_and_still_find_repeats(store) -> None:  # type: ignore[no-untyped-def]
    """Thousands of ideas: repeated and near-identical texts are found without a quadratic scan."""
    import random

    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.domain.organise.duplicates import suggest_duplicates
    from sim_facilitator.domain.workshops import create_workshop

    rng = random.Random(5)
    words = [
        "تمويل",
        "جمعيات",
        "تضامن",
        "شباب",
        "نساء",
        "financement",
        "coopérative",
        "solidarité",
        "formation",
    ]
    workshop = create_workshop(store, "Grand atelier")
    with store.transaction():
        for n in range(3000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 10)))
            add_idea(store, workshop, f"{text} {n}")
        repeated = [add_idea(store, workshop, "Oui") for _ in range(45)]
        typo_a = add_idea(store, workshop, "Renforcer les capacités des coopératives féminines")
        typo_b = add_idea(store, workshop, "Renforcer les capacites des cooperatives feminines")
    groups = {frozenset(s.idea_ids) for s in suggest_duplicates(store, workshop)}
    assert frozenset(repeated) in groups  # a text repeated by many people
    assert any({typo_a, typo_b} <= g for g in groups)
