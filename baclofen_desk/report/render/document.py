"""The PDF document: page templates for the two parts (both, or one alone), metadata, and
the build to bytes."""

from __future__ import annotations

import io
from functools import partial
from typing import TYPE_CHECKING, Final

from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

from baclofen_desk import __version__
from baclofen_desk.report.render.canvas import Footer, NumberedCanvas
from baclofen_desk.report.render.fonts import register_fonts
from baclofen_desk.report.render.handout_story import handout_story
from baclofen_desk.report.render.page import LARGE_PAGE, NORMAL_PAGE, SUMMARY_PAGE, draw_head
from baclofen_desk.report.render.styles import LARGE, NORMAL, SUMMARY, stylesheet
from baclofen_desk.report.render.summary_story import summary_story
from baclofen_desk.report.render.text import fit
from baclofen_desk.report.settings import PAGE_LABEL_PREFIX, PDF_PARTS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from baclofen_desk.report.model import HandoutData, SummaryData
    from baclofen_desk.report.render.page import Geometry
    from baclofen_desk.report.settings import PdfPart

HANDOUT: Final[PdfPart] = "handout"
SUMMARY_PART: Final[PdfPart] = "summary"
#: The summary is written in English whatever the handout's language.
SUMMARY_LANGUAGE_TAG = "en"


def _on_page(canvas: Canvas, _doc: object, *, part: str, geometry: Geometry, head: str) -> None:
    """Mark the page's part (for its footer) and draw the running head."""
    font, _ = register_fonts()
    canvas.part = part
    width = geometry.width
    draw_head(canvas, geometry, fit(head, font, geometry.band_size, width), font)


def _template(part: str, geometry: Geometry, head: str) -> PageTemplate:
    x, y, width, height = geometry.frame
    frame = Frame(
        x, y, width, height, id=part, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    on_page = partial(_on_page, part=part, geometry=geometry, head=head)
    return PageTemplate(id=part, frames=[frame], onPage=on_page, pagesize=geometry.page)


def render_pdf(
    handout: HandoutData,
    summary: SummaryData,
    generated_at: dt.datetime,
    parts: Sequence[PdfPart] = PDF_PARTS,
) -> bytes:
    """Lay out the `parts` asked for (handout, summary or both); returns the PDF file's bytes."""
    font, _ = register_fonts()
    page = (LARGE_PAGE if handout.large_print else NORMAL_PAGE).on(handout.paper)
    summary_page = SUMMARY_PAGE.on(handout.paper)
    sizes = LARGE if handout.large_print else NORMAL
    buffer = io.BytesIO()
    title = handout.pdf_title if HANDOUT in parts else summary.title
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.page,
        title=title,
        author="Baclofen Desk",
        subject=title,
        creator=f"Baclofen Desk {__version__}",
        lang=handout.language_tag if HANDOUT in parts else SUMMARY_LANGUAGE_TAG,
        invariant=1,
        initialFontName=font,  # otherwise every page would also reference Helvetica
    )
    templates = {
        HANDOUT: _template(HANDOUT, page, handout.running_head),
        SUMMARY_PART: _template(SUMMARY_PART, summary_page, summary.running_head),
    }
    doc.addPageTemplates([templates[part] for part in PDF_PARTS if part in parts])
    story: list[Flowable] = []
    if HANDOUT in parts:
        story += handout_story(handout, stylesheet(sizes), sizes, page)
    if SUMMARY_PART in parts:
        if story:
            story += [NextPageTemplate(SUMMARY_PART), PageBreak()]
        story += summary_story(summary, stylesheet(SUMMARY), summary_page.width)
    footers: dict[str, Footer] = {
        HANDOUT: Footer(handout.page_label, page, font, PAGE_LABEL_PREFIX[HANDOUT]),
        SUMMARY_PART: Footer(
            summary.page_label, summary_page, font, PAGE_LABEL_PREFIX[SUMMARY_PART]
        ),
    }
    footers = {part: footers[part] for part in PDF_PARTS if part in parts}
    doc.build(story, canvasmaker=partial(NumberedCanvas, footers=footers, created=generated_at))
    return buffer.getvalue()
