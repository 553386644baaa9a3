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

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
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
class Gap:
    """Vertical space (between two tables it also keeps them apart: Word would join them)."""

    points: float


@dataclass
class Bars:
    """A bar chart: (label, length 0-1, value) per bar, drawn as a table of text bars."""

    bars: list[tuple[str, float, str]]


@dataclass
class PageBreakBlock:
    """The next item starts a new page."""


@dataclass
class Picture:
    """A JPEG drawn at ``width`` × ``height`` points, in a paragraph of its own."""

    jpeg: bytes
    width: float
    height: float


def script_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where the script changes: (piece, right to left).

    Digits, spaces and punctuation stay with the piece before them (with the
    next one at the start), so a number inside Arabic text is part of its run.
    """
    if not _RTL_LETTER.search(text):
        return [(text, False)]
    starts: list[int] = []
    kinds: list[bool] = []
    bidirectional = unicodedata.bidirectional
    for i, ch in enumerate(text):
        kind = bidirectional(ch)
        if kind in ("R", "AL"):
            strong = True
        elif kind == "L":
            strong = False
        else:
            continue
        if not kinds or kinds[-1] is not strong:
            starts.append(i)
            kinds.append(strong)
    starts[0] = 0
    ends = [*starts[1:], len(text)]
    return [(text[a:b], k) for a, b, k in zip(starts, ends, kinds, strict=True)]


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\U00010800-\U00010fff]")


class DocxBuilder:
    """Styles and layout primitives for a .docx in ar, fr, en or bilingual ar+fr."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.langs = ["ar", "fr"] if mode == "ar+fr" else [mode]
        self.fmt = "fr" if mode == "ar+fr" else mode
        self.rtl = mode == "ar"
        # the language of Latin words: the document's, or French inside Arabic minutes
        self.latin_lang = LANG_TAGS["fr" if self.fmt == "ar" else self.fmt]
        self.body = "Normal"
        self.small = "Small"
        self.label_style = "Label"
        self.h2 = "Heading 2"
        self.title = "Title"
        self.subtitle = "Subtitle"
        self._document: Document | None = None
        self.story: list[Any] = []
        self._style_ids: dict[str, str] = {}
        self._rpr_cache: dict[tuple[StyleSpec, bool, str | None], str] = {}

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

    def page_break(self) -> PageBreakBlock:
        return PageBreakBlock()

    def picture_area(self) -> tuple[float, float]:
        # A4 less the margins, less room for a heading and a caption (points).
        text_w = (PAGE_W_MM - 2 * MARGIN_MM) / 25.4 * 72
        text_h = (A4_TWIPS[1] / 20) - 2 * MARGIN_MM / 25.4 * 72
        return text_w, text_h - 170

    def picture(self, jpeg: bytes, width: float, height: float) -> Picture:
        return Picture(jpeg, width, height)

    def keep_room(self, points: float) -> None:
        """Headings keep with the next paragraph (their style says so): nothing to add."""
        return None

    def space(self, points: float) -> Gap:
        return Gap(points)

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
        """Write the story into ``document``, in order; ``step`` after each story item.

        Paragraphs and tables are written as WordprocessingML text and parsed once each:
        python-docx's element-by-element API costs several times the PDF's layout.
        """
        end = document.element.body.sectPr
        self._document = document  # pictures are parts of the package
        for item in self.story:
            if item is not None:
                for element in self._render(item):
                    end.addprevious(element)
            if step is not None:
                step()
        # a document (and a cell) ends with a paragraph, even after a table
        end.addprevious(parse_xml(f"<w:p {nsdecls('w')}/>"))

    def _render(self, item: Any) -> list[Any]:
        """The body elements of one story item (paragraphs, tables)."""
        if isinstance(item, Para):
            return [parse_xml(self.paragraph_xml(item, top=True))]
        if isinstance(item, Gap):
            return [parse_xml(self._gap_xml(item.points))]
        if isinstance(item, Block):
            made = [e for sub in item.items if sub is not None for e in self._render(sub)]
            if item.keep:
                paragraphs = [p for e in made for p in e.iter(qn("w:p"))]
                for p in paragraphs[:-1]:
                    X.keep_with_next(p.get_or_add_pPr())
            return made
        if isinstance(item, TableBlock):
            return [parse_xml(self._table_xml(item))]
        if isinstance(item, Bars):
            return [parse_xml(self._bars_xml(item))]
        if isinstance(item, PageBreakBlock):
            return [parse_xml(f'<w:p {nsdecls("w")}><w:r><w:br w:type="page"/></w:r></w:p>')]
        if isinstance(item, Picture):
            return [self._picture_element(item)]
        raise TypeError(f"not a docx block: {item!r}")

    def _picture_element(self, item: Picture) -> Any:
        """A centred paragraph holding the picture, stored once in the package's media."""
        import io

        from docx.shared import Pt

        assert self._document is not None, "pictures are rendered into a document"
        inline = self._document.part.new_pic_inline(
            io.BytesIO(item.jpeg), Pt(item.width), Pt(item.height)
        )
        paragraph = parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/></w:pPr><w:r/></w:p>'
        )
        run = paragraph.find(qn("w:r"))
        drawing = parse_xml(f"<w:drawing {nsdecls('w')}/>")
        drawing.append(inline)
        run.append(drawing)
        return paragraph

    # -- WordprocessingML text -------------------------------------------------------------
    def paragraph_xml(
        self,
        item: Para,
        top: bool = False,
        spec: StyleSpec | None = None,
        color: str | None = None,
        align_end: bool = False,
    ) -> str:
        """One paragraph: its style and direction, then one run per script.

        ``align_end``: a left-to-right line that lines up with right-to-left ones (a cell
        of an Arabic table). ``right`` is only ever written in a left-to-right paragraph.
        """
        ns = f" {nsdecls('w')}" if top else ""
        ppr = f'<w:pStyle w:val="{self._style_ids[item.style]}"/>'
        if item.rtl:
            ppr += "<w:bidi/>"
        elif self.rtl:
            # a left-to-right line where the styles default to right to left: say so
            ppr += '<w:bidi w:val="0"/>'
            if align_end:
                ppr += '<w:jc w:val="right"/>'
        spec = spec or STYLES.get(item.style, STYLES["Normal"])
        text = f"{item.label}\u00a0{item.text}" if item.label else item.text
        runs = "".join(self.run_xml(piece, spec, rtl, color) for piece, rtl in script_runs(text))
        return f"<w:p{ns}><w:pPr>{ppr}</w:pPr>{runs}</w:p>"

    def run_xml(self, text: str, spec: StyleSpec, rtl: bool, color: str | None = None) -> str:
        key = (spec, rtl, color)
        rpr = self._rpr_cache.get(key)
        if rpr is None:
            size = round(spec.size * 2)
            rpr = (
                f'<w:rPr><w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}"'
                f' w:cs="{ARABIC_FONT}"/>'
                + ("<w:b/><w:bCs/>" if spec.bold else "")
                + (f'<w:color w:val="{color or spec.color}"/>' if color or spec.color else "")
                + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
                + ("<w:rtl/>" if rtl else "")
                + f'<w:lang w:val="{"ar-MA" if rtl else self.latin_lang}" w:bidi="ar-MA"/>'
                + "</w:rPr>"
            )
            self._rpr_cache[key] = rpr
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'

    def _gap_xml(self, points: float) -> str:
        height = max(20, round(points * 20))
        return (
            f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:before="0" w:after="0"'
            f' w:line="{height}" w:lineRule="exact"/></w:pPr></w:p>'
        )

    def _table_start(self, twips: list[int]) -> str:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
        borders = "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        return (
            f"<w:tbl {nsdecls('w')}><w:tblPr>"
            + ("<w:bidiVisual/>" if self.rtl else "")
            + f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/>'
            + f"<w:tblBorders>{borders}</w:tblBorders>"
            + '<w:tblLayout w:type="fixed"/>'
            + f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        )

    def _table_xml(self, block: TableBlock) -> str:
        total = sum(block.widths)
        twips = [round(w * TEXT_W_TWIPS / total) for w in block.widths]
        default = "rtl" if self.rtl else "ltr"
        head_spec = StyleSpec(STYLES["Cell"].size, bold=True)
        parts = [self._table_start(twips)]
        for r, values in enumerate(block.rows):
            heading_row = block.header and r == 0
            # the header row repeats on every page the table continues on
            parts.append(
                "<w:tr><w:trPr><w:cantSplit/>"
                + ("<w:tblHeader/>" if heading_row else "")
                + "</w:trPr>"
            )
            for c, value in enumerate(values):
                fill = None
                spec, color = STYLES["Cell"], None
                if heading_row:
                    fill, spec, color = ACCENT, head_spec, "FFFFFF"
                elif block.label_col and c == 0:
                    fill, spec = LIGHT, STYLES["Label"]
                elif block.header and r % 2 == 0:
                    fill = BAND
                fill = block.shades.get((r, c), fill)
                shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
                width = f'<w:tcW w:w="{twips[c]}" w:type="dxa"/>'
                parts.append(f"<w:tc><w:tcPr>{width}{shade}</w:tcPr>")
                for line in value.split("\n"):
                    para = Para(line, "Cell", direction_of_or(line, default))
                    parts.append(self.paragraph_xml(para, spec=spec, color=color, align_end=True))
                parts.append("</w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        return "".join(parts)

    def _bars_xml(self, block: Bars) -> str:
        twips = [round(TEXT_W_TWIPS * 0.08), round(TEXT_W_TWIPS * 0.92)]
        spec = STYLES["Cell"]
        pstyle = f'<w:pStyle w:val="{self._style_ids["Cell"]}"/>'
        ppr = f"<w:pPr>{pstyle}{'<w:bidi/>' if self.rtl else ''}</w:pPr>"
        parts = [self._table_start(twips)]
        for label, length, value in block.bars:
            bar = "\u2588" * max(1, round(length * BAR_CELLS))
            parts.append(
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                f'<w:tc><w:tcPr><w:tcW w:w="{twips[0]}" w:type="dxa"/></w:tcPr>'
                f"<w:p>{ppr}{self.run_xml(label, spec, False)}</w:p></w:tc>"
                f'<w:tc><w:tcPr><w:tcW w:w="{twips[1]}" w:type="dxa"/></w:tcPr>'
                f"<w:p>{ppr}{self.run_xml(bar, spec, False, ACCENT)}"
                f"{self.run_xml(chr(0xA0) + value, spec, False)}</w:p></w:tc></w:tr>"
            )
        parts.append("</w:tbl>")
        return "".join(parts)

    # -- header and footer (a few runs: python-docx's own API) --------------------------
    def set_style(self, para: Any, name: str) -> None:
        """Set a paragraph style by its id (python-docx's lookup by name scans every style)."""
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
            lang="ar-MA" if rtl else self.latin_lang,
        )
        return run


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text for a ``w:t``: escaped, without the control characters XML cannot hold."""
    return escape(_NOT_XML.sub("", text))


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
