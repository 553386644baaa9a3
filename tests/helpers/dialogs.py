"""Stand-ins for modal message boxes in GUI tests: the tests read what would be shown.

A modal QMessageBox would block an offscreen test forever, so tests replace the static
helpers (warning, critical, information, question) for the length of one test.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


def record_messages(monkeypatch: pytest.MonkeyPatch, kind: str = "warning") -> list[str]:
    """The texts of every ``QMessageBox.<kind>`` the code under test shows, in order."""
    shown: list[str] = []

    def show(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return shown


def answer_questions(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    """Answers every ``QMessageBox.question`` with Yes or No; returns the questions asked."""
    asked: list[str] = []
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
