"""The facilitator's overview of a breakout and the report-back pages (issue 26, items 2-3)."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.tables.overview import overview, report_back
from sim_facilitator.domain.tables.records import create_tables, seat, set_roles
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.room.ideas import add_room_idea, hide_idea
from tests.helpers.stores import make_store


def test_overview_counts_shown_ideas_and_marks_silent_tables(tmp_path: Path) -> None:
    store = make_store(tmp_path / "o.db")
    workshop = create_workshop(store, "Atelier d'Oujda")
    agenda = add_agenda_item(store, workshop, "Tables", 30)
    a, b, c = create_tables(store, workshop, agenda, ["A", "B", "C"])
    named = add_participant(store, workshop, "Rachid Named", consent_named=True)
    private = add_participant(store, workshop, "Leila Private", consent_named=False)
    seat(store, workshop, named, a)
    seat(store, workshop, private, a)
    set_roles(store, workshop, a, scribe_id=private, reporter_id=named)
    add_idea(store, workshop, "Idée A1", table_id=a)
    add_idea(store, workshop, "Idée A2", table_id=a)
    hidden = add_idea(store, workshop, "Idée B cachée", table_id=b)
    hide_idea(store, hidden)  # set aside by the facilitator: counts nowhere
    add_idea(store, workshop, "Idée plénière")
    status = {s.table.id: s for s in overview(store, workshop, agenda)}
    assert [status[t].ideas for t in (a, b, c)] == [2, 0, 0]
    assert [status[t].silent for t in (a, b, c)] == [False, True, True]
    assert status[a].scribe == "Leila Private"  # the facilitator's own laptop knows the name
    assert len(status[a].code) == 6

    pages = report_back(store, workshop, agenda)
    assert [p.table.name for p in pages] == ["A", "B", "C"]
    assert [i["text"] for i in pages[0].ideas] == ["Idée A1", "Idée A2"]
    assert pages[0].reporter == "Rachid Named"
    set_roles(store, workshop, a, scribe_id=named, reporter_id=private)
    assert report_back(store, workshop, agenda)[0].reporter is None  # not consented: not shown
    assert pages[1].ideas == []


def test_eight_scribes_two_hundred_ideas_each_stored_once(tmp_path: Path) -> None:
    """8 tables × 25 ideas, each sent twice (a retry after a dropped answer)."""
    store = make_store(tmp_path / "p.db")
    workshop = create_workshop(store, "Rencontre nationale")
    agenda = add_agenda_item(store, workshop, "Tables", 60)
    tables = create_tables(store, workshop, agenda, [f"T{n}" for n in range(8)])
    from sim_facilitator.domain.tables.records import table_code

    for n, table in enumerate(tables):
        code = table_code(store, table)
        for k in range(25):
            for _attempt in range(2):
                add_room_idea(
                    store,
                    workshop,
                    f"scribe-{n:02d}-client-token",
                    f"sub-{k:04d}-xxxxxxxx",
                    f"Idée {k} de la table {n}",
                    table_code=code,
                )
    counts = [s.ideas for s in overview(store, workshop, agenda)]
    assert counts == [25] * 8


def test_gallery_walk_vote_over_every_tables_ideas_with_results_per_table(tmp_path: Path) -> None:
    import pytest

    from sim_facilitator.domain.tables.gallery import (
        create_gallery_round,
        gallery_results,
        gallery_round_of,
    )
    from sim_facilitator.domain.votes.ballots import cast_ballot
    from sim_facilitator.domain.votes.lifecycle import close_round, open_round
    from sim_facilitator.engine.errors import DomainError

    store = make_store(tmp_path / "g.db")
    workshop = create_workshop(store, "Atelier de Safi")
    agenda = add_agenda_item(store, workshop, "Tables", 30)
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    with pytest.raises(DomainError, match="at least two ideas"):
        create_gallery_round(store, workshop, agenda, "Galerie")
    a1 = add_idea(store, workshop, "A1", table_id=a)
    a2 = add_idea(store, workshop, "A2", table_id=a)
    b1 = add_idea(store, workshop, "B1", table_id=b)
    add_idea(store, workshop, "Plénière")  # not a table's: not an option
    round_id = create_gallery_round(store, workshop, agenda, "Galerie", "dots")
    assert store.require("round", round_id)["options"] == [a1, a2, b1]
    assert gallery_round_of(store, workshop, agenda) == round_id
    voters = [add_participant(store, workshop, f"V{n}", consent_named=True) for n in range(3)]
    open_round(store, round_id)
    for voter, choices in zip(
        voters, ({a2: 2, b1: 1}, {a2: 1, b1: 2}, {a1: 1, a2: 2}), strict=True
    ):
        cast_ballot(store, round_id, voter, choices)
    assert gallery_results(store, workshop, agenda, round_id).overall == []  # open: withheld
    close_round(store, round_id)
    results = gallery_results(store, workshop, agenda, round_id)
    assert [(o.label, o.points) for o in results.overall] == [("A2", 5), ("B1", 3), ("A1", 1)]
    per_table = {t.name: [(o.label, o.points) for o in opts] for t, opts in results.by_table}
    assert per_table == {"A": [("A2", 5), ("A1", 1)], "B": [("B1", 3)]}
