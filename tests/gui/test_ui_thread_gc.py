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


def test_start_up_objects_are_set_aside_from_full_collections_until_quit(qapp) -> None:  # type: ignore[no-untyped-def]
    """A full collection with the app loaded scanned ~55,000 objects (25 ms on the UI
    thread); once start-up is settled it scans only what came after."""
    import gc
    import time

    from sim_facilitator.ui.common.ui_thread_gc import UiThreadGarbageCollector

    collector = UiThreadGarbageCollector()
    try:
        before = len(gc.get_objects())
        collector.settle_startup()
        assert gc.get_freeze_count() >= before * 0.9
        assert len(gc.get_objects()) < before * 0.1  # what a full collection still scans
        start = time.perf_counter()
        gc.collect(2)
        assert time.perf_counter() - start < 0.01
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0  # quitting gives every object back to the collector
