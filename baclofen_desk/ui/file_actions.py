"""New, Open, Save, Save As: plan files in and out of the window, asking before changes are lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.storage import (
    SUFFIX,
    HandoutChoices,
    PlanFileError,
    load_plan_file,
    save_plan_file,
    with_suffix,
)
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.recent_files import forget, recent_files, remember
from baclofen_desk.ui.request_draft import Draft, draft_of
from baclofen_desk.ui.status_banner import rules_changed_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from baclofen_desk.core.models import DoseStep, Override
    from baclofen_desk.ui.document import PlanDocument
    from baclofen_desk.ui.editor import Editor
    from baclofen_desk.ui.preferences import Preferences


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def display_name(path: Path | None) -> str:
    """The plan's name for titles and questions."""
    return path.name.removesuffix(SUFFIX) if path else _tr("Untitled plan")


class FileActions:
    """Moves plans between files, the form and the document."""

    def __init__(
        self,
        parent: QWidget,
        document: PlanDocument,
        editor: Editor,
        preferences: Callable[[], Preferences],
    ) -> None:
        self._parent = parent
        self._document = document
        self._editor = editor
        self._preferences = preferences

    def new(self) -> None:
        if self.may_discard():
            self.start_new()

    def start_new(self) -> None:
        """An empty plan with the user's defaults; nothing clinical is filled in."""
        prefs = self._preferences()
        plan = {
            "mode": "titrate",
            "product": prefs.default_product,
            "dose_times": prefs.dose_times,
            "start": dt.date.today(),
        }
        handout = HandoutChoices(lang=prefs.language, large_print=prefs.large_print)
        self._show(Draft({}, plan), handout, (), None)
        self._editor.show_first_field()  # the first value typed is the age

    def open(self) -> bool:
        if not self.may_discard():
            return False
        folder = self._document.path.parent if self._document.path else _recent_folder()
        path = dialogs.ask_open_path(self._parent, folder)
        return path is not None and self.open_path(path)

    def open_requested(self, path: Path) -> bool:
        """Open a file chosen elsewhere (recent files, the Finder), asking first about changes."""
        return self.may_discard() and self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open `path`; a file that cannot be read is reported and changes nothing."""
        try:
            content = load_plan_file(path)
        except PlanFileError as exc:
            if not path.exists():
                forget(path)
            dialogs.show_error(self._parent, _tr("Cannot open plan"), str(exc))
            return False
        request = content.request
        self._show(
            draft_of(request),
            content.handout,
            request.overrides,
            path,
            content.rules_version,
            content.steps,
        )
        remember(path)
        change = self._document.state.rules_change
        if change is not None:
            saved = change[0]
            changes = self._document.knowledge.rules.changes_since(saved)
            notice = "\n\n".join((rules_changed_text(*change), *changes))
            dialogs.show_notice(self._parent, _tr("Rules changed"), notice)
        if self._document.request != request:
            self._document.set_modified(True)
            dialogs.show_error(
                self._parent,
                _tr("Check the plan"),
                _tr("Some values in %1 could not be shown exactly. Check the form.").replace(
                    "%1", path.name
                ),
            )
        return True

    def save(self) -> bool:
        path = self._document.path
        return self.save_as() if path is None else self._write(path)

    def save_as(self) -> bool:
        suggested = self._document.path or _recent_folder() / (display_name(None) + SUFFIX)
        path = dialogs.ask_save_path(self._parent, suggested)
        return path is not None and self._write(with_suffix(path))

    def may_discard(self) -> bool:
        """True when the current plan may be replaced (saved, discarded or unchanged)."""
        if not self._document.modified:
            return True
        choice = dialogs.ask_save_changes(self._parent, display_name(self._document.path))
        if choice == "save":
            return self.save()
        return choice == "discard"

    def _show(
        self,
        draft: Draft,
        handout: HandoutChoices,
        overrides: tuple[Override, ...],
        path: Path | None,
        file_rules: str | None = None,
        file_steps: tuple[DoseStep, ...] = (),
    ) -> None:
        self._editor.load(draft, handout)
        document = self._document
        document.reset(self._editor.draft(), handout, overrides, path, file_rules, file_steps)

    def _write(self, path: Path) -> bool:
        document = self._document
        if document.request is None or document.state.stale:
            dialogs.show_error(
                self._parent,
                _tr("Cannot save yet"),
                _tr("Fix the marked fields first: only a valid plan can be saved."),
            )
            return False
        try:
            save_plan_file(
                path,
                document.request,
                document.handout,
                rules_version=document.knowledge.version,
                steps=() if document.state.plan is None else document.state.plan.steps,  # as --save
            )
        except OSError as exc:
            dialogs.show_error(
                self._parent, _tr("Cannot save plan"), f"{path}: {exc.strerror or exc}"
            )
            return False
        document.mark_saved(path)
        remember(path)
        return True


def _recent_folder() -> Path:
    recent = recent_files()
    return recent[0].parent if recent else Path.home()
