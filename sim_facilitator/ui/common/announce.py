"""Live announcements: what a screen reader says when something that matters changes.

A blind facilitator does not see an idea appear in the list, a ballot counted or the
timer turn red; ``announce`` sends the sentence to the screen reader (Qt's
announcement event, which the Linux accessibility bridge passes to Orca as a polite
live-region message) without moving the focus. The last sentences are kept in
``HEARD``, oldest first, so tests can check what a user would have heard.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

HEARD: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` (already translated) through the screen reader, politely."""
    text = text.strip()
    if not text:
        return
    HEARD.append(text)
    if QAccessible.isActive():  # no screen reader: nothing to build
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
