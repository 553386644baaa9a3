"""The minutes' layer over the shared PDF builder: the layout primitives of the sections
(``layout.MinutesLayout``) as reportlab flowables, and the running header."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.chart import bar_chart
from sim_facilitator.export.minutes.layout import MinutesLayout
from sim_facilitator.export.minutes.record import Record
from sim_facilitator.export.minutes.sections import MinutesSections
from sim_facilitator.export.pdf.bidi_text import Line
from sim_facilitator.export.pdf.document import PdfBuilder, heat
from sim_facilitator.export.pdf.flowables import BidiParagraph
from sim_facilitator.export.pdf.fonts import MinutesFonts
from sim_facilitator.export.pdf.page import MARGIN, PAGE_H, PAGE_W


class MinutesPdfBuilder(PdfBuilder, MinutesLayout):
    """A PDF builder that prints one workshop record with the minutes' labels."""

    def __init__(self, record: Record, mode: str, fonts: MinutesFonts) -> None:
        super().__init__(mode, fonts, record.fingerprint)
        self.r = record
        self.number: dict[str, int] = {}  # idea id -> its number in the minutes

    def label(self, key: str, lang: str, **params: object) -> str:
        return ML.label(key, lang, **params)

    def idea_para(self, idea: dict[str, Any], number: int | None = None) -> BidiParagraph:
        """One idea in its own direction, its number hanging in the start-side margin."""
        shown = self.idea_text(idea, number)
        return BidiParagraph(
            shown.text,
            self.body.but(indent=4),
            self.shaper,
            rtl=shown.rtl,
            label=shown.label,
            label_width=26 if number is not None else 0,
        )

    def keep_room(self, points: float) -> Flowable:
        return CondPageBreak(points)

    def space(self, points: float) -> Flowable:
        return Spacer(1, points)

    def keep_together(self, items: list[Any]) -> Flowable:
        return KeepTogether(items)

    def heat_shade(self, fraction: float) -> Any:
        return heat(fraction)

    def alarm_shade(self) -> Any:
        return colors.HexColor("#f6d5d5")

    def page_break(self) -> Flowable:
        return PageBreak()

    def picture_area(self) -> tuple[float, float]:
        return PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - 8 * mm - 150

    def picture(self, jpeg: bytes, width: float, height: float) -> Flowable:
        from sim_facilitator.export.pdf.jpeg_image import JpegImage  # only with photos

        return JpegImage(jpeg, width, height)

    def chart(self, options: list[Any]) -> Flowable:
        return bar_chart(options, self.rtl, self.fonts.regular.latin)

    def header_lines(self) -> tuple[Line, Line]:
        """(workshop title, date) for the top of pages after the first."""
        w = self.r.workshop
        fonts, size = self.fonts.regular, 7.5
        date = ML.format_date(w.get("date"), self.fmt)
        date_line = self.shaper.lines(date, fonts, size, PAGE_W, default_rtl=self.rtl)[0]
        room = PAGE_W - 2 * MARGIN - date_line.width - 20
        title = str(w.get("title") or "")
        lines = self.shaper.lines(title, fonts, size, room)
        title_line = lines[0]
        if len(lines) > 1:  # too long for one line: the first line, marked as cut
            title_line = self.shaper.lines(
                title[: max(10, len(title) * 2 // (3 * len(lines)))] + "…", fonts, size, 1e6
            )[0]
        return title_line, date_line


class MinutesBuilder(MinutesPdfBuilder, MinutesSections):
    """The minutes as a PDF: every section (``sections``) laid out as flowables."""
