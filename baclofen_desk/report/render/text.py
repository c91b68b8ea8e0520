"""Plain strings from the data as Platypus paragraphs (escaped; line breaks kept)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle


#: Characters that make a text markup; a text without them is one run of the style's font.
MARKUP_CHARACTERS = frozenset("<>&")

#: Per style, the fragment ReportLab's parser makes of a plain text in it.
_plain_fragments: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _plain_fragment(style: ParagraphStyle) -> Any:
    if style not in _plain_fragments:
        [fragment] = Paragraph("x", style).frags
        _plain_fragments[style] = fragment
    return _plain_fragments[style]


class Para(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A Paragraph that parses plain text without the markup parser and breaks its lines
    once per width.

    A calendar and a summary hold hundreds of short cells without markup (dates, times,
    labels): their one fragment is the style's, with the text, which is what the parser
    would make of them. A table wraps each cell to size its rows, again when a frame
    places it, and once more while drawing; the lines only depend on the width, so the
    later wraps reuse the first. The same fragments and lines give the same PDF.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def __init__(self, text: str, style: ParagraphStyle, **options: Any) -> None:
        if not options and text.strip() and MARKUP_CHARACTERS.isdisjoint(text):
            frags = [_plain_fragment(style).clone(text=cleanBlockQuotedText(text))]
            textTransformFrags(frags, style)
            options = {"frags": frags}
        super().__init__(text, style, **options)

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
