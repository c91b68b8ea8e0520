"""One line above the results saying whether they can be trusted: ready, blocked, or stale.

A ready plan gets the green tick only when nothing at warning level or above is in
it; otherwise the line counts what there is to look at, beside a caution icon.
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
            count = sum(1 for a in plan.alerts if a.blocking)
            if count == 1:
                return "blocked", self.tr(
                    "Blocked: a critical alert must be overridden with a reason "
                    "before a handout can be printed."
                )
            return "blocked", self.tr(
                "Blocked: %1 critical alerts must be overridden with a reason "
                "before a handout can be printed."
            ).replace("%1", str(count))
        return self._ready(attention_of(plan), plan.kidney.band != "unknown")

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
        """ "2 major interactions, 1 warning, 1 critical alert overridden"."""
        counted = [
            (
                findings.major_interactions,
                self.tr("1 major interaction"),
                self.tr("%1 major interactions"),
            ),
            (findings.warnings, self.tr("1 warning"), self.tr("%1 warnings")),
            (
                findings.critical_overridden,
                self.tr("1 critical alert overridden"),
                self.tr("%1 critical alerts overridden"),
            ),
            (
                findings.lapsed_overrides,
                self.tr("1 override that no longer applies"),
                self.tr("%1 overrides that no longer apply"),
            ),
        ]
        parts = [one if n == 1 else many.replace("%1", str(n)) for n, one, many in counted if n]
        if findings.check_incomplete:
            parts.append(self.tr("interaction check incomplete"))
        return ", ".join(parts)
