"""The fonts of the PDFs, shipped in resources/fonts: Noto Sans (Latin), Noto Sans Arabic,
and as fallbacks Noto Sans Tifinagh and Symbola (monochrome emoji and symbols).

Noto Sans Arabic has no Latin letters, brackets or dashes, so every line is
split into runs and each run uses the font that has its characters
(see ``bidi_text``); a character neither has goes to the first fallback font
that has it, and one no shipped font has is drawn as a placeholder. Every font
a document uses is embedded (subset) in the PDF.

reportlab writes a ToUnicode entry beyond U+FFFF as five hex digits (``<1F44D>``),
which readers take for two UTF-16 units (👍 extracts as ``ὄ``); ``_to_unicode_cmap``
writes the UTF-16 surrogate pair instead and is installed in reportlab's place
(the same bytes for every character of the Basic Multilingual Plane).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError
from sim_facilitator.export.pdf.bidi_text import FontPair
from sim_facilitator.resources import fonts_dir

FONT_MISSING = QT_TRANSLATE_NOOP(
    "Errors",
    "The font file {file} is missing from {folder}; reinstall SIM Facilitator "
    "or copy the font back, then try again.",
)
FONT_BROKEN = QT_TRANSLATE_NOOP(
    "Errors", "The font file {file} cannot be read ({reason}); reinstall SIM Facilitator."
)

FILES = {
    "latin": "NotoSans-Regular.ttf",
    "latin_bold": "NotoSans-Bold.ttf",
    "arabic": "NotoSansArabic-Regular.ttf",
    "arabic_bold": "NotoSansArabic-Bold.ttf",
    "tifinagh": "NotoSansTifinagh-Regular.ttf",
    "emoji": "Symbola.ttf",
}
BASE_NAMES = {
    "latin": "SimNotoSans",
    "latin_bold": "SimNotoSans-Bold",
    "arabic": "SimNotoSansArabic",
    "arabic_bold": "SimNotoSansArabic-Bold",
    "tifinagh": "SimNotoSansTifinagh",
    "emoji": "SimSymbola",
}


class FontError(DomainError):
    """A shipped font is missing or unreadable."""


@dataclass(frozen=True)
class MinutesFonts:
    regular: FontPair
    bold: FontPair


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` (the same text), characters beyond U+FFFF as UTF-16."""
    entries = [
        f"<{i:02X}> <{code:04X}>"
        if code <= 0xFFFF
        else f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_fonts(folder: Path | None = None) -> MinutesFonts:
    """Register the shipped fonts with reportlab (once per folder) and return their names."""
    folder = Path(folder) if folder is not None else fonts_dir()
    for file in FILES.values():
        if not (folder / file).is_file():
            raise FontError(FONT_MISSING, file=file, folder=str(folder))
    suffix = ""
    if folder.resolve() != fonts_dir().resolve():
        suffix = "-" + hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:6]
    names = {key: BASE_NAMES[key] + suffix for key in FILES}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for key, file in FILES.items():
        if names[key] in registered:
            continue
        try:
            pdfmetrics.registerFont(TTFont(names[key], str(folder / file)))
        except Exception as exc:  # reportlab raises TTFError and others for a bad file
            raise FontError(FONT_BROKEN, file=file, reason=str(exc)) from exc
    # Tifinagh before the emoji font: Symbola has no Tifinagh, but both have punctuation
    fallbacks = (names["tifinagh"], names["emoji"])
    return MinutesFonts(
        regular=FontPair(latin=names["latin"], arabic=names["arabic"], fallbacks=fallbacks),
        bold=FontPair(latin=names["latin_bold"], arabic=names["arabic_bold"], fallbacks=fallbacks),
    )
