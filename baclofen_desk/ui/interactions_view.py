"""Interactions with baclofen, and whether the check is complete.

"No interactions" is said only when every medication was recognised: an
unrecognised line makes the check incomplete, and the view says so first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from baclofen_desk.ui.knowledge_texts import interaction_texts
from baclofen_desk.ui.severity import severity_icon, severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Interaction, Plan


class InteractionsView(QWidget):
    """A status line and one item per interaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAccessibleName(self.tr("Interactions"))
        title = QLabel(self.tr("Interactions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self._shown: tuple[str, tuple[Interaction, ...]] | None = ("", ())
        layout.addStretch(0)

    def show_plan(self, plan: Plan | None) -> None:
        """Say whether the check is complete and list the interactions (once per change)."""
        shown = None if plan is None else (self._status(plan), plan.interactions)
        if shown == self._shown:
            return
        self._shown = shown
        self.list.clear()
        self.list.setVisible(plan is not None and bool(plan.interactions))
        if plan is None:
            self.status.setText("—")
            return
        self.status.setText(self._status(plan))
        for interaction in plan.interactions:
            icon = severity_icon(interaction.severity)
            QListWidgetItem(icon, self._text(interaction), self.list)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _status(self, plan: Plan) -> str:
        if not plan.request.medications:
            return self.tr("No medications entered.")
        if plan.unrecognized_medications:
            names = ", ".join(plan.unrecognized_medications)
            return self.tr("Check incomplete: not recognised: %1. Check these by hand.").replace(
                "%1", names
            )
        if not plan.interaction_check_complete:
            return self.tr("Check incomplete: the drug dictionary is not available.")
        if not plan.interactions:
            return self.tr("No interactions found with the medications entered.")
        return self.tr("%1 interaction(s) found.").replace("%1", str(len(plan.interactions)))

    def _text(self, interaction: Interaction) -> str:
        label, effect, advice, reasons = interaction_texts(interaction)
        head = f"{severity_word(interaction.severity).upper()}: {interaction.drug} ({label})"
        lines = [f"{head} — {interaction.input}"]
        if effect:
            lines.append(effect)
        lines.append(advice)
        if reasons:
            lines.append(self.tr("More severe because: %1").replace("%1", reasons))
        lines.append(self.tr("Source: %1").replace("%1", interaction.source))
        return "\n".join(lines)
