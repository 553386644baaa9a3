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


def clusters(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each cluster: an approximation of Unicode extended grapheme clusters.

    ``start`` and ``end`` limit the scan to a part of ``text`` that begins a cluster
    and ends where one begins (a space always does: nothing extends it backwards,
    and it is neither a joiner's target nor a regional indicator).
    """
    out: list[tuple[int, int]] = []
    n = len(text) if end is None else end
    i = start
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
    style's Latin and Arabic fonts followed by its fallbacks; ``missing`` is in
    ascending order. Spaces between two characters moved to the same fallback
    font go with them when it has them, so a Tifinagh phrase is one run.

    Only what holds a missing character is looked at: a character that is a
    cluster of its own (the usual Tifinagh letter or single emoji), else the
    word around it. A space always starts a cluster, so clusters never reach
    across one, and the rest of a long paragraph is not scanned again.
    """
    wanted = set(missing)
    moved: list[int] = []  # ascending
    done = 0  # everything before this index is done; it starts a cluster
    n = len(text)
    for m in missing:
        if m < done:
            continue
        ch = text[m]
        if (
            not _extends(ch)
            and not _regional(ch)
            and (m == 0 or ord(text[m - 1]) != ZWJ or ch.isspace())
            and (m + 1 == n or not _extends(text[m + 1]))
        ):  # nothing joins it before or after: a cluster of one character
            done = m + 1
            choice = _CHOICES.get((ch, out[m], own), _UNKNOWN)
            if choice is _UNKNOWN:
                choice = _choice(ch, out[m], own)
            if choice is not None:
                out[m] = choice
                moved.append(m)
            else:
                _move_cluster(text, out, wanted, own, m, m + 1, moved)
            continue
        start = max(text.rfind(" ", done, m + 1), done)
        end = text.find(" ", m + 1)
        done = end = n if end < 0 else end
        for c_start, c_end in clusters(text, start, end):
            if any(k in wanted for k in range(c_start, c_end)):
                _move_cluster(text, out, wanted, own, c_start, c_end, moved)
    fallbacks = own[2:]
    for m in moved:  # as ``moved`` ascends, a space set here is seen by the next test
        k = m + 1
        if k >= n - 1 or text[k] != " ":
            continue
        font = out[m]
        if out[k + 1] == font and font in fallbacks and 32 in cmap(font):
            out[k] = font


# (cluster, the font bidi_text chose, the style's fonts) -> the font with all of it, or None
_CHOICES: dict[tuple[str, str, tuple[str, ...]], str | None] = {}
_UNKNOWN = "\0unknown"


def _choice(cluster: str, base_font: str, own: tuple[str, ...]) -> str | None:
    """The font of a whole cluster: its own when it has every visible character, else the
    first of ``own`` that has them; None when none has or the cluster is all invisible."""
    key = (cluster, base_font, own)
    if key in _CHOICES:
        return _CHOICES[key]
    visible = [ord(c) for c in cluster if not is_ignorable(c)]
    choice = None
    if visible:
        for font in (base_font, *own):
            if all(c in cmap(font) for c in visible):
                choice = font
                break
    if len(_CHOICES) < 4096:  # clusters repeat (the same emoji, letters); bounded all the same
        _CHOICES[key] = choice
    return choice


def _move_cluster(
    text: str,
    out: list[str],
    wanted: set[int],
    own: tuple[str, ...],
    start: int,
    end: int,
    moved: list[int],
) -> None:
    """Give the cluster ``text[start:end]`` a font that has it all, else each character one."""
    choice = _choice(text[start:end], out[start], own)
    if choice is not None:
        for k in range(start, end):
            out[k] = choice
            moved.append(k)
        return
    for k in range(start, end):  # no font has the whole cluster: each character alone
        o = ord(text[k])
        if o in cmap(out[k]) and k not in wanted:
            continue
        if is_ignorable(text[k]):
            # hidden by HarfBuzz in a fallback font; the cluster's, else the last one
            prev = out[k - 1] if k > start else None
            out[k] = prev if prev in own[2:] else own[-1]
            moved.append(k)
            continue
        out[k] = next((f for f in own if o in cmap(f)), PLACEHOLDER + own[0])
        moved.append(k)
