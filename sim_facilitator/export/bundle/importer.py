"""Importing bundle files: verify each one completely, then merge it in one transaction.

Each file is handled on its own: a refused file is reported (with the sentence
saying why) and leaves the database exactly as it was; the others still import.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from sim_facilitator.engine.backup import make_backup
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.imports import MergeSummary, already_imported
from sim_facilitator.engine.merge import apply_ops
from sim_facilitator.engine.prepared import PreparedRows
from sim_facilitator.engine.store import Store, database_file
from sim_facilitator.engine.trust import DeviceNotTrusted, check_device, fingerprint_of
from sim_facilitator.export.bundle import format as F
from sim_facilitator.export.bundle.format import BundleError
from sim_facilitator.export.bundle.reader import VerifiedBundle, read_manifest, verify_ops
from sim_facilitator.export.bundle.verify_pool import (
    Checked,
    VerifyPool,
    rebuild_error,
    worth_a_worker,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

IMPORTED = "imported"
REFUSED = "refused"
NEEDS_TRUST = "needs_trust"
CANCELLED = "cancelled"


@dataclass
class ImportReport:
    """The outcome for one file; ``error`` is set unless ``status`` is ``imported``."""

    file: str
    status: str
    error: DomainError | None = None
    summary: MergeSummary | None = None
    bundle_id: str = ""
    device_id: str = ""
    device_fingerprint: str = ""
    public_key: bytes = field(default=b"", repr=False)

    @property
    def ok(self) -> bool:
        return self.status == IMPORTED

    @property
    def message(self) -> str:
        return self.error.message if self.error is not None else ""


def import_verified(
    store: Store,
    bundle: VerifiedBundle,
    trust_new_devices: bool = False,
    prepared: PreparedRows | None = None,
) -> MergeSummary:
    """Merge a bundle that ``read_bundle`` verified; raise a DomainError if refused.

    ``prepared``: ``prepare_rows(bundle.ops)``, done ahead (verify pool)."""
    manifest = bundle.manifest
    return apply_ops(
        store,
        bundle.ops,
        bundle_id=manifest.bundle_id,
        device_id=manifest.device_id,
        public_key=manifest.public_key,
        ops_sha256=manifest.ops_sha256,
        file_name=bundle.file_name,
        accept_new_device=trust_new_devices,
        # The reader refused anything unknown unless the manifest allows newer content.
        may_hold_newer=manifest.may_carry_newer_content,
        prepared=prepared,
        blobs=manifest.blobs,
    )


def import_file(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    trust_new_devices: bool = False,
    file_name: str | None = None,
    before_write: Callable[[], None] | None = None,
) -> ImportReport:
    """Verify and import one bundle; never raises a DomainError (it is in the report)."""
    name = file_name or ("" if isinstance(source, bytes) else Path(source).name)
    return _import_one(store, source, name, trust_new_devices, before_write, None)


def _import_one(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    name: str,
    trust_new_devices: bool,
    before_write: Callable[[], None] | None,
    checked: Checked | None,
) -> ImportReport:
    """One file, verified here or (``checked``) by the worker process, then merged."""
    report = ImportReport(file=name, status=REFUSED)
    try:
        if checked is None:
            manifest, manifest_bytes, ops_data = read_manifest(source)
        else:
            if checked.result.manifest_error is not None:
                raise rebuild_error(checked.result.manifest_error)
            assert checked.result.manifest is not None
            manifest, manifest_bytes, ops_data = (
                checked.result.manifest,
                checked.result.manifest_bytes,
                checked.result.ops_data,
            )
        report.bundle_id = manifest.bundle_id
        report.device_id = manifest.device_id
        report.public_key = manifest.public_key
        report.device_fingerprint = fingerprint_of(manifest.public_key)
        known = check_device(store, manifest.device_id, manifest.public_key)
        if not known and not trust_new_devices:
            raise DeviceNotTrusted(manifest.device_id, manifest.public_key)
        if known and already_imported(store, manifest.bundle_id, manifest.ops_sha256):
            # The same signed bytes were verified op by op and merged before, and
            # ops are never purged: record the re-import without re-parsing them.
            report.summary = apply_ops(
                store,
                [],
                bundle_id=manifest.bundle_id,
                device_id=manifest.device_id,
                public_key=manifest.public_key,
                ops_sha256=manifest.ops_sha256,
                file_name=name,
                declared_counts=manifest.counts,
                declared_op_count=manifest.op_count,
            )
        else:
            if checked is not None and checked.result.ops_error is not None:
                raise rebuild_error(checked.result.ops_error)
            prepared = None
            if checked is not None and checked.bundle is not None:
                # Every op was verified by the worker, from these very bytes.
                bundle, prepared = checked.bundle, checked.prepared
            else:
                # The bytes checked above (one read of the file: what was checked is
                # what is merged, and the zip, signature and checksums are not redone).
                bundle = verify_ops(source, manifest, manifest_bytes, ops_data, file_name=name)
            if before_write is not None:
                before_write()
            report.summary = import_verified(store, bundle, trust_new_devices, prepared)
        report.status = IMPORTED
    except DeviceNotTrusted as exc:
        report.status = NEEDS_TRUST
        report.error = exc
    except DomainError as exc:
        report.status = REFUSED
        report.error = exc
    return report


def imported_bundles(store: Store) -> frozenset[tuple[str, str]]:
    """(bundle id, ops checksum) of every bundle merged before: the worker need not
    verify their ops again (the main process still decides, see ``_import_one``)."""
    found = set()
    for bundle_id, summary in store.db.execute("SELECT bundle_id, summary FROM import_history"):
        try:
            checksum = json.loads(summary or "{}").get("ops_sha256")
        except ValueError:
            continue
        if isinstance(checksum, str) and checksum:
            found.add((bundle_id, checksum))
    return frozenset(found)


WORKER_AHEAD = 2  # files handed to the worker and not yet verified, at most


class _WorkerQueue:
    """The files handed to the verify worker, and what it found, in merge order."""

    def __init__(self, pool: VerifyPool | None, paths: Sequence[str | os.PathLike[str]]) -> None:
        self.pool = pool
        self.paths = paths
        self.total = len(paths)
        self.ahead: dict[int, Future[Checked] | None] = {}
        self.sent: list[Future[Checked]] = []  # handed to the worker, maybe not verified yet
        # The first file is verified here while the worker starts.
        self.next_unassigned = 1
        self.worker_cpu = 0.0

    def checked(self, index: int) -> Checked | None:
        """File ``index`` as verified ahead (by the worker or here), or None: verify it now."""
        if self.pool is not None and self.pool.usable:
            self._hand_out(index)
        future = self.ahead.pop(index, None)
        if future is None:
            return None
        try:
            checked = future.result()
        except Exception:
            # The worker died or failed unexpectedly: this file and the rest
            # are verified here (the same checks, in this process).
            if self.pool is not None:
                self.pool.close()
            return None
        if not checked.here:
            self.worker_cpu += checked.result.cpu
        return checked

    def _hand_out(self, index: int) -> None:
        # Files are handed out in order: the worker always has up to two to
        # verify; while it is still on this one, this process verifies the
        # next unassigned file itself instead of waiting (the worker is the
        # slower side then). The order of merges never changes.
        assert self.pool is not None
        while True:
            busy = sum(1 for f in self.sent if not f.done())
            while busy < WORKER_AHEAD and self.next_unassigned < self.total:
                future = self.pool.submit(self.paths[self.next_unassigned])
                self.ahead[self.next_unassigned] = future
                if future is not None:
                    self.sent.append(future)
                    busy += 1
                self.next_unassigned += 1
            self.sent = [f for f in self.sent if not f.done()]
            waiting = self.ahead.get(index)
            if waiting is None or waiting.done() or self.next_unassigned >= self.total:
                break
            self.ahead[self.next_unassigned] = self.pool.verify_here(
                self.paths[self.next_unassigned]
            )
            self.next_unassigned += 1


def _backup_once(store: Store) -> Callable[[], None]:
    """A backup before the first bundle that will actually be merged (README, backups)."""
    db_file = database_file(store)
    backed_up = False

    def backup_once() -> None:
        nonlocal backed_up
        if backed_up or not db_file:
            return
        try:
            make_backup(store.db.conn, Path(db_file), "before-import")
        except (OSError, sqlite3.Error) as exc:
            raise BundleError(F.T_BACKUP_FAILED) from exc
        backed_up = True

    return backup_once


def import_bundles(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    trust_new_devices: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    use_worker: bool | None = None,
    stats: dict[str, float] | None = None,
) -> list[ImportReport]:
    """Import several files, each verified completely then merged in its own transaction.

    ``use_worker``: verify the next file in a worker process while this one merges
    (None: when there are several files and enough data to repay its start-up).
    ``stats``: filled with ``worker_cpu``, the CPU seconds the worker spent.
    """
    reports: list[ImportReport] = []
    total = len(paths)
    backup_once = _backup_once(store)
    if use_worker is None:
        use_worker = worth_a_worker([Path(p) for p in paths])
    pool = VerifyPool(imported_bundles(store)) if use_worker else None
    queue = _WorkerQueue(pool, paths)
    try:
        if pool is not None:
            pool.start()
        for index, path in enumerate(paths):
            if progress:
                progress(index, total)
            if cancel is not None and cancel():
                reports.extend(
                    ImportReport(
                        file=Path(p).name, status=CANCELLED, error=BundleError(F.T_CANCELLED)
                    )
                    for p in paths[index:]
                )
                break
            checked = queue.checked(index)
            reports.append(
                _import_one(store, path, Path(path).name, trust_new_devices, backup_once, checked)
            )
    finally:
        if pool is not None:
            pool.close()
        if stats is not None:
            stats["worker_cpu"] = queue.worker_cpu
    if progress:
        progress(total, total)
    return reports
