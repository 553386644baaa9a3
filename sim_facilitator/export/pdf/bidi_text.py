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
5. Arabic runs are shaped word by word by HarfBuzz (``_shape``: the same
   ``ShapedStr`` as ``reportlab.pdfbase.ttfonts.shapeFragWord``, faster), which
   also puts their glyphs in visual order; other right-to-left runs (brackets,
   punctuation) are reversed and mirrored.

Drawing glyphs in visual order with a ToUnicode map lets ``pdftotext`` give
the text back in logical order; ``text_ops`` writes the lines' PDF operators.

The module is a little over 500 lines because its one job is these five steps on
the same line structures; the fast bidi resolver (step 2) is tested equal to
python-bidi, and splitting it from its only caller would only add an interface.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz
from bidi import algorithm as _uba
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, shapeFragWord

from sim_facilitator.export.pdf import fallback
from sim_facilitator.export.pdf.fallback import PLACEHOLDER, ActualStr, Placeholder
from sim_facilitator.text.user_text import without_bidi_controls

_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
_LTR_CLASSES = frozenset({"L", "EN", "AN", "LRE", "LRO", "LRI"})
# Bidi classes of paragraphs resolved by ``_implicit_levels`` (no explicit embedding,
# isolate, boundary neutral, paragraph or segment separator)
_IMPLICIT_ONLY = frozenset({"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "WS", "ON"})
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


class _BidiCodes(dict[int, str]):
    """Code point -> its bidi class as one letter (``_CODE``), filled as characters come.

    ``str.translate`` with this map gives a paragraph's classes as a string, on
    which ``_implicit_levels`` applies the rules as string replacements.
    """

    def __missing__(self, o: int) -> str:
        code = self[o] = _CODE.get(unicodedata.bidirectional(chr(o)), "?")
        return code


# One letter per bidi class; "?" for a code point without one (unassigned)
_CLASSES = ("L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON")
_CLASSES_EXPLICIT = ("LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")
_CODE = dict(zip(_CLASSES + _CLASSES_EXPLICIT, "LRAESTNCMBPGWO123456789", strict=True))
_BIDI_CODES = _BidiCodes()
_RTL_CODES = frozenset(_CODE[c] for c in _RTL_CLASSES)
_LTR_CODES = frozenset(_CODE[c] for c in _LTR_CLASSES)
_EXPLICIT_CODES = frozenset(_CODE[c] for c in _EXPLICIT)
_IMPLICIT_CODES = frozenset(_CODE[c] for c in _IMPLICIT_ONLY)


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of each character (rules X1–I2), in logical order."""
    if not text:
        return []
    codes = text.translate(_BIDI_CODES)
    classes = set(codes)
    if not rtl and not (classes & _RTL_CODES) and not (classes & _EXPLICIT_CODES):
        return [0] * len(text)
    if rtl and not (classes & _LTR_CODES) and not (classes & _EXPLICIT_CODES):
        return [1] * len(text)
    if classes <= _IMPLICIT_CODES:
        return _implicit_levels(codes, rtl)
    if classes - _IMPLICIT_CODES == {"B"}:
        # zero-width joiners (emoji sequences): removed by rule X9, then each takes
        # the level before it, as ``general_levels`` does
        resolved = iter(_implicit_levels(codes.replace("B", ""), rtl))
        levels: list[int] = []
        level = 1 if rtl else 0
        for c in codes:
            if c != "B":
                level = next(resolved)
            levels.append(level)
        return levels
    return general_levels(text, rtl)


def general_levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels by python-bidi's implementation of rules X1–I2 (any text)."""
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _uba.get_embedding_levels(text, storage)
    every = list(storage["chars"])
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    kept = storage["chars"]
    if len(kept) == len(text):
        return [int(c["level"]) for c in kept]
    # X9 removed explicit controls and boundary neutrals (a zero-width joiner in an
    # emoji sequence): each takes the level of the character before it, so the
    # levels stay aligned with the text
    kept_ids = {id(c) for c in kept}
    levels: list[int] = []
    level = int(storage["base_level"])
    for c in every:
        if id(c) in kept_ids:
            level = int(c["level"])
        levels.append(level)
    return levels


def _implicit_levels(t: str, rtl: bool) -> list[int]:
    """Rules W1–W7, N1–N2 and I1–I2 for a paragraph without explicit embeddings.

    ``t`` is the paragraph's bidi classes, one letter each (``_CODE``). With no
    embedding, override, isolate, boundary neutral or separator character
    (``_IMPLICIT_ONLY``), the whole paragraph is one level run at the base
    level, its start and end of run being the base direction: each rule is then
    a replacement in that string (``str.replace``, ``translate``, a regular
    expression), done in C rather than character by character. Many times faster
    than python-bidi's general implementation, which the other paragraphs still
    use (and which tests compare this with).
    """
    base = "R" if rtl else "L"
    # W1: marks take the type before them (the base direction at the start)
    if "M" in t:
        t = _MARKS.sub(lambda m: m[1] + (m[1] or base) * len(m[2]), t)
    # W2: European digits after an Arabic letter (up to the next strong one) are Arabic
    # numbers; W3: Arabic letters are R
    if "A" in t:
        if "E" in t:
            t = _AFTER_ARABIC.sub(lambda m: m[0].replace("E", "N"), t)
        t = t.replace("A", "R")
    # W4: one separator between two numbers of the same kind joins them (a separator
    # never has another one converted next to it, so the string's own neighbours count)
    if "S" in t or "C" in t:
        t = _NUMBER_SEPARATOR.sub("E", _ARABIC_SEPARATOR.sub("N", t))
    # W5: terminators (%, currency) next to European digits are European digits
    if "T" in t:
        t = _TERMINATORS.sub(lambda m: "E" * len(m[0]), t)
    # W6: other separators and terminators are neutral
    t = t.translate(_W6)
    # W7: European digits after a left-to-right letter (or at the start of a
    # left-to-right paragraph) are L
    if "E" in t:
        t = (_AFTER_L_OR_START if not rtl else _AFTER_L).sub(lambda m: m[0].replace("E", "L"), t)
    # N1, N2: a run of neutrals takes the direction around it if both sides agree
    # (numbers count as R), else the base direction
    if rtl:
        t = _NEUTRALS_IN_L.sub(lambda m: "L" * len(m[0]), t).translate(_NEUTRAL_R)
    else:
        t = _NEUTRALS_IN_R.sub(lambda m: "R" * len(m[0]), t).translate(_NEUTRAL_L)
    # I1, I2
    return list(t.translate(_I_RTL if rtl else _I_LTR).encode("ascii"))


_MARKS = re.compile(r"(^|[^M])(M+)")
_AFTER_ARABIC = re.compile(r"A[^LRA]*")
_NUMBER_SEPARATOR = re.compile(r"(?<=E)[SC](?=E)")
_ARABIC_SEPARATOR = re.compile(r"(?<=N)C(?=N)")
_TERMINATORS = re.compile(r"(?<=E)T+|T+(?=E)")
_W6 = str.maketrans("STC", "OOO")
_AFTER_L = re.compile(r"L[^R]*")
_AFTER_L_OR_START = re.compile(r"(?:^|L)[^R]*")
_NEUTRALS_IN_L = re.compile(r"(?<=L)[WO]+(?=L)")
_NEUTRALS_IN_R = re.compile(r"(?<=[REN])[WO]+(?=[REN])")
_NEUTRAL_R = str.maketrans("WO", "RR")
_NEUTRAL_L = str.maketrans("WO", "LL")
_I_RTL = str.maketrans("RLEN", "\x01\x02\x02\x02")
_I_LTR = str.maketrans("LREN", "\x00\x01\x02\x02")


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
    """Registered reportlab font names for Latin and Arabic runs, and the fallback fonts."""

    latin: str
    arabic: str
    # for characters neither has (Tifinagh, emoji), in order of preference (``fallback``)
    fallbacks: tuple[str, ...] = ()


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


_cmap = fallback.cmap


class TextShaper:
    """Measures, wraps and prepares lines; caches shaped runs for one document."""

    def __init__(self) -> None:
        self._shaped: dict[tuple[str, str, float], tuple[tuple[str, ...], float]] = {}
        self._kinds: dict[FontPair, dict[str, int]] = {}
        self._lines: dict[tuple[Any, ...], list[Line]] = {}
        self._fallbacks: set[str] = set()  # fonts whose runs are shaped by clusters

    # -- fonts ----------------------------------------------------------
    def fonts_of(self, text: str, fonts: FontPair) -> list[str]:
        """The font of each character: Arabic script in the Arabic font, the rest in Latin.

        Spaces and punctuation after Arabic stay in the Arabic font when it has
        them, so an Arabic phrase is shaped as one run. A character the chosen
        font lacks moves, with its cluster, to a font that has it (``fallback``),
        or becomes a placeholder (the pseudo-font ``PLACEHOLDER``).
        """
        kinds = self._kinds.setdefault(fonts, {})
        arabic, latin = fonts.arabic, fonts.latin
        out: list[str] = []
        missing: list[int] = []
        prev = latin
        for i, ch in enumerate(text):
            kind = kinds.get(ch)
            if kind is None:
                kind = kinds[ch] = self._kind(ch, fonts)
            # kind >> 2 — 0: Arabic script, 1: neutral the Arabic font has, 2: only in the
            # Arabic font, 3: the rest; bit 0: in the Latin font, bit 1: in the Arabic font
            k = kind >> 2
            prev = arabic if k == 0 or k == 2 or k == 1 and prev is arabic else latin
            out.append(prev)
            if not kind & (2 if prev is arabic else 1):
                missing.append(i)
        if missing:
            own = (latin, arabic, *fonts.fallbacks)
            self._fallbacks.update(fonts.fallbacks)
            fallback.assign(text, out, missing, own)
        return out

    @staticmethod
    def _kind(ch: str, fonts: FontPair) -> int:
        o = ord(ch)
        in_arabic = o in _cmap(fonts.arabic)
        in_latin = o in _cmap(fonts.latin)
        cover = (2 if in_arabic else 0) | (1 if in_latin else 0)
        if is_arabic_char(ch):
            return cover
        if in_arabic and not in_latin:
            return 2 << 2 | cover
        if in_arabic and not ch.isalnum():
            return 1 << 2 | cover
        return 3 << 2 | cover

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
        if font in self._fallbacks or font.startswith(PLACEHOLDER):
            result = self._fallback_parts(text, font, size, rtl)
            self._shaped[key] = result
            return result
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
            shaped = _shape(text, font, size)
            if shaped is None:  # a glyph with no character: reportlab's way (private codes)
                word = [0.0, (ABag(fontName=font, fontSize=size), text)]
                shaped = shapeFragWord(word, features=SHAPING_FEATURES)[1][1]
            payload: str = shaped
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

    def _fallback_parts(
        self, text: str, font: str, size: float, rtl: bool
    ) -> tuple[tuple[str, ...], float]:
        """A run in a fallback font (or of placeholders), in visual order.

        Left to right: word by word, each shaped whole (Tifinagh ligatures).
        Right to left (emoji and spaces between Arabic words): cluster by cluster
        in reverse order, so a flag, a skin tone or a joined sequence keeps its order.
        """
        if font.startswith(PLACEHOLDER):
            # measured with the Latin font; the drawn placeholders are made by ``_Layout``
            latin = font[len(PLACEHOLDER) :]
            parts = tuple(Placeholder(ch, latin) for ch in text)
            return parts, sum(fallback.placeholder_width(ch, latin, size) for ch in text)
        if rtl:
            units = [text[i:j] for i, j in fallback.clusters(text)]
            units.reverse()
        else:
            units = _TOKENS.findall(text)
        out: list[str] = []
        width = 0.0
        for unit in units:
            ukey = (unit, font, size)
            hit = self._shaped.get(ukey)
            if hit is None:
                hit = self._shaped[ukey] = _shape_unit(unit, font, size)
            out.extend(hit[0])
            width += hit[1]
        return tuple(out), width

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
        # Bidi embeddings and overrides (from a bundle of an older version) never reorder
        # the printed text: removed here as on input (text/user_text.py says why).
        text = without_bidi_controls(text)
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
        # where a run of one font and one level ends, once for the whole paragraph
        cuts = [
            p
            for p in range(1, len(text))
            if font_of[p] != font_of[p - 1] or levels[p] != levels[p - 1]
        ]
        lay = _Layout(self, text, font_of, levels, cuts, size)
        # Most paragraphs fit on one line: lay the whole of it out once. A text clearly
        # longer than the line (at a narrow 0.4 em a character) goes straight to wrapping.
        if len(text) * 0.4 * size <= max_width:
            whole = lay.line(0, len(text), rtl)
            if whole.width <= max_width:
                return [whole]
        # break opportunities: after the spaces following each word
        spans: list[tuple[int, int]] = [m.span() for m in _PIECE.finditer(text)]
        lines: list[Line] = []
        start = spans[0][0]
        end = start
        width = 0.0
        for s, e in spans:
            full_w = lay.width(s, e)
            trimmed = len(text[s:e].rstrip())
            piece_w = full_w
            if trimmed < e - s:  # trailing spaces do not count at the end of a line
                k = s + trimmed
                piece_w -= self.parts(text[k:e], font_of[k], size, bool(levels[k] % 2))[1]
            if end > start and width + piece_w > max_width:
                lines.append(lay.line(start, end, rtl))
                start, width = s, 0.0
            if piece_w > max_width:  # a word longer than the line: cut it by characters
                for cut_s, cut_e in lay.cut(s, e, max_width):
                    if cut_e == e:
                        end = e
                        width = lay.width(cut_s, e)
                        start = cut_s
                    else:
                        lines.append(lay.line(cut_s, cut_e, rtl))
                continue
            end = e
            width += full_w
        if end > start:
            lines.append(lay.line(start, end, rtl))
        return lines


@dataclass
class _Layout:
    """One paragraph being wrapped: its text, fonts, levels and run boundaries."""

    shaper: TextShaper
    text: str
    font_of: list[str]
    levels: list[int]
    cuts: list[int]  # indices where the font or the level changes
    size: float

    def segments(self, start: int, end: int) -> list[tuple[int, int]]:
        """The runs of one font and one level between ``start`` and ``end``."""
        segs: list[tuple[int, int]] = []
        i = start
        cuts = self.cuts
        k = bisect_right(cuts, start)
        while k < len(cuts) and cuts[k] < end:
            segs.append((i, cuts[k]))
            i = cuts[k]
            k += 1
        if i < end:
            segs.append((i, end))
        return segs

    def width(self, start: int, end: int) -> float:
        text, font_of, levels, size = self.text, self.font_of, self.levels, self.size
        parts = self.shaper.parts
        return sum(
            parts(text[i:j], font_of[i], size, bool(levels[i] % 2))[1]
            for i, j in self.segments(start, end)
        )

    def cut(self, start: int, end: int, max_width: float) -> list[tuple[int, int]]:
        """A word too long for the line, cut by characters."""
        cuts: list[tuple[int, int]] = []
        s = start
        for i in range(start + 1, end + 1):
            if i - s > 1 and self.width(s, i) > max_width:
                cuts.append((s, i - 1))
                s = i - 1
        cuts.append((s, end))
        return cuts

    def line(self, start: int, end: int, rtl: bool) -> Line:
        text, font_of, levels, size = self.text, self.font_of, self.levels, self.size
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        segs = self.segments(start, end)
        order = visual_order([levels[i] for i, _ in segs])
        runs: list[Run] = []
        x = 0.0
        for k in order:
            i, j = segs[k]
            piece = text[i:j]
            if font_of[i].startswith(PLACEHOLDER):  # one run per character, each in its own box
                x = self._placeholders(runs, x, i, j, bool(levels[i] % 2))
                continue
            parts, w = self.shaper.parts(piece, font_of[i], size, bool(levels[i] % 2))
            runs.append(Run(x, w, font_of[i], size, parts, piece))
            x += w
        return Line(tuple(runs), x, rtl)

    def _placeholders(self, runs: list[Run], x: float, i: int, j: int, rtl: bool) -> float:
        """Append the placeholder runs of ``text[i:j]`` (visual order); the new pen position."""
        text, size = self.text, self.size
        latin = self.font_of[i][len(PLACEHOLDER) :]
        for k in reversed(range(i, j)) if rtl else range(i, j):
            ch = text[k]
            context = text[max(0, k - 24) : k + 25]
            w = fallback.placeholder_width(ch, latin, size)
            runs.append(Run(x, w, latin, size, (Placeholder(ch, latin, context),), ch))
            x += w
        return x


@lru_cache(maxsize=64)
def _hb_font(font: str, size: float) -> Any:
    """A HarfBuzz font as reportlab's ``TTFont.hbFont`` makes it (positions in font units)."""
    hb = uharfbuzz.Font(pdfmetrics.getFont(font).hbFace)
    hb.ptem = size
    return hb


def _shape(text: str, font: str, size: float) -> str | None:
    """One word shaped by HarfBuzz, as reportlab's ``shapeFragWord`` would give it.

    The same glyph characters and ``ShapeData`` (reportlab's ``ShapedStr``), the
    text itself when shaping changes nothing, without that function's per-glyph
    glyph-name lookup and list-of-fragments bookkeeping (it was the largest cost
    of the demo minutes). ``None`` when a glyph has no character in the font's
    cmap: reportlab then gives it a private code, which is left to it.
    """
    face = pdfmetrics.getFont(font).face
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(_hb_font(font, size), buf, SHAPING_FEATURES)
    glyph_chars, char_widths, scale = face.glyphToChar, face.charWidths, face._pdfScale
    n = len(text)
    chars: list[str] = []
    data: list[ShapeData] = []
    changed = False
    for i, (info, pos) in enumerate(zip(buf.glyph_infos, buf.glyph_positions, strict=True)):
        codes = glyph_chars.get(info.codepoint)
        if not codes:
            return None
        code = codes[0]
        width = char_widths[code]
        char = chr(code)
        x_advance, x_offset = scale(pos.x_advance), scale(pos.x_offset)
        y_advance, y_offset = scale(pos.y_advance), scale(pos.y_offset)
        changed = changed or (
            x_offset != 0 or y_offset != 0 or i >= n or text[i] != char or x_advance != width
        )
        chars.append(char)
        data.append(ShapeData(info.cluster, x_advance, y_advance, x_offset, y_offset, width))
    if not changed:
        return text
    shaped: str = ShapedStr("".join(chars), shapeData=data)
    return shaped


def _shape_unit(unit: str, font: str, size: float) -> tuple[tuple[str, ...], float]:
    """One word or cluster in a fallback font, shaped left to right by HarfBuzz.

    HarfBuzz hides joiners, variation selectors and tags and lays out what its
    font knows of a sequence; when the glyphs drawn do not read back as the
    text (hidden characters, ligatures), the part carries the text as
    ``ActualText`` (``ActualStr``, or ``actual`` on a ``ShapedStr``).
    """
    if unit.isspace():
        return (unit,), pdfmetrics.stringWidth(unit, font, size)
    shaped = _shape(unit, font, size)
    if shaped is None:  # a glyph with no character: reportlab's way (private codes)
        word = [0.0, (ABag(fontName=font, fontSize=size), unit)]
        shaped = shapeFragWord(word, features=SHAPING_FEATURES)[1][1]
    data = getattr(shaped, "__shapeData__", None)
    if data is not None:
        width = sum(g.x_advance for g in data) * size / 1000
    else:
        width = pdfmetrics.stringWidth(shaped, font, size)
    if str(shaped) == unit:
        return (shaped,), width
    if data is None:
        return (ActualStr(shaped, unit),), width
    setattr(shaped, "actual", unit)  # noqa: B010 - a ShapedStr has a __dict__, str has not
    return (shaped,), width


def font_is_arabic(font: str) -> bool:
    return "Arabic" in font
