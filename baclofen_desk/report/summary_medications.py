"""Clinician summary: interactions and how each typed medication was understood.

"No interactions" is said only when the check was complete; otherwise the
summary says what could not be checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.model import SummaryPart, Table
from baclofen_desk.report.summary_acknowledged import ACKNOWLEDGED_MARK

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan


def status(plan: Plan) -> str:
    """One sentence on how far the interaction check got."""
    entered = len(plan.request.medications)
    found = len(plan.interactions)
    if not plan.interaction_check_complete:
        missing = plan.unrecognized_medications
        if missing:
            return (
                f"Interaction check incomplete: {len(missing)} of {entered} medication(s) "
                f"not recognised ({'; '.join(missing)}). Check them yourself."
            )
        if entered == 0:
            return "No medications were entered; interactions were not checked."
        return "Interaction check incomplete: the drug dictionary was not available."
    if entered == 0:
        return "No medications were entered."
    if found == 0:
        return f"No interactions found among the {entered} medication(s) entered."
    return f"{found} interaction(s) found among the {entered} medication(s) entered."


def interactions_table(plan: Plan) -> Table | None:
    if not plan.interactions:
        return None
    rows = tuple(
        (
            i.input,
            f"{i.drug} ({i.class_label or i.drug_class})",
            i.severity.upper()
            + (f" (raised: {i.escalated_because})" if i.escalated_because else "")
            + (ACKNOWLEDGED_MARK if i.acknowledged_reason else ""),
            " ".join(part for part in (i.effect, i.advice) if part),
            i.source,
        )
        for i in plan.interactions
    )
    return Table(
        columns=("As typed", "Drug (class)", "Severity", "Effect and advice", "Source"),
        widths=(0.15, 0.17, 0.17, 0.33, 0.18),
        rows=rows,
    )


def medications_table(plan: Plan) -> Table | None:
    if not plan.medications:
        return None
    rows = tuple(
        (
            m.input,
            m.status,
            m.matched_name or ("; ".join(m.candidates) if m.candidates else "—"),
            m.note or "",
        )
        for m in plan.medications
    )
    return Table(
        columns=("As typed", "Status", "Understood as", "Note"),
        widths=(0.25, 0.15, 0.3, 0.3),
        rows=rows,
    )


def medication_parts(plan: Plan) -> tuple[SummaryPart, ...]:
    parts = [
        SummaryPart(
            heading="Interactions",
            paragraphs=(status(plan),),
            table=interactions_table(plan),
        )
    ]
    table = medications_table(plan)
    if table is not None:
        parts.append(SummaryPart(heading="Medications as understood", table=table))
    return tuple(parts)
