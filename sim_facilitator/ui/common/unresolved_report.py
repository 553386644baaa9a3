"""Says which characters no shipped font could draw in a PDF, and on which pages.

Never silent: the minutes and the synthesis print such a character as a box naming its
code point (export/pdf/fallback.py); the export dialogs add this text to their result.
A class of its own, never subclassed, so ``self.tr`` finds its context (PySide's tr
uses the runtime class, which for the dialogs is a subclass).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from sim_facilitator.export.pdf.fallback import Unresolved

SHOWN_PLACES = 5


class UnresolvedReport(QObject):
    def text(self, unresolved: Sequence[Unresolved]) -> str:
        head = self.tr(
            "%n character(s) could not be drawn with the app's fonts: each is printed as a box with its code point and still reads as itself when the text is copied.",  # noqa: E501 - one literal for lupdate
            "",
            len(unresolved),
        )
        places = [
            # The code point reads left to right inside an Arabic line (an isolate).
            self.tr("{code} on page {page}").format(code=f"\u2066{item.code}\u2069", page=item.page)
            for item in unresolved[:SHOWN_PLACES]
        ]
        if len(unresolved) > SHOWN_PLACES:
            places.append(self.tr("and %n more", "", len(unresolved) - SHOWN_PLACES))
        return head + "\n" + "; ".join(places)
