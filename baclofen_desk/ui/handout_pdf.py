"""The handout and clinician summary as PDF bytes, from the plan and the user's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.storage import HandoutChoices
    from baclofen_desk.ui.preferences import Preferences


def render_pdf(
    plan: Plan, handout: HandoutChoices, preferences: Preferences, knowledge: Knowledge
) -> bytes:
    """Build the PDF (raises if it cannot be made; a blocked plan raises `PlanNotExportable`).

    The report package is imported here, on first export, so that starting the
    window does not wait for ReportLab.
    """
    from baclofen_desk.report import HandoutSettings, build_pdf

    settings = HandoutSettings(
        clinic_name=preferences.clinic_name,
        clinic_phone=preferences.clinic_phone,
        patient_name=handout.patient_name,
        prescriber=preferences.prescriber,
    )
    return build_pdf(
        plan,
        lang=handout.lang,
        large_print=handout.large_print,
        settings=settings,
        knowledge=knowledge,
    )
