"""The page geometry and colours shared by the PDF documents (minutes, synthesis)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#9db4c6")
MUTED = colors.HexColor("#555555")
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FOOTER_Y = 10 * mm
