"""The shared Word builder: A4 pages, styles, and the layout primitives as .docx content.

A ``DocxBuilder`` gives the same primitives as the PDF builder (``para``,
``table``, ``bullets``, …) but returns light blocks; ``render`` then writes the
story into a python-docx ``Document`` in order. Blocks (rather than writing at
once) keep the order of the story even where a section builds an item before it
appends the one that goes above it.

Right to left, as Word and LibreOffice both read it (``ooxml``): every Arabic
paragraph has ``w:bidi`` and no ``w:jc`` (LibreOffice takes ``right`` for left in
a right-to-left paragraph); every Arabic run ``w:rtl``, the complex-script font,
size and bold and ``w:lang/@w:bidi``; an Arabic document mirrors its tables
(``w:bidiVisual``) and its section (``w:bidi``); the style defaults carry the same
font, size and language. A line of text is split into runs by script, so Latin
words inside Arabic keep the Latin font and are not marked right to left.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from sim_facilitator.export.docx import ooxml as X

LATIN_FONT = "Arial"  # Windows and macOS have it; LibreOffice maps it to Liberation Sans
ARABIC_FONT = "Noto Sans Arabic"  # embedded (``embedded_fonts``), as in the PDF
ACCENT = "1F5F8B"
LIGHT = "E8F0F6"
BAND = "F4F7FA"
GRID = "9DB4C6"
MUTED = "555555"
PAGE_W_MM, MARGIN_MM = 210.0, 18.0
A4_TWIPS = (11906, 16838)
BAR_CELLS = 60  # full-block characters in the longest bar
TEXT_W_TWIPS = round((PAGE_W_MM - 2 * MARGIN_MM) / 25.4 * 1440)
LANG_TAGS = {"ar": "ar-MA", "fr": "fr-FR", "en": "en-GB"}


@dataclass(frozen=True)
class StyleSpec:
    size: float
    bold: bool = False
    color: str | None = None


# the paragraph styles the builder writes (headings and title are Word's own)
STYLES = {
    "Normal": StyleSpec(10),
    "Small": StyleSpec(8.5, color=MUTED),
    "Label": StyleSpec(9, bold=True, color=ACCENT),
    "Cell": StyleSpec(9),
    "Title": StyleSpec(20, bold=True),
    "Subtitle": StyleSpec(12, color=MUTED),
    "Heading 1": StyleSpec(15, bold=True, color=ACCENT),
    "Heading 2": StyleSpec(12, bold=True, color=ACCENT),
    "List Bullet": StyleSpec(10),
    "Header": StyleSpec(8, color=MUTED),
    "Footer": StyleSpec(8, color=MUTED),
}


@dataclass
class Para:
    text: str
    style: str
    rtl: bool
    label: str = ""  # an idea's number, written before the text


@dataclass
class Block:
    """Several paragraphs in a row, optionally kept on one page."""

    items: list[Any] = field(default_factory=list)
    keep: bool = False


@dataclass
class TableBlock:
    rows: list[list[str]]
    widths: list[float]
    header: bool
    label_col: bool
    shades: dict[tuple[int, int], str]


@dataclass
class Bars:
    """A bar chart: (label, length 0-1, value) per bar, drawn as a table of text bars."""

    bars: list[tuple[str, float, str]]


def script_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where the script changes: (piece, right to left).

    Digits, spaces and punctuation stay with the piece before them (with the
    next one at the start), so a number inside Arabic text is part of its run.
    """
    pieces: list[list[Any]] = []
    pending = ""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        strong = True if kind in ("R", "AL") else False if kind == "L" else None
        if strong is None:
            if pieces:
                pieces[-1][0] += ch
            else:
                pending += ch
            continue
        if pieces and pieces[-1][1] == strong:
            pieces[-1][0] += ch
        else:
            pieces.append([pending + ch, strong])
            pending = ""
    if pending:
        return [(pending, False)]
    return [(str(p[0]), bool(p[1])) for p in pieces]


