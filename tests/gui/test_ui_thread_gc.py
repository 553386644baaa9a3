"""Cycles holding Qt objects are freed on the UI thread's timer, never by another thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from sim_facilitator.ui.common.ui_thread_gc import UiThreadGarbageCollector


class _Holder:
    def __init__(self) -> None:
        self.qobject = QObject()
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_cycles_are_collected_on_the_ui_thread_only(qtbot) -> None:
    gc.enable()
    thresholds = gc.get_threshold()
    collector = UiThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()  # nothing collects automatically, on any thread
        holder = _Holder()
        gone = weakref.ref(holder)
        del holder
        # Another thread allocating a lot no longer triggers a collection of the cycle.
        worker = threading.Thread(target=lambda: [[] for _ in range(50_000)])
        worker.start()
        worker.join()
        assert gone() is not None
        gc.set_threshold(1, 1, 1)  # make the next timer tick collect
        qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
    assert gc.isenabled()
