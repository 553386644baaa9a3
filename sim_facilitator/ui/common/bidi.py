"""Show user text in its own direction inside views laid out in the other direction.

Item views lay text out with the widget's direction as the paragraph
direction, so "Quelles pratiques … ?" in an Arabic interface shows its
question mark on the wrong side. Framing the text with the mark of its own
direction (LRM or RLM) keeps its neutral characters where the writer put them.
For display only: edit roles return the text unchanged.
"""

from __future__ import annotations

from sim_facilitator.text.user_text import direction_of

LRM = "\u200e"
RLM = "\u200f"


def display(text: str) -> str:
    if not text:
        return text
    mark = RLM if direction_of(text) == "rtl" else LRM
    return f"{mark}{text}{mark}"
