"""reportlab flowables that draw text laid out by ``bidi_text`` (own wrapping, own direction)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from sim_facilitator.export.pdf.bidi_text import FontPair, Line, TextShaper
from sim_facilitator.export.pdf.text_ops import draw_line, draw_lines

RULE = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class TextStyle:
    fonts: FontPair
    size: float = 10.0
    leading: float = 13.0
    color: Any = colors.black
    # start | end: follow each line's direction; left | right: fixed side; center
    align: str = "start"
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0  # on the start side of each line
    background: Any = None
    padding: float = 0.0

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


def _at_right(align: str, rtl: bool) -> bool:
    if align in ("left", "right"):
        return align == "right"
    return rtl if align == "start" else not rtl


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of mixed-direction text; each line aligned by its own direction."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        shaper: TextShaper,
        rtl: bool | None = None,
        default_rtl: bool = False,
        _lines: list[Line] | None = None,
        label: str = "",
        label_width: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.label = label  # a number drawn in the start-side margin of the first line
        self.label_width = label_width
        self.style = style
        self.shaper = shaper
        self.rtl = rtl
        self.default_rtl = default_rtl
        self._lines = _lines
        self._avail = -1.0
        self._fixed = False  # a piece of a split paragraph keeps its lines
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def _layout(self, avail_width: float) -> list[Line]:
        if self._lines is not None and (self._avail == avail_width or self._fixed):
            return self._lines
        st = self.style
        inner = max(avail_width - st.indent - self.label_width - 2 * st.padding, 10.0)
        self._lines = self.shaper.lines(
            self.text, st.fonts, st.size, inner, rtl=self.rtl, default_rtl=self.default_rtl
        )
        self._avail = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = len(lines) * self.style.leading + 2 * self.style.padding
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fit = int((avail_height - 2 * self.style.padding) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = BidiParagraph(
            self.text, self.style.but(space_after=0), self.shaper, self.rtl, self.default_rtl
        )
        first._lines, first._avail, first._fixed = lines[:fit], avail_width, True
        first.label, first.label_width = self.label, self.label_width
        rest = BidiParagraph(
            self.text, self.style.but(space_before=0), self.shaper, self.rtl, self.default_rtl
        )
        rest.label_width = self.label_width
        rest._lines, rest._avail, rest._fixed = lines[fit:], avail_width, True
        return [first, rest]

    def draw(self) -> None:
        st = self.style
        canvas = self.canv
        lines = self._lines or []
        if st.background is not None:
            canvas.setFillColor(st.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        y = self.height - st.padding - st.size
        inner_left = st.padding
        inner_right = self.width - st.padding
        indent = st.indent + self.label_width
        placed: list[tuple[Line, float, float]] = []
        colors_at: dict[int, Any] = {0: st.color}  # set in the text object
        for n, line in enumerate(lines):
            if st.align == "center":
                x = (self.width - line.width) / 2
            else:
                at_right = _at_right(st.align, line.rtl)
                x = inner_right - indent - line.width if at_right else inner_left + indent
                if n == 0 and self.label:
                    colors_at[0] = MUTED
                    placed.append(self._label_at(at_right, y))
                    colors_at[1] = st.color
            placed.append((line, x, y))
            y -= st.leading
        if placed:
            draw_lines(canvas, placed, colors_at)

    def _label_at(self, at_right: bool, y: float) -> tuple[Line, float, float]:
        """The item number, placed in the margin on the side where the line starts."""
        st = self.style
        (mark,) = self.shaper.lines(self.label, st.fonts, st.size, 1e6, rtl=at_right)
        x = self.width - st.padding - st.indent - mark.width if at_right else st.padding + st.indent
        return mark, x, y


class HeadingBand(Flowable):  # type: ignore[misc]
    """A section heading: one text, or French at the left and Arabic at the right."""

    def __init__(
        self,
        texts: list[str],
        style: TextStyle,
        shaper: TextShaper,
        rule_color: Any = None,
        rule: bool = True,
    ) -> None:
        super().__init__()
        self.texts = texts
        self.rule = rule
        self.style = style
        self.shaper = shaper
        self.rule_color = rule_color if rule_color is not None else RULE
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines: list[list[Line]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        n = len(self.texts)
        col = avail_width / n - (6 if n > 1 else 0)
        self._lines = [
            self.shaper.lines(t, self.style.fonts, self.style.size, col) for t in self.texts
        ]
        rows = max(len(ls) for ls in self._lines)
        # left-to-right texts in the left columns, right-to-left ones in the right columns
        self._lines.sort(key=lambda ls: bool(ls and ls[0].rtl))
        self._col = avail_width / n
        self.width = avail_width
        self.height = rows * self.style.leading + (5 if self.rule else 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.rule:
            canvas.setStrokeColor(self.rule_color)
            canvas.setLineWidth(1.2)
            canvas.line(0, 1, self.width, 1)
        canvas.setFillColor(self.style.color)
        for column, lines in enumerate(self._lines):
            y = self.height - self.style.size
            left = column * self._col
            for line in lines:
                x = left + self._col - line.width if line.rtl else left
                draw_line(canvas, line, x, y)
                y -= self.style.leading
