"""Translated words shared by the vote screens (methods, statuses, errors, numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.text.user_text import direction_of, without_bidi_controls


def error_text(exc: DomainError) -> str:
    """A domain error in the UI language (templates live in the context "Errors")."""
    template = QCoreApplication.translate("Errors", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return exc.message


def method_name(method: str) -> str:
    names = {
        "dots": QCoreApplication.translate("VoteTexts", "Dot voting"),
        "approval": QCoreApplication.translate("VoteTexts", "Approval"),
        "ranking": QCoreApplication.translate("VoteTexts", "Ranking (Borda)"),
        "score": QCoreApplication.translate("VoteTexts", "Scores 1–5"),
    }
    return names.get(method, method)


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("VoteTexts", "draft"),
        "open": QCoreApplication.translate("VoteTexts", "open"),
        "closed": QCoreApplication.translate("VoteTexts", "closed"),
    }
    return names.get(status, status)


def collection_name(collection: str) -> str:
    names = {
        "ballot": QCoreApplication.translate("VoteTexts", "Secret ballot on this laptop"),
        "tally": QCoreApplication.translate("VoteTexts", "Paper tally"),
        "double_tally": QCoreApplication.translate("VoteTexts", "Paper tally, entered twice"),
    }
    return names.get(collection, collection)


def withheld_text(reason: str) -> str:
    names = {
        "hidden": QCoreApplication.translate(
            "VoteTexts", "Results are hidden until the vote closes."
        ),
        "too_few": QCoreApplication.translate(
            "VoteTexts", "Results appear once at least two ballots are cast."
        ),
        "unreconciled": QCoreApplication.translate(
            "VoteTexts", "Tally A and tally B differ: reconcile them to see the results."
        ),
        "no_tally": QCoreApplication.translate("VoteTexts", "No tally has been entered yet."),
        "merged_tally": QCoreApplication.translate(
            "VoteTexts",
            "Ideas were merged after the tally: the facilitator decides how to count them.",
        ),
    }
    return names.get(reason, "")


def number(value: float | int, decimals: int = 0) -> str:
    locale = QLocale()
    if decimals:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(int(value))


def percent(value: float | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(value * 100, "f", 0) + " %"


def own_alignment(text: str) -> Qt.AlignmentFlag:
    """Right for right-to-left text, left otherwise, whatever the interface direction.

    Absolute on purpose: a relative alignment is mirrored by Qt again (by the
    widget's or the text's direction), which put French lines on the right in
    the Arabic interface.
    """
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def set_user_text(label: QLabel, text: str) -> None:
    """Show user content aligned by its own direction, not the interface's.

    Bidi embeddings and overrides are dropped (text/user_text.py says why): on the
    projector, a disguised idea or option must read as it was typed.
    """
    text = without_bidi_controls(text)
    label.setText(text)
    label.setAlignment(own_alignment(text))
