"""Mixed Arabic/Latin text laid out for reportlab: wrapped, reordered, shaped, font-switched.

reportlab 5.1 shapes Arabic through HarfBuzz but does not reorder right-to-left
text (that needs ``rlbidi``, which is not on PyPI). So lines are built here:

1. the paragraph's base direction comes from its first strong character
   (like HTML ``dir="auto"``) unless the caller forces one;
2. embedding levels come from the Unicode Bidirectional Algorithm
   (``python-bidi``), computed once on the whole paragraph (with fast paths for
   text that is all left-to-right or all right-to-left);
3. the paragraph is wrapped in logical order at spaces, measuring shaped widths;
4. each line is cut into runs of one level and one font (Noto Sans Arabic has
   no Latin letters, brackets or dashes, so Latin runs use Noto Sans), and the
   runs are reordered with rule L2 of the algorithm;
5. Arabic runs are shaped by HarfBuzz (``reportlab.pdfbase.ttfonts.shapeFragWord``),
   which also puts their glyphs in visual order; other right-to-left runs
   (brackets, punctuation) are reversed and mirrored.

Drawing glyphs in visual order with a ToUnicode map lets ``pdftotext`` give
the text back in logical order; ``pdf_text`` writes the lines' PDF operators.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import algorithm as _uba
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeFragWord

_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
_LTR_CLASSES = frozenset({"L", "EN", "AN", "LRE", "LRO", "LRI"})
_EXPLICIT = frozenset({"RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})
# Required Arabic ligatures (lam-alef, ``rlig``) stay on; the optional ``liga``/``dlig``
# ones are off: Noto Sans Arabic's optional ligatures (e.g. the one in «بصمة») map to
# private-use code points and their letters are lost in text extraction.
SHAPING_FEATURES = {"kern": True, "liga": False, "dlig": False}
_TOKENS = re.compile(r" +|[^ ]+")
_PIECE = re.compile(r"\s*\S+\s*|\s+")


def is_arabic_char(ch: str) -> bool:
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x08A0 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    )


def base_direction(text: str, default: str = "ltr") -> str:
    """'rtl' or 'ltr' from the first strong character; ``default`` when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of each character (rules X1–I2), in logical order."""
    if not text:
        return []
    classes = {unicodedata.bidirectional(ch) for ch in text}
    if not rtl and not (classes & _RTL_CLASSES) and not (classes & _EXPLICIT):
        return [0] * len(text)
    if rtl and not (classes & _LTR_CLASSES) and not (classes & _EXPLICIT):
        return [1] * len(text)
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _uba.get_embedding_levels(text, storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    levels = [int(c["level"]) for c in storage["chars"]]
    if len(levels) != len(text):  # explicit controls are removed by X9: keep them at base
        levels = (levels + [storage["base_level"]] * len(text))[: len(text)]
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2: indices of items in visual (left-to-right) order."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        n = len(levels)
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


@dataclass(frozen=True)
class FontPair:
    """Registered reportlab font names for Latin and Arabic runs."""

    latin: str
    arabic: str


@dataclass(frozen=True)
class Run:
    """One piece of a line, ready to draw: ``parts`` are in visual order."""

    x: float
    width: float
    font: str
    size: float
    # its words and spaces, each a str or reportlab ShapedStr, shared by every run
    # that has them (the PDF writer encodes each once per document)
    parts: tuple[str, ...]
    text: str  # the logical text of the run

    @property
    def payload(self) -> str:
        """The whole run as drawn (glyph characters, visual order)."""
        payload = self.parts[0] if self.parts else ""
        for part in self.parts[1:]:
            payload = payload + part
        return payload


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool


@lru_cache(maxsize=8)
def _cmap(font: str) -> frozenset[int]:
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


class TextShaper:
    """Measures, wraps and prepares lines; caches shaped runs for one document."""

    def __init__(self) -> None:
        self._shaped: dict[tuple[str, str, float], tuple[tuple[str, ...], float]] = {}
        self._kinds: dict[FontPair, dict[str, int]] = {}
        self._lines: dict[tuple[Any, ...], list[Line]] = {}

    # -- fonts ----------------------------------------------------------
    def fonts_of(self, text: str, fonts: FontPair) -> list[str]:
        """The font of each character: Arabic script in the Arabic font, the rest in Latin.

        Spaces and punctuation after Arabic stay in the Arabic font when it has
        them, so an Arabic phrase is shaped as one run.
        """
        kinds = self._kinds.setdefault(fonts, {})
        arabic, latin = fonts.arabic, fonts.latin
        out: list[str] = []
        prev = latin
        for ch in text:
            kind = kinds.get(ch)
            if kind is None:
                kind = kinds[ch] = self._kind(ch, fonts)
            # 0: Arabic script, 1: neutral the Arabic font has, 2: only in the Arabic font
            if kind == 0 or kind == 2 or (kind == 1 and prev is arabic):
                prev = arabic
            else:
                prev = latin
            out.append(prev)
        return out

    @staticmethod
    def _kind(ch: str, fonts: FontPair) -> int:
        o = ord(ch)
        in_arabic = o in _cmap(fonts.arabic)
        if is_arabic_char(ch):
            return 0
        if in_arabic and o not in _cmap(fonts.latin):
            return 2
        if in_arabic and not ch.isalnum():
            return 1
        return 3

    # -- shaping --------------------------------------------------------
    def shaped(self, text: str, font: str, size: float, rtl: bool) -> tuple[str, float]:
        """(payload in visual order, width) of one run of one font and one level."""
        parts, width = self.parts(text, font, size, rtl)
        payload = parts[0] if parts else ""
        for part in parts[1:]:
            payload = payload + part
        return payload, width

    def parts(self, text: str, font: str, size: float, rtl: bool) -> tuple[tuple[str, ...], float]:
        """(words and spaces in visual order, width) of one run of one font and one level."""
        key = (text, font, size if rtl else -size)
        hit = self._shaped.get(key)
        if hit is not None:
            return hit
        if " " in text.strip(" ") and (rtl or not font_is_arabic(font)):
            # Joining and shaping never cross a space: build the run from its words (cached,
            # as words repeat), in visual order — reversed for a right-to-left run.
            pieces = [self.parts(t, font, size, rtl) for t in _TOKENS.findall(text)]
            if rtl:
                pieces.reverse()
            result = (
                tuple(p for ps, _w in pieces for p in ps),
                sum(w for _ps, w in pieces),
            )
            self._shaped[key] = result
            return result
        if rtl and font_is_arabic(font) and any(is_arabic_char(c) for c in text):
            word = [0.0, (ABag(fontName=font, fontSize=size), text)]
            payload: str = shapeFragWord(word, features=SHAPING_FEATURES)[1][1]
            data = getattr(payload, "__shapeData__", None)
            if data is not None:
                width = sum(g.x_advance for g in data) * size / 1000
            else:
                width = pdfmetrics.stringWidth(payload, font, size)
        else:
            payload = "".join(MIRRORED.get(c, c) for c in reversed(text)) if rtl else text
            width = pdfmetrics.stringWidth(payload, font, size)
        result = ((payload,), width)
        self._shaped[key] = result
        return result

    def width(self, text: str, fonts: FontPair, size: float) -> float:
        """Width of a short text on one line (labels, table cells)."""
        lines = self.lines(text, fonts, size, 1e9)
        return max((ln.width for ln in lines), default=0.0)

    # -- layout ---------------------------------------------------------
    def lines(
        self,
        text: str,
        fonts: FontPair,
        size: float,
        max_width: float,
        rtl: bool | None = None,
        default_rtl: bool = False,
    ) -> list[Line]:
        """Wrap ``text`` to ``max_width`` points; each paragraph (``\\n``) starts a line.

        A paragraph's direction is ``rtl`` when given, else its first strong
        character's, else ``default_rtl``.
        """
        key = (text, fonts, size, max_width, rtl, default_rtl)
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        out: list[Line] = []
        default = "rtl" if default_rtl else "ltr"
        for para in text.split("\n"):
            para_rtl = base_direction(para, default) == "rtl" if rtl is None else rtl
            out.extend(self._paragraph(para, fonts, size, max_width, para_rtl))
        self._lines[key] = out
        return out

    def _paragraph(
        self, text: str, fonts: FontPair, size: float, max_width: float, rtl: bool
    ) -> list[Line]:
        text = text.replace("\t", " ")
        if not text.strip():
            return [Line((), 0.0, rtl)]
        levels = embedding_levels(text, rtl)
        font_of = self.fonts_of(text, fonts)
        # most paragraphs fit on one line: lay the whole of it out once
        whole = self._line(text, 0, len(text), font_of, levels, size, rtl)
        if whole.width <= max_width:
            return [whole]
        # break opportunities: after the spaces following each word
        spans: list[tuple[int, int]] = [m.span() for m in _PIECE.finditer(text)]
        lines: list[Line] = []
        start = spans[0][0]
        end = start
        width = 0.0
        for s, e in spans:
            full_w = self._logical_width(text, s, e, font_of, levels, size)
            trimmed = len(text[s:e].rstrip())
            piece_w = full_w
            if trimmed < e - s:  # trailing spaces do not count at the end of a line
                k = s + trimmed
                piece_w -= self.parts(text[k:e], font_of[k], size, bool(levels[k] % 2))[1]
            if end > start and width + piece_w > max_width:
                lines.append(self._line(text, start, end, font_of, levels, size, rtl))
                start, width = s, 0.0
            if piece_w > max_width:  # a word longer than the line: cut it by characters
                for cut_s, cut_e in self._cut(text, s, e, font_of, levels, size, max_width):
                    if cut_e == e:
                        end = e
                        width = self._logical_width(text, cut_s, e, font_of, levels, size)
                        start = cut_s
                    else:
                        lines.append(self._line(text, cut_s, cut_e, font_of, levels, size, rtl))
                continue
            end = e
            width += full_w
        if end > start:
            lines.append(self._line(text, start, end, font_of, levels, size, rtl))
        return lines

    def _segments(
        self, start: int, end: int, font_of: list[str], levels: list[int]
    ) -> list[tuple[int, int]]:
        segs: list[tuple[int, int]] = []
        i = start
        while i < end:
            j = i + 1
            while j < end and font_of[j] == font_of[i] and levels[j] == levels[i]:
                j += 1
            segs.append((i, j))
            i = j
        return segs

    def _logical_width(
        self,
        text: str,
        start: int,
        end: int,
        font_of: list[str],
        levels: list[int],
        size: float,
        trailing: bool = False,
    ) -> float:
        if trailing:  # the trailing spaces of a piece do not count at the end of a line
            while end > start and text[end - 1].isspace():
                end -= 1
        return sum(
            self.parts(text[i:j], font_of[i], size, bool(levels[i] % 2))[1]
            for i, j in self._segments(start, end, font_of, levels)
        )

    def _cut(
        self,
        text: str,
        start: int,
        end: int,
        font_of: list[str],
        levels: list[int],
        size: float,
        max_width: float,
    ) -> list[tuple[int, int]]:
        cuts: list[tuple[int, int]] = []
        s = start
        for i in range(start + 1, end + 1):
            if i - s > 1 and self._logical_width(text, s, i, font_of, levels, size) > max_width:
                cuts.append((s, i - 1))
                s = i - 1
        cuts.append((s, end))
        return cuts

    def _line(
        self,
        text: str,
        start: int,
        end: int,
        font_of: list[str],
        levels: list[int],
        size: float,
        rtl: bool,
    ) -> Line:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        line_levels = levels[start:end]
        segs = self._segments(start, end, font_of, levels)
        order = visual_order([levels[i] for i, _ in segs])
        runs: list[Run] = []
        x = 0.0
        for k in order:
            i, j = segs[k]
            piece = text[i:j]
            parts, w = self.parts(piece, font_of[i], size, bool(levels[i] % 2))
            runs.append(Run(x, w, font_of[i], size, parts, piece))
            x += w
        del line_levels
        return Line(tuple(runs), x, rtl)


def font_is_arabic(font: str) -> bool:
    return "Arabic" in font
