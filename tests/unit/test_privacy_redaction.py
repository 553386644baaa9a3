"""Erasing a participant who had consented to be named: their name leaves every op
of every laptop's log (redaction), the database files, backups, bundles, minutes
and CSV — and never comes back, whatever order bundles arrive in."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import unicodedata
from itertools import permutations
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim_facilitator.domain.actions import create_action
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.backup import integrity_problem, make_backup
from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.oplog import op_texts_for_keys
from sim_facilitator.engine.redaction import PERSONAL_FIELDS, join, redact
from sim_facilitator.engine.scope import workshop_keys
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store, pseudonym
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.importer import IMPORTED, import_file
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import build_bundle, make_manifest, pack_bundle
from sim_facilitator.export.minutes.document import write_minutes
from sim_facilitator.export.open_data import export_open_data
from tests.helpers.stores import make_store

LATIN = "Youssef Erasable-Named"
ARABIC = "سلمى المحذوفة"
ORGANISATION = "Association Ferme-Secrète"
OLD_NAME = "Youssef E. Earlier"
SECRETS = (LATIN, ARABIC, ORGANISATION, OLD_NAME)


def _raw(path: Path) -> bytes:
    """The database file and its WAL, as a person with a hex editor would read them."""
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _leaks(data: bytes) -> list[str]:
    found = []
    for secret in SECRETS:
        for form in ("NFC", "NFD"):
            if unicodedata.normalize(form, secret).encode("utf-8") in data:
                found.append(secret)
    return found


def _world(tmp_path: Path) -> tuple[Store, str, list[str]]:
    """A workshop whose two consenting participants shared their names in ops."""
    store = make_store(tmp_path / "a.db")
    workshop = create_workshop(store, "Atelier de Zagora")
    latin = add_participant(
        store,
        workshop,
        OLD_NAME,
        consent_named=True,
        organisation=ORGANISATION,
        gender="male",
        age_band="25_34",
        kind=None,
    )
    store.update("participant", latin, {"name": LATIN})  # the old name stays in an op
    arabic = add_participant(store, workshop, ARABIC, consent_named=True, gender="female")
    kept = add_participant(store, workshop, "Karim Stays", consent_named=True)
    add_idea(store, workshop, "Une idée à garder", author_id=latin)
    add_idea(store, workshop, "فكرة يجب الاحتفاظ بها", author_id=arabic)
    create_action(store, workshop, "Écrire au conseil", owner=LATIN.upper())
    assert _leaks(_raw(tmp_path / "a.db"))  # the check can fail
    return store, workshop, [latin, arabic, kept]


def _bundle_text(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def _deliver(store: Store, data: bytes) -> None:
    report = import_file(store, data, trust_new_devices=True, file_name="x.simbundle")
    assert report.status == IMPORTED, report.error


def test_erasure_leaves_no_byte_of_the_name_on_this_laptop(tmp_path: Path) -> None:
    store, workshop, (latin, arabic, kept) = _world(tmp_path)
    db = tmp_path / "a.db"
    before = make_backup(store.db.conn, db, "before")
    assert _leaks(before.read_bytes())

    first = erase_participant(store, latin)
    second = erase_participant(store, arabic)
    assert first.ideas_anonymised == 1
    assert second.ideas_anonymised == 1
    assert first.records_redacted == 3  # the participant, their idea, the action they own
    assert first.backups_scrubbed == 1

    assert _leaks(_raw(db)) == []
    # The older backup was cleaned in place and is still a sound, restorable database.
    assert _leaks(before.read_bytes()) == []
    assert integrity_problem(before) is None
    assert _leaks(make_backup(store.db.conn, db, "after").read_bytes()) == []
    data, manifest = build_bundle(store, [workshop])
    assert _leaks(_bundle_text(data)) == []
    assert manifest["min_reader_version"] == "1.1"
    export_open_data(store, tmp_path / "csv", None, "fr")
    assert _leaks(b"".join(p.read_bytes() for p in (tmp_path / "csv").glob("*.csv"))) == []

    # Ideas stay, anonymous; the others are untouched.
    texts = {i["text"]: i["author_id"] for i in store.in_workshop("idea", workshop)}
    assert texts == {"Une idée à garder": None, "فكرة يجب الاحتفاظ بها": None}
    assert [p["id"] for p in store.in_workshop("participant", workshop)] == [kept]
    erased = store.get("participant", latin)
    assert erased is not None
    assert erased["name"] == pseudonym(latin)
    assert erased["deleted"]
    assert erased["organisation"] is None
    assert erased["gender"] is None
    # The projection still follows from the (redacted) op log.
    dump = dump_text(store.db)
    store.db.execute("DELETE FROM p_participant")
    from sim_facilitator.engine.oplog import reproject_all

    reproject_all(store.db)
    assert dump_text(store.db) == dump


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
def test_minutes_after_erasure_do_not_name_them(tmp_path: Path) -> None:
    store, workshop, (latin, arabic, _) = _world(tmp_path)
    erase_participant(store, latin)
    erase_participant(store, arabic)
    for lang in ("ar", "fr", "ar+fr"):
        pdf = tmp_path / f"minutes-{lang}.pdf"
        write_minutes(store, workshop, lang, pdf)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        ).stdout
        assert b"Karim Stays" in text  # the check can fail
        assert _leaks(unicodedata.normalize("NFKC", text.decode()).encode()) == []


def test_erasure_reaches_other_laptops_and_the_name_never_comes_back(tmp_path: Path) -> None:
    a, workshop, (latin, arabic, _) = _world(tmp_path)
    b = make_store(tmp_path / "b.db")
    old, _ = build_bundle(a, [workshop])
    _deliver(b, old)
    make_backup(b.db.conn, tmp_path / "b.db", "holds-the-name")
    # B edits the person concurrently, never having seen the erasure.
    b.update("participant", latin, {"organisation": ORGANISATION + " (B)"})
    concurrent, _ = build_bundle(b, [workshop])

    erase_participant(a, latin)
    erase_participant(a, arabic)
    erased, _ = build_bundle(a, [workshop])
    _deliver(b, erased)  # B: its stored copies are rewritten, its own edit redacted
    assert _leaks(_raw(tmp_path / "b.db")) == []
    for backup in (tmp_path / "backups").rglob("*.backup.db"):
        assert _leaks(backup.read_bytes()) == [], backup.name
    _deliver(a, concurrent)  # A gets B's edit, redacted on arrival
    _deliver(a, old)  # the old bundle again: ignored, the name does not come back
    assert _leaks(_raw(tmp_path / "a.db")) == []
    assert dump_text(a.db) == dump_text(b.db)
    again, _ = build_bundle(b, [workshop])
    assert _leaks(_bundle_text(again)) == []

    # Any order of the three bundles on a new laptop gives the same, clean result.
    results = set()
    for order in permutations([old, concurrent, erased]):
        c = Store(connect(":memory:"))
        for data in order:
            _deliver(c, data)
        assert _leaks("\n".join(t for _, t in op_texts_for_keys(c.db, _keys(c))).encode()) == []
        results.add(dump_text(c.db))
    assert results == {dump_text(a.db)}


def _keys(store: Store) -> set[tuple[str, str]]:
    return set(workshop_keys(store.db, [w["id"] for w in store.list("workshop")]))


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_redaction_converges_in_any_order_and_grouping(tmp_path_factory, data) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("conv")
    a, workshop, (latin, arabic, _) = _world(tmp)
    bundles = [build_bundle(a, [workshop])[0]]
    erase_participant(a, latin, backups=False)
    bundles.append(build_bundle(a, [workshop])[0])
    erase_participant(a, arabic, backups=False)
    bundles.append(build_bundle(a, [workshop])[0])
    expected = dump_text(a.db)
    order = data.draw(st.lists(st.sampled_from(range(3)), min_size=3, max_size=7))
    order += [2]  # every laptop eventually gets the latest bundle
    c = Store(connect(":memory:"))
    for index in order:
        _deliver(c, bundles[index])
    assert dump_text(c.db) == expected
    stored = "\n".join(t for _, t in op_texts_for_keys(c.db, _keys(c)))
    assert _leaks(stored.encode()) == []


ops_fields = st.sets(st.sampled_from(["name", "organisation", "gender", "kind", "age_band"]))


@given(ops_fields, ops_fields, ops_fields)
def test_joining_copies_is_commutative_associative_idempotent(f1, f2, f3) -> None:  # type: ignore[no-untyped-def]
    body = {
        "entity": "participant",
        "id": "p1",
        "set": {"name": "N", "organisation": "O", "gender": "male", "kind": None, "age_band": "x"},
        "hlc": 1,
        "dev": "d",
        "prev": [],
    }
    op = "a" * 64
    x, y, z = (redact(op, body, f) for f in (f1, f2, f3))
    assert join(op, x, y) == join(op, y, x)
    assert join(op, join(op, x, y), z) == join(op, x, join(op, y, z))
    assert join(op, x, x) == x
    assert join(op, body, x) == x  # a redacted copy always wins over the original


def _signed(store: Store, texts: list[tuple[str, str]]) -> bytes:
    ops = sorted(texts)
    data = b"".join(t.encode() + b"\n" for _, t in ops)
    public = (
        store.signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    manifest = make_manifest(
        device_id=store.device_id,
        public_key=public,
        kind="workshops",
        workshop_ids=[],
        ops=ops,
        ops_data=data,
        created_hlc=store.clock.last,
    )
    return pack_bundle(manifest, data, store.signing_key())


def _participant_ops(store: Store, participant_id: str) -> list[tuple[str, dict]]:
    rows = store.db.execute(
        "SELECT op_id, body FROM ops WHERE entity = 'participant' AND entity_id = ?",
        [participant_id],
    )
    return [(op_id, json.loads(body)) for op_id, body in rows]


def test_a_forged_redaction_cannot_alter_an_op_we_hold(tmp_path: Path) -> None:
    a, workshop, (latin, _, _) = _world(tmp_path)
    b = make_store(tmp_path / "b.db")
    _deliver(b, build_bundle(a, [workshop])[0])
    _deliver(a, build_bundle(b, [workshop])[0])  # B is a trusted device of A now
    op_id, body = next((i, o) for i, o in _participant_ops(a, latin) if "present" in o["set"])
    forged = redact(op_id, body, {"name"})
    forged["set"]["present"] = not body["set"]["present"]  # not a redaction: an alteration
    _deliver(a, _signed(b, [(op_id, canonical_text(forged))]))
    stored = dict(_participant_ops(a, latin))[op_id]
    # A redacted name erases the person (all their personal values); nothing else changed.
    assert stored == redact(op_id, body, PERSONAL_FIELDS)
    assert stored["set"]["present"] == body["set"]["present"]


MALFORMED = {
    "not a redactable field": lambda o, i: {**o, "redacted": {"fields": ["present"], "op": i}},
    "value kept": lambda o, i: {**o, "redacted": {"fields": ["organisation"], "op": i}},
    "op id not hex": lambda o, i: {**o, "redacted": {"fields": ["name"], "op": "zz" * 32}},
    "marker not an object": lambda o, i: {**o, "redacted": True},
    "extra marker key": lambda o, i: {**o, "redacted": {"fields": [], "op": i, "x": 1}},
    "field not in the op": lambda o, i: {**o, "redacted": {"fields": ["age_band"], "op": i}},
    "fields not texts": lambda o, i: {**o, "redacted": {"fields": [1, "name"], "op": i}},
    "fields unsorted": lambda o, i: {
        **o,
        "set": {**o["set"], "organisation": None},
        "redacted": {"fields": ["organisation", "name"], "op": i},
    },
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_the_reader_refuses_a_malformed_redaction(tmp_path: Path, case: str) -> None:
    store = make_store(tmp_path / "a.db")
    workshop = create_workshop(store, "Atelier")
    who = add_participant(store, workshop, LATIN, consent_named=True, organisation="Org")
    [(op_id, body)] = [(i, o) for i, o in _participant_ops(store, who)]
    body = redact(op_id, body, {"name"}) if case != "value kept" else body
    bad = MALFORMED[case](body, op_id)
    with pytest.raises(BundleError):
        read_bundle(_signed(store, [(op_id, canonical_text(bad))]))


def test_a_well_formed_redacted_op_is_read_under_its_own_id(tmp_path: Path) -> None:
    store = make_store(tmp_path / "a.db")
    workshop = create_workshop(store, "Atelier")
    who = add_participant(store, workshop, LATIN, consent_named=True)
    [(op_id, body)] = _participant_ops(store, who)
    bundle = read_bundle(_signed(store, [(op_id, canonical_text(redact(op_id, body, {"name"})))]))
    [(read_id, read_body, _)] = bundle.ops
    assert read_id == op_id
    assert read_body["set"]["name"] == pseudonym(who)


def test_bundles_without_redaction_stay_readable_by_version_1_0(tmp_path: Path) -> None:
    store, workshop, _ = _world(tmp_path)
    _, manifest = build_bundle(store, [workshop])
    assert manifest["min_reader_version"] == "1.0"


def test_an_older_backup_that_cannot_be_opened_is_left_alone(tmp_path: Path) -> None:
    store, _, (latin, _, _) = _world(tmp_path)
    folder = tmp_path / "backups" / "a"
    folder.mkdir(parents=True)
    junk = folder / "20200101T000000Z-junk.backup.db"
    junk.write_bytes(b"not a database")
    assert erase_participant(store, latin).backups_scrubbed == 0
    assert junk.read_bytes() == b"not a database"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(junk).execute("SELECT 1 FROM ops").fetchall()
