"""Undo and redo of every edit of the plan, over one `QUndoStack` (Edit → Undo / Redo).

The document reports each change of its content (a typed field, a tick, a
medication line, a table edit, a visit, an override) with the content before and
after; each becomes one command holding both, by reference (frozen values).
Undo and redo put that content back into the form (`Editor.load`, which sends no
change signals) and into the document (re-planned), so they make no command of
their own. Keystrokes typed into one field in a row merge into one command;
moving the focus, an undo or a redo ends the run. Changes that belong together
(a table edit and the override it needed) are made inside `as_one_edit`; a change
that says what it does before it is made (`name_next`, "Hold step 3") is named so.

Opening or creating a plan clears the stack; saving makes the current command the
clean one. The document alone says whether the plan is modified (its content
differs from the saved content), so undoing back to the saved plan takes the
star away.

Ctrl+Z belongs to this stack in every field of the window: a text field's own
undo would change the text behind the stack's back (and come back as a new
edit), so the field in focus hands the Undo and Redo keys to the stack.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from baclofen_desk.ui.shaping_controls import REPLACED_BY_SCHEDULE
from baclofen_desk.ui.undo_texts import Change, ChangeNames

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.ui.document import PlanContent, PlanDocument
    from baclofen_desk.ui.editor import Editor

# The id every edit command shares (Qt merges only commands of one id; the key decides).
EDIT_COMMAND = 1
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


class EditCommand(QUndoCommand):
    """One edit: the document's content before and after it."""

    def __init__(
        self,
        history: UndoHistory,
        before: PlanContent,
        after: PlanContent,
        text: str | None = None,
    ) -> None:
        """`text`: the edit's name, when not the one its change gets (`ChangeNames`); the
        field it changed is still the change's."""
        change = history.names.of(before, after)
        if text:
            change = Change(text, field=change.field)
        super().__init__(change.text)
        self.before, self.after = before, after
        self.merge_key = change.merge_key
        self.field = change.field
        self.run = history.run
        self._history = history
        self._done = True  # pushed after the edit was made: the first redo has nothing to do

    def id(self) -> int:
        return -1 if self.merge_key is None else EDIT_COMMAND

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the next keystroke typed into the same field in the same run."""
        if not (
            isinstance(other, EditCommand)
            and other.merge_key == self.merge_key
            and other.run == self.run
            and other.before == self.after
        ):
            return False
        self.after = other.after
        self.setText(self._history.names.of(self.before, self.after).text)
        self.setObsolete(self.after == self.before)  # typed back to where it started
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._history.apply(self.after, self.field, self.before)

    def undo(self) -> None:
        self._history.apply(self.before, self.field, self.after)


class UndoHistory(QObject):
    """The window's undo stack over the document's content."""

    def __init__(
        self, document: PlanDocument, editor: Editor, knowledge: Knowledge, window: QWidget
    ) -> None:
        super().__init__(window)
        self.stack = QUndoStack(self)
        self.names = ChangeNames(knowledge)
        self.run = 0  # keystrokes merge within one run: a focus change or an undo ends it
        self._document = document
        self._editor = editor
        self._window = window
        self._applying = False
        self._group: list[tuple[PlanContent, PlanContent]] | None = None  # in `as_one_edit`
        self._next_name: str | None = None  # `name_next`: the name of the change being made
        self._focus: QWidget | None = None  # the field whose Undo keys go to the stack
        document.content_changed.connect(self._record)
        document.content_reset.connect(self.stack.clear)
        document.saved_changed.connect(self._follow_saved)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def drive(self, undo: QAction, redo: QAction) -> None:
        """Make `undo` and `redo` act on the stack, named after the edit ("Undo Change age")."""
        stack = self.stack
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        #: Edit menu; %1 is the name of the edit, e.g. "Change age"
        _follow(undo, stack.canUndo(), stack.canUndoChanged, stack.undoTextChanged, _tr("&Undo %1"))
        _follow(redo, stack.canRedo(), stack.canRedoChanged, stack.redoTextChanged, _tr("&Redo %1"))

    def name_next(self, text: str) -> None:
        """The change about to be made is called `text` ("Hold step 3"), not the name its
        content would give ("Edit schedule"); inside `as_one_edit`, the whole step is."""
        self._next_name = text

    @contextmanager
    def as_one_edit(self, text: str | None = None) -> Iterator[None]:
        """The document changes made inside are one undo step named `text` (or as
        `name_next` said inside; a table edit and the override it needed); nothing changed
        inside leaves no step."""
        if self._group is not None:  # inside another group: part of that one
            yield
            return
        self._group, self._next_name = [], None
        try:
            yield
        finally:
            edits, self._group = self._group, None
            name, self._next_name = text or self._next_name, None
            if edits and edits[0][0] != edits[-1][1]:
                self.stack.push(EditCommand(self, edits[0][0], edits[-1][1], name))

    def take_back(self) -> None:
        """Put back the content `as_one_edit` started from, leaving no step (an edit whose
        override was declined)."""
        if self._group:
            start = self._group[0][0]
            self._group.clear()
            self.apply(start)

    def apply(
        self, content: PlanContent, field: str | None = None, other: PlanContent | None = None
    ) -> None:
        """Put `content` back into the form and the document (an undo or a redo), with the
        form `field` it changed in sight; `other`: the command's other side."""
        self.run += 1
        self._applying = True
        shaping = self._editor.plan.shaping
        replaced = _replaced_choices(other, shaping.replaced_choices())
        try:
            if content.draft is not None:
                self._editor.load(content.draft, content.handout)
                shaping.remember_replaced(replaced)  # what a reset gives back, as before
            self._document.restore(content)
        finally:
            self._applying = False
        if field is not None:
            self._editor.show_field(field)

    def _record(self, before: PlanContent, after: PlanContent) -> None:
        if self._group is not None:
            self._group.append((before, after))
        elif not self._applying:
            name, self._next_name = self._next_name, None
            self.stack.push(EditCommand(self, before, after, name))

    def _follow_saved(self, saved: bool) -> None:
        if saved:
            self.stack.setClean()
        else:
            self.stack.resetClean()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self.run += 1
        if self._focus is not None and isValid(self._focus):  # a line may have gone
            self._focus.removeEventFilter(self)
        self._focus = None
        if new is not None and self._window.isAncestorOf(new):
            new.installEventFilter(self)
            self._focus = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Undo and Redo pressed in a field act on the stack, never on the field's own text."""
        if event.type() not in KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if not any(event.matches(key) for key in UNDO_KEYS):
            return False
        event.accept()  # as a shortcut override: the key comes back as a key press, below
        if event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.stack.undo()
            else:
                self.stack.redo()
        return True


def _replaced_choices(other: PlanContent | None, remembered: dict[str, Any]) -> dict[str, Any]:
    """The choices an own schedule replaced: those of the command's other side when it had
    none (the edit that made it, the reset that ended it), else those remembered."""
    plan = None if other is None or other.draft is None else other.draft.plan
    if plan is None or plan.get("schedule") is not None:
        return remembered
    return {name: plan.get(name) for name in REPLACED_BY_SCHEDULE}


def _follow(
    action: QAction,
    enabled: bool,
    can_changed: SignalInstance,
    text_changed: SignalInstance,
    template: str,
) -> None:
    """`action` enabled while the stack can go that way, its text naming the edit it would
    undo or redo ("&Undo Change age"); its own text ("&Undo") while there is none."""
    plain = action.text()
    action.setEnabled(enabled)
    can_changed.connect(action.setEnabled)
    text_changed.connect(
        lambda command: action.setText(template.replace("%1", command) if command else plain)
    )
