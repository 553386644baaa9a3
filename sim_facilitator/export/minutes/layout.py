"""What the minutes' sections need from a document format, and what they share.

The sections (``sections``, ``vote_sections``) are written once against this
base; the PDF builder (``builder.MinutesPdfBuilder``) and the Word builder
(``word.MinutesDocxBuilder``) each give the primitives. So the PDF and the
.docx print the same record, the same sections in the same order, and cannot
drift apart.

A concrete builder lists its format class first and this base last
(``class B(MinutesPdfBuilder, MinutesSections)``), so the format's methods
win over the declarations here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sim_facilitator.export.minutes import labels as ML
from sim_facilitator.export.minutes.record import Record
from sim_facilitator.text.user_text import direction_of


@dataclass(frozen=True)
class IdeaText:
    """One idea as printed: its text with the merge and phone notes, its direction."""

    text: str
    rtl: bool
    label: str  # "12." or ""


class MinutesLayout:
    """The layout primitives the sections call; a format builder gives each one."""

    r: Record
    langs: list[str]
    fmt: str
    rtl: bool
    number: dict[str, int]
    story: list[Any]
    # text styles, opaque to the sections: a TextStyle in the PDF, a style name in Word
    body: Any
    small: Any
    label_style: Any
    h2: Any
    title: Any
    subtitle: Any

    # -- labels and numbers (shared) ------------------------------------------------
    def L(self, key: str, **params: object) -> str:
        """A label in every language of the document, one line each."""
        return "\n".join(ML.label(key, lang, **params) for lang in self.langs)

    def num(self, n: float, decimals: int = 0) -> str:
        return ML.format_number(n, self.fmt, decimals)

    def idea_text(self, idea: dict[str, Any], number: int | None) -> IdeaText:
        """The printed form of an idea: notes in the idea's own script, so it keeps one
        direction."""
        text = str(idea["text"])
        lang = "ar" if direction_of(text) == "rtl" else self.fmt if self.fmt != "ar" else "fr"
        extra = self.r.merged_count.get(idea["id"], 0)
        if extra:
            text += " " + ML.label("merged_note", lang, n=extra)
        if idea.get("origin") == "room":
            # a name typed on a phone is no participant record: say so, never link it
            name = idea.get("display_name")
            note = ML.label("from_room_named", lang, name=name) if name else None
            text += " " + (note or ML.label("from_room", lang))
        photo = self.r.photo_numbers.get(idea.get("photo_id") or "")
        if photo:  # the flipchart it was typed from, by its number in the photo annex
            text += " " + ML.label("from_photo", lang, n=self.num(photo))
        direction = idea.get("direction") or direction_of(text)
        return IdeaText(text, direction == "rtl", f"{number}." if number is not None else "")

    # -- primitives a format gives ------------------------------------------------------
    def para(self, text: str, style: Any = None, rtl: bool | None = None) -> Any:
        raise NotImplementedError

    def heading(self, key: str, level: int = 1, extra: str = "") -> Any:
        raise NotImplementedError

    def pair(self, texts: list[str], style: Any) -> Any:
        raise NotImplementedError

    def bullets(self, items: list[str], columns: int = 2) -> Any:
        raise NotImplementedError

    def user_heading(self, text: str, number: str = "") -> Any:
        raise NotImplementedError

    def idea_para(self, idea: dict[str, Any], number: int | None = None) -> Any:
        raise NotImplementedError

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        label_col: bool = False,
        shades: dict[tuple[int, int], Any] | None = None,
    ) -> Any:
        raise NotImplementedError

    def keep_room(self, points: float) -> Any:
        """Start a new page unless ``points`` of room are left (a hint, where supported)."""
        raise NotImplementedError

    def space(self, points: float) -> Any:
        raise NotImplementedError

    def keep_together(self, items: list[Any]) -> Any:
        raise NotImplementedError

    def heat_shade(self, fraction: float) -> Any:
        """A light-to-strong blue for a heat-map cell."""
        raise NotImplementedError

    def alarm_shade(self) -> Any:
        """The pale red of an uncovered principle."""
        raise NotImplementedError

    def page_break(self) -> Any:
        raise NotImplementedError

    def picture_area(self) -> tuple[float, float]:
        """The largest picture a page holds under a heading and above a caption (points)."""
        raise NotImplementedError

    def picture(self, jpeg: bytes, width: float, height: float) -> Any:
        """A stored JPEG photo drawn ``width`` × ``height`` points."""
        raise NotImplementedError

    def chart(self, options: list[Any]) -> Any:
        """The bar chart of a round's points, bars numbered by rank."""
        raise NotImplementedError
