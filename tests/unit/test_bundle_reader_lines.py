"""The op-line checks made once per file agree with the same checks made line by line."""

from __future__ import annotations

import json

from sim_facilitator.engine.ops import make_op
from sim_facilitator.export.bundle import op_lines as R


def _line(**values: object) -> bytes:
    _, body = make_op("idea", "i1", {"text": "x", **values}, 5, "d1", [])
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def test_whole_file_checks_leave_exactly_the_doubtful_lines_to_the_line_checks() -> None:
    plain = _line()
    lines = [
        plain,
        _line(text="مرحبا بكم"),  # non-ASCII, NFC
        _line(position=1234567890123456789),  # a run of 19 digits: a number out of range
        plain.replace(b'"x"', b'"\\ud800"'),  # an escaped lone surrogate
        plain.replace(b'"x"', b'"' + "é".encode() + b'"'),  # NFC é: fine
        plain.replace(b'"hlc":5', b'"hlc":5,"hlc":5'),  # duplicate key
        plain.replace(b",", b", ", 1),  # white space
        b" " + plain,  # leading white space
        plain + b" ",  # trailing white space
        plain.replace(b'"hlc":5', b'"hlc":5.0'),  # a float
        plain.replace(b'"hlc":5', b'"hlc":NaN'),  # NaN
        b"[" * 20 + b"]" * 20,  # deep nesting
        b'"just a string"',  # not an object
        b'{"a":1}{"b":2}',  # two values on one line
        _line(prev_text="0123456789" * 3),  # 30 digits inside a text
    ]
    data = b"\n".join(lines) + b"\n"
    texts = R._checked_texts(data)
    assert texts is not None
    doubtful = {n for n, t in enumerate(texts) if t is None}
    assert doubtful == {2, 3, 14}  # 19 digits (twice) and the surrogate escape
    for line, text in zip(lines, texts, strict=True):
        assert R._fast_canonical(line, text) == R._fast_canonical(line), line
    accepted = [n for n, line in enumerate(lines) if R._fast_canonical(line) is not None]
    assert accepted == [0, 1, 4]  # digits inside a text: left to the strict parser


def test_a_file_not_in_nfc_or_not_utf8_is_checked_line_by_line() -> None:
    decomposed = _line().replace(b'"x"', '"e\u0301"'.encode())  # e + combining acute: not NFC
    assert R._checked_texts(decomposed + b"\n") is None
    assert R._fast_canonical(decomposed) is None
    assert R._checked_texts(b'{"a":"\xff"}\n') is None
