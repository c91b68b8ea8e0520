"""One line above the results saying whether they can be trusted: ready, blocked, or stale.

A ready plan gets the green tick only when nothing at warning level or above is in
it; otherwise the line counts what there is to look at, beside a caution icon, and
how much of it the clinician acknowledged. A blocked line names the major
interactions not yet acknowledged, too.
While kidney function is unknown a plan is never called ready (policy P4): the line
says that kidney function was not entered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from baclofen_desk.core.plan_state import attention_of
from baclofen_desk.ui.color_scheme import scheme_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QPaintEvent

    from baclofen_desk.core.models import Plan
    from baclofen_desk.core.plan_state import PlanAttention
    from baclofen_desk.ui.document import PlanState

_ICONS = {
    "ready": QStyle.StandardPixmap.SP_DialogApplyButton,
    "attention": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "blocked": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "stale": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "empty": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def rules_changed_text(saved: str, current: str) -> str:
    """What a plan opened under other rules than it was saved under needs from the clinician."""
    text = QCoreApplication.translate(
        "StatusBanner",
        "This plan was saved under rules %1; the current rules are %2. The schedule was "
        "recomputed — check the doses against any handout already given.",
    )
    return text.replace("%1", saved).replace("%2", current)


class StatusBanner(QFrame):
    """An icon and a sentence; `kind` is ready, attention (ready, with findings), blocked,
    stale or empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = "empty"
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        # no accessible name of its own: a screen reader reads the status itself
        self.setAccessibleName(self.tr("Plan status"))
        # two lines of room from the start, so a longer status never pushes the chart down
        self.text.setMinimumHeight(2 * QFontMetrics(font).lineSpacing())
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)

    def background(self) -> QColor:
        """The tint of the current kind in the current scheme (the icon and words say it too)."""
        return QColor(scheme_of(self).banner_background(self.kind))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background())
        painter.end()
        super().paintEvent(event)

    def show_state(self, state: PlanState, unplaced: Sequence[str]) -> None:
        """`unplaced`: messages that belong to no field on the form."""
        kind, text = self._describe(state)
        if unplaced:
            text = f"{text} {' '.join(unplaced)}"
        if state.rules_change is not None:  # kept until the plan is saved under these rules
            kind = "attention" if kind == "ready" else kind
            text = f"{text}\n{rules_changed_text(*state.rules_change)}"
        self.kind = kind
        self.text.setText(text)
        self.setAccessibleDescription(text)  # the frame, too, says the status it shows
        self.update()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        self.icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(size, size))

    def _describe(self, state: PlanState) -> tuple[str, str]:
        plan = state.plan
        if state.errors and plan is None:
            return "empty", self.tr("No plan yet: complete the marked fields.")
        if state.stale:
            return "stale", self.tr(
                "Not up to date: fix the marked fields. The last valid plan is shown greyed."
            )
        if plan is None:
            return "empty", self.tr("No plan yet.")
        if plan.refused:
            return "blocked", self.tr("No plan could be made: see the alerts.")
        if plan.blocked:
            return "blocked", self._blocked(plan)
        return self._ready(attention_of(plan), plan.kidney.band != "unknown")

    def _blocked(self, plan: Plan) -> str:
        """What blocks the plan, and the major interactions not yet acknowledged."""
        count = sum(1 for a in plan.alerts if a.blocking)
        if count == 1:
            text = self.tr(
                "Blocked: a critical alert must be overridden with a reason "
                "before a handout can be printed."
            )
        else:
            text = self.tr(
                "Blocked: %1 critical alerts must be overridden with a reason "
                "before a handout can be printed."
            ).replace("%1", str(count))
        majors = attention_of(plan).majors_unacknowledged
        if not majors:
            return text
        counted = self._counted(
            majors, self.tr("1 major interaction"), self.tr("%1 major interactions")
        )
        also = self.tr("Also to review: %1.").replace("%1", counted)
        return f"{text} {also}"

    def _ready(self, findings: PlanAttention, kidney_known: bool) -> tuple[str, str]:
        if not kidney_known:
            text = self.tr("Plan made, but kidney function not entered")
            if findings:
                text = f"{text}; {self._counts(findings)}"
            return "attention", f"{text}."
        if not findings:
            return "ready", self.tr("Plan ready.")
        return "attention", self.tr("Plan ready — %1.").replace("%1", self._counts(findings))

    def _counts(self, findings: PlanAttention) -> str:
        """ "2 major interactions (1 acknowledged), 1 warning, 1 critical alert overridden"."""
        parts = [
            self._with_acknowledged(
                findings.major_interactions,
                findings.majors_acknowledged,
                (self.tr("1 major interaction"), self.tr("%1 major interactions")),
                (
                    self.tr("1 major interaction (acknowledged)"),
                    self.tr("%1 major interactions (%2 acknowledged)"),
                ),
            ),
            self._with_acknowledged(
                findings.warnings,
                findings.warnings_acknowledged,
                (self.tr("1 warning"), self.tr("%1 warnings")),
                (self.tr("1 warning (acknowledged)"), self.tr("%1 warnings (%2 acknowledged)")),
            ),
            self._counted(
                findings.critical_overridden,
                self.tr("1 critical alert overridden"),
                self.tr("%1 critical alerts overridden"),
            ),
            self._counted(
                findings.lapsed_overrides,
                self.tr("1 override that no longer applies"),
                self.tr("%1 overrides that no longer apply"),
            ),
            self._counted(
                findings.lapsed_acknowledgements,
                self.tr("1 acknowledgement that no longer applies"),
                self.tr("%1 acknowledgements that no longer apply"),
            ),
        ]
        if findings.check_incomplete:
            parts.append(self.tr("interaction check incomplete"))
        return ", ".join(part for part in parts if part)

    @staticmethod
    def _counted(count: int, one: str, many: str) -> str:
        """ "1 warning", "3 warnings", or "" when there are none."""
        if not count:
            return ""
        return one if count == 1 else many.replace("%1", str(count))

    @staticmethod
    def _with_acknowledged(
        count: int, acknowledged: int, plain: tuple[str, str], with_some: tuple[str, str]
    ) -> str:
        """ "2 major interactions (1 acknowledged)": how many, and how many acknowledged."""
        if not acknowledged:
            return StatusBanner._counted(count, *plain)
        one, many = with_some
        if count == 1:
            return one
        return many.replace("%1", str(count)).replace("%2", str(acknowledged))
