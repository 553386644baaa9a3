"""Importing bundle files: verify each one completely, then merge it in one transaction.

Each file is handled on its own: a refused file is reported (with the sentence
saying why) and leaves the database exactly as it was; the others still import.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..models.backup import make_backup
from ..models.errors import DomainError
from ..models.merge import MergeSummary, already_imported, apply_ops, database_file
from ..models.store import Store
from ..models.trust import DeviceNotTrusted, check_device, fingerprint_of
from . import bundle_format as F
from .bundle_format import BundleError
from .bundle_reader import VerifiedBundle, read_manifest, verify_ops

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
    store: Store, bundle: VerifiedBundle, trust_new_devices: bool = False
) -> MergeSummary:
    """Merge a bundle that ``read_bundle`` verified; raise a DomainError if refused."""
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
    report = ImportReport(file=name, status=REFUSED)
    try:
        manifest, manifest_bytes, ops_data = read_manifest(source)
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
            # The bytes checked above (one read of the file: what was checked is what
            # is merged, and the zip, signature and checksums are not redone).
            bundle = verify_ops(source, manifest, manifest_bytes, ops_data, file_name=name)
            if before_write is not None:
                before_write()
            report.summary = import_verified(store, bundle, trust_new_devices)
        report.status = IMPORTED
    except DeviceNotTrusted as exc:
        report.status = NEEDS_TRUST
        report.error = exc
    except DomainError as exc:
        report.status = REFUSED
        report.error = exc
    return report


def import_bundles(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    trust_new_devices: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[ImportReport]:
    """Import several files, each verified completely then merged in its own transaction."""
    reports: list[ImportReport] = []
    total = len(paths)
    db_file = database_file(store)
    backed_up = False

    def backup_once() -> None:
        # A backup before the first bundle that will actually be merged (README, backups).
        nonlocal backed_up
        if backed_up or not db_file:
            return
        try:
            make_backup(store.db.conn, Path(db_file), "before-import")
        except (OSError, sqlite3.Error) as exc:
            raise BundleError(F.T_BACKUP_FAILED) from exc
        backed_up = True

    for index, path in enumerate(paths):
        if progress:
            progress(index, total)
        if cancel is not None and cancel():
            reports.extend(
                ImportReport(file=Path(p).name, status=CANCELLED, error=BundleError(F.T_CANCELLED))
                for p in paths[index:]
            )
            break
        reports.append(import_file(store, path, trust_new_devices, before_write=backup_once))
    if progress:
        progress(total, total)
    return reports
