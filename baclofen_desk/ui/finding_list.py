"""What the alerts and the interactions panes share: a list of findings, each with its
source on a line below the list for the one selected (and in its tool tip).

The source moved out of each item so that a typical plan's findings fit without
scrolling; it stays one glance away, and a screen reader reads it as the item's
description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QSizePolicy

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QResizeEvent
    from PySide6.QtWidgets import QWidget


def source_text(source: str) -> str:
    return QCoreApplication.translate("FindingList", "Source: %1").replace("%1", source)


#: Item data: the finding (alert, interaction or lapsed override) an item shows.
ITEM_ROLE = Qt.ItemDataRole.UserRole
#: The source of an item, in words ("" for an item without one).
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


def described(widget: QWidget, description: str) -> None:
    """What a short button does, as tool tip and for screen readers."""
    widget.setToolTip(description)
    widget.setAccessibleDescription(description)


def finding_list(name: str) -> QListWidget:
    """A word-wrapping list that scrolls by pixel, named for screen readers."""
    shown = QListWidget()
    shown.setWordWrap(True)
    shown.setSpacing(2)
    shown.setAlternatingRowColors(True)
    shown.setResizeMode(QListWidget.ResizeMode.Adjust)
    shown.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    shown.setAccessibleName(name)
    return shown


def add_finding(
    shown: QListWidget, icon: QIcon, text: str, data: object, source: str | None
) -> QListWidgetItem:
    """One item: its text, its data, and its source as tool tip and description."""
    item = QListWidgetItem(icon, text, shown)
    item.setData(ITEM_ROLE, data)
    cited = "" if source is None else source_text(source)
    item.setData(SOURCE_ROLE, cited)
    if cited:
        item.setToolTip(cited)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, cited)
    return item


class SourceLine(QLabel):
    """The source of the selected finding, on one line below the list (cut short with "…"
    where it is longer; the whole of it in the tool tip and for a screen reader)."""

    def __init__(self, shown: QListWidget) -> None:
        super().__init__()
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._list = shown
        self._full = ""
        shown.currentItemChanged.connect(self.follow)
        self.follow()

    def full_text(self) -> str:
        return self._full

    def follow(self) -> None:
        item = self._list.currentItem()
        self._full = "" if item is None else str(item.data(SOURCE_ROLE) or "")
        self.setToolTip(self._full)
        self.setAccessibleName(self._full)
        self._fit()
        self.setVisible(bool(self._full))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.contentsRect().width(), 1)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
