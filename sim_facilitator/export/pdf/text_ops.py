"""PDF text operators for lines laid out by ``bidi_text``, written without reportlab's text output.

reportlab's ``PDFTextObject._textOut`` formats a shaped run glyph by glyph in
pure Python (one ``TJ`` per HarfBuzz cluster, every number through ``fp_str``)
and does it again each time the same word is drawn: in the minutes of a large
Arabic workshop that was a third of the time. Here each word (a part of a run,
see ``Run.parts``) is encoded once per document: its characters go through
``TTFont.splitString``, which is how reportlab's subsetting learns the glyphs a
document uses (so the subset fonts, their widths and their ToUnicode maps stay
reportlab's own), and its HarfBuzz positions become ``TJ`` adjustments, merged
and rounded once. A line is then one ``Tm`` per run, ``Tf`` only when the
font or subset changes, and one ``TJ`` array per run.

Positions follow reportlab's own arithmetic for shaped text: before a glyph the
pen moves by its ``x_offset``; after it, by ``x_advance`` minus the width the
PDF font gives the glyph; a ``y_offset`` (Arabic marks) is a text rise (``Ts``).

Words in a fallback font whose glyphs do not read back as their text (an emoji
sequence with hidden joiners, a ligature) are wrapped in a marked-content span
with ``/ActualText``, so ``pdftotext`` and copy-paste give the text; a
placeholder (``fallback.Placeholder``) is its code point in a small size, in a
box drawn after the text object, with the character as its ``ActualText``,
and is recorded for the export's report (``unresolved``).
"""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics

from sim_facilitator.export.pdf.bidi_text import Line, Run
from sim_facilitator.export.pdf.fallback import LABEL_PAD, LABEL_SCALE, Placeholder, Unresolved

BOX = Color(0.69, 0.0, 0.13)  # the placeholder's box: visible, not black

# A segment of an encoded word: (subset, rise in 1/1000 em, TJ array items)
Segment = tuple[int, float, str]
# The font set in a text object: (font, subset, size)
_FontKey = tuple[str, int, float]


def _num(value: float) -> str:
    """A PDF number: five decimals, trailing zeros cut (fast, deterministic).

    Fewer decimals than reportlab's ``fp_str`` moved glyph edges by a pixel here and there.
    """
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _actual_text(text: str) -> str:
    """The operator that opens a span read as ``text`` (a UTF-16 PDF text string)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def _literal(codes: bytes) -> str:
    """A PDF literal string of one-byte subset codes, escaped as reportlab does."""
    escaped: str = escapePDF(codes)
    return "(" + escaped + ")"


class _Writer:
    """Encoded words and font operators of one PDF document."""

    def __init__(self, doc: Any) -> None:
        # a weak reference: the writer is the value of a weak-keyed map of documents
        self.doc = weakref.ref(doc)
        # (font, id(payload)) -> (payload, segments); the payload is kept so its id stays
        # unique. The same str object can be drawn in both fonts (a space, a digit).
        self.words: dict[tuple[str, int], tuple[Any, list[Segment]]] = {}
        self.font_ops: dict[tuple[str, int, float], str] = {}
        self.fill_ops: dict[Color, str] = {}
        self.unresolved: list[Unresolved] = []

    def encode(self, font: str, payload: str) -> list[Segment]:
        key = (font, id(payload))
        hit = self.words.get(key)
        if hit is not None:
            return hit[1]
        ttf = pdfmetrics.getFont(font)
        chunks = ttf.splitString(payload, self.doc())
        shape = getattr(payload, "__shapeData__", None)
        if shape is None:
            segments = [(subset, 0.0, _literal(codes)) for subset, codes in chunks]
        else:
            segments = self._shaped(chunks, shape)
        self.words[key] = (payload, segments)
        return segments

    @staticmethod
    def _shaped(chunks: list[tuple[int, bytes]], shape: list[Any]) -> list[Segment]:
        segments: list[Segment] = []
        items: list[str] = []
        run_codes = bytearray()
        pending = 0.0  # adjustment (1/1000 em) not yet written
        subset, rise = -1, 0.0

        def flush_codes() -> None:
            if run_codes:
                items.append(_literal(bytes(run_codes)))
                run_codes.clear()

        def close() -> None:
            nonlocal pending
            flush_codes()
            if abs(pending) > 1e-4:
                items.append(_num(pending))
            pending = 0.0
            if items:
                segments.append((subset, rise, " ".join(items)))
            items.clear()

        k = 0
        for chunk_subset, codes in chunks:
            for code in codes:
                sd = shape[k]
                k += 1
                if chunk_subset != subset or sd.y_offset != rise:
                    close()
                    subset, rise = chunk_subset, sd.y_offset
                # TJ numbers move the pen left: before the glyph by its x_offset, after it
                # from the PDF width of the glyph to HarfBuzz's advance
                pending -= sd.x_offset
                if abs(pending) > 1e-4:
                    flush_codes()
                    items.append(_num(pending))
                pending = 0.0
                run_codes.append(code)
                pending += sd.width - sd.x_advance + sd.x_offset
        close()
        return segments

    def font_op(self, font: str, subset: int, size: float) -> str:
        key = (font, subset, size)
        op = self.font_ops.get(key)
        if op is None:
            name = pdfmetrics.getFont(font).getSubsetInternalName(subset, self.doc())
            op = self.font_ops[key] = f"{name} {_num(size)} Tf"
        return op

    def fill(self, text: Any, color: Any) -> None:
        """Set the fill colour in a text object; an RGB colour's operator is made once."""
        if type(color) is not Color:  # CMYK, spot colours, alpha: reportlab's own way
            text.setFillColor(color)
            return
        op = self.fill_ops.get(color)
        if op is None:
            first = len(text._code)
            text.setFillColor(color)
            self.fill_ops[color] = " ".join(text._code[first:])
        else:
            text._code.append(op)


