"""The minutes (procès-verbal) of a workshop as a PDF, in ar, fr, en or bilingual ar+fr.

The public entry of the minutes: ``render_minutes`` and ``write_minutes``
(and their record-level forms for a worker thread). Everything printed comes
from the workshop record (``record``) through the Store and the domain
functions; the sections (``sections``) are laid out by the shared PDF builder
(``export.pdf``), whose text layout joins Arabic, runs it right to left and
keeps it in logical order when extracted.

The same content gives the same bytes: reportlab runs in invariant mode and
the PDF dates are the workshop's last change (the newest op of its scope).
Every page footer carries "page X of Y" and the workshop's content
fingerprint, the value a bundle of this workshop carries.

The file is written atomically: a temporary file in the same folder, fsync,
rename, then read back and checked before returning.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.builder import MinutesBuilder
from sim_facilitator.export.minutes.record import Record, collect
from sim_facilitator.export.pdf.checked_write import (
    PdfResult,
    check_pdf_target,
    write_rendered,
)
from sim_facilitator.export.pdf.document import PdfCancelled, build_pdf, story_steps
from sim_facilitator.export.pdf.fallback import Unresolved
from sim_facilitator.export.pdf.fonts import register_fonts

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

BAD_LANG = QT_TRANSLATE_NOOP(
    "Errors", "“{lang}” is not a language of the minutes; choose ar, fr, en or ar+fr."
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "The minutes cannot be written to {path}: {reason}")
BAD_OUTPUT = QT_TRANSLATE_NOOP(
    "Errors", "The minutes written to {path} did not read back correctly; nothing was kept."
)


MinutesCancelled = PdfCancelled  # the user stopped the generation; no file was written


class MinutesError(DomainError):
    """The minutes could not be produced (a message the user can read)."""


MinutesResult = PdfResult


def render_minutes(
    store: Store,
    workshop_id: str,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> tuple[bytes, int, Record]:
    """The PDF bytes, their page count and the record they were built from."""
    check_lang(lang)
    register_fonts(font_dir)
    record = collect(store, workshop_id)
    data, pages = render_record(record, lang, progress, cancel, font_dir)
    return data, pages, record


def check_lang(lang: str) -> None:
    if lang not in ML.MODES:
        raise ValidationError(BAD_LANG, lang=lang)


def render_record(
    record: Record,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
    report: list[Unresolved] | None = None,
) -> tuple[bytes, int]:
    """Lay out the minutes of an already collected record (no database access: any thread).

    ``report`` receives the characters drawn as placeholders (no shipped font has them).
    """
    check_lang(lang)
    fonts = register_fonts(font_dir)
    builder = MinutesBuilder(record, lang, fonts)
    story = builder.build_story()
    step = story_steps(len(story), progress, cancel, every=10)
    w = record.workshop
    return build_pdf(
        builder,
        story,
        record.last_change_ms,
        step,
        title=str(w.get("title") or ""),
        subject=" / ".join(ML.label("subject", x) for x in builder.langs),
        author=str(w.get("facilitator") or ""),
        report=report,
    )


def write_minutes(
    store: Store,
    workshop_id: str,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> MinutesResult:
    """Generate the minutes and write them atomically to ``path``; nothing is left on failure."""
    started = time.perf_counter()
    check_lang(lang)
    check_target(path)
    register_fonts(font_dir)
    record = collect(store, workshop_id)
    result = write_record(record, lang, path, progress, cancel, font_dir)
    return replace(result, seconds=time.perf_counter() - started)


def check_target(path: str | os.PathLike[str]) -> None:
    check_pdf_target(path, MinutesError, CANNOT_WRITE)


def write_record(
    record: Record,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> MinutesResult:
    """Write the minutes of a collected record atomically (no database access: any thread)."""
    return write_rendered(
        path,
        record.fingerprint,
        lambda report: render_record(record, lang, progress, cancel, font_dir, report),
        progress,
        cancel,
        MinutesError,
        CANNOT_WRITE,
        BAD_OUTPUT,
    )
