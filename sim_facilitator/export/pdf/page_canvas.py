"""The canvas that draws each page's running header and its "page X of Y" footer.

Pages are kept until the document ends, so the footer knows the page count;
the PDF dates are a given instant (the content's last change), so the same
content gives the same bytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen import canvas as rl_canvas

from sim_facilitator.export.pdf.bidi_text import Line
from sim_facilitator.export.pdf.fallback import Unresolved
from sim_facilitator.export.pdf.page import FOOTER_Y, GRID, MARGIN, MUTED, PAGE_H, PAGE_W
from sim_facilitator.export.pdf.text_ops import draw_line, forget_document, unresolved


class PageDecor(Protocol):
    """What the canvas asks the document for: its direction, header and footer lines."""

    rtl: bool

    def header_lines(self) -> tuple[Line, Line]: ...

    def footer_rows(self, page: int, pages: int) -> list[tuple[Line, Line]]: ...


class _PageCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Keeps every page until the end so the footer can say 'page X of Y'.

    reportlab's document and its canvas reference each other, so both are freed
    only by Python's cycle collector. The canvas therefore lets go of the
    builder (and with it every line the document laid out) and of its pages
    once saved: they are then freed at once by reference counting instead of
    waiting, as tens of thousands of objects, for the collector to walk them.
    """

    def __init__(
        self,
        *args: Any,
        decor: PageDecor,
        stamp_ms: int,
        page_count: list[int],
        report: list[Unresolved] | None,
        **kw: Any,
    ) -> None:
        super().__init__(*args, **kw)
        ts = TimeStamp(invariant=True)
        ts.t = stamp_ms / 1000
        ts.lt = time.gmtime(ts.t)
        ts.YMDhms = tuple(ts.lt)[:6]
        ts.dhh = ts.dmm = 0
        self._doc._timeStamp = ts
        self._pages: list[dict[str, Any]] = []
        self._decor = decor
        self._page_count = page_count
        self._report = report

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._page_count.append(total)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        if self._report is not None:
            self._report.extend(unresolved(self))
        super().save()
        self._pages.clear()  # each page's state holds the list too: a cycle of its own
        del self._decor
        forget_document(self)

    def _footer(self, page: int, pages: int) -> None:
        builder = self._decor
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(MARGIN, FOOTER_Y + 10, PAGE_W - MARGIN, FOOTER_Y + 10)
        self.setFillColor(MUTED)
        if page > 1:  # running header: the workshop and its date, for loose pages
            title, date = builder.header_lines()
            y = PAGE_H - MARGIN + 8
            if builder.rtl:
                draw_line(self, title, PAGE_W - MARGIN - title.width, y)
                draw_line(self, date, MARGIN, y)
            else:
                draw_line(self, title, MARGIN, y)
                draw_line(self, date, PAGE_W - MARGIN - date.width, y)
        rows = builder.footer_rows(page, pages)
        left, right = MARGIN, PAGE_W - MARGIN
        if len(rows) == 1:  # page number on the reading side, fingerprint opposite
            number, fingerprint = rows[0]
            if number.rtl:
                draw_line(self, number, right - number.width, FOOTER_Y)
                draw_line(self, fingerprint, left, FOOTER_Y)
            else:
                draw_line(self, number, left, FOOTER_Y)
                draw_line(self, fingerprint, right - fingerprint.width, FOOTER_Y)
        else:  # bilingual: French at the left, Arabic at the right, one line each
            for number, fingerprint in rows:
                for i, line in enumerate((number, fingerprint)):
                    y = FOOTER_Y - i * 9
                    x = right - line.width if line.rtl else left
                    draw_line(self, line, x, y)
        self.restoreState()


def canvas_maker(
    builder: PageDecor,
    stamp_ms: int,
    page_count: list[int],
    report: list[Unresolved] | None = None,
) -> Callable[..., rl_canvas.Canvas]:
    """A canvas maker for ``doc.build``; it appends the page count to ``page_count``.

    ``report`` receives every character drawn as a placeholder (``fallback``).
    """
    return partial(
        _PageCanvas, decor=builder, stamp_ms=stamp_ms, page_count=page_count, report=report
    )
