"""The shared PDF document builder of the minutes and the national synthesis.

A ``PdfBuilder`` holds the page geometry, the colours and text styles, and
the layout helpers every section uses: paragraphs laid out by ``bidi_text``,
headings in every language of the document, bullet columns, and tables whose
columns follow the document direction. A document subclasses it with its own
labels, sections and running header; ``build_pdf`` lays the story out with
invariant reportlab output, so the same content gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from sim_facilitator.export.pdf.bidi_text import Line, TextShaper, base_direction
from sim_facilitator.export.pdf.fallback import Unresolved
from sim_facilitator.export.pdf.flowables import BidiParagraph, HeadingBand, TextStyle
from sim_facilitator.export.pdf.fonts import MinutesFonts
from sim_facilitator.export.pdf.page import ACCENT, GRID, LIGHT, MARGIN, MUTED, PAGE_W
from sim_facilitator.export.pdf.page_canvas import canvas_maker
from sim_facilitator.version import version_label

# The PDF's language tag per document mode (bilingual documents open in Arabic).
PDF_LANG = {"ar": "ar-MA", "fr": "fr-MA", "en": "en", "ar+fr": "ar-MA"}


class PdfDoc(SimpleDocTemplate):  # type: ignore[misc]
    """A page template that reports each laid-out flowable (progress and cancel)."""

    def __init__(self, *args: Any, on_flowable: Callable[[], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._on_flowable = on_flowable

    def afterFlowable(self, flowable: Flowable) -> None:
        self._on_flowable()


class PdfBuilder:
    """Styles and layout helpers for a document in ar, fr, en or bilingual ar+fr.

    A subclass gives ``label`` (its label table), ``header_lines`` (the running
    header of pages after the first) and the sections that fill ``story``.
    """

    def __init__(self, mode: str, fonts: MinutesFonts, fingerprint: str) -> None:
        self.mode = mode
        self.langs = ["ar", "fr"] if mode == "ar+fr" else [mode]
        self.fmt = "fr" if mode == "ar+fr" else mode  # dates and numbers
        self.rtl = mode == "ar"
        # table cells and lists line up on the document's side; bilingual: each line its own
        self.side = {"ar": "right", "ar+fr": "start"}.get(mode, "left")
        self.fonts = fonts
        self.fingerprint = fingerprint
        self.shaper = TextShaper()
        f = fonts
        self.body = TextStyle(f.regular, size=9.5, leading=13.5)
        self.small = TextStyle(f.regular, size=8, leading=11, color=MUTED)
        self.cell = TextStyle(f.regular, size=8.5, leading=11.5)
        self.cell_head = TextStyle(f.bold, size=8.5, leading=11.5, color=colors.white)
        self.label_style = TextStyle(f.bold, size=8.5, leading=11.5, color=ACCENT)
        self.h1 = TextStyle(
            f.bold, size=14, leading=19, color=ACCENT, space_before=10, space_after=5
        )
        self.h2 = TextStyle(
            f.bold, size=11, leading=15, color=ACCENT, space_before=8, space_after=3
        )
        self.title = TextStyle(f.bold, size=18, leading=26, align="center", space_after=2)
        self.subtitle = TextStyle(f.regular, size=11, leading=16, align="center", color=MUTED)
        self.story: list[Flowable] = []

    # -- what a document gives ------------------------------------------------------
    def label(self, key: str, lang: str, **params: object) -> str:
        """The document's label ``key`` in ``lang``."""
        raise NotImplementedError

    def header_lines(self) -> tuple[Line, Line]:
        """(start side, end side) of the running header of pages after the first."""
        raise NotImplementedError

    # -- text helpers -----------------------------------------------------------------
    def para(
        self, text: str, style: TextStyle | None = None, rtl: bool | None = None
    ) -> BidiParagraph:
        return BidiParagraph(text, style or self.body, self.shaper, rtl=rtl, default_rtl=self.rtl)

    def heading(self, key: str, level: int = 1, extra: str = "") -> Flowable:
        """A section heading in every language of the document (a band at level 1)."""
        style = self.h1 if level == 1 else self.h2
        texts = [self.label(key, lang) + extra for lang in self.langs]
        if len(texts) == 1 and level != 1:
            return self.para(texts[0], style)
        return HeadingBand(texts, style, self.shaper)

    def pair(self, texts: list[str], style: TextStyle) -> Flowable:
        """One text, or (bilingual) its versions side by side: Arabic right, French left."""
        unique = list(dict.fromkeys(t for t in texts if t))
        if len(unique) > 1:
            return HeadingBand(unique, style, self.shaper, rule=False)
        return self.para(unique[0] if unique else "", style)

    def bullets(self, items: list[str], columns: int = 2) -> Flowable:
        """Short entries (names, organisations) as bullets in columns, in document order."""
        style = self.body.but(size=9, leading=12.5, align=self.side)
        paras = [
            BidiParagraph(item, style, self.shaper, label="•", label_width=10) for item in items
        ]
        rows_n = (len(paras) + columns - 1) // columns
        rows = [
            [paras[c * rows_n + r] if c * rows_n + r < len(paras) else "" for c in range(columns)]
            for r in range(rows_n)
        ]
        total = PAGE_W - 2 * MARGIN
        cells = [list(reversed(row)) if self.rtl else row for row in rows]
        table = Table(cells, colWidths=[total / columns] * columns, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular.latin),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def user_heading(self, text: str, number: str = "") -> Flowable:
        """A heading made of user text: laid out in the text's own direction."""
        if not number:
            return self.para(text, self.h2)
        rtl = base_direction(text, "rtl" if self.rtl else "ltr") == "rtl"
        return BidiParagraph(text, self.h2, self.shaper, rtl=rtl, label=number, label_width=26)

    # -- tables -------------------------------------------------------------------------
    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        label_col: bool = False,
        shades: dict[tuple[int, int], Any] | None = None,
    ) -> Table:
        """A table whose column order follows the document direction (right to left in ar)."""
        total = PAGE_W - 2 * MARGIN
        col_w = [w * total / sum(widths) for w in widths]
        cells: list[list[Any]] = []
        for r, row in enumerate(rows):
            out = []
            for c, value in enumerate(row):
                if isinstance(value, Flowable):
                    out.append(value)
                    continue
                style = self.cell
                if header and r == 0:
                    style = self.cell_head
                elif label_col and c == 0:
                    style = self.label_style
                out.append(
                    self.para("" if value is None else str(value), style.but(align=self.side))
                )
            cells.append(out)
        n = len(widths)
        if self.rtl:
            cells = [list(reversed(row)) for row in cells]
            col_w = list(reversed(col_w))
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular.latin),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
            for r in range(2, len(cells), 2):
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f7fa")))
        if label_col:
            col = n - 1 if self.rtl else 0
            commands.append(("BACKGROUND", (col, 0), (col, -1), LIGHT))
        for (r, c), color in (shades or {}).items():
            col = n - 1 - c if self.rtl else c
            commands.append(("BACKGROUND", (col, r), (col, r), color))
        table = Table(cells, colWidths=col_w, repeatRows=1 if header else 0, hAlign="CENTER")
        table.setStyle(TableStyle(commands))
        return table

    # -- footer -------------------------------------------------------------------------
    def footer_rows(self, page: int, pages: int) -> list[tuple[Line, Line]]:
        """Per language: ("page X of Y", "content fingerprint … · SIM Facilitator 0.1.0").

        The app's version follows the fingerprint, so a printed page says which
        release made it."""
        rows = []
        fonts, size = self.fonts.regular, 7.5
        # The fingerprint is always laid out left to right on its own: inside an Arabic
        # line the bidi algorithm would move a leading group of digits ("9985-A5C4-…").
        stamp = f"{self.fingerprint} · {version_label()}"
        fp = self.shaper.lines(stamp, fonts, size, PAGE_W, rtl=False)[0]
        for lang in self.langs:
            rtl = lang == "ar"
            number = self.label("page_of", lang, page=page, pages=pages)
            words = self.label("fingerprint", lang, fp="\0").split("\0")[0].strip()
            number_line = self.shaper.lines(number, fonts, size, PAGE_W, rtl=rtl)[0]
            label = self.shaper.lines(words, fonts, size, PAGE_W, rtl=rtl)[0]
            rows.append((number_line, joined_line(label, fp, gap=3.0, rtl=rtl)))
        return rows


