"""The WordprocessingML that python-docx has no API for: right-to-left text, complex-script
fonts, sizes and language, mirrored tables, repeating header rows and cell shading.

Word rejects a part whose elements are out of schema order, so every element is
inserted at its place in the sequence the schema gives (``insert_ordered``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# The child sequences of ECMA-376 (transitional) for the parents written here.
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
TBLPR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
]
TRPR_ORDER = [
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
]
TCPR_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]
SECTPR_ORDER = [
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
]
SETTINGS_ORDER = [
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
]


def insert_ordered(parent: Any, tag: str, order: Sequence[str]) -> Any:
    """The child ``w:<tag>`` of ``parent``, created at its schema place if missing.

    ``order`` lists the schema's sequence at least up to ``tag``: the new child goes
    before the first child that is not one of its predecessors there (so a child the
    list does not name, one the schema puts later, is never left in front of it).
    """
    existing = parent.find(qn(f"w:{tag}"))
    if existing is not None:
        return existing
    child = OxmlElement(f"w:{tag}")
    before = set(order[: order.index(tag)])
    for sibling in parent:
        if sibling.tag.rpartition("}")[2] not in before:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def set_attrs(element: Any, **attrs: str) -> Any:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def font_props(
    rpr: Any,
    *,
    latin: str,
    arabic: str,
    size_half_points: int | None = None,
    bold: bool = False,
    color: str | None = None,
    rtl: bool = False,
    lang: str | None = None,
    bidi_lang: str = "ar-MA",
) -> None:
    """Latin and complex-script font, size and bold; run direction; the text's languages.

    Any theme font is removed: a theme attribute (``w:cstheme``) wins over a named font.
    """
    fonts = insert_ordered(rpr, "rFonts", RPR_ORDER)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    set_attrs(fonts, ascii=latin, hAnsi=latin, cs=arabic)
    if bold:
        insert_ordered(rpr, "b", RPR_ORDER)
        insert_ordered(rpr, "bCs", RPR_ORDER)
    if color:
        set_attrs(insert_ordered(rpr, "color", RPR_ORDER), val=color)
    if size_half_points:
        set_attrs(insert_ordered(rpr, "sz", RPR_ORDER), val=str(size_half_points))
        set_attrs(insert_ordered(rpr, "szCs", RPR_ORDER), val=str(size_half_points))
    if rtl:
        insert_ordered(rpr, "rtl", RPR_ORDER)
    language = insert_ordered(rpr, "lang", RPR_ORDER)
    if lang:
        set_attrs(language, val=lang)
    set_attrs(language, bidi=bidi_lang)


def paragraph_rtl(ppr: Any) -> None:
    """A right-to-left paragraph. No ``w:jc``: LibreOffice reads ``right`` as left there,
    and without it both Word and LibreOffice align the paragraph on the right."""
    insert_ordered(ppr, "bidi", PPR_ORDER)


def paragraph_align(ppr: Any, value: str) -> None:
    set_attrs(insert_ordered(ppr, "jc", PPR_ORDER), val=value)


def keep_with_next(ppr: Any) -> None:
    insert_ordered(ppr, "keepNext", PPR_ORDER)


def table_rtl(tblpr: Any) -> None:
    """A mirrored table: its first column on the right."""
    insert_ordered(tblpr, "bidiVisual", TBLPR_ORDER)


def table_width(tblpr: Any, twips: int) -> None:
    set_attrs(insert_ordered(tblpr, "tblW", TBLPR_ORDER), w=str(twips), type="dxa")


def table_fixed(tblpr: Any) -> None:
    set_attrs(insert_ordered(tblpr, "tblLayout", TBLPR_ORDER), type="fixed")


def table_borders(tblpr: Any, color: str, size_eighths: int = 4) -> None:
    borders = insert_ordered(tblpr, "tblBorders", TBLPR_ORDER)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        set_attrs(edge, val="single", sz=str(size_eighths), space="0", color=color)
        borders.append(edge)


def repeat_header(trpr: Any) -> None:
    """The row repeats at the top of every page the table continues on."""
    insert_ordered(trpr, "tblHeader", TRPR_ORDER)


def cant_split(trpr: Any) -> None:
    insert_ordered(trpr, "cantSplit", TRPR_ORDER)


def cell_shade(tcpr: Any, fill: str) -> None:
    set_attrs(insert_ordered(tcpr, "shd", TCPR_ORDER), val="clear", color="auto", fill=fill)


def cell_width(tcpr: Any, twips: int) -> None:
    set_attrs(insert_ordered(tcpr, "tcW", TCPR_ORDER), w=str(twips), type="dxa")


def section_rtl(sectpr: Any) -> None:
    """Page-level direction: columns, page numbers and gutter on the right."""
    insert_ordered(sectpr, "bidi", SECTPR_ORDER)


def field_runs(paragraph: Any, instruction: str, rpr_template: Any | None = None) -> None:
    """A field (``PAGE``, ``NUMPAGES``) as begin / instruction / separate / "1" / end runs."""
    from copy import deepcopy

    def run() -> Any:
        r = OxmlElement("w:r")
        if rpr_template is not None:
            r.append(deepcopy(rpr_template))
        paragraph._p.append(r)
        return r

    begin = OxmlElement("w:fldChar")
    set_attrs(begin, fldCharType="begin")
    run().append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run().append(instr)
    sep = OxmlElement("w:fldChar")
    set_attrs(sep, fldCharType="separate")
    run().append(sep)
    text = OxmlElement("w:t")
    text.text = "1"
    run().append(text)
    end = OxmlElement("w:fldChar")
    set_attrs(end, fldCharType="end")
    run().append(end)
