"""The plain-language instructions, chosen for the plan (tapers add the withdrawal signs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.model import Section
from baclofen_desk.report.wording import NBSP

if TYPE_CHECKING:
    from baclofen_desk.core.handout_catalogue import SectionText
    from baclofen_desk.report.context import HandoutContext

#: Sections printed for every plan, in order; tapers add TAPER_SECTIONS after them.
SECTIONS = (
    "purpose",
    "missed_dose",
    "do_not_stop",
    "alcohol_driving",
    "side_effects",
    "call_prescriber",
    "emergency",
)
TAPER_SECTIONS = ("withdrawal", "go_back")
URGENT = frozenset({"emergency", "withdrawal"})
#: Sections that tell the patient to call: each prints whom to call.
CALLS = frozenset({"call_prescriber", "emergency", "withdrawal", "go_back"})


def section_names(ctx: HandoutContext) -> tuple[str, ...]:
    # A reduction lowers the dose like a taper: the same withdrawal signs apply (policy P6).
    falling = ctx.plan.mode in ("taper", "reduce")
    return SECTIONS + TAPER_SECTIONS if falling else SECTIONS


def call_line(ctx: HandoutContext) -> str:
    """The clinic and its phone ("" without a phone: the export warned about it)."""
    settings, text = ctx.settings, ctx.cat.call
    if not settings.clinic_phone:
        return ""
    phone = unbroken(settings.clinic_phone)
    if settings.clinic_name:
        line = text.clinic.format(clinic=settings.clinic_name, phone=phone)
    else:
        line = text.phone_only.format(phone=phone)
    if settings.after_hours_phone:
        line += "\n" + text.after_hours.format(phone=unbroken(settings.after_hours_phone))
    return line


def unbroken(phone: str) -> str:
    """A phone number that is never broken over two lines."""
    return phone.replace(" ", NBSP)


def _section(ctx: HandoutContext, name: str) -> Section:
    text: SectionText = getattr(ctx.cat.instructions, name)
    hours = ctx.words.number(ctx.rules.missed_dose.skip_within_hours)
    number = ctx.settings.emergency_number
    return Section(
        heading=text.heading_for(number),
        intro=text.intro_for(number),
        items=tuple(item.format(hours=hours) for item in text.items),
        urgent=name in URGENT,
        call=call_line(ctx) if name in CALLS else "",
    )


def build_instructions(ctx: HandoutContext) -> tuple[Section, ...]:
    return tuple(_section(ctx, name) for name in section_names(ctx))
