"""The next review date of a plan (policy P10): the clinician's, else the rules' default."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep
    from baclofen_desk.core.plan_basis import PlanBasis


def review_date(basis: PlanBasis, steps: tuple[DoseStep, ...]) -> dt.date | None:
    """When to see the patient next; None when there is no plan to review.

    By default: the day the target is reached (the open-ended last step of a
    titration or reduction), the day after a taper's last dose (its 0 step), and
    on dialysis a fixed number of days after the start.
    """
    request = basis.request
    if request.review_date is not None:
        return request.review_date
    if not steps:
        return None
    if basis.kidney.band == "dialysis" and request.mode != "taper":
        days = basis.knowledge.rules.shaping.review.dialysis_after_days
        return request.start + dt.timedelta(days=days)
    return steps[-1].start
