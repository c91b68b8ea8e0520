"""Everything the handout builders share for one plan: wording, units, horizon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.chart_points import display_end
from baclofen_desk.core.plan_state import ensure_exportable
from baclofen_desk.report.patient_units import PatientUnits
from baclofen_desk.report.wording import Wording

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.handout_catalogue import Catalogue
    from baclofen_desk.core.handout_rules import HandoutRules
    from baclofen_desk.core.knowledge import Knowledge, Product
    from baclofen_desk.core.models import DoseStep, Plan
    from baclofen_desk.report.settings import HandoutSettings


@dataclass(frozen=True)
class HandoutContext:
    """One plan, in one language, with the clinic's settings."""

    plan: Plan
    lang: str
    product: Product
    rules: HandoutRules
    cat: Catalogue
    words: Wording
    units: PatientUnits
    settings: HandoutSettings
    generated_at: dt.datetime
    large_print: bool

    @property
    def start(self) -> dt.date:
        return self.plan.steps[0].start

    @property
    def until(self) -> dt.date:
        """First day after the displayed period (calendar and chart)."""
        return display_end(self.plan, self.rules.maintenance.weeks_shown * 7)

    def slot_heading(self, time: str) -> str:
        """The part of the day and the clock time, on two lines ("Morning", "8:00 am")."""
        slot = self.rules.time_of_day.slot(time)
        return f"{getattr(self.cat.slots, slot)}\n{self.words.clock(time)}"

    def dosing_steps(self) -> tuple[DoseStep, ...]:
        return tuple(step for step in self.plan.steps if step.doses_mg)


def make_context(
    plan: Plan,
    knowledge: Knowledge,
    *,
    lang: str,
    large_print: bool,
    settings: HandoutSettings,
    generated_at: dt.datetime,
) -> HandoutContext:
    """Check the plan may be printed and gather what the builders need."""
    ensure_exportable(plan)
    cat = knowledge.handout.catalogue(lang)
    words = Wording(cat)
    product = knowledge.products[plan.product]
    return HandoutContext(
        plan=plan,
        lang=lang,
        product=product,
        rules=knowledge.handout.rules,
        cat=cat,
        words=words,
        units=PatientUnits(product, words),
        settings=settings,
        generated_at=generated_at,
        large_print=large_print,
    )
