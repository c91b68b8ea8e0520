"""Plain strings from the data as Platypus paragraphs (escaped; line breaks kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle


class Para(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A Paragraph that breaks its lines once per width.

    A table wraps each cell to size its rows, again when a frame places it, and once
    more while drawing; the lines only depend on the width, so the later wraps reuse the
    first (the same lines, the same PDF).
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == avail_width:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, size)
        return size

    def split(self, avail_width: float, avail_height: float) -> Any:
        self._wrapped = None  # splitting breaks the lines again
        return super().split(avail_width, avail_height)


def markup(text: str) -> str:
    """Escape for Platypus' mini-markup; a newline becomes a line break."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Para:
    body = markup(text)
    return Para(f"<b>{body}</b>" if bold else body, style)


def bullet(text: str, style: ParagraphStyle) -> Para:
    return Para(markup(text), style, bulletText="•")


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with "…" if it is wider than `width` (one-line page heads)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
