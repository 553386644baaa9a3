"""Per-character font fallback for the PDF text path, and what cannot be drawn at all.

``bidi_text`` gives each character the Latin or the Arabic font of a style, as
it always has. When that font has no glyph for a character, the character's
cluster (a base and what extends it: combining marks, emoji modifiers,
variation selectors, a zero-width joiner and what it joins, a pair of
regional indicators, tag characters) is moved to the first shipped font that
has every visible character of it: first the style's own two fonts, then the
fallbacks (Noto Sans Tifinagh, Symbola). Text that needs no fallback keeps
exactly the fonts it had.

A visible character no shipped font has becomes a placeholder: a box naming
its code point (``U+A9A0``), which still extracts as the character itself
(``ActualText``); every placeholder drawn is reported (``Unresolved``).
Invisible format characters (joiners, variation selectors, tags, bidi
controls) are never placeholders: HarfBuzz shaping in a fallback font hides
them, and the ``ActualText`` of their cluster keeps them in the text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

# The pseudo-font of a character that no shipped font has (followed by the Latin font's name)
PLACEHOLDER = "\0placeholder:"
# The placeholder label's size against the text's, and its padding in the box (em)
LABEL_SCALE = 0.62
LABEL_PAD = 0.18
ZWJ = 0x200D


@lru_cache(maxsize=16)
def cmap(font: str) -> frozenset[int]:
    """The characters a registered reportlab font has a glyph for."""
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def is_ignorable(ch: str) -> bool:
    """A default-ignorable (invisible) character: joiners, selectors, tags, bidi controls."""
    o = ord(ch)
    return (
        o in (0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF)
        or 0x200B <= o <= 0x200F
        or 0x202A <= o <= 0x202E
        or 0x2060 <= o <= 0x206F
        or 0xFE00 <= o <= 0xFE0F
        or 0xE0000 <= o <= 0xE0FFF
        or 0x180B <= o <= 0x180F
    )


def _extends(ch: str) -> bool:
    """A character that belongs to the cluster of the character before it."""
    hit = _EXTENDS.get(ch)
    if hit is None:
        hit = _EXTENDS[ch] = _extends_uncached(ch)
    return hit


_EXTENDS: dict[str, bool] = {}


def _extends_uncached(ch: str) -> bool:
    o = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or o == ZWJ
        or 0xFE00 <= o <= 0xFE0F
        or 0x1F3FB <= o <= 0x1F3FF  # emoji skin tones
        or 0xE0020 <= o <= 0xE007F  # tag sequences (subdivision flags)
        or 0xE0100 <= o <= 0xE01EF
    )


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def clusters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cluster: an approximation of Unicode extended grapheme clusters."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        if _regional(text[i]) and j < n and _regional(text[j]):
            j += 1
        while j < n:
            ch = text[j]
            if not (_extends(ch) or ord(text[j - 1]) == ZWJ and not ch.isspace()):
                break
            j += 1
        out.append((i, j))
        i = j
    return out


def label(ch: str) -> str:
    """The text of a placeholder: the character's code point."""
    return f"U+{ord(ch):04X}"


class ActualStr(str):
    """A word drawn with glyphs that do not read back as its text: ``actual`` is the text."""

    actual: str

    def __new__(cls, drawn: str, actual: str) -> ActualStr:
        self = super().__new__(cls, drawn)
        self.actual = actual
        return self


class Placeholder(str):
    """A character no shipped font has, drawn as its code point in a box.

    The str is the label drawn; ``actual`` the character; ``context`` the text
    around it (for the report), ``font`` the font of the label.
    """

    actual: str
    context: str
    font: str

    def __new__(cls, ch: str, font: str, context: str = "") -> Placeholder:
        self = super().__new__(cls, label(ch))
        self.actual = ch
        self.context = context
        self.font = font
        return self


def placeholder_width(ch: str, font: str, size: float) -> float:
    """The width of a placeholder's box, with a little room on each side."""
    inner = float(pdfmetrics.stringWidth(label(ch), font, size * LABEL_SCALE))
    return inner + 2 * LABEL_PAD * size * LABEL_SCALE + 0.2 * size


@dataclass(frozen=True)
class Unresolved:
    """A character drawn as a placeholder: which, on which page, in which text."""

    char: str
    page: int
    context: str

    @property
    def code(self) -> str:
        return label(self.char)


def summary(unresolved: tuple[Unresolved, ...] | list[Unresolved], limit: int = 5) -> str:
    """One line per distinct place, for the command line and the dialogs (English)."""
    if not unresolved:
        return ""
    lines = [
        f"{len(unresolved)} character(s) could not be drawn with the shipped fonts; "
        "they are shown as boxes with their code points and still read as themselves:"
    ]
    for item in unresolved[:limit]:
        context = " ".join(item.context.split())
        lines.append(f"  {item.code} on page {item.page}: “{context}”")
    if len(unresolved) > limit:
        lines.append(f"  … and {len(unresolved) - limit} more")
    return "\n".join(lines)


def assign(text: str, out: list[str], missing: list[int], own: tuple[str, ...]) -> None:
    """Move the clusters holding the ``missing`` characters to fonts that have them.

    ``out`` is the font of each character as ``bidi_text`` chose it; ``own`` the
    style's Latin and Arabic fonts followed by its fallbacks. Spaces between two
    characters moved to the same fallback font go with them when it has them, so
    a Tifinagh phrase is one run.
    """
    wanted = set(missing)
    moved: set[int] = set()
    for start, end in clusters(text):
        if not any(k in wanted for k in range(start, end)):
            continue
        visible = [ord(c) for c in text[start:end] if not is_ignorable(c)]
        base_font = out[start]
        choice = None
        if visible and all(c in cmap(base_font) for c in visible):
            choice = base_font
        else:
            for font in own:
                if all(c in cmap(font) for c in visible):
                    choice = font
                    break
        if choice is not None and visible:
            for k in range(start, end):
                out[k] = choice
                moved.add(k)
            continue
        for k in range(start, end):  # no font has the whole cluster: each character alone
            o = ord(text[k])
            if o in cmap(out[k]) and k not in wanted:
                continue
            if is_ignorable(text[k]):
                # hidden by HarfBuzz in a fallback font; the cluster's, else the last one
                prev = out[k - 1] if k > start else None
                out[k] = prev if prev in own[2:] else own[-1]
                moved.add(k)
                continue
            out[k] = next((f for f in own if o in cmap(f)), PLACEHOLDER + own[0])
            moved.add(k)
    fallbacks = set(own[2:])
    for k in range(1, len(text) - 1):
        font = out[k - 1]
        if text[k] == " " and out[k + 1] == font and font in fallbacks and k - 1 in moved:
            out[k] = font if 32 in cmap(font) else out[k]
