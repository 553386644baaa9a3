"""Erasing a participant who never consented and had no other details: nothing
personal of theirs was ever shared (their shared name is a pseudonym), yet the
erasure must still reach other laptops, whatever order bundles arrive in: an idea
linked to them concurrently loses the link, and a real name typed for them on
another laptop leaves that laptop's local table."""

from __future__ import annotations

import io
import zipfile
from itertools import permutations
from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.privacy import erase_participant
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, import_file
from sim_facilitator.export.bundle.writer import build_bundle
from tests.helpers.stores import make_store

NAME_ON_A = "Idriss Jamais-Consenti"
NAME_ON_B = "Idriss J. Tapé-sur-B"
NAME_ON_C = "Idriss J. Tapé-sur-C"


def _deliver(store: Store, data: bytes) -> None:
    report = import_file(store, data, trust_new_devices=True, file_name="x.simbundle")
    assert report.status == IMPORTED, report.error


def _local_names(store: Store, participant_id: str) -> list[str]:
    rows = store.db.execute(
        "SELECT name FROM local_private_names WHERE participant_id = ?", [participant_id]
    )
    return [name for (name,) in rows]


def _bundle_ops(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def _raw(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_of_someone_with_nothing_shared_reaches_other_laptops(tmp_path: Path) -> None:
    a = make_store(tmp_path / "a.db")
    workshop = create_workshop(a, "Atelier d'Errachidia")
    person = add_participant(a, workshop, NAME_ON_A)  # no consent, no details
    idea = add_idea(a, workshop, "Une idée sans auteur")
    old, _ = build_bundle(a, [workshop])

    b = make_store(tmp_path / "b.db")
    _deliver(b, old)
    # B, never having seen the erasure, types a real name (kept local) and links an idea.
    b.update("participant", person, {"name": NAME_ON_B})
    assert _local_names(b, person) == [NAME_ON_B]
    b.update("idea", idea, {"author_id": person})
    concurrent, _ = build_bundle(b, [workshop])

    erase_participant(a, person)
    assert _local_names(a, person) == []
    erased, _ = build_bundle(a, [workshop])
    assert b'"redacted":{' in _bundle_ops(erased)  # how other laptops learn of it
    assert b'"organisation":"erased"' not in _raw(tmp_path / "a.db")

    _deliver(b, erased)  # B learns of the erasure
    assert _local_names(b, person) == []
    assert NAME_ON_B.encode() not in _raw(tmp_path / "b.db")
    b_idea = b.get("idea", idea)
    assert b_idea is not None
    assert b_idea["author_id"] is None
    _deliver(a, concurrent)  # A gets B's link, cleared on arrival
    a_idea = a.get("idea", idea)
    assert a_idea is not None
    assert a_idea["author_id"] is None
    assert dump_text(a.db) == dump_text(b.db)

    # Any order of the three bundles on a third laptop, which types its own real
    # name for the person as soon as it knows them (and not yet of the erasure).
    for order in permutations([old, concurrent, erased]):
        c = Store(connect(":memory:"))
        for data in order:
            _deliver(c, data)
            if erased not in order[: order.index(data) + 1]:
                c.update("participant", person, {"name": NAME_ON_C})
                assert _local_names(c, person) == [NAME_ON_C]
        assert _local_names(c, person) == [], order
        c_idea = c.get("idea", idea)
        assert c_idea is not None
        assert c_idea["author_id"] is None, order
        assert dump_text(c.db) == dump_text(a.db)
