"""Breakout tables (issue 26, item 1): dealing people to tables, seats and roles as
records that merge through bundles and are covered by erasure, and the CLI."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.domain.tables.assignment import (
    Person,
    balanced,
    count_off,
    excess,
    organisation_key,
    same_organisation_pairs,
)
from sim_facilitator.domain.tables.records import (
    assign,
    create_tables,
    seat,
    seats_of,
    set_roles,
    tables_of,
)
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.oplog import op_texts_for_keys
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, import_file
from sim_facilitator.export.bundle.writer import build_bundle
from tests.helpers.cli import run_cli
from tests.helpers.stores import make_store

ORGS = ["Association Tifawt", "Coopérative Argan", "Commune de Tiznit", "جمعية الأمل", "ONG Amal"]
KINDS = ["association", "cooperative", "public_body", "citizen", "company"]


def seeded_roster(seed: int, size: int = 40) -> list[Person]:
    """People arriving in small groups of colleagues, as at a real door."""
    rng = random.Random(seed)
    people: list[Person] = []
    while len(people) < size:
        org_index = rng.randrange(len(ORGS) + 1)
        group = min(rng.randint(1, 4), size - len(people))
        for _ in range(group):
            if org_index == len(ORGS):  # a citizen on their own
                people.append(Person(f"p{len(people):03d}", None, "citizen"))
            else:
                people.append(Person(f"p{len(people):03d}", ORGS[org_index], KINDS[org_index]))
    return people


def _per_table(people: list[Person], seats: list[int], key: str) -> Counter[tuple[str, int]]:
    return Counter(
        (str(getattr(p, key)), seats[i]) for i, p in enumerate(people) if getattr(p, key)
    )


@pytest.mark.parametrize("seed", range(12))
def test_counting_off_40_into_5_tables_separates_organisations(seed: int) -> None:
    people = seeded_roster(seed)
    naive = [i % 5 for i in range(40)]
    seats = count_off(people, 5)
    assert sorted(Counter(seats).values()) == [8, 8, 8, 8, 8]
    # Every organisation is as spread out as five tables allow.
    sizes = Counter(organisation_key(p) for p in people if p.organisation)
    for (org, _table), n in _per_table(people, seats, "organisation").items():
        assert n <= -(-sizes[organisation_key(Person("x", org))] // 5), (org, n)
    assert excess(people, seats, 5) == 0
    # Still a counting off: most people keep the table their number gave them.
    assert sum(a == b for a, b in zip(seats, naive, strict=True)) >= 20


def test_plain_counting_off_would_have_put_colleagues_together() -> None:
    # The seeded rosters really hold colleagues arriving together: numbering off
    # alone leaves some of them at one table (so the test above can fail).
    naive = [i % 5 for i in range(40)]
    assert sum(excess(seeded_roster(seed), naive, 5) > 0 for seed in range(12)) >= 3
    for seed in range(12):
        people = seeded_roster(seed)
        assert same_organisation_pairs(people, count_off(people, 5)) <= same_organisation_pairs(
            people, naive
        )


def test_organisation_spellings_count_as_one() -> None:
    people = [Person(str(i), name) for i, name in enumerate(["ONG Amal", "ong  amal", "ONG AMAL"])]
    seats = count_off(people + [Person("x"), Person("y"), Person("z")], 3)
    assert len({seats[0], seats[1], seats[2]}) == 3


def test_balanced_spreads_kinds_and_organisations() -> None:
    people = seeded_roster(7)
    seats = balanced(people, 5)
    assert sorted(Counter(seats).values()) == [8, 8, 8, 8, 8]
    kinds = Counter(p.kind for p in people)
    for (kind, _table), n in _per_table(people, seats, "kind").items():
        assert n <= -(-kinds[kind] // 5)
    assert excess(people, seats, 5) == 0


def test_too_many_colleagues_for_the_tables_is_as_good_as_possible() -> None:
    people = [Person(str(i), "Same Org") for i in range(10)] + [Person("a"), Person("b")]
    seats = count_off(people, 3)
    per_table = Counter(seats[i] for i in range(10))
    assert max(per_table.values()) == 4
    assert min(per_table.values()) == 3


# -- records --------------------------------------------------------------


def _workshop(
    tmp_path: Path, people: int = 12, name: str = "a.db"
) -> tuple[Store, str, str, list[str]]:
    store = make_store(tmp_path / name)
    workshop = create_workshop(store, "Consultation de Tiznit")
    agenda = add_agenda_item(store, workshop, "Travail en tables", 45)
    ids = [
        add_participant(
            store,
            workshop,
            f"Personne {i}",
            consent_named=True,
            organisation=ORGS[i % 3],
            kind=KINDS[i % 3],
        )
        for i in range(people)
    ]
    return store, workshop, agenda, ids


def test_tables_created_assigned_with_one_scribe_and_one_reporter(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path)
    ids = create_tables(store, workshop, agenda, ["A", "B", "C"], ["Quels besoins ?"])
    placed = assign(store, workshop, agenda, "count")
    assert set(placed) == set(people)
    tables = tables_of(store, workshop, agenda)
    assert [t.id for t in tables] == ids
    assert [t.question for t in tables] == ["Quels besoins ?"] * 3
    for table in tables:
        assert len(table.member_ids) == 4
        assert table.scribe_id in table.member_ids
        assert table.reporter_id in table.member_ids
        assert table.scribe_id != table.reporter_id
        orgs = [store.require("participant", m)["organisation"] for m in table.member_ids]
        assert len(set(orgs)) == 3  # four people from three organisations: all three


def test_a_participant_has_one_seat_per_breakout(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path)
    a, b = create_tables(store, workshop, agenda, ["A", "B"], ["Q1", "Q2"])
    assign(store, workshop, agenda, "count")
    person = people[0]
    where = seats_of(store, workshop, agenda)[person]["table_id"]
    other = b if where == a else a
    seat(store, workshop, person, other)
    assert seats_of(store, workshop, agenda)[person]["table_id"] == other
    assert len(store.in_workshop("table_seat", workshop)) == len(people)
    memberships = [t.member_ids.count(person) for t in tables_of(store, workshop, agenda)]
    assert memberships == [1, 0] if other == a else [0, 1]
    # A second breakout seats the same person again, independently.
    later = add_agenda_item(store, workshop, "Deuxième tour", 30)
    (c,) = create_tables(store, workshop, later, ["C"])
    seat(store, workshop, person, c)
    assert seats_of(store, workshop, agenda)[person]["table_id"] == other


def test_moving_the_scribe_away_frees_the_role_and_reassigning_keeps_choices(
    tmp_path: Path,
) -> None:
    store, workshop, agenda, people = _workshop(tmp_path)
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    chosen = people[5]
    seat(store, workshop, chosen, b)  # self-selection, before the rest are dealt
    assign(store, workshop, agenda, "balanced", keep_existing=True)
    assert seats_of(store, workshop, agenda)[chosen]["table_id"] == b
    sizes = sorted(len(t.member_ids) for t in tables_of(store, workshop, agenda))
    assert sizes == [6, 6]
    table_b = tables_of(store, workshop, agenda)[1]
    set_roles(store, workshop, b, scribe_id=chosen)
    seat(store, workshop, chosen, a)
    assert store.require("breakout_table", b)["scribe_id"] is None
    assert table_b.id == b


def test_refusals_change_nothing(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path)
    with pytest.raises(DomainError, match="at least one table"):
        create_tables(store, workshop, agenda, ["  "])
    with pytest.raises(DomainError, match="one question for each"):
        create_tables(store, workshop, agenda, ["A", "B", "C"], ["q1", "q2"])
    with pytest.raises(DomainError, match="no breakout tables"):
        assign(store, workshop, agenda, "count")
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    assign(store, workshop, agenda, "count")
    before = dump_text(store.db)
    outsider = next(p for p in people if p not in tables_of(store, workshop, agenda)[0].member_ids)
    with pytest.raises(DomainError, match="does not sit at this table"):
        set_roles(store, workshop, a, scribe_id=outsider)
    member = tables_of(store, workshop, agenda)[0].member_ids[0]
    with pytest.raises(DomainError, match="two different people"):
        set_roles(store, workshop, a, scribe_id=member, reporter_id=member)
    with pytest.raises(DomainError, match="not a way"):
        assign(store, workshop, agenda, "alphabetical")
    assert dump_text(store.db) == before


def test_tables_travel_in_bundles_and_merge(tmp_path: Path) -> None:
    store, workshop, agenda, _people = _workshop(tmp_path)
    create_tables(store, workshop, agenda, ["A", "B", "C"], ["Q"])
    assign(store, workshop, agenda, "balanced")
    data, manifest = build_bundle(store, [workshop])
    assert manifest["counts"]["breakout_table"] == 3
    assert manifest["counts"]["table_seat"] == 12
    other = make_store(tmp_path / "b.db")
    report = import_file(other, data, trust_new_devices=True, file_name="t.simbundle")
    assert report.status == IMPORTED, report.error
    mine = [
        (t.name, t.question, t.scribe_id, sorted(t.member_ids)) for t in tables_of(store, workshop)
    ]
    theirs = [
        (t.name, t.question, t.scribe_id, sorted(t.member_ids)) for t in tables_of(other, workshop)
    ]
    assert mine == theirs
    # Both laptops move the same person: one seat, one conflict on its table, no second seat.
    person = sorted(tables_of(store, workshop)[0].member_ids)[0]
    tables = [t.id for t in tables_of(store, workshop)]
    seat(store, workshop, person, tables[1])
    seat(other, workshop, person, tables[2])
    back, _ = build_bundle(other, [workshop])
    assert (
        import_file(store, back, trust_new_devices=True, file_name="u.simbundle").status == IMPORTED
    )
    assert len(store.in_workshop("table_seat", workshop)) == 12
    conflicts = json.loads(dump_text(store.db))["conflicts"]
    assert any(c.get("entity") == "table_seat" for c in conflicts), conflicts


def test_erasure_removes_the_person_from_seats_and_roles_in_every_op(tmp_path: Path) -> None:
    store, workshop, agenda, _people = _workshop(tmp_path)
    create_tables(store, workshop, agenda, ["A", "B"])
    assign(store, workshop, agenda, "count")
    table = tables_of(store, workshop, agenda)[0]
    scribe = str(table.scribe_id)
    data_before, _ = build_bundle(store, [workshop])
    other = make_store(tmp_path / "b.db")
    assert (
        import_file(other, data_before, trust_new_devices=True, file_name="a.simbundle").status
        == IMPORTED
    )

    erase_participant(store, scribe)
    after = tables_of(store, workshop, agenda)[0]
    assert after.scribe_id is None
    assert scribe not in after.member_ids
    keys = [("breakout_table", t.id) for t in tables_of(store, workshop)]
    keys += [
        ("table_seat", s["id"])
        for s in store.in_workshop("table_seat", workshop, include_deleted=True)
    ]
    assert not any(scribe in text for _id, text in op_texts_for_keys(store.db, keys))
    # The other laptop, which had the seats, loses the link too when the erasure arrives.
    data, manifest = build_bundle(store, [workshop])
    # Redacted seats and tables are unknown to a 1.1 reader as redactable: it must be
    # told to update rather than find a "malformed op".
    assert manifest["min_reader_version"] == "1.2"
    assert (
        import_file(other, data, trust_new_devices=True, file_name="e.simbundle").status == IMPORTED
    )
    assert not any(scribe in text for _id, text in op_texts_for_keys(other.db, keys))
    assert tables_of(other, workshop, agenda)[0].scribe_id is None


# -- command line -----------------------------------------------------------


def test_cli_create_assign_list(tmp_path: Path) -> None:
    store, workshop, agenda, people = _workshop(tmp_path)
    db = str(tmp_path / "a.db")
    store.db.conn.close()
    made = run_cli(
        "tables",
        "create",
        "--db",
        db,
        "--workshop",
        workshop,
        "--name",
        "Table 1",
        "--name",
        "Table 2",
        "--question",
        "Que faire ?",
    )
    assert made.returncode == 0, made.stderr
    table_ids = made.stdout.split()
    assert len(table_ids) == 2
    dealt = run_cli("tables", "assign", "--db", db, "--workshop", workshop, "--by", "balanced")
    assert dealt.returncode == 0, dealt.stderr
    assert "12 participant(s) seated" in dealt.stdout
    listed = run_cli(
        "tables", "list", "--db", db, "--workshop", workshop, "--agenda", agenda, "--json"
    )
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["name"] for r in rows] == ["Table 1", "Table 2"]
    assert sorted(m for r in rows for m in r["member_ids"]) == sorted(people)
    member = rows[0]["member_ids"][1]
    roles = run_cli(
        "tables",
        "assign",
        "--db",
        db,
        "--workshop",
        workshop,
        "--table",
        table_ids[0],
        "--reporter",
        member,
    )
    assert roles.returncode == 0, roles.stderr
    text = run_cli("tables", "list", "--db", db, "--workshop", workshop)
    assert "reporter Personne" in text.stdout
    assert "Que faire ?" in text.stdout


def test_cli_refusals_exit_1_with_one_line_and_change_nothing(tmp_path: Path) -> None:
    store, workshop, agenda, _people = _workshop(tmp_path)
    (table,) = create_tables(store, workshop, agenda, ["Seule"])
    outsider = add_participant(store, workshop, "Absent", present=False, consent_named=True)
    before = dump_text(store.db)
    store.db.conn.close()
    db = str(tmp_path / "a.db")
    for args, reason in (
        (["assign", "--by", "count", "--table", table], "Say how to assign"),
        (["assign", "--table", table, "--scribe", outsider], "does not sit at this table"),
        (["assign", "--table", "nope", "--participant", outsider], "no breakout_table"),
        (
            [
                "create",
                "--name",
                "A",
                "--name",
                "B",
                "--question",
                "1",
                "--question",
                "2",
                "--question",
                "3",
            ],
            "one question for each",
        ),
        (["list", "--agenda", "missing"], "no agenda"),
    ):
        done = run_cli("tables", *args, "--db", db, "--workshop", workshop)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
        assert reason in done.stderr, done.stderr
    after = make_store(tmp_path / "a.db")
    assert dump_text(after.db) == before
