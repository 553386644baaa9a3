"""Tests that drive the participant page in Debian's headless Chromium, at phone size.

Marked ``browser``; they skip with the reason when chromium, chromedriver or selenium is
missing (CI installs all three). All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
