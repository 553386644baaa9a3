"""Importing many bundles with the next one verified in a worker process.

The worker only changes where the checks run: reports, refusals and the
database must be exactly those of an import verified in this process, and no
worker process may outlive the import.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import Future
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.ops import make_op
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_public_key
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle import verify_pool
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.importer import (
    CANCELLED,
    IMPORTED,
    NEEDS_TRUST,
    REFUSED,
    ImportReport,
    import_bundles,
)
from sim_facilitator.export.bundle.writer import export_bundle, make_manifest, pack_bundle
from tests.helpers.stores import make_store, merge_from_dev2


def _bad_op_bundle(store: Store, path: Path) -> Path:
    """Signed and checksummed, but one op sets a field no workshop has: refused at step 7."""
    workshop = create_workshop(store, "Atelier piégé")
    _, body = make_op(
        "workshop", workshop, {"title": "x", "no_such_field": 1}, store.clock.tick(),
        store.device_id, [],
    )  # fmt: skip
    from sim_facilitator.engine.canonical import canonical_bytes

    line = canonical_bytes(body)
    ops_data = line + b"\n"
    manifest = make_manifest(
        device_id=store.device_id,
        public_key=own_public_key(store),
        kind=F.KIND_WORKSHOPS,
        workshop_ids=[workshop],
        ops=[(hashlib.sha256(line).hexdigest(), line.decode())],
        ops_data=ops_data,
        created_hlc=1,
    )
    path.write_bytes(pack_bundle(manifest, ops_data, store.signing_key()))
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """Five files: three workshops, a refused one in the middle, a damaged one."""
    source = make_store(tmp_path / "source.db")
    paths = []
    for n in range(3):
        workshop = create_demo(source, date=f"2025-03-1{n}")
        paths.append(export_bundle(source, tmp_path / f"w{n}.simbundle", [workshop]).path)
    paths.insert(1, _bad_op_bundle(source, tmp_path / "bad.simbundle"))
    damaged = tmp_path / "damaged.simbundle"
    damaged.write_bytes(paths[0].read_bytes()[:-30])
    paths.insert(3, damaged)
    return paths


def _outcome(reports: list[ImportReport]) -> list[tuple[object, ...]]:
    return [
        (
            r.file,
            r.status,
            type(r.error),
            r.error.template if r.error else None,
            r.error.params if r.error else None,
            r.summary.new if r.summary else None,
            r.bundle_id,
        )
        for r in reports
    ]


def _no_worker_alive() -> bool:
    return not multiprocessing.active_children()


def test_worker_gives_the_same_reports_and_database(files: list[Path], tmp_path: Path) -> None:
    here = make_store(tmp_path / "here.db")
    pooled = make_store(tmp_path / "pooled.db")
    alone = import_bundles(here, files, trust_new_devices=True, use_worker=False)
    stats: dict[str, float] = {}
    with_worker = import_bundles(
        pooled, files, trust_new_devices=True, use_worker=True, stats=stats
    )
    assert _no_worker_alive()
    assert stats["worker_cpu"] > 0  # the worker really verified files
    assert _outcome(with_worker) == _outcome(alone)
    assert [r.status for r in with_worker] == [IMPORTED, REFUSED, IMPORTED, REFUSED, IMPORTED]
    assert with_worker[1].error is not None
    assert with_worker[1].error.template == F.T_UNKNOWN_FIELD
    # The refused file left nothing: the databases are what the good files make.
    assert dump_text(pooled.db) == dump_text(here.db)
    bad_bundle = with_worker[1].bundle_id
    assert not pooled.db.execute(
        "SELECT 1 FROM import_history WHERE bundle_id = ?", [bad_bundle]
    ).fetchall()
    # Again: every good file is a re-import, through the worker too.
    again = import_bundles(pooled, files, use_worker=True)
    assert _no_worker_alive()
    assert [r.status for r in again] == [IMPORTED, REFUSED, IMPORTED, REFUSED, IMPORTED]
    assert all(r.summary.already_imported for r in again if r.summary is not None)
    assert dump_text(pooled.db) == dump_text(here.db)


def test_untrusted_device_is_asked_about_before_its_ops_are_judged(
    files: list[Path], tmp_path: Path
) -> None:
    here = make_store(tmp_path / "here.db")
    pooled = make_store(tmp_path / "pooled.db")
    alone = import_bundles(here, files, use_worker=False)
    with_worker = import_bundles(pooled, files, use_worker=True)
    assert _outcome(with_worker) == _outcome(alone)
    assert [r.status for r in with_worker] == [
        NEEDS_TRUST,
        NEEDS_TRUST,
        NEEDS_TRUST,
        REFUSED,
        NEEDS_TRUST,
    ]
    assert dump_text(pooled.db) == dump_text(here.db)


def test_cancel_stops_and_no_worker_is_left(files: list[Path], tmp_path: Path) -> None:
    pooled = make_store(tmp_path / "pooled.db")
    seen: list[int] = []
    reports = import_bundles(
        pooled,
        files,
        trust_new_devices=True,
        progress=lambda done, total: seen.append(done),
        cancel=lambda: len(seen) > 1,
        use_worker=True,
    )
    assert _no_worker_alive()
    assert [r.status for r in reports] == [IMPORTED, CANCELLED, CANCELLED, CANCELLED, CANCELLED]
    assert pooled.db.execute("SELECT count(*) FROM import_history").fetchone()[0] == 1


def test_an_error_in_the_merge_stops_the_worker(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sim_facilitator.export.bundle import importer as bundle_import

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bundle_import, "import_verified", broken)
    with pytest.raises(RuntimeError):
        import_bundles(
            make_store(tmp_path / "p.db"), files, trust_new_devices=True, use_worker=True
        )
    assert _no_worker_alive()


def test_no_worker_start_means_verifying_here(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(method: str) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(verify_pool.multiprocessing, "get_context", refuse)
    here = make_store(tmp_path / "here.db")
    pooled = make_store(tmp_path / "pooled.db")
    alone = import_bundles(here, files, trust_new_devices=True, use_worker=False)
    stats: dict[str, float] = {}
    reports = import_bundles(pooled, files, trust_new_devices=True, use_worker=True, stats=stats)
    assert stats["worker_cpu"] == 0
    assert _outcome(reports) == _outcome(alone)
    assert dump_text(pooled.db) == dump_text(here.db)


def test_a_worker_that_dies_hands_the_files_back(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dead(self: verify_pool.VerifyPool, path: object) -> Future[verify_pool.Checked]:
        future: Future[verify_pool.Checked] = Future()
        future.set_exception(OSError("worker gone"))
        return future

    monkeypatch.setattr(verify_pool.VerifyPool, "submit", dead)
    here = make_store(tmp_path / "here.db")
    pooled = make_store(tmp_path / "pooled.db")
    alone = import_bundles(here, files, trust_new_devices=True, use_worker=False)
    reports = import_bundles(pooled, files, trust_new_devices=True, use_worker=True)
    assert _outcome(reports) == _outcome(alone)
    assert dump_text(pooled.db) == dump_text(here.db)
    assert _no_worker_alive()


def test_the_worker_imports_no_qt() -> None:
    with verify_pool.VerifyPool() as pool:
        modules = pool.run(verify_pool.loaded_modules)
    assert "sim_facilitator" in modules
    assert "PySide6" not in modules
    assert "shiboken6" not in modules
    assert _no_worker_alive()


def test_few_or_small_files_are_verified_here(
    files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not verify_pool.worth_a_worker(files)  # several, but small
    monkeypatch.setattr(verify_pool, "MIN_TOTAL_BYTES", 1)
    assert verify_pool.worth_a_worker(files)
    assert not verify_pool.worth_a_worker(files[:2])  # too few to repay a start-up


def test_worker_errors_keep_their_template() -> None:
    error = BundleError(F.T_TOO_LARGE, size=5, limit=3)
    rebuilt = verify_pool.rebuild_error(verify_pool._error_info(error))
    assert type(rebuilt) is BundleError
    assert (rebuilt.template, rebuilt.params, rebuilt.message) == (
        error.template,
        error.params,
        error.message,
    )


def test_worker_sends_back_exactly_what_the_reader_verified(files: list[Path]) -> None:
    from sim_facilitator.export.bundle.reader import read_bundle

    with verify_pool.VerifyPool() as pool:
        future = pool.submit(files[0])
        assert future is not None
        checked = future.result()
    assert _no_worker_alive()
    here = read_bundle(files[0])
    result, again = checked.result, checked.bundle
    assert again is not None
    assert sorted(again.ops) == here.ops
    assert again.manifest == here.manifest
    assert (again.manifest_bytes, again.size) == (here.manifest_bytes, here.size)
    assert result.ops_data == b""  # not sent when the ops themselves are
    # What the worker prepared is what the merge would compute here from the same ops.
    from sim_facilitator.engine.prepared import prepare_rows

    assert checked.prepared == prepare_rows(here.ops, here.manifest.may_carry_newer_content)


def test_later_bundles_of_the_same_workshop_merge_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bundles whose records are partly stored already, and new records: what the pool
    prepared ahead of the merge gives the same database as an in-process import."""
    from sim_facilitator.domain.ideas import add_idea
    from sim_facilitator.engine import merge, prepared

    source = make_store(tmp_path / "source.db")
    workshop = create_demo(source)
    paths = []
    for n in range(3):
        idea = add_idea(source, workshop, f"idée {n}")
        source.update("idea", idea, {"text": f"idée {n} revue"})
        source.update("workshop", workshop, {"title": f"Atelier, version {n}"})
        paths.append(export_bundle(source, tmp_path / f"v{n}.simbundle", [workshop]).path)
    here = make_store(tmp_path / "here.db")
    pooled = make_store(tmp_path / "pooled.db")
    import_bundles(here, paths, trust_new_devices=True, use_worker=False)
    used: list[bool] = []
    real = merge.write_projection_rows

    def spy(*args: object, **kwargs: object) -> None:
        used.append(True)
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "write_projection_rows", spy)
    decoded: list[bool] = []
    real_ops = prepared.RowOps._ops

    def decoding(self: prepared.RowOps) -> object:
        decoded.append(True)
        return real_ops(self)

    monkeypatch.setattr(prepared.RowOps, "_ops", decoding)
    reports = import_bundles(pooled, paths, trust_new_devices=True, use_worker=True)
    assert [r.status for r in reports] == [IMPORTED] * 3
    assert dump_text(pooled.db) == dump_text(here.db) == dump_text(source.db)
    # Files 2 and 3 came from the worker (the first is verified here while the worker
    # starts): their rows prepared ahead were written, except for the records the file
    # before had stored, projected again from all their ops.
    assert used == [True, True]
    # ... and the main process decoded no op body of theirs but those of the stored
    # records (read from their verified text, not the whole file's).
    assert decoded == []
    used.clear()
    # A file of new records (but the shared framework), through the worker.
    lone = export_bundle(
        source, tmp_path / "lone.simbundle", [create_demo(source, date="2025-04-01")]
    ).path
    fresh = make_store(tmp_path / "fresh.db")
    reports = import_bundles(fresh, [lone, paths[2]], trust_new_devices=True, use_worker=True)
    assert [r.status for r in reports] == [IMPORTED] * 2
    assert used == [True]
    monkeypatch.setattr(merge, "write_projection_rows", real)
    check = make_store(tmp_path / "check.db")
    import_bundles(check, [lone, paths[2]], trust_new_devices=True, use_worker=False)
    assert dump_text(fresh.db) == dump_text(check.db)


