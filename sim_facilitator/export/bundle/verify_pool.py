"""Verifying the next bundle in a worker process while this one merges.

An import of many files alternates two kinds of work of similar size: the
hostile-input checks of a file (``bundle_reader``: pure CPU, no database) and
the merge of the previous file (SQLite, in this process). On a laptop with two
cores they overlap: one worker process reads and verifies file i+1 while the
main process merges file i. Nothing changes in what is checked or when it is
written: a file is merged only after its own verification has completed,
with the very bytes the worker checked (sent back, never re-read from disk).

The worker is started with "spawn" (a fresh interpreter importing only this
module, the reader and the domain modules it needs, never Qt; note that spawn
also imports the parent's main module, as ``__mp_main__``: the app's entry
points, ``python -m sim_facilitator`` and the console scripts, only import the
command line there) and only lives
as long as one ``import_bundles`` call: ``VerifyPool`` is a context manager
whose exit stops and joins it, whatever happened (cancel, error). If the
worker cannot start or dies, the caller verifies in its own process instead.

The worker also does the merge's database-free part (``merge.prepare_rows``:
the op log's rows, the projected rows of new records) and sends only those
rows back, as one ``marshal`` blob: the main process, whose thread is the
import's critical path, never rebuilds an op body unless an entity already
stored gets new ops (``merge.RowOps`` decodes them then, from their verified
canonical text). ``marshal`` is not for untrusted data; this blob is not: it
is written by our own worker from values the reader already checked (strings,
integers, booleans, None, lists and dicts), and never leaves this laptop's memory.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.prepared import PreparedRows, RowOps, prepare_rows
from sim_facilitator.export.bundle.format import Manifest
from sim_facilitator.export.bundle.reader import VerifiedBundle, read_manifest, verify_ops

# Below these, a process start-up (a fresh interpreter: about 0.2 s) costs more
# than the overlap can save: one or two small files are verified in-process.
MIN_FILES = 3
MIN_TOTAL_BYTES = 1_000_000

ErrorInfo = tuple[type[DomainError], str, dict[str, Any]]


@dataclass(frozen=True)
class WorkerResult:
    """One file as the worker found it.

    ``manifest_error``: steps 1 to 6 refused the file (nothing else is set).
    ``ops_error``: the manifest is fine but an op or the totals were refused.
    ``ops``: the verified ops' ``PreparedRows.to_bytes()``; None when they were not verified
    (``skip`` named the bundle as already imported: the caller decides, and
    verifies ``ops_data`` itself if it must; ``ops_data`` is only sent then).
    ``cpu``: CPU seconds the worker spent on this file (the import's true cost).
    """

    manifest: Manifest | None
    manifest_bytes: bytes
    ops_data: bytes
    ops: bytes | None
    size: int
    cpu: float
    manifest_error: ErrorInfo | None = None
    ops_error: ErrorInfo | None = None


@dataclass(frozen=True)
class Checked:
    """The worker's answer for one file, with its verified ops rebuilt (if it sent them)."""

    result: WorkerResult
    bundle: VerifiedBundle | None
    prepared: PreparedRows | None = None
    here: bool = False  # verified in this process (``verify_here``), not by the worker


def _error_info(exc: DomainError) -> ErrorInfo:
    # A DomainError is sent as its class, template and parameters: pickling the
    # exception itself would keep only the formatted sentence, not the template
    # the UI translates.
    return (type(exc), exc.template, dict(exc.params))


def rebuild_error(info: ErrorInfo) -> DomainError:
    cls, template, params = info
    error = cls.__new__(cls)
    DomainError.__init__(error, template, **params)
    return error


def verify_file(path: str, skip: frozenset[tuple[str, str]]) -> WorkerResult:
    """In the worker: steps 1 to 7 of ``bundle_reader`` on one file."""
    cpu0 = time.process_time()
    try:
        manifest, manifest_bytes, ops_data = read_manifest(path)
    except DomainError as exc:
        return WorkerResult(
            None, b"", b"", None, 0, time.process_time() - cpu0, manifest_error=_error_info(exc)
        )
    ops: bytes | None = None
    ops_error = None
    size = 0
    if (manifest.bundle_id, manifest.ops_sha256) not in skip:
        try:
            bundle = verify_ops(path, manifest, manifest_bytes, ops_data)
        except DomainError as exc:
            ops_error = _error_info(exc)
        else:
            # The merge's database-free part too, here: what goes back is the op
            # log's rows and the projected rows, never op bodies to rebuild.
            prepared = prepare_rows(bundle.ops, manifest.may_carry_newer_content)
            ops = prepared.to_bytes()
            size = bundle.size
            ops_data = b""  # not needed: the verified ops are in ``ops``
            del bundle, prepared
    return WorkerResult(
        manifest,
        manifest_bytes,
        ops_data,
        ops,
        size,
        time.process_time() - cpu0,
        ops_error=ops_error,
    )


def verified_bundle(result: WorkerResult, file_name: str) -> tuple[VerifiedBundle, PreparedRows]:
    """The bundle the worker verified, rebuilt here, with the rows it prepared."""
    assert result.manifest is not None
    assert result.ops is not None
    prepared = PreparedRows.from_bytes(result.ops)
    ops = RowOps(prepared.rows)
    bundle = VerifiedBundle(result.manifest, result.manifest_bytes, ops, file_name, result.size)
    return bundle, prepared


def loaded_modules() -> list[str]:
    """In the worker: the top-level packages it imported (tests check Qt is not one)."""
    return sorted({name.partition(".")[0] for name in sys.modules})


def worth_a_worker(paths: list[Path]) -> bool:
    """Several files and enough data for the overlap to repay a process start-up."""
    if len(paths) < MIN_FILES:
        return False
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue  # refused by the reader later, with its own sentence
        if total >= MIN_TOTAL_BYTES:
            return True
    return False


class VerifyPool:
    """One worker process verifying files ahead; a context manager that always stops it."""

    def __init__(self, skip: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.skip = skip
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Make the pool (its process starts with the first file); unusable if it cannot."""
        try:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        except (OSError, ValueError, RuntimeError, ImportError):
            self._executor = None  # verified in-process instead

    def __enter__(self) -> VerifyPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def usable(self) -> bool:
        return self._executor is not None

    def submit(self, path: str | os.PathLike[str]) -> Future[Checked] | None:
        """Start verifying a file; None if the worker cannot take it (verify in-process).

        The ops come back rebuilt as Python objects: done on the pool's own
        result thread as soon as the worker answers, so that it overlaps the
        merge of the previous file (which mostly runs in SQLite, without the GIL).
        """
        if self._executor is None:
            return None
        try:
            sent = self._executor.submit(verify_file, str(path), self.skip)
        except Exception:  # a broken or unstartable pool: stop using it
            self.close()
            return None
        name = Path(path).name
        checked: Future[Checked] = Future()

        def rebuild(done: Future[WorkerResult]) -> None:
            try:
                result = done.result()
                bundle = prepared = None
                if result.ops is not None:
                    bundle, prepared = verified_bundle(result, name)
            except BaseException as exc:  # handed to whoever waits for this file
                checked.set_exception(exc)
            else:
                checked.set_result(Checked(result, bundle, prepared))

        sent.add_done_callback(rebuild)
        return checked

    def verify_here(self, path: str | os.PathLike[str]) -> Future[Checked]:
        """Verify a file in this process, exactly as the worker does (``verify_file``).

        For when the worker is the slower side: the caller takes a later file
        itself instead of waiting, so both processes keep working.
        """
        checked: Future[Checked] = Future()
        try:
            result = verify_file(str(path), self.skip)
            bundle = prepared = None
            if result.ops is not None:
                bundle, prepared = verified_bundle(result, Path(path).name)
        except BaseException as exc:  # handed to whoever waits for this file
            checked.set_exception(exc)
        else:
            checked.set_result(Checked(result, bundle, prepared, here=True))
        return checked

    def run(self, function: Any, *args: Any) -> Any:
        """Run a module-level function in the worker (tests)."""
        assert self._executor is not None
        return self._executor.submit(function, *args).result()

    def close(self) -> None:
        """Stop the worker: pending files are dropped, the one in progress is waited for."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
