"""Regression: Qt calls must not drain the reference count of None.

PySide6 6.12 on CPython 3.11 dropped one reference to None per void call and
the interpreter aborted after a few thousand calls; pyproject.toml pins 6.11.3
on Python < 3.12 for that reason. This test fails if that combination returns.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSettings


def test_void_qt_calls_keep_none_alive(tmp_path) -> None:  # type: ignore[no-untyped-def]
    obj = QObject()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    before = sys.getrefcount(None)
    for n in range(5_000):
        obj.setObjectName("x")
        settings.setValue("k", n)
    assert sys.getrefcount(None) >= before - 100
