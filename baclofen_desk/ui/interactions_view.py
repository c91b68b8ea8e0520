"""Interactions with baclofen, and whether the check is complete.

"No interactions" is said only when every medication was recognised: an
unrecognised line makes the check incomplete, and the view says so first. The source of
the selected interaction is shown below the list. A major
interaction can be acknowledged with a reason (the plan does not change) and the
acknowledgement withdrawn; one that lapsed because the interaction changed is said
plainly, above the interactions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QVBoxLayout, QWidget

from baclofen_desk.core.models import Interaction
from baclofen_desk.core.plan_state import (
    LapsedOverride,
    interaction_needs_acknowledgement,
    lapsed_overrides,
)
from baclofen_desk.ui.finding_list import ITEM_ROLE, FindingPane, add_finding, described
from baclofen_desk.ui.knowledge_texts import interaction_texts
from baclofen_desk.ui.severity import severity_icon, severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan

_Item = Interaction | LapsedOverride


class InteractionsView(FindingPane):
    """A status line, one item per interaction, and Acknowledge and Withdraw buttons
    (`acknowledge_requested` carries a major interaction)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Interactions"),
            self.tr(
                "Acknowledge the selected major interaction with a reason; the plan does not "
                "change."
            ),
            _acknowledgeable,
            _withdrawable,
            parent,
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        described(
            self.withdraw, self.tr("Withdraw the acknowledgement of the selected interaction")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge)
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        title = QLabel(self.tr("Interactions"))
        heading = QHBoxLayout()  # the status beside the title: one line more for the list
        heading.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.source)
        layout.addLayout(buttons)
        self._shown: tuple[str, tuple[_Item, ...]] | None = ("", ())
        layout.addStretch(0)
        self.list.itemActivated.connect(self._on_activated)
        self._update_buttons()

    def show_plan(self, plan: Plan | None) -> None:
        """Say whether the check is complete and list the interactions (once per change)."""
        shown = None if plan is None else (self._status(plan), _items_of(plan))
        if shown == self._shown:
            return
        self._shown = shown
        current = self._current()
        kept = None if current is None else current.code  # the row stays chosen after a change
        self.list.clear()
        self.list.setVisible(shown is not None and bool(shown[1]))
        if plan is None or shown is None:
            self.status.setText("—")
            self._update_buttons()
            return
        self.status.setText(shown[0])
        for item in shown[1]:
            if isinstance(item, LapsedOverride):
                lapsed_text = self._lapsed_text(item)
                add_finding(self.list, severity_icon("warning"), lapsed_text, item, None)
            else:
                icon = severity_icon(item.severity)
                add_finding(self.list, icon, self._text(item), item, item.source)
        codes = [item.code for item in self._items()]
        self.list.setCurrentRow(codes.index(kept) if kept in codes else -1)
        self.source.follow()
        self._update_buttons()

    def interactions(self) -> list[Interaction]:
        """The interactions shown, in order (without the lapsed acknowledgements)."""
        return [item for item in self._items() if isinstance(item, Interaction)]

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
        if interaction.acknowledged_reason is not None:
            reason = interaction.acknowledged_reason
            lines.append(self.tr("Acknowledged: %1").replace("%1", reason))
        return "\n".join(lines)

    def _lapsed_text(self, lapsed: LapsedOverride) -> str:
        if lapsed.can_acknowledge_again:
            why = self.tr("the interaction changed — review it again")
        else:
            why = self.tr("it is no longer found as a major interaction")
        lines = [self.tr("Your acknowledgement no longer applies: %1.").replace("%1", why)]
        lines.append(self.tr("Your reason was: %1").replace("%1", lapsed.override.reason))
        return "\n".join(lines)

    def _on_activated(self, item: QListWidgetItem) -> None:
        """Enter or double-click on a major interaction: acknowledge it (or give a new reason)."""
        data: _Item = item.data(ITEM_ROLE)
        interaction = data.interaction if isinstance(data, LapsedOverride) else data
        if interaction is not None and interaction.severity == "major":
            self.acknowledge_requested.emit(interaction)


def _items_of(plan: Plan) -> tuple[_Item, ...]:
    """The lapsed acknowledgements of interactions first, then the interactions."""
    lapsed = tuple(item for item in lapsed_overrides(plan) if item.about_interaction)
    return (*lapsed, *plan.interactions)


def _acknowledgeable(item: _Item) -> Interaction | None:
    """The interaction the Acknowledge button acts on for `item`, if any."""
    if isinstance(item, LapsedOverride):
        return item.interaction if item.can_acknowledge_again else None
    return item if interaction_needs_acknowledgement(item) else None


def _withdrawable(item: _Item) -> bool:
    return isinstance(item, LapsedOverride) or item.acknowledged_reason is not None
