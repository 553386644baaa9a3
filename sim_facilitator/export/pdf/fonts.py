"""The fonts of the minutes: Noto Sans (Latin) and Noto Sans Arabic, shipped in resources/fonts.

Noto Sans Arabic has no Latin letters, brackets or dashes, so every line is
split into runs and each run uses the font that has its characters
(see ``bidi_text``). Both fonts are embedded (subset) in the PDF.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
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
}
BASE_NAMES = {
    "latin": "SimNotoSans",
    "latin_bold": "SimNotoSans-Bold",
    "arabic": "SimNotoSansArabic",
    "arabic_bold": "SimNotoSansArabic-Bold",
}


class FontError(DomainError):
    """A shipped font is missing or unreadable."""


@dataclass(frozen=True)
class MinutesFonts:
    regular: FontPair
    bold: FontPair


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
    return MinutesFonts(
        regular=FontPair(latin=names["latin"], arabic=names["arabic"]),
        bold=FontPair(latin=names["latin_bold"], arabic=names["arabic_bold"]),
    )