def joined_line(label: Line, value: Line, gap: float, rtl: bool) -> Line:
    """``label`` then ``value`` in reading order, as one line (value kept in its own order)."""
    first, second = (value, label) if rtl else (label, value)
    shift = first.width + gap
    runs = [*first.runs, *(replace(r, x=r.x + shift) for r in second.runs)]
    return Line(tuple(runs), shift + second.width, rtl)


def heat(fraction: float) -> Any:
    """A light-to-strong blue for a heat-map cell."""
    f = max(0.0, min(1.0, fraction))
    return colors.Color(1 - 0.55 * f, 1 - 0.35 * f, 1 - 0.15 * f)


class PdfCancelled(Exception):
    """The user stopped the generation; no file was written."""


def story_steps(
    count: int,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    every: int,
) -> Callable[[], None]:
    """The callback ``build_pdf`` calls after each laid-out flowable of a ``count`` story.

    It reports progress every ``every`` flowables (two more steps are left for writing
    and checking the file) and raises ``PdfCancelled`` as soon as ``cancel()`` says so;
    it checks once before the layout starts.
    """
    total = count + 2
    done = [0]

    def step() -> None:
        done[0] += 1
        if cancel is not None and cancel():
            raise PdfCancelled()
        if progress is not None and (done[0] % every == 0 or done[0] >= count):
            progress(min(done[0], total - 2), total)

    if progress is not None:
        progress(0, total)
    if cancel is not None and cancel():
        raise PdfCancelled()
    return step


def build_pdf(
    builder: PdfBuilder,
    story: list[Flowable],
    stamp_ms: int,
    on_flowable: Callable[[], None],
    *,
    title: str,
    subject: str,
    author: str,
    report: list[Unresolved] | None = None,
) -> tuple[bytes, int]:
    """Lay ``story`` out on A4 pages with the builder's header and footer: (bytes, pages).

    ``stamp_ms`` is the PDF's creation date: the content's last change, so the
    same content gives the same bytes. ``report`` receives the characters that
    no shipped font has (drawn as placeholders), in the order they were drawn.
    """
    buffer = io.BytesIO()
    doc = PdfDoc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=title,
        subject=subject,
        author=author,
        creator=version_label(),
        producer=f"{version_label()} (reportlab)",
        keywords=f"fingerprint {builder.fingerprint}",
        lang=PDF_LANG[builder.mode],
        invariant=1,
        initialFontName=builder.fonts.regular.latin,
        on_flowable=on_flowable,
    )
    pages: list[int] = []
    # Binary (zlib only) streams: ASCII85 text encoding makes the file a quarter larger
    # and costs about a fifth of the time in pure Python.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=canvas_maker(builder, stamp_ms, pages, report))
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue(), pages[-1]
