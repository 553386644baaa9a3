"""Access keys (&) in Arabic translations never break the shaping of a word.

Qt draws the access key underlined, as a separate format range. Arabic letters
keep joining across it, but a ligature does not: "وال&استرجاع" loses its
lam-alef (لا) and shows a broken word. Such a translation must move its '&'.
Compared here: the glyphs Qt shapes with and without the underline.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication

from tests.gui.test_ui_shortcut_text import _arabic_translations


def _glyphs(text: str, underlined: int | None = None) -> list[int]:
    layout = QTextLayout(text, QFont())
    if underlined is not None:
        span = QTextLayout.FormatRange()
        span.start, span.length = underlined, 1
        underline = QTextCharFormat()
        underline.setFontUnderline(True)
        span.format = underline
        layout.setFormats([span])
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    # Runs come in visual order, split at the format range: compare the glyphs as a bag.
    return sorted(g for run in layout.glyphRuns() for g in run.glyphIndexes())


def test_underlined_access_key_keeps_the_arabic_glyphs(qapp: QApplication) -> None:
    ligature = "الاسترجاع"
    assert _glyphs(ligature) != _glyphs(ligature, 2), "the check no longer sees a broken lam-alef"
    broken = []
    for (context, source), text in _arabic_translations().items():
        single = text.replace("&&", "")
        if "&" not in single:
            continue
        position = single.index("&")
        plain = single.replace("&", "", 1)
        if _glyphs(plain) != _glyphs(plain, position):
            broken.append(f"{context}: {source!r} -> {text!r}")
    assert broken == []
