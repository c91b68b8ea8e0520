"""The embedded TrueType fonts (DejaVu Sans), loaded from the bundled resources.

ReportLab's built-in Helvetica is not embedded and has no "≤" or "☐"; DejaVu
Sans has every character the handouts use and is embedded as a subset.
"""

from __future__ import annotations

import io
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from baclofen_desk.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) names."""
    for name, filename in FILES.items():
        data = resource("fonts", filename).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    return REGULAR, BOLD
