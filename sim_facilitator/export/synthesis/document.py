"""The national synthesis as a PDF, in ar, fr, en or bilingual ar+fr.

The public entry of the synthesis: ``write_synthesis`` (and the record-level
forms for a worker thread). The content is read once (``record``), laid out
section by section (``sections``) with the shared PDF builder (``export.pdf``:
bidi text layout, fonts, page X of Y footer, invariant reportlab output), and
written like the minutes: a temporary file in the target folder, fsync, read
back and checked, renamed into place. The footer carries the content
fingerprint of all the workshops summarised.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sim_facilitator.domain.national import NationalFilter
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import MinutesCancelled, check_lang
from sim_facilitator.export.pdf.checked_write import (
    PdfResult,
    check_pdf_target,
    write_rendered,
)
from sim_facilitator.export.pdf.document import build_pdf, story_steps
from sim_facilitator.export.pdf.fallback import Unresolved
from sim_facilitator.export.pdf.fonts import register_fonts
from sim_facilitator.export.synthesis import labels as SL
from sim_facilitator.export.synthesis.record import (
    SynthesisError,
    SynthesisRecord,
    collect_synthesis,
)
from sim_facilitator.export.synthesis.sections import SynthesisBuilder

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "The synthesis cannot be written to {path}: {reason}")
BAD_OUTPUT = QT_TRANSLATE_NOOP(
    "Errors", "The synthesis written to {path} did not read back correctly; nothing was kept."
)

SynthesisCancelled = MinutesCancelled  # the same: the user stopped, no file was written


SynthesisResult = PdfResult


def render_synthesis(
    record: SynthesisRecord,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
    report: list[Unresolved] | None = None,
) -> tuple[bytes, int]:
    """Lay out the synthesis of a collected record (no database access: any thread).

    ``report`` receives the characters drawn as placeholders (no shipped font has them).
    """
    check_lang(lang)
    fonts = register_fonts(font_dir)
    builder = SynthesisBuilder(record, lang, fonts)
    story = builder.build_story()
    step = story_steps(len(story), progress, cancel, every=5)
    return build_pdf(
        builder,
        story,
        record.last_change_ms,
        step,
        title=" / ".join(SL.label("syn_title", x) for x in builder.langs),
        subject=" / ".join(SL.label("syn_subject", x) for x in builder.langs),
        author="SIM Facilitator",
        report=report,
    )


def check_target(path: str | os.PathLike[str]) -> None:
    check_pdf_target(path, SynthesisError, CANNOT_WRITE)


def write_synthesis_record(
    record: SynthesisRecord,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> SynthesisResult:
    """Write the synthesis of a collected record atomically, read back and checked."""
    check_lang(lang)
    return write_rendered(
        path,
        record.fingerprint,
        lambda report: render_synthesis(record, lang, progress, cancel, font_dir, report),
        progress,
        cancel,
        SynthesisError,
        CANNOT_WRITE,
        BAD_OUTPUT,
    )


def write_synthesis(
    store: Store,
    lang: str,
    path: str | os.PathLike[str],
    flt: NationalFilter | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    font_dir: Path | None = None,
) -> SynthesisResult:
    """Collect, lay out and write the national synthesis; nothing is left on failure."""
    started = time.perf_counter()
    check_lang(lang)
    check_target(path)
    record = collect_synthesis(store, flt)
    result = write_synthesis_record(record, lang, path, progress, cancel, font_dir)
    return replace(result, seconds=time.perf_counter() - started)
