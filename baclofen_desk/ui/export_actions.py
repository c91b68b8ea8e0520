"""Export PDF and Print: only an up-to-date plan that no critical alert blocks reaches paper."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.exports import export_named
from baclofen_desk.fileio import atomic_write_bytes
from baclofen_desk.storage import SUFFIX
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.crash import log_error
from baclofen_desk.ui.handout_pdf import handout_settings, render_pdf, system_country

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from baclofen_desk.report.settings import HandoutSettings
    from baclofen_desk.ui.document import PlanDocument
    from baclofen_desk.ui.preferences import Preferences

log = logging.getLogger(__name__)


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
    """Renders the PDF once per request and hands it to a file, the preview or the printer."""

    def __init__(
        self, parent: QWidget, document: PlanDocument, preferences: Callable[[], Preferences]
    ) -> None:
        self._parent = parent
        self._document = document
        self._preferences = preferences

    def export_pdf(self) -> Path | None:
        """Ask where, write the PDF, then show it; returns the path written."""
        data = self.pdf()
        if data is None:
            return None
        path = dialogs.ask_pdf_path(self._parent, self._suggested_path())
        if path is None:
            return None
        suffix = export_named("pdf").suffix
        if not path.name.lower().endswith(suffix):  # a name without it would open in nothing
            path = path.with_name(path.name + suffix)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            dialogs.show_error(
                self._parent, _tr("Cannot export PDF"), f"{path}: {exc.strerror or exc}"
            )
            return None
        dialogs.show_pdf_preview(self._parent, data, path.name)
        return path

    def print_plan(self) -> None:
        data = self.pdf()
        if data is not None:
            dialogs.show_print_preview(self._parent, data)

    def pdf(self) -> bytes | None:
        """The PDF of the current plan, or None after telling the user why there is none."""
        problem = self._problem()
        if problem is not None:
            dialogs.show_error(self._parent, _tr("No handout yet"), problem)
            return None
        plan = self._document.state.plan
        assert plan is not None  # _problem() checked it
        document = self._document
        settings = handout_settings(
            document.handout, self._preferences(), document.knowledge, system_country()
        )
        gaps = handout_gaps(settings)
        if gaps and not dialogs.ask_export_anyway(self._parent, gaps):
            return None
        try:
            return render_pdf(plan, document.handout, settings, document.knowledge)
        except Exception as exc:  # a failed render must reach the user, never a partial file
            log_error(log, "PDF rendering failed:", exc)
            dialogs.show_error(
                self._parent, _tr("Cannot make the PDF"), f"{type(exc).__name__}: {exc}"
            )
            return None

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

    def _suggested_path(self) -> Path:
        path = self._document.path
        if path is None:
            return Path.home() / "baclofen-plan.pdf"
        return path.with_name(path.name.removesuffix(SUFFIX) + export_named("pdf").suffix)