def test_redacted_bundles_through_the_worker_converge(tmp_path: Path) -> None:
    """Redaction (engine/redaction.py) through the pool: bundles before and after an
    erasure, in several orders, give the eraser's database, and as in-process."""
    from itertools import permutations

    from sim_facilitator.domain.privacy import erase_participant
    from sim_facilitator.export.bundle.writer import build_bundle
    from tests.unit.test_privacy_redaction import _world

    a, workshop, (latin, arabic, _) = _world(tmp_path)
    blobs = [build_bundle(a, [workshop])[0]]
    erase_participant(a, latin, backups=False)
    blobs.append(build_bundle(a, [workshop])[0])
    erase_participant(a, arabic, backups=False)
    blobs.append(build_bundle(a, [workshop])[0])
    paths = []
    for n, blob in enumerate(blobs):
        paths.append(tmp_path / f"r{n}.simbundle")
        paths[-1].write_bytes(blob)
    expected = dump_text(a.db)
    for n, order in enumerate(permutations(paths)):
        pooled = make_store(tmp_path / f"pooled{n}.db")
        here = make_store(tmp_path / f"here{n}.db")
        reports = import_bundles(pooled, list(order), trust_new_devices=True, use_worker=True)
        import_bundles(here, list(order), trust_new_devices=True, use_worker=False)
        assert [r.status for r in reports] == [IMPORTED] * 3
        assert dump_text(pooled.db) == dump_text(here.db) == expected
    assert _no_worker_alive()


