"""Plain strings from the data as Platypus paragraphs (escaped; line breaks kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle


def markup(text: str) -> str:
    """Escape for Platypus' mini-markup; a newline becomes a line break."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    body = markup(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, style)


def bullet(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style, bulletText="•")


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with "…" if it is wider than `width` (one-line page heads)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
