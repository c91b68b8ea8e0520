"""The one table of what a plan can be exported as: name, file suffix, renderer.

The command line makes one `--NAME PATH` option per row and the window's
File → Export menu lists the same rows, so a new export (the prescription
text, say) is one row here and appears everywhere. Every renderer refuses a
plan that may not leave the program (`core.plan_state.PlanNotExportable`).
Renderers import their libraries on first use, so start-up does not pay for them.
The PDF's generation time and the calendar's DTSTAMP come from one clock
(`export_time`), so the command line and the window stamp alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.report.settings import PDF_PARTS, PdfPart

if TYPE_CHECKING:
    from collections.abc import Callable

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.report.settings import HandoutSettings


@dataclass(frozen=True)
class ExportChoices:
    """What shapes an export besides the plan (handout language, print size, clinic)."""

    knowledge: Knowledge
    lang: str = "en"
    large_print: bool = False
    settings: HandoutSettings | None = None
    #: Minutes before each dose that a calendar reminder rings (None: no reminder).
    alarm_minutes: int | None = None
    #: The parts the PDF holds: the handout, the clinician summary, or both (in this order).
    parts: tuple[PdfPart, ...] = PDF_PARTS

    @property
    def refills(self) -> int:
        return 0 if self.settings is None else self.settings.refills


@dataclass(frozen=True)
class Export:
    """One row: the option's name, the file's suffix, a description and the renderer."""

    name: str
    suffix: str
    description: str
    render: Callable[[Plan, ExportChoices], bytes]
    standard_output: bool = False

    @property
    def option(self) -> str:
        return f"--{self.name}"


def export_time() -> dt.datetime:
    """Now, in the computer's time zone, to the second: when an export is made."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _pdf(plan: Plan, choices: ExportChoices) -> bytes:
    from baclofen_desk.report import build_pdf

    return build_pdf(
        plan,
        lang=choices.lang,
        large_print=choices.large_print,
        settings=choices.settings,
        generated_at=export_time(),
        knowledge=choices.knowledge,
        parts=choices.parts,
    )


def _fhir(plan: Plan, choices: ExportChoices) -> bytes:
    from baclofen_desk.interop.fhir import plan_to_fhir_json
    from baclofen_desk.report.prescription import prescription

    supply = prescription(plan, choices.knowledge, refills=choices.refills).dispense
    return plan_to_fhir_json(plan, supply, knowledge=choices.knowledge).encode("utf-8")


def _ics(plan: Plan, choices: ExportChoices) -> bytes:
    from baclofen_desk.interop.ics import plan_to_ics

    return plan_to_ics(
        plan,
        knowledge=choices.knowledge,
        lang=choices.lang,
        dtstamp=export_time(),
        alarm_minutes=choices.alarm_minutes,
    )


def _sig(plan: Plan, choices: ExportChoices) -> bytes:
    """The prescription text, one paragraph and a newline."""
    from baclofen_desk.report.prescription import prescription

    text = prescription(plan, choices.knowledge, refills=choices.refills).text
    return (text + "\n").encode("utf-8")


EXPORTS: tuple[Export, ...] = (
    Export("pdf", ".pdf", "write the handout and clinician summary (PDF)", _pdf),
    Export("fhir", ".fhir.json", "write a FHIR R4 MedicationRequest (JSON)", _fhir),
    Export("ics", ".ics", "write the dose calendar (iCalendar)", _ics),
    Export(
        "sig",
        ".txt",
        "write the prescription text ('-' for standard output)",
        _sig,
        standard_output=True,
    ),
)


def export_named(name: str) -> Export:
    """The row called `name` (KeyError for none)."""
    for export in EXPORTS:
        if export.name == name:
            return export
    raise KeyError(name)
