"""The minutes' layer over the shared PDF builder: its labels, numbers and running header."""

from __future__ import annotations

from typing import Any

from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.record import Record
from sim_facilitator.export.pdf.bidi_text import Line, base_direction
from sim_facilitator.export.pdf.document import PdfBuilder
from sim_facilitator.export.pdf.flowables import BidiParagraph
from sim_facilitator.export.pdf.fonts import MinutesFonts
from sim_facilitator.export.pdf.page import MARGIN, PAGE_W


class MinutesPdfBuilder(PdfBuilder):
    """A PDF builder that prints one workshop record with the minutes' labels."""

    def __init__(self, record: Record, mode: str, fonts: MinutesFonts) -> None:
        super().__init__(mode, fonts, record.fingerprint)
        self.r = record
        self.number: dict[str, int] = {}  # idea id -> its number in the minutes

    def label(self, key: str, lang: str, **params: object) -> str:
        return ML.label(key, lang, **params)

    def L(self, key: str, **params: object) -> str:
        """A label in every language of the document, one line each."""
        return "\n".join(ML.label(key, lang, **params) for lang in self.langs)

    def num(self, n: float, decimals: int = 0) -> str:
        return ML.format_number(n, self.fmt, decimals)

    def idea_para(self, idea: dict[str, Any], number: int | None = None) -> BidiParagraph:
        """One idea in its own direction, its number hanging in the start-side margin."""
        text = str(idea["text"])
        # notes go in the idea's own script, so one paragraph keeps one direction
        lang = "ar" if base_direction(text) == "rtl" else self.fmt if self.fmt != "ar" else "fr"
        extra = self.r.merged_count.get(idea["id"], 0)
        if extra:
            text += " " + ML.label("merged_note", lang, n=extra)
        if idea.get("origin") == "room":
            # a name typed on a phone is no participant record: say so, never link it
            name = idea.get("display_name")
            note = ML.label("from_room_named", lang, name=name) if name else None
            text += " " + (note or ML.label("from_room", lang))
        direction = idea.get("direction") or base_direction(text)
        return BidiParagraph(
            text,
            self.body.but(indent=4),
            self.shaper,
            rtl=direction == "rtl",
            label=f"{number}." if number is not None else "",
            label_width=26 if number is not None else 0,
        )

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
