"""Python's cycle collector, run only on the UI thread.

CPython runs the cycle collector on whichever thread happens to allocate when a
generation's threshold is crossed: the room's server thread, an import's worker, a
PDF job. If the garbage then holds Qt objects (a closed dialog in a reference cycle),
their C++ destructors run on that thread, and Qt crashes (measured: a segmentation
fault "Garbage-collecting" on the room server's thread while a window of an earlier
workshop was being freed). Reference counting still frees everything else at once;
only cycles wait here, for at most a fraction of a second.

So the automatic collector is switched off while the window lives, and this object
collects on the UI thread's timer instead, generation by generation as CPython would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose threshold is crossed, as CPython would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    @staticmethod
    def settle_startup() -> None:
        """Set aside what start-up made (modules, classes, fonts, translations, the window):
        it lives as long as the app, so the full collections need not scan it again.

        A full collection scans every tracked object: with the app loaded that is some
        55,000 objects and 25 ms on the UI thread, a frame and a half lost whenever it
        falls on a keystroke. After ``gc.freeze()`` it scans only what came since (the
        open workshop and its views), well under a millisecond for the 2,000-idea
        benchmark. Objects set aside are still freed by reference counting; only a
        cycle among them would wait for the app to quit."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        """Collect once more and give the collector back to CPython."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()
