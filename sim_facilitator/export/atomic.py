"""Writing files that others will read: never a half-written file under the final name.

Bytes go to a temporary file in the same folder, are flushed and fsynced,
then renamed into place (atomic on POSIX and on NTFS); the folder is fsynced
too where the platform allows it. USB sticks formatted FAT/exFAT make this
matter: a stick pulled out mid-write leaves only a hidden temporary file,
which is removed when the failure is seen.

A failure becomes a ``FileWriteError`` whose sentence says what happened in
plain words (disk full, read-only, device error), for the user's language.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import DomainError

DISK_FULL = _("Errors", "Could not write {name}: the disk or USB stick is full.")
READ_ONLY = _("Errors", "Could not write {name}: the folder is read-only or not writable.")
DEVICE_ERROR = _(
    "Errors", "Could not write {name}: the disk or USB stick reported an error. Try another one."
)
NO_FOLDER = _("Errors", "Could not write {name}: the folder {folder} does not exist.")
OTHER = _("Errors", "Could not write {name}: {reason}.")


class FileWriteError(DomainError):
    """Writing an exported file failed; nothing was left under the final name."""


def _explain(exc: OSError, path: Path) -> FileWriteError:
    name, folder = path.name, str(path.parent)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FileWriteError(DISK_FULL, name=name)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FileWriteError(READ_ONLY, name=name)
    if exc.errno == errno.EIO:
        return FileWriteError(DEVICE_ERROR, name=name)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileWriteError(NO_FOLDER, name=name, folder=folder)
    return FileWriteError(OTHER, name=name, reason=exc.strerror or str(exc))


class ReadBackMismatch(Exception):
    """The bytes read back from disk are not what was written (a failing stick)."""


def replace_checked(
    path: Path, data: bytes, verify: Callable[[bytes], bool] | None = None, mode: int = 0o644
) -> Path:
    """The mechanics, with plain exceptions: OSError, or ReadBackMismatch.

    Temp file in the same folder, write, fsync, read back (and ``verify``),
    rename over ``path``, fsync the folder, read back once more. On any failure
    nothing is left: neither the temporary file nor a bad file under ``path``.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check = verify or (lambda back: back == data)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not check(Path(tmp_name).read_bytes()):
            raise ReadBackMismatch(str(path))
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    if not check(path.read_bytes()):
        path.unlink(missing_ok=True)
        raise ReadBackMismatch(str(path))
    return path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once, or raise FileWriteError leaving nothing."""
    path = Path(path)
    try:
        return replace_checked(path, data)
    except OSError as exc:
        raise _explain(exc, path) from exc
    except ReadBackMismatch as exc:
        raise FileWriteError(DEVICE_ERROR, name=path.name) from exc


def _fsync_dir(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a folder for fsync; NTFS renames are journalled
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
