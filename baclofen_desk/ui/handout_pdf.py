"""The handout and clinician summary as PDF bytes, from the plan and the user's settings;
the export table's renderers do the work, so start-up never loads ReportLab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from baclofen_desk.core.handout_countries import country_of_locale

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.exports import ExportChoices
    from baclofen_desk.report.settings import HandoutSettings, PdfPart
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

    return HandoutSettings.for_country(
        knowledge.handout.countries,
        country,
        emergency_number=preferences.emergency_number,
        paper=preferences.paper,
        clinic_name=preferences.clinic_name,
        clinic_phone=preferences.clinic_phone,
        after_hours_phone=preferences.after_hours_phone,
        clinic_address=preferences.clinic_address,
        patient_name=handout.patient_name,
        prescriber=preferences.prescriber,
        refills=preferences.refills,
    )


def export_choices(
    handout: HandoutChoices,
    settings: HandoutSettings,
    knowledge: Knowledge,
    parts: tuple[PdfPart, ...] | None = None,
) -> ExportChoices:
    """What the command line takes from its options, from the plan's handout choices and
    the preferences (the calendar gets no reminder, as without `--ics-alarm`)."""
    from baclofen_desk.exports import ExportChoices
    from baclofen_desk.report.settings import PDF_PARTS

    return ExportChoices(
        knowledge=knowledge,
        lang=handout.lang,
        large_print=handout.large_print,
        settings=settings,
        parts=PDF_PARTS if parts is None else parts,
    )


def render_pdf(
    plan: Plan,
    handout: HandoutChoices,
    settings: HandoutSettings,
    knowledge: Knowledge,
    parts: tuple[PdfPart, ...] | None = None,
) -> bytes:
    """Build the PDF by the export table's row (raises if it cannot be made; a blocked plan
    raises `PlanNotExportable`)."""
    from baclofen_desk.exports import export_named

    return export_named("pdf").render(plan, export_choices(handout, settings, knowledge, parts))