class DocxBuilder:
    """Styles and layout primitives for a .docx in ar, fr, en or bilingual ar+fr."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.langs = ["ar", "fr"] if mode == "ar+fr" else [mode]
        self.fmt = "fr" if mode == "ar+fr" else mode
        self.rtl = mode == "ar"
        self.body = "Normal"
        self.small = "Small"
        self.label_style = "Label"
        self.h2 = "Heading 2"
        self.title = "Title"
        self.subtitle = "Subtitle"
        self.story: list[Any] = []
        self._style_ids: dict[str, str] = {}

    # -- primitives ---------------------------------------------------------------------
    def _lines(self, text: str, style: str, rtl: bool | None = None) -> list[Para]:
        default = "rtl" if self.rtl else "ltr"
        return [
            Para(line, style, rtl if rtl is not None else direction_of_or(line, default))
            for line in text.split("\n")
        ]

    def para(self, text: str, style: Any = None, rtl: bool | None = None) -> Block:
        return Block(list(self._lines(text, style or self.body, rtl)))

    def pair(self, texts: list[str], style: Any) -> Block:
        """One text, or (bilingual) its versions on one line: Arabic first, at the right."""
        unique = list(dict.fromkeys(t for t in texts if t))
        text = " — ".join(unique)
        return Block([Para(text, style, direction_of_or(text, "rtl" if self.rtl else "ltr"))])

    def bullets(self, items: list[str], columns: int = 2) -> Block:
        return Block([p for item in items for p in self._lines(item, "List Bullet")])

    def user_heading(self, text: str, number: str = "") -> Block:
        """A heading made of user text, in the text's own direction."""
        rtl = direction_of_or(text, "rtl" if self.rtl else "ltr")
        return Block([Para(f"{number} — {text}" if number else text, self.h2, rtl)])

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        label_col: bool = False,
        shades: dict[tuple[int, int], Any] | None = None,
    ) -> TableBlock:
        cells = [["" if v is None else str(v) for v in row] for row in rows]
        return TableBlock(cells, widths, header, label_col, dict(shades or {}))

    def keep_room(self, points: float) -> None:
        """Headings keep with the next paragraph (their style says so): nothing to add."""
        return None

    def space(self, points: float) -> None:
        return None  # the styles' spacing

    def keep_together(self, items: list[Any]) -> Block:
        return Block([i for i in items if i is not None], keep=True)

    def heat_shade(self, fraction: float) -> str:
        f = max(0.0, min(1.0, fraction))
        parts = (1 - 0.55 * f, 1 - 0.35 * f, 1 - 0.15 * f)
        return "".join(f"{round(c * 255):02X}" for c in parts)

    def alarm_shade(self) -> str:
        return "F6D5D5"

    # -- the document -------------------------------------------------------------------
    def new_document(self) -> Document:
        """An A4 document whose styles and defaults carry the fonts, sizes and direction."""
        document = docx.Document()
        section = document.sections[0]
        # A4 as Word writes it (python-docx's template is US Letter)
        section.page_width, section.page_height = Twips(A4_TWIPS[0]), Twips(A4_TWIPS[1])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.header_distance = section.footer_distance = Mm(8)
        if self.rtl:
            X.section_rtl(section._sectPr)
        self._style_defaults(document)
        return document

    def _style_defaults(self, document: Document) -> None:
        styles = document.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        X.font_props(
            rpr,
            latin=LATIN_FONT,
            arabic=ARABIC_FONT,
            size_half_points=20,
            lang=LANG_TAGS[self.fmt if self.mode != "ar+fr" else "fr"],
        )
        ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
        X.set_attrs(X.insert_ordered(ppr, "spacing", X.PPR_ORDER), after="80", line="264")
        if self.rtl:
            X.paragraph_rtl(ppr)
        for name in ("Small", "Label", "Cell"):
            if name not in [s.name for s in styles]:
                style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = styles["Normal"]
                style.quick_style = True
        styles["Cell"].paragraph_format.space_after = Pt(0)
        styles["Label"].paragraph_format.space_after = Pt(1)
        for name, spec in STYLES.items():
            style = styles[name]
            style_rpr = style.element.get_or_add_rPr()
            X.font_props(
                style_rpr,
                latin=LATIN_FONT,
                arabic=ARABIC_FONT,
                size_half_points=round(spec.size * 2),
                bold=spec.bold,
                color=spec.color,
            )
            if self.rtl:
                X.paragraph_rtl(style.element.get_or_add_pPr())
        for level in (1, 2):
            styles[f"Heading {level}"].paragraph_format.space_before = Pt(12 if level == 1 else 8)
            styles[f"Heading {level}"].paragraph_format.keep_with_next = True
        styles["Title"].paragraph_format.alignment = 1  # centred in either direction
        self._style_ids = {s.name: s.style_id for s in styles if s.name}
        styles["Subtitle"].paragraph_format.alignment = 1

    def render(self, document: Document, step: Callable[[], None] | None = None) -> None:
        """Write the story into ``document``, in order; ``step`` after each story item."""
        body = document
        for item in self.story:
            if item is not None:
                self._render(body, item)
            if step is not None:
                step()

    def _render(self, container: Any, item: Any) -> list[Any]:
        """Write one block; return the ``w:p`` elements made (to keep them together)."""
        if isinstance(item, Para):
            return [self.paragraph(container, item)]
        if isinstance(item, Block):
            made = [
                p for sub in item.items if sub is not None for p in self._render(container, sub)
            ]
            if item.keep:
                for p in made[:-1]:
                    X.keep_with_next(p.get_or_add_pPr())
            return made
        if isinstance(item, TableBlock):
            return self._table(container, item)
        if isinstance(item, Bars):
            return self._bars(container, item)
        raise TypeError(f"not a docx block: {item!r}")

    def paragraph(self, container: Any, item: Para, reuse: Any = None) -> Any:
        """One paragraph: direction, then one run per script."""
        para = reuse if reuse is not None else container.add_paragraph()
        self.set_style(para, item.style)
        ppr = para._p.get_or_add_pPr()
        if item.rtl:
            X.paragraph_rtl(ppr)
        elif self.rtl:
            # a left-to-right line where the styles default to right to left: say so
            X.set_attrs(X.insert_ordered(ppr, "bidi", X.PPR_ORDER), val="0")
        spec = STYLES.get(item.style, STYLES["Normal"])
        text = f"{item.label}\u00a0{item.text}" if item.label else item.text
        for piece, rtl in script_runs(text):
            self.run(para, piece, spec, rtl)
        return para._p

    def set_style(self, para: Any, name: str) -> None:
        """Set a paragraph style by its id: python-docx's lookup by name scans every
        style each time (most of the writing time of a long document)."""
        para._p.style = self._style_ids[name]

    def run(
        self, para: Any, text: str, spec: StyleSpec, rtl: bool, color: str | None = None
    ) -> Any:
        run = para.add_run(text)
        X.font_props(
            run._r.get_or_add_rPr(),
            latin=LATIN_FONT,
            arabic=ARABIC_FONT,
            size_half_points=round(spec.size * 2),
            bold=spec.bold,
            color=color or spec.color,
            rtl=rtl,
            lang="ar-MA" if rtl else LANG_TAGS[self.fmt],
        )
        return run

    def _table(self, container: Any, block: TableBlock) -> list[Any]:
        n = len(block.widths)
        total = sum(block.widths)
        twips = [round(w * TEXT_W_TWIPS / total) for w in block.widths]
        table = container.add_table(rows=len(block.rows), cols=n)
        tblpr = table._tbl.tblPr
        if self.rtl:
            X.table_rtl(tblpr)
        X.table_width(tblpr, sum(twips))
        X.table_borders(tblpr, GRID)
        X.table_fixed(tblpr)
        for col, width in zip(table.columns, twips, strict=True):
            col.width = width * 635  # EMU per twip
        made: list[Any] = []
        default = "rtl" if self.rtl else "ltr"
        head_spec = StyleSpec(STYLES["Cell"].size, bold=True)
        label_spec = STYLES["Label"]
        cell_spec = STYLES["Cell"]
        for r, (row, values) in enumerate(zip(table.rows, block.rows, strict=True)):
            trpr = row._tr.get_or_add_trPr()
            heading_row = block.header and r == 0
            if heading_row:
                X.repeat_header(trpr)
            X.cant_split(trpr)
            for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                tcpr = cell._tc.get_or_add_tcPr()
                X.cell_width(tcpr, twips[c])
                fill = None
                spec, color = cell_spec, None
                if heading_row:
                    fill, spec, color = ACCENT, head_spec, "FFFFFF"
                elif block.label_col and c == 0:
                    fill, spec = LIGHT, label_spec
                elif block.header and r % 2 == 0:
                    fill = BAND
                fill = block.shades.get((r, c), fill)
                if fill:
                    X.cell_shade(tcpr, fill)
                for i, line in enumerate(value.split("\n")):
                    para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    self.set_style(para, "Cell")
                    rtl = direction_of_or(line, default)
                    ppr = para._p.get_or_add_pPr()
                    if rtl:
                        X.paragraph_rtl(ppr)
                    elif self.rtl:
                        # Latin text in an Arabic table lines up on the right like the rest;
                        # "right" is safe in a left-to-right paragraph
                        X.set_attrs(X.insert_ordered(ppr, "bidi", X.PPR_ORDER), val="0")
                        X.paragraph_align(ppr, "right")
                    for piece, piece_rtl in script_runs(line):
                        self.run(para, piece, spec, piece_rtl, color)
                    made.append(para._p)
        return made

    def _bars(self, container: Any, block: Bars) -> list[Any]:
        table = container.add_table(rows=len(block.bars), cols=2)
        tblpr = table._tbl.tblPr
        if self.rtl:
            X.table_rtl(tblpr)
        twips = [round(TEXT_W_TWIPS * 0.08), round(TEXT_W_TWIPS * 0.92)]
        X.table_width(tblpr, sum(twips))
        X.table_fixed(tblpr)
        spec = STYLES["Cell"]
        made = []
        for row, (label, length, value) in zip(table.rows, block.bars, strict=True):
            for cell, width in zip(row.cells, twips, strict=True):
                X.cell_width(cell._tc.get_or_add_tcPr(), width)
                para = cell.paragraphs[0]
                self.set_style(para, "Cell")
                if self.rtl:
                    X.paragraph_rtl(para._p.get_or_add_pPr())
                made.append(para._p)
            self.run(row.cells[0].paragraphs[0], label, spec, False)
            bar = row.cells[1].paragraphs[0]
            self.run(bar, "\u2588" * max(1, round(length * BAR_CELLS)), spec, False, ACCENT)
            self.run(bar, "\u00a0" + value, spec, False)
        return made


def direction_of_or(text: str, default: str) -> bool:
    """Whether ``text`` runs right to left: its first strong character, else ``default``."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default == "rtl"


def paragraphs_of(document: Document) -> Iterator[Any]:
    """Every paragraph of the body, table cells included, in document order."""
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
