"""Record visit…: the current plan goes to the history and a new plan starts (policy P10).

Does what `plan --plan-file … --visit` does (cli_shaping): the plan as computed
now, with its steps and review date, becomes a history entry unchanged
(core.visits.history_entry) and the new request starts on the visit date from
the dose taken (core.visits.after_visit), without the earlier plan's overrides and
acknowledgements (the new plan's alerts need their own reasons, as at `--visit`).
The new values go into the Plan section and take the normal path of an edit; with
the overrides dropped, that is one undo step.
"""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.core.models import MAX_HISTORY
from baclofen_desk.core.visits import after_visit, dose_on, earliest_visit, history_entry
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.history_view import history_words
from baclofen_desk.ui.request_draft import draft_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from baclofen_desk.core.models import DoseStep, Plan, PlanRequest
    from baclofen_desk.core.visit_models import Visit
    from baclofen_desk.ui.document import PlanDocument
    from baclofen_desk.ui.editor import Editor


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def request_after(
    plan: Plan, visit: Visit, record: tuple[tuple[DoseStep, ...], str] | None = None
) -> PlanRequest:
    """The new plan's request after `visit` (raises the models' ValidationError); `record`:
    the steps and rules the plan was saved with, kept instead of the steps shown."""
    steps, rules = record or (plan.steps, plan.rules_version)
    entry = history_entry(
        plan.request, steps, visit, review_date=plan.review_date, rules_version=rules
    )
    return after_visit(plan.request, entry)


class VisitActions:
    """Offers Record visit… while there is a valid, up-to-date plan, and records the visit."""

    def __init__(
        self,
        parent: QWidget,
        document: PlanDocument,
        editor: Editor,
        action: QAction,
        today: Callable[[], dt.date] = dt.date.today,
        one_edit: Callable[[str], AbstractContextManager[None]] = lambda text: nullcontext(),
    ) -> None:
        """`one_edit(text)`: the undo step the changes made inside are (UndoHistory)."""
        self._parent = parent
        self._one_edit = one_edit
        self._document = document
        self._editor = editor
        self._action = action
        self.today = today
        self._offered = action.toolTip()
        action.triggered.connect(self.ask)
        document.state_changed.connect(self.update)
        self.update()

    def plan(self) -> Plan | None:
        """The plan a visit would follow, or None while there is no valid, up-to-date one."""
        state = self._document.state
        if state.plan is None or state.stale or not state.plan.steps:
            return None
        return state.plan

    def unavailable(self) -> str | None:
        """Why no visit can be recorded now, or None when one can."""
        plan = self.plan()
        state = self._document.state
        if plan is None and state.plan is not None and not state.stale:
            return _tr("Record a visit once there is a plan: the alerts say why none was made.")
        if plan is None:
            return _tr("Record a visit once the plan is valid: fix the marked fields first.")
        if len(plan.history) >= MAX_HISTORY:
            return _tr("This plan already holds the most visits a plan can (%1).").replace(
                "%1", str(MAX_HISTORY)
            )
        return None

    def update(self) -> None:
        """Enable the action, or disable it saying why."""
        reason = self.unavailable()
        self._action.setEnabled(reason is None)
        self._action.setToolTip(reason or self._offered)
        self._action.setStatusTip(reason or self._offered)

    def ask(self) -> None:
        """The Record visit dialog; an accepted visit is recorded."""
        plan = self.plan()
        if plan is None or self.unavailable() is not None:
            return
        visit = dialogs.ask_visit(
            self._parent,
            history_words(self._document.knowledge).outcomes,
            earliest_visit(plan.request),
            self.today(),
            lambda day: dose_on(plan, day),
            lambda entered: request_after(plan, entered, self._record()),
        )
        if visit is not None:
            self.record_visit(visit)

    def _record(self) -> tuple[tuple[DoseStep, ...], str] | None:
        """The opened file's steps, while the plan is as opened (as `--visit` keeps them)."""
        document = self._document
        return None if document.modified else document.file_record

    def record_visit(self, visit: Visit) -> bool:
        """Record `visit` as one change of the request; False when there is no plan to follow.

        The new request's plan values go into the Plan section, which emits the change
        (editor → document), and the History page shows the visit.
        """
        plan = self.plan()
        if plan is None:
            return False
        request = request_after(plan, visit, self._record())
        with self._one_edit(_tr("Record visit")):
            for override in self._document.overrides:
                self._document.withdraw_override(override.code)
            self._editor.load_plan(draft_of(request).plan)
        self._editor.show_history()
        return True
