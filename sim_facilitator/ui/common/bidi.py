"""Show user text in its own direction inside views laid out in the other direction.

Item views lay text out with the widget's direction as the paragraph
direction, so "Quelles pratiques … ?" in an Arabic interface shows its
question mark on the wrong side. Framing the text with the mark of its own
direction (LRM or RLM) keeps its neutral characters where the writer put them.
For display only: edit roles return the text unchanged. Explicit bidi embeddings,
overrides and isolates are dropped (text/user_text.py says why).
"""

from __future__ import annotations

from sim_facilitator.text.user_text import direction_of, without_bidi_controls

LRM = "\u200e"
RLM = "\u200f"


def display(text: str) -> str:
    """Text framed in its own direction; bidi controls (from an older laptop) never shown."""
    if not text:
        return text
    text = without_bidi_controls(text)
    mark = RLM if direction_of(text) == "rtl" else LRM
    return f"{mark}{text}{mark}"


def isolated(text: str) -> str:
    """User text isolated (FSI … PDI) inside a sentence or list: an Arabic name in a
    French line (or the reverse) keeps its place and takes no neighbour with it."""
    return f"\u2068{text}\u2069"
