"""`build_pdf`: the patient handout followed by the clinician summary, as PDF bytes
(or one of the two alone)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from baclofen_desk.report.handout_data import handout_data
from baclofen_desk.report.render.document import render_pdf
from baclofen_desk.report.settings import PDF_PARTS
from baclofen_desk.report.summary_data import summary_data

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.report.settings import HandoutSettings, PdfPart


def build_pdf(
    plan: Plan,
    *,
    lang: str = "en",
    large_print: bool = False,
    settings: HandoutSettings | None = None,
    generated_at: dt.datetime | None = None,
    knowledge: Knowledge,
    parts: Sequence[PdfPart] = PDF_PARTS,
) -> bytes:
    """Handout pages (in `lang`, optionally large print), then the clinician summary;
    `parts` keeps only some of them (each part numbers its own pages either way).

    Raises `PlanNotExportable` for a blocked or refused plan: no handout is made for it.
    The same plan, options and `generated_at` always give the same bytes.
    """
    when = generated_at or dt.datetime.now().astimezone()
    handout = handout_data(
        plan,
        generated_at=when,
        lang=lang,
        large_print=large_print,
        settings=settings,
        knowledge=knowledge,
    )
    summary = summary_data(plan, generated_at=when, settings=settings, knowledge=knowledge)
    return render_pdf(handout, summary, when, parts)
