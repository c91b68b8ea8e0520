"""The prescription text (sig): every step in the product's units, the dispense quantity
and the refills, in one paragraph to paste into the EHR or send to the pharmacy.

Amounts are written with the English handout words ("½ tablet", "7.5 mL",
packets) from the same `Amount`s as the handout; the quantity is
`core.dispense.dispense`, the number the FHIR dispense request carries too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.dispense import Dispense, dispense
from baclofen_desk.core.plan_state import ensure_exportable
from baclofen_desk.interop.common import dose_groups
from baclofen_desk.report.patient_units import PatientUnits
from baclofen_desk.report.wording import NBSP, Wording

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import DoseStep, Plan
    from baclofen_desk.core.prescription_text import PrescriptionText

#: The prescription text is English, like the clinician summary.
LANGUAGE = "en"


@dataclass(frozen=True)
class Prescription:
    """The sig and the quantity it states."""

    text: str
    dispense: Dispense


@dataclass(frozen=True)
class _Writer:
    units: PatientUnits
    text: PrescriptionText

    def duration(self, step: DoseStep) -> str:
        if step.days is None:
            return ""
        if step.days == 1:
            return self.text.duration_one
        return self.text.duration.format(days=step.days)

    def step(self, step: DoseStep, first: bool) -> str:
        groups = dose_groups(step)
        duration = self.duration(step)
        if len(groups) == 1:
            template = self.text.first_equal if first else self.text.next_equal
            dose = self.units.amount(groups[0][0])
            return template.format(
                dose=dose, frequency=self.text.times_a_day(len(step.doses_mg)), duration=duration
            )
        doses = self.text.doses_join.join(
            self.text.dose_at.format(
                dose=self.units.amount(mg), times=self.text.times_join.join(times)
            )
            for mg, times in groups
        )
        template = self.text.first_unequal if first else self.text.next_unequal
        return template.format(doses=doses, duration=duration)

    def steps(self, plan: Plan) -> str:
        parts: list[str] = []
        for step in plan.steps:
            if step.doses_mg:
                parts.append(self.step(step, first=not parts))
            else:
                parts.append(self.text.stop)
                break
        return self.text.then.join(parts)

    def quantity(self, supply: Dispense) -> str:
        if supply.amount.form == "tablet":
            return self.units.tablets(supply.quantity)
        if supply.amount.form == "liquid":
            return self.units.words.ml(supply.quantity)
        return self.units.packets(supply.amount)


def prescription(
    plan: Plan, knowledge: Knowledge, *, refills: int = 0, review_date: dt.date | None = None
) -> Prescription:
    """The sig of `plan`; raises `PlanNotExportable` for a blocked or refused plan."""
    ensure_exportable(plan)
    product = knowledge.products[plan.product]
    handout = knowledge.handout
    words = Wording(handout.catalogue(LANGUAGE))
    writer = _Writer(PatientUnits(product, words), handout.prescription)
    supply = dispense(
        plan, product, handout.rules.prescription, refills=refills, review_date=review_date
    )
    text = handout.prescription.text.format(
        product=product.name,
        steps=writer.steps(plan),
        quantity=writer.quantity(supply),
        refills=refills,
    )
    return Prescription(text=text.replace(NBSP, " "), dispense=supply)
