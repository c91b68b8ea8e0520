"""The plan's alerts, most severe first, after any override that no longer applies.

Each alert shows its severity icon and word and its message; the source of the selected
one is shown below the list. A critical alert can be overridden with a reason, a warning
acknowledged with a reason (which changes nothing but the record); either can be
withdrawn; one that lapsed because its alert changed is said plainly, above the alerts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.plan_state import (
    LapsedOverride,
    lapsed_overrides,
    needs_acknowledgement,
    needs_override,
)
from baclofen_desk.ui.finding_list import ITEM_ROLE, FindingPane, add_finding, described
from baclofen_desk.ui.knowledge_texts import alert_message
from baclofen_desk.ui.severity import severity_icon, severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Plan


class AlertsView(FindingPane):
    """A list of alerts with Override, Acknowledge and Withdraw buttons for the selected one
    (`acknowledge_requested` carries a warning; Withdraw takes back either answer)."""

    override_requested = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Alerts"),
            self.tr("Acknowledge the selected warning with a reason; the plan does not change."),
            _acknowledgeable,
            _withdrawable,
            parent,
        )
        self.override = QPushButton(self.tr("O&verride critical alert…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.override)
        buttons.addWidget(self.acknowledge)
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Alerts")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.source)
        layout.addLayout(buttons)
        self._shown: tuple[tuple[Alert, ...], tuple[LapsedOverride, ...]] | None = None
        self.list.itemActivated.connect(self._on_activated)
        self.override.clicked.connect(self._on_override_clicked)
        self.show_plan(None)

    def show_plan(self, plan: Plan | None) -> None:
        """List the lapsed overrides and the alerts (left alone when they are the ones shown)."""
        answers = tuple(item for item in lapsed_overrides(plan) if not item.about_interaction)
        shown = (plan.alerts if plan is not None else (), answers)
        if shown == self._shown:
            return
        self._shown = shown
        self.list.clear()
        for lapsed in shown[1]:
            lapsed_text = self._lapsed_text(lapsed)
            add_finding(self.list, severity_icon("warning"), lapsed_text, lapsed, None)
        for alert in shown[0]:
            icon = severity_icon(alert.severity)
            add_finding(self.list, icon, self._text(alert), alert, alert.source)
        actionable = [row for row, item in enumerate(self._items()) if _to_act_on(item)]
        self.list.setCurrentRow(actionable[0] if actionable else -1)
        self.source.follow()
        self._update_buttons()

    def alerts(self) -> list[Alert]:
        """The alerts shown, in order (without the lapsed overrides)."""
        return [item for item in self._items() if not isinstance(item, LapsedOverride)]

    def lapsed(self) -> list[LapsedOverride]:
        return [item for item in self._items() if isinstance(item, LapsedOverride)]

    def _text(self, alert: Alert) -> str:
        lines = [f"{severity_word(alert.severity).upper()}: {alert_message(alert)}"]
        if alert.override_reason is not None:
            lines.append(self.tr("Overridden: %1").replace("%1", alert.override_reason))
        elif alert.acknowledged_reason is not None:
            lines.append(self.tr("Acknowledged: %1").replace("%1", alert.acknowledged_reason))
        elif needs_override(alert):
            lines.append(self.tr("Blocks the handout until overridden with a reason."))
        return "\n".join(lines)

    def _lapsed_text(self, lapsed: LapsedOverride) -> str:
        if lapsed.is_acknowledgement:
            return self._lapsed_acknowledgement_text(lapsed)
        if lapsed.can_override_again:
            why = self.tr("the alert changed — review it again")
        else:
            why = self.tr("the alert is no longer raised as a critical alert")
        head = self.tr("Your override no longer applies: %1.").replace("%1", why)
        lines = [head]
        if lapsed.alert_text is not None:
            lines.append(self.tr("You acknowledged: %1").replace("%1", lapsed.alert_text))
        lines.append(self.tr("Your reason was: %1").replace("%1", lapsed.override.reason))
        return "\n".join(lines)

    def _lapsed_acknowledgement_text(self, lapsed: LapsedOverride) -> str:
        if lapsed.can_acknowledge_again:
            why = self.tr("the warning changed — review it again")
        else:
            why = self.tr("it is no longer raised as a warning")
        lines = [self.tr("Your acknowledgement no longer applies: %1.").replace("%1", why)]
        if lapsed.alert_text is not None:
            lines.append(self.tr("You acknowledged: %1").replace("%1", lapsed.alert_text))
        lines.append(self.tr("Your reason was: %1").replace("%1", lapsed.override.reason))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        items, current = self._items(), self._current()
        self.override.setVisible(any(_overridable(item) is not None for item in items))
        self.override.setEnabled(current is not None and _overridable(current) is not None)
        chosen = current if current is not None and _withdrawable(current) else None
        chosen = chosen or next((item for item in items if _withdrawable(item)), None)
        described(
            self.withdraw,
            self.tr("Withdraw the acknowledgement of the selected warning")
            if chosen is not None and _is_acknowledgement(chosen)
            else self.tr("Withdraw the override of the selected alert: it blocks again"),
        )

    def _on_activated(self, item: QListWidgetItem) -> None:
        """Enter or double-click: override or acknowledge the alert, or give a new reason."""
        data: Alert | LapsedOverride = item.data(ITEM_ROLE)
        if isinstance(data, LapsedOverride) and data.is_acknowledgement:
            if data.can_acknowledge_again:
                self.acknowledge_requested.emit(data.alert)
            return
        alert = data.alert if isinstance(data, LapsedOverride) else data
        if alert is not None and alert.severity == "critical" and alert.overridable:
            self.override_requested.emit(alert)
        elif alert is not None and alert.severity == "warning":
            self.acknowledge_requested.emit(alert)

    def _on_override_clicked(self) -> None:
        current = self._current()
        alert = None if current is None else _overridable(current)
        if alert is not None:
            self.override_requested.emit(alert)


def _overridable(item: Alert | LapsedOverride) -> Alert | None:
    """The alert the Override button acts on for `item`, if any."""
    if isinstance(item, LapsedOverride):
        return item.alert if item.can_override_again else None
    return item if needs_override(item) else None


def _acknowledgeable(item: Alert | LapsedOverride) -> Alert | None:
    """The warning the Acknowledge button acts on for `item`, if any."""
    if isinstance(item, LapsedOverride):
        return item.alert if item.can_acknowledge_again else None
    return item if needs_acknowledgement(item) else None


def _is_acknowledgement(item: Alert | LapsedOverride) -> bool:
    if isinstance(item, LapsedOverride):
        return item.is_acknowledgement
    return item.acknowledged_reason is not None


def _withdrawable(item: Alert | LapsedOverride) -> bool:
    if isinstance(item, LapsedOverride):
        return True
    return item.override_reason is not None or item.acknowledged_reason is not None


def _to_act_on(item: Alert | LapsedOverride) -> bool:
    """Selected first: a lapsed override, else an alert that blocks the handout."""
    return isinstance(item, LapsedOverride) or needs_override(item)
