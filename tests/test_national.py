"""The coordinator's national figures, checked against hand-computed values."""

from __future__ import annotations

from sim_facilitator.models.demo import create_demo
from sim_facilitator.models.national import NationalFilter, national_picture
from sim_facilitator.models.store import Store


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
