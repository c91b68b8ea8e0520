"""The pure handout builder: a plan in, every printed string and number out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.calendar_data import build_calendar
from baclofen_desk.report.chart_data import build_chart
from baclofen_desk.report.context import HandoutContext, make_context
from baclofen_desk.report.instructions_data import build_instructions
from baclofen_desk.report.model import HandoutData, Line
from baclofen_desk.report.pharmacy_data import build_pharmacy, uses_halves
from baclofen_desk.report.schedule_data import build_schedule
from baclofen_desk.report.settings import HandoutSettings

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan


def plan_kind(ctx: HandoutContext) -> str:
    """The kind of plan: taper, titrate, or steady (one fixed dose, e.g. on dialysis)."""
    if ctx.plan.mode == "taper":
        return "taper"
    changes = len(ctx.dosing_steps()) > 1
    if ctx.plan.mode == "reduce":  # down to a lower dose that is kept (policy P6 v2)
        return "reduce" if changes else "steady"
    return "titrate" if changes else "steady"


def header_lines(ctx: HandoutContext) -> tuple[Line, ...]:
    """Clinic, people, date, medicine and plan; optional settings are left out when empty."""
    text, settings = ctx.cat.header, ctx.settings
    optional = (
        (text.clinic, settings.clinic_name),
        (text.address, settings.clinic_address),
        (text.phone, settings.clinic_phone),
        (text.patient, settings.patient_name),
        (text.prescriber, settings.prescriber),
    )
    kind = getattr(text, f"plan_{plan_kind(ctx)}")
    return (
        *(Line(label=label, value=value) for label, value in optional if value),
        Line(label=text.date, value=ctx.words.date_full(ctx.generated_at.date())),
        Line(label=text.medicine, value=ctx.cat.products[ctx.plan.product]),
        Line(label=text.plan, value=kind),
    )


def tips(ctx: HandoutContext) -> tuple[str, ...]:
    """Practical notes for the product (splitting tablets, measuring liquid, storage)."""
    found: list[str] = []
    if uses_halves(ctx):
        # An unscored tablet has no line to split along (halves allowed by the clinician).
        text = ctx.cat.tips
        found.append(text.half_tablet if ctx.product.scored else text.half_unscored_tablet)
    if ctx.product.form == "liquid":
        found.append(ctx.cat.tips.liquid)
    if ctx.product.form == "granules":
        found.append(ctx.cat.tips.granules)
    note = ctx.cat.product_notes.get(ctx.plan.product, "")
    return (*found, note) if note else tuple(found)


def running_head(ctx: HandoutContext) -> str:
    settings = ctx.settings
    parts = (ctx.cat.meta.title, settings.patient_name, settings.clinic_name)
    return " · ".join(part for part in parts if part)


def assemble(ctx: HandoutContext) -> HandoutData:
    cat = ctx.cat
    return HandoutData(
        lang=ctx.lang,
        language_tag=cat.meta.language,
        large_print=ctx.large_print,
        paper=ctx.settings.paper,
        pdf_title=cat.meta.pdf_title,
        title=cat.meta.title,
        page_label=cat.meta.page,
        running_head=running_head(ctx),
        header=header_lines(ctx),
        intro=getattr(cat.header, f"intro_{plan_kind(ctx)}"),
        tips=tips(ctx),
        schedule=build_schedule(ctx),
        chart=build_chart(ctx),
        pharmacy=build_pharmacy(ctx),
        instructions_heading=cat.instructions.heading,
        instructions=build_instructions(ctx),
        calendar=build_calendar(ctx),
    )


def handout_data(
    plan: Plan,
    *,
    generated_at: dt.datetime,
    lang: str = "en",
    large_print: bool = False,
    settings: HandoutSettings | None = None,
    knowledge: Knowledge,
) -> HandoutData:
    """Everything the patient pages print, worded in `lang`; raises PlanNotExportable if blocked."""
    ctx = make_context(
        plan,
        knowledge,
        lang=lang,
        large_print=large_print,
        settings=settings or HandoutSettings(),
        generated_at=generated_at,
    )
    return assemble(ctx)
