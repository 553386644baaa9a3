"""Exporting and importing bundles: what a coordinator and a facilitator see."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.clock import DAY_MS, pack, wall_ms
from sim_facilitator.engine.dump import dump_data, dump_text
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.imports import import_history
from sim_facilitator.engine.ops import make_op
from sim_facilitator.engine.scope import content_fingerprint, workshop_fingerprint
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import (
    accept_device,
    own_fingerprint,
    own_public_key,
    trusted_devices,
)
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.importer import (
    CANCELLED,
    IMPORTED,
    NEEDS_TRUST,
    REFUSED,
    import_bundles,
)
from sim_facilitator.export.bundle.reader import read_bundle
from sim_facilitator.export.bundle.writer import export_bundle, make_manifest, pack_bundle
from tests.helpers.stores import make_store, merge_from_dev2


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Store, Store, str]:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    return a, b, create_demo(a)


def test_export_then_import_gives_identical_content(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    info = export_bundle(a, tmp_path / "fes.simbundle", [workshop])
    assert info.path.exists()
    assert info.path.suffix == ".simbundle"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert info.content_fingerprint == workshop_fingerprint(a.db, [workshop])
    assert info.device_fingerprint == own_fingerprint(a)
    assert info.counts["idea"] == 40
    assert info.counts["workshop"] == 1
    [report] = import_bundles(b, [info.path], trust_new_devices=True)
    assert report.status == IMPORTED, report.message
    assert report.summary is not None
    assert report.summary.new == sum(info.counts.values())
    assert (report.summary.updated, report.summary.unchanged, report.summary.conflicts) == (0, 0, 0)
    assert report.summary.device_accepted
    assert dump_text(a.db) == dump_text(b.db)
    # The device is now trusted, with the fingerprint shown at acceptance.
    [device] = trusted_devices(b)
    assert device.device_id == a.device_id
    assert device.fingerprint == own_fingerprint(a)
    # The history says which bundle, from which device, when.
    [entry] = import_history(b)
    assert (entry.bundle_id, entry.device_id, entry.file_name) == (
        info.bundle_id,
        a.device_id,
        "fes.simbundle",
    )


def test_reimport_changes_nothing_and_says_unchanged(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    info = export_bundle(a, tmp_path / "w.simbundle", [workshop])
    import_bundles(b, [info.path], trust_new_devices=True)
    once = dump_text(b.db)
    ops = b.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    [again] = import_bundles(b, [info.path])
    assert again.status == IMPORTED
    assert again.summary is not None
    assert (again.summary.new, again.summary.updated) == (0, 0)
    assert again.summary.unchanged == sum(info.counts.values())
    assert dump_text(b.db) == once
    assert b.db.execute("SELECT count(*) FROM ops").fetchone()[0] == ops
    # A different bundle with the same content (new bundle id) is also unchanged.
    second = export_bundle(a, tmp_path / "w2.simbundle", [workshop])
    [report] = import_bundles(b, [second.path])
    assert report.summary is not None
    assert report.summary.unchanged == again.summary.unchanged
    assert dump_text(b.db) == once


def test_updates_and_conflicts_are_counted(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    import_bundles(b, [export_bundle(a, tmp_path / "1.simbundle", [workshop]).path], True)
    a.update("workshop", workshop, {"summary": "Version du facilitateur"})
    b.update("workshop", workshop, {"summary": "نسخة المقرر"})
    add_idea(a, workshop, "Une idée de plus")
    [report] = import_bundles(b, [export_bundle(a, tmp_path / "2.simbundle", [workshop]).path])
    assert report.summary is not None
    assert (report.summary.new, report.summary.updated, report.summary.conflicts) == (1, 1, 1)
    [conflict] = dump_data(b.db)["conflicts"]
    assert conflict["field"] == "summary"
    assert {c["value"] for c in conflict["candidates"]} == {
        "Version du facilitateur",
        "نسخة المقرر",
    }


def test_unknown_device_needs_acceptance_and_nothing_changes(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    info = export_bundle(a, tmp_path / "w.simbundle", [workshop])
    before = dump_text(b.db)
    [report] = import_bundles(b, [info.path])
    assert report.status == NEEDS_TRUST
    assert report.device_fingerprint == own_fingerprint(a)
    assert own_fingerprint(a) in report.message
    assert dump_text(b.db) == before
    assert trusted_devices(b) == []
    # The app accepts after showing the fingerprint, then imports.
    accept_device(b, report.device_id, report.public_key)
    [report] = import_bundles(b, [info.path])
    assert report.status == IMPORTED


def test_several_files_one_refused_others_imported(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    good = export_bundle(a, tmp_path / "good.simbundle", [workshop]).path
    bad = tmp_path / "bad.simbundle"
    bad.write_bytes(b"not a bundle")
    missing = tmp_path / "missing.simbundle"
    seen: list[tuple[int, int]] = []
    reports = import_bundles(
        b, [bad, good, missing], True, progress=lambda d, t: seen.append((d, t))
    )
    assert [r.status for r in reports] == [REFUSED, IMPORTED, REFUSED]
    assert reports[0].message == "This file is not a bundle: it is not a readable zip archive."
    assert reports[2].error is not None
    assert reports[2].error.template == F.T_FILE_MISSING
    assert seen[-1] == (3, 3)
    assert dump_text(a.db) == dump_text(b.db)


def test_cancel_stops_before_the_next_file(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    path = export_bundle(a, tmp_path / "w.simbundle", [workshop]).path
    calls = iter([False, True])
    reports = import_bundles(b, [path, path], True, cancel=lambda: next(calls))
    assert [r.status for r in reports] == [IMPORTED, CANCELLED]


def test_kit_creates_the_workshop_setup_only(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    info = export_bundle(a, tmp_path / "kit.simbundle", [workshop], kit=True)
    assert info.kind == F.KIND_KIT
    assert set(info.counts) == {
        "workshop",
        "framework",
        "principle",
        "question",
        "agenda",
        "participant",
    }
    [report] = import_bundles(b, [info.path], trust_new_devices=True)
    assert report.status == IMPORTED
    data = dump_data(b.db)
    assert [w["id"] for w in data["workshops"]] == [workshop]
    assert len(data["participants"]) == 12
    assert len(data["questions"]) == 3
    assert len(data["agenda"]) == 6
    assert len(data["principles"]) == 5
    assert data["ideas"] == []
    assert data["ballots"] == []
    assert data["mappings"] == []
    # The venue's later bundle merges into the same workshop (same ids).
    add_idea(b, workshop, "فكرة من الميدان")
    back = export_bundle(b, tmp_path / "back.simbundle", [workshop])
    [report] = import_bundles(a, [back.path], trust_new_devices=True)
    assert report.status == IMPORTED
    assert len(dump_data(a.db)["ideas"]) == 41


def test_export_refuses_unknown_or_no_workshop(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_bundle(store, tmp_path / "x.simbundle", ["nope"])
    with pytest.raises(BundleError) as info:
        export_bundle(store, tmp_path / "x.simbundle", [])
    assert info.value.message == "Choose at least one workshop to export."
    assert not (tmp_path / "x.simbundle").exists()


def test_verify_reads_without_a_database(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _, workshop = pair
    info = export_bundle(a, tmp_path / "w.simbundle", [workshop])
    bundle = read_bundle(info.path)
    assert bundle.manifest.bundle_id == info.bundle_id
    assert bundle.manifest.op_count == len(bundle.ops) == info.op_count
    assert bundle.manifest.content_fingerprint == content_fingerprint(i for i, _, _ in bundle.ops)
    text = "\n".join(bundle.manifest.summary_lines())
    assert info.bundle_id in text
    assert own_fingerprint(a) in text


def _signed(store: Store, lines: list[bytes], **overrides: object) -> bytes:
    lines = sorted(lines, key=lambda line: hashlib.sha256(line).hexdigest())
    ops_data = b"".join(line + b"\n" for line in lines)
    manifest = make_manifest(
        device_id=store.device_id,
        public_key=own_public_key(store),
        kind=F.KIND_WORKSHOPS,
        workshop_ids=[],
        ops=[(hashlib.sha256(line).hexdigest(), line.decode()) for line in lines],
        ops_data=ops_data,
        created_hlc=1,
    )
    manifest.update(overrides)
    return pack_bundle(manifest, ops_data, store.signing_key())


def test_newer_minor_version_keeps_unknown_fields_and_entities(tmp_path: Path) -> None:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    workshop = create_workshop(a, "Atelier")
    [(_, text)] = a.db.execute("SELECT op_id, body FROM ops").fetchall()
    hlc = a.clock.tick()
    _, extra_field = make_op(
        "workshop", workshop, {"title": "Atelier 2", "livestream_url": "x"}, hlc, a.device_id, []
    )
    _, new_kind = make_op(
        "poll", "p1", {"workshop_id": workshop, "question": "?"}, hlc + 1, a.device_id, []
    )
    lines = [text.encode(), canonical_bytes(extra_field), canonical_bytes(new_kind)]
    # Format 1.0 may not carry what 1.0 does not know ...
    (tmp_path / "old.simbundle").write_bytes(_signed(a, lines))
    [report] = import_bundles(b, [tmp_path / "old.simbundle"], True)
    assert report.status == REFUSED
    # ... a 1.3 bundle may: imported, kept in the log, passed on in the next export.
    (tmp_path / "new.simbundle").write_bytes(_signed(a, lines, format_version="1.3", future=1))
    [report] = import_bundles(b, [tmp_path / "new.simbundle"], True)
    assert report.status == IMPORTED, report.message
    assert b.require("workshop", workshop)["title"] in {"Atelier", "Atelier 2"}
    assert b.db.execute("SELECT count(*) FROM ops").fetchone()[0] == 3
    passed_on = read_bundle(export_bundle(b, tmp_path / "on.simbundle", [workshop]).path)
    kept = {json.dumps(body, sort_keys=True) for _, body, _ in passed_on.ops}
    assert json.dumps(new_kind, sort_keys=True) in kept
    assert json.dumps(extra_field, sort_keys=True) in kept


def test_far_future_ops_are_quarantined(tmp_path: Path) -> None:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    workshop = create_workshop(a, "Atelier")
    [(_, text)] = a.db.execute("SELECT op_id, body FROM ops").fetchall()
    _, future = make_op(
        "workshop", workshop, {"title": "Horloge fausse"}, pack(wall_ms() + 3 * DAY_MS), "dev2", []
    )
    path = tmp_path / "f.simbundle"
    path.write_bytes(_signed(a, [text.encode(), canonical_bytes(future)]))
    [report] = import_bundles(b, [path], True)
    assert report.status == IMPORTED
    assert report.summary is not None
    assert report.summary.quarantined == 1
    assert b.require("workshop", workshop)["title"] == "Atelier"
    # A later local edit is not pushed three days ahead by the quarantined stamp.
    assert b.clock.last < pack(wall_ms() + DAY_MS)


def test_progress_is_reported_on_export(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _, workshop = pair
    seen: list[tuple[int, int]] = []
    export_bundle(
        a, tmp_path / "w.simbundle", [workshop], progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 3)
    assert seen[-1] == (3, 3)


def test_imported_stamps_advance_the_local_clock(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, workshop = pair
    import_bundles(b, [export_bundle(a, tmp_path / "w.simbundle", [workshop]).path], True)
    newest = a.db.execute("SELECT max(hlc) FROM ops").fetchone()[0]
    assert b.clock.last >= newest


def test_a_backup_is_made_before_an_import_writes(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sim_facilitator.engine.backup import list_backups

    a, b, workshop = pair
    b_path = tmp_path / "b.db"
    bad = tmp_path / "bad.simbundle"
    bad.write_bytes(b"junk")
    import_bundles(b, [bad])
    assert list_backups(b_path) == []  # nothing to merge: no backup needed
    good = export_bundle(a, tmp_path / "w.simbundle", [workshop]).path
    import_bundles(b, [good, good], trust_new_devices=True)
    assert len(list_backups(b_path)) == 1  # one per import, before the first write


def test_quarantine_starts_exactly_one_day_after_this_laptops_clock(tmp_path: Path) -> None:
    from sim_facilitator.engine.canonical import canonical_text

    b = make_store(tmp_path / "b.db")
    now = 1_750_000_000_000
    last_allowed = pack(now + DAY_MS, 0xFFFF)  # the last stamp of the last allowed ms
    ops = []
    for name, hlc in (("in", last_allowed), ("out", last_allowed + 1)):
        op_id, body = make_op("framework", name, {"name_fr": name}, hlc, "dev2", [])
        ops.append((op_id, body, canonical_text(body)))
    summary = merge_from_dev2(b, ops, now)
    assert summary.quarantined == 1
    assert summary.ops_new == 1
    assert b.get("framework", "in") is not None
    assert b.get("framework", "out") is None
