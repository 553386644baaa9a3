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
