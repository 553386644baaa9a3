"""The minutes as an editable Word document (.docx), in ar, fr, en or bilingual ar+fr.

The same record (``record.collect``) and the same sections (``sections``) as
the PDF, laid out by the Word builder (``export.docx``): real heading styles
(Word's navigation pane and a table of contents work), A4, table header rows
that repeat on every page, right to left written in OOXML, and the shipped
Arabic font embedded (``export.docx.embedded_fonts`` says why). The bar chart of
each vote round is drawn as bars of text, editable like the rest. Every page footer carries
"page X of Y" (Word fields) and the content fingerprint, as in the PDF.

The PDF stays the signed record; this file is for the people who go on
writing (the report to the foundation, the national action plan).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document

from sim_facilitator.engine.store import Store
from sim_facilitator.export.atomic import ReadBackMismatch, replace_checked
from sim_facilitator.export.docx import ooxml as X
from sim_facilitator.export.docx.document import (
    ARABIC_FONT,
    LANG_TAGS,
    STYLES,
    Bars,
    Block,
    DocxBuilder,
    Para,
    direction_of_or,
    script_runs,
)
from sim_facilitator.export.docx.embedded_fonts import embed_font
from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.document import (
    BAD_OUTPUT,
    CANNOT_WRITE,
    MinutesCancelled,
    MinutesError,
    check_lang,
    check_target,
)
from sim_facilitator.export.minutes.layout import MinutesLayout
from sim_facilitator.export.minutes.record import Record, collect
from sim_facilitator.export.minutes.sections import MinutesSections
from sim_facilitator.resources import fonts_dir

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

DOCX_SUFFIX = ".docx"


@dataclass(frozen=True)
class DocxResult:
    """A .docx written, read back and checked."""

    path: Path
    fingerprint: str
    seconds: float
    size: int
    pages: int = 0  # Word paginates when it opens the file; unknown here


class MinutesDocxPrimitives(DocxBuilder, MinutesLayout):
    """The Word builder with the minutes' labels, ideas, chart, header and footer."""

    def __init__(self, record: Record, mode: str) -> None:
        super().__init__(mode)
        self.r = record
        self.number: dict[str, int] = {}

    def label(self, key: str, lang: str, **params: object) -> str:
        return ML.label(key, lang, **params)

    def heading(self, key: str, level: int = 1, extra: str = "") -> Block:
        """A section heading in every language of the document, as one Word heading."""
        texts = [ML.label(key, lang) + extra for lang in self.langs]
        return Block([Para(" — ".join(texts), f"Heading {level}", self.langs[0] == "ar")])

    def idea_para(self, idea: dict[str, Any], number: int | None = None) -> Para:
        shown = self.idea_text(idea, number)
        return Para(shown.text, self.body, shown.rtl, shown.label)

    def chart(self, options: list[Any]) -> Bars | None:
        """The PDF's bar chart as bars of text (editable, and no image library needed)."""
        if not options:
            return None
        top = max((float(o.points) for o in options), default=0.0) or 1.0
        return Bars(
            [(f"#{n}", float(o.points) / top, self.num(o.points)) for n, o in enumerate(options, 1)]
        )

    # -- running header, footer, properties ---------------------------------------------
    def page_furniture(self, document: Document) -> None:
        section = document.sections[0]
        w = self.r.workshop
        header = section.header.paragraphs[0]
        self.set_style(header, "Header")
        title = str(w.get("title") or "")
        date = ML.format_date(w.get("date"), self.fmt)
        line = f"{title} · {date}"
        if direction_of_or(title, "rtl" if self.rtl else "ltr"):
            X.paragraph_rtl(header._p.get_or_add_pPr())
        for piece, rtl in script_runs(line):
            self.run(header, piece, STYLES["Header"], rtl)
        footer = section.footer
        first = True
        for lang in self.langs:
            para = footer.paragraphs[0] if first else footer.add_paragraph()
            first = False
            self.set_style(para, "Footer")
            rtl = lang == "ar"
            ppr = para._p.get_or_add_pPr()
            if rtl:
                X.paragraph_rtl(ppr)
            elif self.rtl:
                X.set_attrs(X.insert_ordered(ppr, "bidi", X.PPR_ORDER), val="0")
            spec = STYLES["Footer"]
            text = ML.label("page_of", lang, page="\0", pages="\1")
            before, _sep, rest = text.partition("\0")
            middle, _sep, after = rest.partition("\1")
            template = self.run(para, before, spec, rtl)._r.rPr
            X.field_runs(para, "PAGE", template)
            self.run(para, middle, spec, rtl)
            X.field_runs(para, "NUMPAGES", template)
            words = ML.label("fingerprint", lang, fp="\0").split("\0")[0].strip()
            self.run(para, after + " · " + words + " ", spec, rtl)
            # a left-to-right mark first: inside Arabic the bidi algorithm would move
            # a leading group of digits of the fingerprint ("9985-A5C4-…")
            self.run(para, "\u200e" + self.r.fingerprint, spec, False)

    def properties(self, document: Document) -> None:
        props = document.core_properties
        w = self.r.workshop
        stamp = dt.datetime.fromtimestamp(self.r.last_change_ms / 1000, tz=dt.UTC)
        props.title = str(w.get("title") or "")[:255]
        props.subject = " / ".join(ML.label("subject", x) for x in self.langs)
        props.author = str(w.get("facilitator") or "")[:255]
        props.keywords = f"fingerprint {self.r.fingerprint}"
        props.language = LANG_TAGS[self.langs[0]]
        props.created = props.modified = stamp.replace(tzinfo=None)
        props.last_modified_by = "SIM Facilitator"
        props.revision = 1
        props.comments = ML.label("fingerprint", self.fmt, fp=self.r.fingerprint)


