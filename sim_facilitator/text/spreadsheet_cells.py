"""Text cells that a spreadsheet would run as a formula, made inert — and read back exactly.

Excel and LibreOffice evaluate a CSV cell that starts with ``=``, ``+``, ``-`` or ``@``
(and, in some versions, a tab or carriage return) as a formula: an idea such as
``=HYPERLINK("http://…"&A1,"click")`` would become a live link in the coordinator's
spreadsheet (CSV injection, CWE-1236). Following OWASP, such a cell is written with a
leading apostrophe, which every spreadsheet shows as text.

The rule is a bijection, so the app's own CSV reader gets back exactly what was
written: a cell is prefixed when, after any leading apostrophes, it starts with a
trigger character and is not a plain number. Plain numbers (``-3``, ``+2.5``) cannot
be formulas and stay numbers; a text that already starts with apostrophes before a
trigger gets one more, which ``restore`` removes.
"""

from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def _needs_prefix(value: str) -> bool:
    core = value.lstrip("'")
    return bool(core) and core[0] in TRIGGERS and not _PLAIN_NUMBER.fullmatch(core)


def neutralise(value: str) -> str:
    """The cell text to write: a spreadsheet shows it as text and never evaluates it."""
    return "'" + value if _needs_prefix(value) else value


def restore(cell: str) -> str:
    """The text ``neutralise`` was given, from the cell it wrote (other cells unchanged)."""
    return cell[1:] if cell.startswith("'") and _needs_prefix(cell) else cell


def is_inert(cell: str) -> bool:
    """Whether a spreadsheet would read this cell as text or a number, never a formula."""
    return not cell or cell[0] not in TRIGGERS or bool(_PLAIN_NUMBER.fullmatch(cell))
