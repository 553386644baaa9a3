"""Breakout tables changed by hand (issue 26, item 1): a table renamed or given its
own question, someone taken off their table, an empty table removed; refusals
change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.tables.records import (
    assign,
    create_tables,
    edit_table,
    remove_table,
    seat,
    seats_of,
    set_roles,
    tables_of,
    unseat,
)
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import DomainError
from tests.unit.test_tables import _workshop


def test_each_table_gets_its_own_name_and_question(tmp_path: Path) -> None:
    store, workshop, agenda, _people = _workshop(tmp_path)
    a, b = create_tables(store, workshop, agenda, ["Table 1", "Table 2"], ["Quels besoins ?"])
    assert edit_table(store, workshop, a, name="  Jeunes  ", question="ما هي الأولويات؟")
    assert edit_table(store, workshop, b, question="")
    assert not edit_table(store, workshop, a, name="Jeunes")  # nothing new: no op
    tables = tables_of(store, workshop, agenda)
    assert [(t.name, t.question) for t in tables] == [
        ("Jeunes", "ما هي الأولويات؟"),
        ("Table 2", ""),
    ]


def test_unseating_frees_the_seat_and_the_roles(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path, people=4)
    (a,) = create_tables(store, workshop, agenda, ["A"])
    assign(store, workshop, agenda, "count")
    scribe = store.require("breakout_table", a)["scribe_id"]
    assert scribe in people
    assert unseat(store, workshop, agenda, scribe)
    assert scribe not in seats_of(store, workshop, agenda)
    assert store.require("breakout_table", a)["scribe_id"] is None
    assert not unseat(store, workshop, agenda, scribe)  # already off: nothing to do
    # Seated again later: one seat, not two.
    seat(store, workshop, scribe, a)
    assert tables_of(store, workshop, agenda)[0].member_ids.count(scribe) == 1


def test_an_empty_table_goes_and_one_with_ideas_stays(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path, people=4)
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    assign(store, workshop, agenda, "count")
    set_roles(store, workshop, a)
    add_idea(store, workshop, "Un fonds local pour les coopératives", table_id=a)
    before = dump_text(store.db)
    with pytest.raises(DomainError, match="already has ideas"):
        remove_table(store, workshop, a)
    with pytest.raises(DomainError, match="needs a name"):
        edit_table(store, workshop, a, name="   ")
    assert dump_text(store.db) == before
    remove_table(store, workshop, b)
    assert [t.id for t in tables_of(store, workshop, agenda)] == [a]
    # B's members are free to be seated again.
    seated = seats_of(store, workshop, agenda)
    assert all(s["table_id"] == a for s in seated.values())
    assert len(seated) == 2