class MinutesDocxBuilder(MinutesDocxPrimitives, MinutesSections):
    """The minutes as a .docx: every section (``sections``) laid out as Word content."""


def render_docx_record(
    record: Record,
    lang: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> bytes:
    """The .docx bytes of the minutes of a collected record (no database access)."""
    from sim_facilitator.export.pdf.document import story_steps

    check_lang(lang)
    builder = MinutesDocxBuilder(record, lang)
    story = builder.build_story()
    step = story_steps(len(story), progress, cancel, every=10)
    document = builder.new_document()
    builder.page_furniture(document)
    builder.properties(document)
    builder.render(document, step)
    embed_font(document, ARABIC_FONT, arabic_faces(), alternative="Arial")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def arabic_faces() -> dict[str, bytes]:
    folder = fonts_dir()
    return {
        "Regular": (folder / "NotoSansArabic-Regular.ttf").read_bytes(),
        "Bold": (folder / "NotoSansArabic-Bold.ttf").read_bytes(),
    }


def _looks_complete(back: bytes, data: bytes, fingerprint: str) -> bool:
    if back != data:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(back)) as archive:
            return archive.testzip() is None and fingerprint.encode() in archive.read(
                "word/footer1.xml"
            ) + archive.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError):
        return False


def write_docx_record(
    record: Record,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DocxResult:
    """Write the .docx minutes of a collected record atomically, read back and checked."""
    started = time.perf_counter()
    target = Path(path)
    check_target(target)
    data = render_docx_record(record, lang, progress, cancel)
    if cancel is not None and cancel():
        raise MinutesCancelled()
    try:
        replace_checked(target, data, lambda back: _looks_complete(back, data, record.fingerprint))
    except OSError as exc:
        raise MinutesError(CANNOT_WRITE, path=str(target), reason=exc.strerror or str(exc)) from exc
    except ReadBackMismatch as exc:
        raise MinutesError(BAD_OUTPUT, path=str(target)) from exc
    if progress is not None:
        progress(1, 1)
    return DocxResult(target, record.fingerprint, time.perf_counter() - started, len(data))


def write_docx_minutes(
    store: Store,
    workshop_id: str,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DocxResult:
    """Generate the .docx minutes of a workshop and write them atomically to ``path``."""
    started = time.perf_counter()
    check_lang(lang)
    check_target(path)
    record = collect(store, workshop_id)
    result = write_docx_record(record, lang, path, progress, cancel)
    return DocxResult(result.path, result.fingerprint, time.perf_counter() - started, result.size)


def is_docx(path: str | os.PathLike[str]) -> bool:
    """Whether the file name asks for Word (``.docx``) rather than PDF."""
    return Path(path).suffix.lower() == DOCX_SUFFIX
