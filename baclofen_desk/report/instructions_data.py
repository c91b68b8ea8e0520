"""The plain-language instructions, chosen for the plan (tapers add the withdrawal signs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.model import Section

if TYPE_CHECKING:
    from baclofen_desk.report.catalogue import SectionText
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


def section_names(ctx: HandoutContext) -> tuple[str, ...]:
    # A reduction lowers the dose like a taper: the same withdrawal signs apply (policy P6).
    falling = ctx.plan.mode in ("taper", "reduce")
    return SECTIONS + TAPER_SECTIONS if falling else SECTIONS


def _section(ctx: HandoutContext, name: str) -> Section:
    text: SectionText = getattr(ctx.cat.instructions, name)
    hours = ctx.words.number(ctx.rules.missed_dose.skip_within_hours)
    return Section(
        heading=text.heading,
        intro=text.intro,
        items=tuple(item.format(hours=hours) for item in text.items),
        urgent=name in URGENT,
    )


def build_instructions(ctx: HandoutContext) -> tuple[Section, ...]:
    return tuple(_section(ctx, name) for name in section_names(ctx))
