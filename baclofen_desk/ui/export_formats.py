"""The window's words for each row of the export table, and for the parts a PDF can hold.

The File → Export menu is built from `exports.EXPORTS`; this module only says
each row in the window's language. A row without words here (a new export)
still gets its action, named by the row's own description.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.report.settings import PDF_PARTS

if TYPE_CHECKING:
    from baclofen_desk.exports import Export
    from baclofen_desk.report.settings import PdfPart

#: The session setting that remembers which parts Print and Export PDF make.
PARTS_KEY = "export/pdf_parts"


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class ExportWords:
    """What the window calls one export: its menu entry, its file dialog and its files."""

    menu: str
    title: str
    files: str


def export_words(export: Export) -> ExportWords:
    """The words for `export` (a row without its own: the row's description)."""
    known = {
        "pdf": ExportWords(_tr("&PDF…"), _tr("Export PDF"), _tr("PDF documents")),
        "fhir": ExportWords(
            _tr("&FHIR MedicationRequest…"),
            _tr("Export FHIR MedicationRequest"),
            _tr("FHIR JSON files"),
        ),
        "ics": ExportWords(
            _tr("Dose &Calendar (iCalendar)…"),
            _tr("Export dose calendar"),
            _tr("iCalendar files"),
        ),
        "sig": ExportWords(
            _tr("Prescription &Text…"), _tr("Export prescription text"), _tr("Text files")
        ),
    }
    if export.name in known:
        return known[export.name]
    said = export.description[:1].upper() + export.description[1:]
    return ExportWords(said + "…", said, export.suffix)


def file_filter(export: Export) -> str:
    """The save dialog's filter: "PDF documents (*.pdf)"."""
    return f"{export_words(export).files} (*{export.suffix})"


#: The choices of Print and Export PDF, in menu order: both parts, or one alone.
PART_CHOICES: tuple[tuple[PdfPart, ...], ...] = (PDF_PARTS, ("handout",), ("summary",))


def parts_text(parts: tuple[PdfPart, ...]) -> str:
    """The menu entry for one choice of parts."""
    if parts == ("handout",):
        return _tr("Handout &Only")
    if parts == ("summary",):
        return _tr("&Summary Only")
    return _tr("&Handout and Summary")


def parts_key(parts: tuple[PdfPart, ...]) -> str:
    """How the choice is stored ("handout+summary")."""
    return "+".join(parts)


def parts_of_key(key: object) -> tuple[PdfPart, ...]:
    """The stored choice, or both parts for none (or one not understood)."""
    for parts in PART_CHOICES:
        if key == parts_key(parts):
            return parts
    return PDF_PARTS
