"""Reviewing conflicts: each value, where it came from, and a resolution that travels."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim_facilitator.domain.conflicts import list_conflicts, resolve_conflict
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_fingerprint
from sim_facilitator.export.bundle.importer import import_bundles
from sim_facilitator.export.bundle.writer import export_bundle
from tests.helpers.stores import make_store


def _exchange(a: Store, b: Store, workshop: str, folder: Path, tag: str) -> None:
    pa = export_bundle(a, folder / f"a{tag}.simbundle", [workshop]).path
    import_bundles(b, [pa], trust_new_devices=True)
    pb = export_bundle(b, folder / f"b{tag}.simbundle", [workshop]).path
    import_bundles(a, [pb], trust_new_devices=True)


@pytest.fixture
def conflicted(tmp_path: Path) -> tuple[Store, Store, str]:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    workshop = create_workshop(a, "Atelier")
    other = create_workshop(a, "Autre atelier")
    _exchange(a, b, workshop, tmp_path, "0")
    import_bundles(b, [export_bundle(a, tmp_path / "o.simbundle", [other]).path])
    a.update("workshop", workshop, {"title": "Atelier de Fès"})
    b.update("workshop", workshop, {"title": "ورشة فاس"})
    a.update("workshop", other, {"venue": "Rabat"})
    b.update("workshop", other, {"venue": "Salé"})
    _exchange(a, b, workshop, tmp_path, "1")
    return a, b, workshop


def test_conflicts_show_each_value_its_laptop_and_time(conflicted) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = conflicted
    [conflict] = list_conflicts(a, workshop)
    assert (conflict.entity, conflict.entity_id, conflict.field) == ("workshop", workshop, "title")
    assert conflict.record in {"Atelier de Fès", "ورشة فاس"}
    by_value = {c.value: c for c in conflict.candidates}
    assert set(by_value) == {"Atelier de Fès", "ورشة فاس"}
    assert by_value["Atelier de Fès"].is_this_laptop
    assert by_value["ورشة فاس"].device_fingerprint == own_fingerprint(b)
    assert all(c.when_ms > 1_700_000_000_000 for c in conflict.candidates)
    assert sum(c.winner for c in conflict.candidates) == 1
    assert conflict.candidates[0].winner
    assert len(list_conflicts(a)) == 1  # the other workshop's conflict never reached a


def test_choosing_the_shown_value_still_resolves_everywhere(conflicted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = conflicted
    [conflict] = list_conflicts(b, workshop)
    shown = conflict.candidates[0].value
    resolve_conflict(b, "workshop", workshop, "title", shown)
    assert list_conflicts(b, workshop) == []
    _exchange(a, b, workshop, tmp_path, "2")
    assert list_conflicts(a, workshop) == []
    assert a.require("workshop", workshop)["title"] == shown


def test_writing_a_new_value_resolves(conflicted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = conflicted
    resolve_conflict(a, "workshop", workshop, "title", "Atelier de Fès / ورشة فاس")
    _exchange(a, b, workshop, tmp_path, "3")
    assert list_conflicts(b, workshop) == []
    assert b.require("workshop", workshop)["title"] == "Atelier de Fès / ورشة فاس"


def test_an_invalid_resolution_changes_nothing(conflicted) -> None:  # type: ignore[no-untyped-def]
    a, _, workshop = conflicted
    before = dump_text(a.db)
    with pytest.raises(ValidationError):
        resolve_conflict(a, "workshop", workshop, "title", "   ")
    assert dump_text(a.db) == before
