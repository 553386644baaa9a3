"""Text helpers shared by capture, organise and export: direction and normalisation."""

from __future__ import annotations

import unicodedata


def direction_of(text: str) -> str:
    """'rtl' or 'ltr' from the first strong character (like HTML's dir="auto")."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def clean_text(text: str) -> str:
    """NFC, trimmed, with Windows line ends unified; inner lines kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()
