"""The coordinator's national figures, checked against hand-computed values."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.national import (
    CoverageCell,
    NationalFilter,
    bundle_sources,
    national_picture,
    sources,
)
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import ImportReport, import_bundles
from sim_facilitator.export.bundle.writer import export_bundle
from tests.helpers.national_bundles import FIVE_WORKSHOPS, build_national
from tests.helpers.stores import make_store


def _three_workshops(store: Store) -> list[str]:
    return [
        create_demo(store, region="Fès-Meknès", date="2025-03-12", participants=12),
        create_demo(store, region="Souss-Massa", date="2025-04-02", participants=8),
        create_demo(store, region="L'Oriental", date="2025-05-20", participants=5),
    ]


def test_participation_and_gender_balance(store: Store) -> None:
    _three_workshops(store)
    picture = national_picture(store)
    p = picture.participation
    assert (p.workshops, p.people) == (3, 25)
    # Demo people alternate F/M from a woman: 12 -> 6F 6M, 8 -> 4F 4M, 5 -> 3F 2M.
    assert p.by_gender == {"female": 13, "male": 12}
    # Eleven distinct organisations among the twelve demo people (one has none).
    assert p.organisations == 11


def test_filter_by_region_and_date(store: Store) -> None:
    _three_workshops(store)
    only_souss = national_picture(store, NationalFilter(regions=frozenset({"Souss-Massa"})))
    assert only_souss.participation.people == 8
    spring = national_picture(store, NationalFilter(date_from="2025-04-01", date_to="2025-04-30"))
    assert [w["region"] for w in spring.workshops] == ["Souss-Massa"]


def test_coverage_heat_map_and_uncovered_principles(store: Store) -> None:
    ids = _three_workshops(store)
    picture = national_picture(store)
    assert len(picture.principles) == 5  # the demo workshops share one framework
    first = picture.principles[0].id
    # Principle 1: ideas n with 2n mod 5 in {2,3,4} -> 24 of the 39 live ideas, strengths 48.
    cell = picture.coverage[ids[0]][first]
    assert (cell.ideas, cell.strength) == (24, 48)
    fourth = picture.principles[3].id  # left uncovered on purpose by the demo
    assert all(picture.coverage[w][fourth].ideas == 0 for w in ids)
    # Actions serve principles 1, 3 and 2: principles 4 and 5 have none anywhere.
    assert picture.principles_without_action == [p.id for p in picture.principles[3:]]
    assert picture.actions_by_owner == {
        "Fondation Amane": 3,
        "Université Mohammed V": 3,
        "We Speak Citizen": 3,
    }


# -- a national database built from bundles of five laptops ---------------------
def _national(store: Store, tmp_path: Path) -> list[ImportReport]:
    return build_national(store, tmp_path / "national")


def test_national_picture_from_five_laptops_bundles(store: Store, tmp_path: Path) -> None:
    reports = _national(store, tmp_path)
    assert len({r.device_fingerprint for r in reports}) == 5, "five different laptops"
    picture = national_picture(store)
    p = picture.participation
    # The coordinator's kit workshop is not a workshop of the consultation.
    assert [w["region"] for w in picture.workshops] == [r for r, _, _ in FIVE_WORKSHOPS]
    assert (p.workshops, p.people) == (5, 12 + 8 + 5 + 10 + 7)
    # Alternating F/M from a woman: 6/6, 4/4, 3/2, 5/5, 4/3.
    assert p.by_gender == {"female": 22, "male": 20}
    # One shared framework (sent as a kit): five principles, not five copies.
    assert len(picture.principles) == 5
    first, fourth = picture.principles[0].id, picture.principles[3].id
    for w in picture.workshops:
        assert picture.coverage[w["id"]][first] == CoverageCell(24, 48)
        assert picture.coverage[w["id"]][fourth] == CoverageCell(0, 0)


def test_consolidated_actions_from_five_workshops(store: Store, tmp_path: Path) -> None:
    _national(store, tmp_path)
    picture = national_picture(store)
    ids = [p.id for p in picture.principles]
    # Three actions per workshop serving principles 1, 3 and 2: five of each.
    assert picture.actions_by_principle == {ids[0]: 5, ids[1]: 5, ids[2]: 5, ids[3]: 0, ids[4]: 0}
    assert picture.principles_without_action == ids[3:]
    assert picture.actions_by_owner == {
        "Fondation Amane": 5,
        "Université Mohammed V": 5,
        "We Speak Citizen": 5,
    }
    assert picture.actions_by_due_month == {"2025-06": 5, "2025-09": 5, "2025-12": 5}


def test_top_options_normalised_by_each_rounds_ballots(store: Store, tmp_path: Path) -> None:
    _national(store, tmp_path)
    picture = national_picture(store)
    region = {w["id"]: w["region"] for w in picture.workshops}
    dots = [r for r in picture.top_options if r["method"] == "dots"]
    # Demo dot ballots: all present but two vote, 3 dots each along a 4-ballot cycle.
    # Fès-Meknès, 10 ballots: cluster 4 gets 10 dots; L'Oriental, 3 ballots: 3 dots.
    fes = next(r for r in dots if region[r["workshop_id"]] == "Fès-Meknès")
    oriental = next(r for r in dots if region[r["workshop_id"]] == "L'Oriental")
    assert (fes["points"], fes["ballots"]) == (10, 10)
    assert (oriental["points"], oriental["ballots"]) == (3, 3)
    # Raw dots say Fès is three times as keen; per voter they are level.
    assert fes["per_voter"] == oriental["per_voter"] == 1.0
    # Souss-Massa (6 ballots): 6 dots on cluster 4, then 5 on the financing cluster.
    souss = [r for r in dots if region[r["workshop_id"]] == "Souss-Massa"]
    assert [(r["points"], round(r["per_voter"], 3)) for r in souss[:2]] == [(6, 1.0), (5, 0.833)]
    # The approval tally (11 voters, 9 approvals) ranks below every 1.0 option.
    approval = [r for r in picture.top_options if r["method"] == "approval"]
    assert approval
    assert all(round(r["per_voter"], 3) == 0.818 for r in approval)
    assert picture.top_options.index(approval[0]) > picture.top_options.index(souss[1])


def test_sources_name_each_laptop_and_when_it_was_received(store: Store, tmp_path: Path) -> None:
    reports = _national(store, tmp_path)
    rows = sources(store)
    assert [s.region for s in rows] == [r for r, _, _ in FIVE_WORKSHOPS]
    assert [s.device_fingerprint for s in rows] == [r.device_fingerprint for r in reports]
    assert all(s.trusted and not s.own and s.received_ms for s in rows)
    assert {s.facilitator for s in rows} == {"Amina Kettani"}
    bundles = bundle_sources(store)
    assert [b.file_name for b in bundles] == [f"workshop-{n:03d}.simbundle" for n in range(5)]
    assert [b.device_fingerprint for b in bundles] == [r.device_fingerprint for r in reports]


def test_a_laptop_known_only_through_another_bundle_is_not_trusted(
    store: Store, tmp_path: Path
) -> None:
    """A relayed workshop: laptop B passes on laptop A's workshop; only B was accepted."""
    from tests.helpers.national_bundles import prepare_kit, workshop_bundle

    kit = prepare_kit(store, tmp_path / "kit")
    a_bundle = workshop_bundle(tmp_path, 0, kit, "Souss-Massa", "2025-04-02", 6)
    relay = make_store(tmp_path / "relay.db")
    assert all(r.ok for r in import_bundles(relay, [a_bundle], trust_new_devices=True))
    relayed = tmp_path / "relayed.simbundle"
    export_bundle(relay, relayed, [w["id"] for w in relay.list("workshop") if not w["is_kit"]])
    assert all(r.ok for r in import_bundles(store, [relayed], trust_new_devices=True))
    [row] = sources(store)
    assert row.region == "Souss-Massa"
    assert not row.trusted
    assert row.device_fingerprint == ""
    assert row.received_ms is None
