"""The handout and clinician summary as PDF bytes, from the plan and the user's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from baclofen_desk.core.handout_countries import country_of_locale

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.report.settings import HandoutSettings
    from baclofen_desk.storage import HandoutChoices
    from baclofen_desk.ui.preferences import Preferences


def system_country() -> str | None:
    """The computer's country, from the system locale ("en_US" -> "US")."""
    return country_of_locale(QLocale.system().name())


def handout_settings(
    handout: HandoutChoices,
    preferences: Preferences,
    knowledge: Knowledge,
    country: str | None,
) -> HandoutSettings:
    """The preferences and the patient's choices; the country fills paper and number."""
    from baclofen_desk.report import HandoutSettings

    countries = knowledge.handout.countries
    return HandoutSettings(
        clinic_name=preferences.clinic_name,
        clinic_phone=preferences.clinic_phone,
        after_hours_phone=preferences.after_hours_phone,
        clinic_address=preferences.clinic_address,
        patient_name=handout.patient_name,
        prescriber=preferences.prescriber,
        emergency_number=preferences.emergency_number or countries.emergency_number(country),
        paper=preferences.paper or countries.paper_for(country),
        refills=preferences.refills,
    )


def render_pdf(
    plan: Plan, handout: HandoutChoices, settings: HandoutSettings, knowledge: Knowledge
) -> bytes:
    """Build the PDF (raises if it cannot be made; a blocked plan raises `PlanNotExportable`).

    The report package is imported here, on first export, so that starting the
    window does not wait for ReportLab.
    """
    from baclofen_desk.report import build_pdf

    return build_pdf(
        plan,
        lang=handout.lang,
        large_print=handout.large_print,
        settings=settings,
        knowledge=knowledge,
    )
