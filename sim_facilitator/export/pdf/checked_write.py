"""A rendered PDF written atomically, read back and checked complete before it is kept.

The file goes to a temporary file in the target folder, is fsynced and
renamed into place, then read back: the same bytes, a PDF header, an end
marker and the expected page count. Any failure raises the caller's error
class with a message the user can read, and nothing is left behind.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.export.atomic import ReadBackMismatch, replace_checked
from sim_facilitator.export.pdf.document import PdfCancelled
from sim_facilitator.export.pdf.fallback import Unresolved

_PAGE_RE = re.compile(rb"/Type\s*/Page\b(?!s)")


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF written by reportlab (page objects are not compressed)."""
    return len(_PAGE_RE.findall(data))


def _looks_complete(back: bytes, data: bytes, pages: int) -> bool:
    return (
        back == data
        and back.startswith(b"%PDF-")
        and b"%%EOF" in back[-64:]
        and pdf_page_count(back) == pages
    )


def check_pdf_target(
    path: str | os.PathLike[str], error: type[DomainError], cannot_write: str
) -> None:
    """Refuse at once a target that cannot be written (missing folder, a folder)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise error(cannot_write, path=str(target), reason="the folder does not exist")
    if target.is_dir():
        raise error(cannot_write, path=str(target), reason="it is a folder")


def write_pdf_checked(
    target: Path,
    data: bytes,
    pages: int,
    error: type[DomainError],
    cannot_write: str,
    bad_output: str,
) -> None:
    """Write a rendered PDF atomically and check it reads back complete, or raise ``error``."""
    try:
        replace_checked(target, data, lambda back: _looks_complete(back, data, pages))
    except OSError as exc:
        raise error(cannot_write, path=str(target), reason=exc.strerror or str(exc)) from exc
    except ReadBackMismatch as exc:
        raise error(bad_output, path=str(target)) from exc


@dataclass(frozen=True)
class PdfResult:
    """A PDF written, read back and checked: the minutes' or the synthesis'."""

    path: Path
    pages: int
    fingerprint: str
    seconds: float
    size: int
    # characters no shipped font has, drawn as boxes naming their code points
    unresolved: tuple[Unresolved, ...] = ()


def write_rendered(
    path: str | os.PathLike[str],
    fingerprint: str,
    render: Callable[[list[Unresolved]], tuple[bytes, int]],
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    error: type[DomainError],
    cannot_write: str,
    bad_output: str,
) -> PdfResult:
    """Render (``render(report)`` gives bytes and pages), then write atomically and check."""
    started = time.perf_counter()
    target = Path(path)
    check_pdf_target(target, error, cannot_write)
    report: list[Unresolved] = []
    data, pages = render(report)
    if cancel is not None and cancel():
        raise PdfCancelled()
    write_pdf_checked(target, data, pages, error, cannot_write, bad_output)
    if progress is not None:
        progress(1, 1)
    return PdfResult(
        path=target,
        pages=pages,
        fingerprint=fingerprint,
        seconds=time.perf_counter() - started,
        size=len(data),
        unresolved=tuple(report),
    )
