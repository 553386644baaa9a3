"""Every test in tests/gui/ needs a QApplication: marked ``gui`` so ``-m "not gui"`` skips them.

Each test runs with Python's automatic cycle collector off and collects on the main
thread when it ends, as the app does (ui/common/ui_thread_gc.py): a collection that
starts on the room server's thread must never free a window of an earlier test.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()
