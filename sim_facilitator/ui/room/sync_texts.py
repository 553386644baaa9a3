"""Shared pieces of the live-sync screens: fingerprints in print, refusals translated,
and plain threads whose outcome comes back to the UI thread as a queued signal.

A fingerprint is Latin hex digits in every language: isolated left to right
(LRI … PDI) so an Arabic sentence never reorders its groups, and set in a fixed
font so the two screens compare group by group.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.sync import errors as S
from sim_facilitator.sync.errors import SyncError

LRI, PDI = "\u2066", "\u2069"


def isolated(text: str) -> str:
    """Latin digits and letters (fingerprint, address, code) kept left to right."""
    return f"{LRI}{text}{PDI}" if text else ""


def isolated_name(text: str) -> str:
    """A name typed by someone (Latin or Arabic): its own direction, isolated (FSI … PDI)."""
    return f"\u2068{text}{PDI}" if text else ""


class SideLabel(QLabel):
    """A label that sits on the interface's side whatever its text's direction.

    A QLabel aligns by its text's own direction: a Latin fingerprint or laptop name
    would sit on the left of an Arabic column. Aligned absolutely to the layout's
    leading side instead, and again at every switch of direction.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


def fingerprint_label(parent: QWidget, scale: float = 1.25) -> QLabel:
    """A selectable label in a fixed, bold, slightly larger font for one fingerprint."""
    label = SideLabel(parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = parent.font().pointSizeF()
    font.setPointSizeF(max(base, 9.0) * scale)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def sync_error_text(error: BaseException) -> str:
    """Why pairing or sync failed, in the user's language."""
    if isinstance(error, SyncError):
        template = QCoreApplication.translate("Sync", error.template)
        try:
            return template.format(**error.params)
        except (KeyError, IndexError, ValueError):
            return error.message
    if isinstance(error, DomainError):
        from sim_facilitator.ui.common.error_message import error_text

        return error_text(error)
    reason = str(error) or type(error).__name__
    return QCoreApplication.translate("Sync", S.T_OFFLINE).format(reason=reason)


def report_error_text(error: str) -> str:
    """A SyncReport's ``error`` (an English sentence of the ``Sync`` context) translated."""
    return QCoreApplication.translate("Sync", error) if error else ""


class WorkerBridge(QObject):
    """Receives a worker thread's outcome; connect ``finished`` queued (see ``run_in_thread``)."""

    finished = Signal(str, object)  # (tag, result or the exception raised)


def run_in_thread(bridge: WorkerBridge, tag: str, work: Callable[[], Any]) -> threading.Thread:
    """Run ``work`` (plain Python, no Qt object) on a daemon thread; its result or exception
    arrives as ``bridge.finished(tag, outcome)``. The bridge must have a Qt parent: the
    thread then never holds the last reference to it, and an emit after its parent is
    gone is dropped."""

    def run() -> None:
        outcome: Any
        try:
            outcome = work()
        except Exception as exc:  # shown to the user as a sentence
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
            bridge.finished.emit(tag, outcome)

    thread = threading.Thread(target=run, name=f"sync-ui-{tag}", daemon=True)
    thread.start()
    return thread
