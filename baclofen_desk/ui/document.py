"""The plan being edited: the form's draft, the clinician's overrides, the plan made from them.

Every edit re-plans at once. When the draft is invalid the last valid plan is
kept and marked stale, together with the model's messages per field. The plan
is modified while what it holds differs from what was last opened or saved, so
an edit that ends where it started (a value typed again) leaves it unmodified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from baclofen_desk.core.models import Override
from baclofen_desk.core.planner import build_plan
from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.request_draft import build_request

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, Plan, PlanRequest
    from baclofen_desk.ui.request_draft import Draft


#: What a plan file holds of the document: the form's values, the handout, the overrides.
_Content = tuple["Draft | None", HandoutChoices, tuple[Override, ...]]


@dataclass(frozen=True)
class PlanState:
    """What the views show: the plan (if any), whether it is stale, and the field errors."""

    plan: Plan | None = None
    stale: bool = False
    errors: Mapping[str, str] = field(default_factory=dict)


class PlanDocument(QObject):
    """Holds the request, the plan, the handout choices and the file state."""

    state_changed = Signal(object)  # PlanState
    modified_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None

    def __init__(self, knowledge: Knowledge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.knowledge = knowledge
        self.state = PlanState()
        self.request: PlanRequest | None = None
        self.handout = HandoutChoices()
        self.overrides: tuple[Override, ...] = ()
        self.path: Path | None = None
        self.modified = False
        self._draft: Draft | None = None
        self._saved: _Content | None = None  # None: differs from the file whatever it holds

    def edit(self, draft: Draft) -> None:
        """The form changed: re-plan now (nothing to do when no value changed)."""
        if draft == self._draft:
            return
        self._draft = draft
        self._replan()
        self._update_modified()

    def set_handout(self, handout: HandoutChoices) -> None:
        if handout != self.handout:
            self.handout = handout
            self._update_modified()

    def set_override(self, alert: Alert, reason: str) -> None:
        """Acknowledge `alert` as it reads now with a reason (replaces an earlier override of it).

        The override lapses as soon as the alert says something else.
        """
        override = Override(code=alert.code, reason=reason, acknowledged_message=alert.message)
        self._set_overrides((*self._overrides_but(alert.code), override))

    def withdraw_override(self, code: str) -> None:
        """Take back the override of the alert `code`: it blocks the handout again."""
        self._set_overrides(self._overrides_but(code))

    def _overrides_but(self, code: str) -> tuple[Override, ...]:
        return tuple(o for o in self.overrides if o.code != code)

    def _set_overrides(self, overrides: tuple[Override, ...]) -> None:
        if overrides != self.overrides:
            self.overrides = overrides
            self._replan()
            self._update_modified()

    def reset(
        self,
        draft: Draft,
        handout: HandoutChoices,
        overrides: tuple[Override, ...] = (),
        path: Path | None = None,
    ) -> None:
        """Start over from a new or opened plan (not modified)."""
        self._draft, self.handout, self.overrides = draft, handout, overrides
        self.request = None
        self.state = PlanState()
        self._replan()
        self.set_path(path)
        self.set_modified(False)

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit(path)

    def set_modified(self, modified: bool) -> None:
        """Mark the plan as differing from its file (True) or as the file's content (False)."""
        self._saved = None if modified else self._content()
        self._update_modified()

    def _content(self) -> _Content:
        return self._draft, self.handout, self.overrides

    def _update_modified(self) -> None:
        modified = self._content() != self._saved
        if modified != self.modified:
            self.modified = modified
            self.modified_changed.emit(modified)

    def _replan(self) -> None:
        if self._draft is None:
            return
        result = build_request(self._draft, self.overrides)
        if result.request is None:
            self.state = PlanState(self.state.plan, self.state.plan is not None, result.errors)
        else:
            self.request = result.request
            self.state = PlanState(build_plan(result.request, self.knowledge))
        self.state_changed.emit(self.state)