_WRITERS: weakref.WeakKeyDictionary[Any, _Writer] = weakref.WeakKeyDictionary()


def unresolved(canvas: Any) -> list[Unresolved]:
    """The placeholders drawn so far in the canvas's document."""
    writer = _WRITERS.get(canvas._doc)
    return list(writer.unresolved) if writer is not None else []


def forget_document(canvas: Any) -> None:
    """Drop the encoded words of the canvas's document once it is saved.

    The document is freed only by the cycle collector (reportlab's objects
    reference each other); its words, shared with the layout, go at once.
    """
    _WRITERS.pop(canvas._doc, None)


def _writer(canvas: Any) -> _Writer:
    doc = canvas._doc
    writer = _WRITERS.get(doc)
    if writer is None:
        writer = _WRITERS[doc] = _Writer(doc)
    return writer


def draw_line(canvas: Any, line: Line, x: float, y: float) -> None:
    """Draw one laid-out line with its left edge at ``x`` and baseline at ``y``."""
    draw_lines(canvas, [(line, x, y)])


def draw_lines(
    canvas: Any, placed: list[tuple[Line, float, float]], colors: dict[int, Any] | None = None
) -> None:
    """Draw laid-out lines, each at (left edge, baseline), in one text object.

    ``colors`` maps an index in ``placed`` to the fill colour from that line on.
    """
    writer = _writer(canvas)
    text = canvas.beginText()
    code: list[str] = text._code
    current: tuple[str, int, float] | None = None
    boxes: list[tuple[float, float, float, float]] = []
    for n, (line, x, y) in enumerate(placed):
        if colors and n in colors:
            writer.fill(text, colors[n])
        y_op = _num(y)
        for run in line.runs:
            code.append(f"1 0 0 1 {_num(x + run.x)} {y_op} Tm")
            current = _run_ops(canvas, writer, code, run, current)
            # a placeholder is the one part of its run (``bidi_text._Layout._placeholders``)
            if run.parts and type(run.parts[0]) is Placeholder:
                boxes.append((x + run.x, y, run.width, run.size))
    canvas.drawText(text)
    if boxes:
        _draw_boxes(canvas, boxes)


def _run_ops(
    canvas: Any, writer: _Writer, code: list[str], run: Run, current: _FontKey | None
) -> _FontKey | None:
    """Append the operators of one run after its ``Tm``; the font set at its end."""
    font, size = run.font, run.size
    rise = 0.0
    tj = ""  # the TJ array being written, without its brackets
    for part in run.parts:
        if isinstance(part, Placeholder):
            current = _placeholder(canvas, writer, code, part, size)
            continue
        actual = getattr(part, "actual", None)
        if actual is not None:
            if tj:
                code.append(f"[{tj}] TJ")
                tj = ""
            code.append(_actual_text(actual))
        current, rise, tj = _segments(writer, code, font, size, part, current, rise, tj)
        if actual is not None:
            if tj:
                code.append(f"[{tj}] TJ")
                tj = ""
            code.append("EMC")
    if tj:
        code.append(f"[{tj}] TJ")
    if rise:
        code.append("0 Ts")
    return current


def _segments(
    writer: _Writer,
    code: list[str],
    font: str,
    size: float,
    part: str,
    current: _FontKey | None,
    rise: float,
    tj: str,
) -> tuple[_FontKey | None, float, str]:
    """Add one part's encoded segments to the TJ array ``tj``: (font set, rise, ``tj``)."""
    for subset, part_rise, body in writer.encode(font, part):
        if (font, subset, size) != current or part_rise != rise:
            if tj:
                code.append(f"[{tj}] TJ")
                tj = ""
            if (font, subset, size) != current:
                current = (font, subset, size)
                code.append(writer.font_op(font, subset, size))
            if part_rise != rise:
                rise = part_rise
                code.append(f"{_num(size * rise / 1000)} Ts")
        if not tj:
            tj = body
        elif tj[-1] == ")" and body[0] == "(":  # two strings make one
            tj = tj[:-1] + body[1:]
        else:
            tj = f"{tj} {body}"
    return current, rise, tj


def _placeholder(
    canvas: Any, writer: _Writer, code: list[str], part: Placeholder, size: float
) -> _FontKey:
    """Write a placeholder's label (its code point, read as the character); the font set."""
    small = size * LABEL_SCALE
    segments = writer.encode(part.font, part)
    subset = segments[0][0]
    code.append(writer.font_op(part.font, subset, small))
    code.append(_actual_text(part.actual))
    body = " ".join(seg[2] for seg in segments)
    code.append(f"[{_num(-(LABEL_PAD * 1000 + 100 / LABEL_SCALE))} {body}] TJ")
    code.append("EMC")
    writer.unresolved.append(Unresolved(part.actual, canvas.getPageNumber(), part.context))
    return (part.font, subset, small)


def _draw_boxes(canvas: Any, boxes: list[tuple[float, float, float, float]]) -> None:
    """The frames of the placeholders: (left, baseline, width, text size) each."""
    canvas.saveState()
    canvas.setStrokeColor(BOX)
    canvas.setLineWidth(0.5)
    for left, base, width, size in boxes:
        canvas.rect(left + 0.1 * size, base - 0.22 * size, width - 0.2 * size, 0.98 * size)
    canvas.restoreState()
