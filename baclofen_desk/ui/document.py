"""The plan being edited: the form's draft, the clinician's overrides and acknowledgements,
the plan made from them.

Every edit re-plans at once. When the draft is invalid the last valid plan is
kept and marked stale, together with the model's messages per field. The plan
is modified while what it holds differs from what was last opened or saved, so
an edit that ends where it started (a value typed again) leaves it unmodified.
A plan opened from a file saved under other rules says so until it is saved again.
Every change of the content is reported once, with the content before and after
(`content_changed`), so that it can be undone; `restore` puts back such content.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from baclofen_desk.core.models import Interaction, Override
from baclofen_desk.core.planner import build_plan
from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.request_draft import build_request

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, DoseStep, Plan, PlanRequest
    from baclofen_desk.ui.request_draft import Draft


@dataclass(frozen=True)
class PlanContent:
    """What a plan file holds of the document: the form's values, the handout, the overrides.

    Frozen values held by reference, so keeping one per edit costs next to nothing.
    """

    draft: Draft | None
    handout: HandoutChoices
    overrides: tuple[Override, ...] = ()


def override_for(item: Alert | Interaction, reason: str) -> Override:
    """The override of a critical alert, or the acknowledgement of a warning or major
    interaction, that answers `item` as it reads now."""
    if isinstance(item, Interaction):
        return Override(
            code=item.code,
            reason=reason,
            acknowledged_message=item.acknowledged_text,
            acknowledged_severity="major",
        )
    return Override(
        code=item.code,
        reason=reason,
        acknowledged_message=item.message,
        acknowledged_severity="critical" if item.severity == "critical" else "warning",
    )


@dataclass(frozen=True)
class PlanState:
    """What the views show: the plan (if any), whether it is stale, and the field errors.

    `rules_change` is (rules the file was saved under, current rules) while they differ
    and the plan has not been saved since it was opened.
    """

    plan: Plan | None = None
    stale: bool = False
    errors: Mapping[str, str] = field(default_factory=dict)
    rules_change: tuple[str, str] | None = None


class PlanDocument(QObject):
    """Holds the request, the plan, the handout choices and the file state."""

    state_changed = Signal(object)  # PlanState
    modified_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None
    content_changed = Signal(object, object)  # PlanContent before, after: one edit
    content_reset = Signal()  # a new or opened plan: earlier edits are gone
    saved_changed = Signal(bool)  # True: the content now is the file's; False: none is

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
        self._saved: PlanContent | None = None  # None: differs from the file whatever it holds
        self._file_rules: str | None = None  # rules the opened file was saved under
        #: The opened file's steps and rules: the record a visit keeps while nothing changed.
        self.file_record: tuple[tuple[DoseStep, ...], str] | None = None

    def edit(self, draft: Draft) -> None:
        """The form changed: re-plan now (nothing to do when no value changed)."""
        if draft == self._draft:
            return
        before = self._content()
        self._draft = draft
        self._replan()
        self._changed(before)

    def set_handout(self, handout: HandoutChoices) -> None:
        if handout != self.handout:
            before = self._content()
            self.handout = handout
            self._changed(before)

    def set_override(self, item: Alert | Interaction, reason: str) -> None:
        """Answer `item` as it reads now with a reason (replaces an earlier answer to it).

        A critical alert is overridden (the plan may be printed); a warning or a major
        interaction is acknowledged (nothing else changes). Either lapses as soon as the
        item says something else.
        """
        self._set_overrides((*self._overrides_but(item.code), override_for(item, reason)))

    def withdraw_override(self, code: str) -> None:
        """Take back the override or acknowledgement of `code` (a critical alert blocks again)."""
        self._set_overrides(self._overrides_but(code))

    def _overrides_but(self, code: str) -> tuple[Override, ...]:
        return tuple(o for o in self.overrides if o.code != code)

    def _set_overrides(self, overrides: tuple[Override, ...]) -> None:
        if overrides != self.overrides:
            before = self._content()
            self.overrides = overrides
            self._replan()
            self._changed(before)

    def _changed(self, before: PlanContent) -> None:
        self.content_changed.emit(before, self._content())
        self._update_modified()

    def restore(self, content: PlanContent) -> None:
        """Put back content an undo or redo returns to (re-planned; not a new edit)."""
        self._draft = content.draft
        self.handout, self.overrides = content.handout, content.overrides
        self._replan()
        self._update_modified()

    def reset(
        self,
        draft: Draft,
        handout: HandoutChoices,
        overrides: tuple[Override, ...] = (),
        path: Path | None = None,
        file_rules: str | None = None,
        file_steps: tuple[DoseStep, ...] = (),
    ) -> None:
        """Start over from a new or opened plan (not modified); `file_rules`, `file_steps`:
        the rules it was saved under and the steps it was saved with."""
        self._draft, self.handout, self.overrides = draft, handout, overrides
        self._file_rules = file_rules
        self.file_record = (file_steps, file_rules) if file_steps and file_rules else None
        self.request = None
        self.state = PlanState()
        self._replan()
        self.set_path(path)
        self.set_modified(False)
        self.content_reset.emit()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit(path)

    def mark_saved(self, path: Path) -> None:
        """The plan was written to `path` under the current rules."""
        self._file_rules = None
        self.file_record = None  # the file now holds the steps shown
        if self.state.rules_change is not None:
            self.state = replace(self.state, rules_change=None)
            self.state_changed.emit(self.state)
        self.set_path(path)
        self.set_modified(False)

    def set_modified(self, modified: bool) -> None:
        """Mark the plan as differing from its file (True) or as the file's content (False)."""
        self._saved = None if modified else self._content()
        self.saved_changed.emit(not modified)
        self._update_modified()

    def _content(self) -> PlanContent:
        return PlanContent(self._draft, self.handout, self.overrides)

    def _update_modified(self) -> None:
        modified = self._content() != self._saved
        if modified != self.modified:
            self.modified = modified
            self.modified_changed.emit(modified)

    def _replan(self) -> None:
        if self._draft is None:
            return
        result = build_request(self._draft, self.overrides)
        change = self._rules_change()
        if result.request is None:
            plan = self.state.plan
            self.state = PlanState(plan, plan is not None, result.errors, change)
        else:
            self.request = result.request
            self.state = PlanState(build_plan(result.request, self.knowledge), rules_change=change)
        self.state_changed.emit(self.state)

    def _rules_change(self) -> tuple[str, str] | None:
        current = self.knowledge.version
        saved = self._file_rules
        return None if saved is None or saved == current else (saved, current)
