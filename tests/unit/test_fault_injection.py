"""Exports under faults: a full disk, an I/O error, a read-only target.

Each is reported in plain words, leaves no file (final or temporary), and
leaves the database untouched.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store
from sim_facilitator.export import atomic
from sim_facilitator.export.atomic import FileWriteError, write_atomically
from sim_facilitator.export.open_data import export_open_data


def _failing_fsync(code: int):  # type: ignore[no-untyped-def]
    def fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    return fsync


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "is full"), (errno.EIO, "reported an error"), (errno.EROFS, "read-only")],
)
def test_write_fault_is_explained_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    monkeypatch.setattr(atomic.os, "fsync", _failing_fsync(code))
    target = tmp_path / "out.csv"
    with pytest.raises(FileWriteError, match=words):
        write_atomically(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(FileWriteError, match="read-only"):
        write_atomically(tmp_path / "x.csv", b"data")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "x.csv", b"data")


def test_open_data_export_on_a_full_disk_changes_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_demo(store)
    before = dump_text(store.db)
    out = tmp_path / "out"
    monkeypatch.setattr(atomic.os, "fsync", _failing_fsync(errno.ENOSPC))
    with pytest.raises(FileWriteError, match="is full"):
        export_open_data(store, out)
    assert list(out.iterdir()) == []
    assert dump_text(store.db) == before
