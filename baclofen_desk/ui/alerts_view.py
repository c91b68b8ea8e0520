"""The plan's alerts, most severe first: severity icon and word, message, source, override."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.ui.severity import severity_icon, severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Plan

ALERT_ROLE = Qt.ItemDataRole.UserRole


def needs_override(alert: Alert) -> bool:
    return alert.blocking and alert.overridable


class AlertsView(QWidget):
    """A list of alerts; activating a critical one asks for an override."""

    override_requested = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Alerts"))
        self.override = QPushButton(self.tr("O&verride critical alert…"))
        self.override.setEnabled(False)
        self.override.setVisible(False)
        title = QLabel(self.tr("Alerts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.override)
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(self._update_button)
        self.override.clicked.connect(self._on_override_clicked)

    def show_plan(self, plan: Plan | None) -> None:
        """List the plan's alerts (left alone when they are the ones already shown)."""
        if plan is not None and list(plan.alerts) == self.alerts():
            return
        self.list.clear()
        for alert in plan.alerts if plan is not None else ():
            item = QListWidgetItem(severity_icon(alert.severity), self._text(alert), self.list)
            item.setData(ALERT_ROLE, alert)
            item.setToolTip(alert.code)
        blocking = [row for row, a in enumerate(self.alerts()) if needs_override(a)]
        self.list.setCurrentRow(blocking[0] if blocking else -1)
        self._update_button()

    def alerts(self) -> list[Alert]:
        """The alerts shown, in order."""
        return [self.list.item(row).data(ALERT_ROLE) for row in range(self.list.count())]

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _text(self, alert: Alert) -> str:
        lines = [f"{severity_word(alert.severity).upper()}: {alert.message}"]
        lines.append(self.tr("Source: %1").replace("%1", alert.source))
        if alert.override_reason is not None:
            lines.append(self.tr("Overridden: %1").replace("%1", alert.override_reason))
        elif needs_override(alert):
            lines.append(self.tr("Blocks the handout until overridden with a reason."))
        return "\n".join(lines)

    def _current_alert(self) -> Alert | None:
        item = self.list.currentItem()
        return None if item is None else cast("Alert", item.data(ALERT_ROLE))

    def _update_button(self) -> None:
        alert = self._current_alert()
        self.override.setVisible(any(needs_override(a) for a in self.alerts()))
        self.override.setEnabled(alert is not None and needs_override(alert))

    def _on_activated(self, item: QListWidgetItem) -> None:
        alert: Alert = item.data(ALERT_ROLE)
        if alert.severity == "critical" and alert.overridable:
            self.override_requested.emit(alert)

    def _on_override_clicked(self) -> None:
        alert = self._current_alert()
        if alert is not None:
            self.override_requested.emit(alert)