@pytest.mark.parametrize("case", ["quarantine", "own device", "newer content", "plain"])
def test_rows_prepared_ahead_merge_like_the_ops_themselves(tmp_path: Path, case: str) -> None:
    """``apply_ops`` given rows prepared by the worker: the same summary, the same
    database and the same refusals as from the decoded ops, whatever the case."""
    from sim_facilitator.engine.canonical import canonical_text
    from sim_facilitator.engine.clock import DAY_MS, pack
    from sim_facilitator.engine.merge import ClonedInstallation, holds_newer_content
    from sim_facilitator.engine.prepared import RowOps, prepare_rows

    now = 1_750_000_000_000
    results = []
    for prepared_ahead in (False, True):
        store = make_store(tmp_path / f"{case}-{prepared_ahead}.db")
        device = store.device_id if case == "own device" else "dev2"
        values: list[tuple[str, dict[str, object], int]] = [
            ("a", {"name_fr": "un"}, pack(now)),
            ("b", {"name_fr": "deux"}, pack(now + 1)),
        ]
        if case == "quarantine":
            values.append(("c", {"name_fr": "trois"}, pack(now + 2 * DAY_MS)))
        if case == "newer content":
            values.append(("d", {"name_fr": "quatre", "colour": "bleu"}, pack(now + 2)))
        ops = []
        for entity_id, fields, hlc in values:
            op_id, body = make_op("framework", entity_id, fields, hlc, device, [])
            ops.append((op_id, body, canonical_text(body)))
        ops.sort()
        prepared = prepare_rows(ops) if prepared_ahead else None
        given = RowOps(prepared.rows) if prepared is not None else ops
        try:
            summary = merge_from_dev2(store, given, now, prepared=prepared)
        except ClonedInstallation:
            results.append(("refused", dump_text(store.db)))
            continue
        summary.imported_ms = 0
        newer = holds_newer_content(store.db)
        results.append((summary.to_json(), dump_text(store.db), newer))
    assert results[0] == results[1]
    if case == "newer content":
        assert results[0][2]
    if case == "own device":
        assert results[0][0] == "refused"
    elif case == "quarantine":
        assert '"quarantined": 1' in results[0][0]
