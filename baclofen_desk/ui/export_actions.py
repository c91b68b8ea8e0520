"""File → Export, Print and Copy Prescription Text: only an up-to-date plan that no critical
alert blocks leaves the window, rendered by the same rows of `exports.EXPORTS` as on the
command line, so the same plan and settings give the same bytes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from baclofen_desk.exports import export_named
from baclofen_desk.fileio import atomic_write_bytes
from baclofen_desk.report.settings import PDF_PARTS
from baclofen_desk.storage import SUFFIX
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.crash import log_error
from baclofen_desk.ui.export_formats import PARTS_KEY, export_words, file_filter, parts_key
from baclofen_desk.ui.export_formats import parts_of_key as stored_parts
from baclofen_desk.ui.handout_pdf import export_choices, handout_settings, system_country
from baclofen_desk.ui.qt_settings import app_settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from baclofen_desk.core.models import Plan
    from baclofen_desk.exports import Export, ExportChoices
    from baclofen_desk.report.settings import HandoutSettings, PdfPart
    from baclofen_desk.ui.document import PlanDocument
    from baclofen_desk.ui.preferences import Preferences

log = logging.getLogger(__name__)

#: The name a plan not yet saved suggests for its exports (never a patient's name).
UNSAVED_NAME = "baclofen-plan"


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def handout_gaps(settings: HandoutSettings) -> str:
    """What the handout will lack, as sentences ("" when nothing is missing)."""
    gaps = []
    if not settings.emergency_number:
        gaps.append(
            _tr(
                "The handout will say \u201ccall your local emergency number\u201d: no emergency "
                "number is set in Preferences or known for this computer's country."
            )
        )
    if not settings.clinic_phone:
        gaps.append(_tr("The handout will not say whom to call."))
    return " ".join(gaps)


class ExportActions:
    """Renders one export per request and hands it to a file, the preview, the printer or
    the clipboard."""

    def __init__(
        self,
        parent: QWidget,
        document: PlanDocument,
        preferences: Callable[[], Preferences],
        notify: Callable[[str], None] = lambda _text: None,
    ) -> None:
        self._parent = parent
        self._document = document
        self._preferences = preferences
        self._notify = notify
        self.parts: tuple[PdfPart, ...] = stored_parts(app_settings().value(PARTS_KEY))

    def set_parts(self, parts: tuple[PdfPart, ...]) -> None:
        """What Print and Export PDF make from now on (remembered for the next session)."""
        self.parts = parts
        app_settings().setValue(PARTS_KEY, parts_key(parts))

    def export_pdf(self) -> Path | None:
        return self.export("pdf")

    def exporter(self, name: str) -> Callable[[], Path | None]:
        """A slot for the menu action of the export row `name`."""

        def run() -> Path | None:
            return self.export(name)

        return run

    def export(self, name: str) -> Path | None:
        """Render the export row `name`, ask where, write it; returns the path written."""
        export = export_named(name)
        data = self.render(export)
        if data is None:
            return None
        path = dialogs.ask_export_path(
            self._parent,
            export_words(export).title,
            self._suggested_path(export),
            file_filter(export),
        )
        if path is None:
            return None
        if not path.name.lower().endswith(export.suffix):  # a name without it opens in nothing
            path = path.with_name(path.name + export.suffix)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            title = _tr("Cannot export %1").replace("%1", path.name)
            dialogs.show_error(self._parent, title, f"{path}: {exc.strerror or exc}")
            return None
        if name == "pdf":
            dialogs.show_pdf_preview(self._parent, data, path.name)
        self._notify(_tr("Exported %1").replace("%1", str(path)))
        return path

    def print_plan(self) -> None:
        data = self.pdf()
        if data is not None:
            dialogs.show_print_preview(self._parent, data)

    def copy_prescription(self) -> str | None:
        """Put the prescription text on the clipboard, as `--sig` writes it; returns it."""
        data = self.render(export_named("sig"))
        if data is None:
            return None
        text = data.decode("utf-8")
        QGuiApplication.clipboard().setText(text)
        self._notify(_tr("Prescription text copied to the clipboard."))
        return text

    def pdf(self) -> bytes | None:
        """The PDF of the current plan (the parts chosen), or None after telling why not."""
        return self.render(export_named("pdf"))

    def render(self, export: Export) -> bytes | None:
        """The export's bytes for the current plan, or None after telling the user why not."""
        plan = self._exportable_plan()
        if plan is None:
            return None
        choices = self._choices(export)
        if choices is None:
            return None
        try:
            return export.render(plan, choices)
        except Exception as exc:  # a failed render must reach the user, never a partial file
            log_error(log, f"Rendering the {export.name} export failed:", exc)
            dialogs.show_error(
                self._parent, _tr("Cannot make the export"), f"{type(exc).__name__}: {exc}"
            )
            return None

    def _exportable_plan(self) -> Plan | None:
        problem = self._problem()
        if problem is not None:
            dialogs.show_error(self._parent, _tr("No handout yet"), problem)
            return None
        return self._document.state.plan

    def _choices(self, export: Export) -> ExportChoices | None:
        """The choices the command line would take from its options; None when the user
        declines a handout that lacks a number (asked only where a handout is printed)."""
        document = self._document
        settings = handout_settings(
            document.handout, self._preferences(), document.knowledge, system_country()
        )
        parts = self.parts if export.name == "pdf" else PDF_PARTS
        if export.name == "pdf" and "handout" in parts:
            gaps = handout_gaps(settings)
            if gaps and not dialogs.ask_export_anyway(self._parent, gaps):
                return None
        return export_choices(document.handout, settings, document.knowledge, parts)

    def _problem(self) -> str | None:
        state = self._document.state
        if state.plan is None:
            return _tr("There is no plan yet: complete the marked fields.")
        if state.stale:
            return _tr("The plan is not up to date: fix the marked fields first.")
        if state.plan.exportable:
            return None
        if state.plan.refused or not state.plan.steps:
            return _tr("No plan could be made for this patient: see the alerts.")
        return _tr(
            "A critical alert blocks the handout. Select it in the alerts list and "
            "override it with a reason, or change the plan."
        )

    def _suggested_path(self, export: Export) -> Path:
        """Beside the plan file, named like it; a plan not saved yet gets a neutral name."""
        path = self._document.path
        if path is None:
            return Path.home() / (UNSAVED_NAME + export.suffix)
        return path.with_name(path.name.removesuffix(SUFFIX) + export.suffix)
