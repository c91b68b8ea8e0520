"""What the alerts and the interactions panes share: a list of findings, each with its
source on a line below the list for the one selected (and in its tool tip).

The source moved out of each item so that a typical plan's findings fit without
scrolling; it stays one glance away, and a screen reader reads it as the item's
description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QIcon, QResizeEvent


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


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


#: Pixels a finding's text is measured narrower than its room, for the margins the style
#: keeps around an item's icon and text (too narrow leaves a little room below the text;
#: too wide would cut its last line short).
TEXT_SLACK = 12
#: How many measured findings a list remembers (the same text at the same width again).
SIZES_KEPT = 256


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each finding for the lines its text wraps to in the list's width.

    Qt's own measure can come out a line short: under X11 at 1024x700 a warning of the
    older adult's plan was painted ending in "…" (it was measured while the list was a
    little wider, just after the window was resized). An alert must be read whole, so
    each text is measured a little narrower than its room.
    """

    def __init__(self, shown: QListWidget) -> None:
        super().__init__(shown)
        self._list = shown
        self._sizes: dict[tuple[str, int], QSize] = {}  # (text, list width): its size

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = (str(index.data()), self._list.viewport().width())
        if key not in self._sizes:
            if len(self._sizes) > SIZES_KEPT:
                self._sizes.clear()
            self._sizes[key] = self._measured(option, index)
        return self._sizes[key]

    def _measured(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self._list.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._list) + 1
        icon = item.decorationSize.width() + 2 * margin if not item.icon.isNull() else 0
        width = self._list.viewport().width() - icon - 2 * margin - TEXT_SLACK
        if width <= 0:
            return size
        flags = Qt.TextFlag.TextWordWrap
        text = item.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text)
        return QSize(size.width(), max(size.height(), text.height() + 2 * margin))


def finding_list(name: str) -> QListWidget:
    """A word-wrapping list that scrolls by pixel, named for screen readers, its scroll bar
    always shown."""
    shown = QListWidget()
    shown.setWordWrap(True)
    shown.setSpacing(2)
    shown.setAlternatingRowColors(True)
    shown.setResizeMode(QListWidget.ResizeMode.Adjust)
    shown.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # Items are measured for the width they wrap to; a scroll bar that came and went
    # would narrow them after the measuring, and their last line would be cut short.
    shown.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    shown.setAccessibleName(name)
    shown.setItemDelegate(WrappingDelegate(shown))
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


class FindingPane(QWidget):
    """A list of findings, the source of the selected one, and Acknowledge… and Withdraw
    buttons that act on the selected finding (each shown while some finding allows it).

    `acknowledgeable(item)` gives what Acknowledge… answers for an item (None: nothing),
    `withdrawable(item)` whether the item holds an answer that can be taken back.
    """

    acknowledge_requested = Signal(object)  # the alert or interaction to acknowledge
    withdraw_requested = Signal(str)  # code of the finding whose answer is withdrawn

    def __init__(
        self,
        name: str,
        acknowledge_description: str,
        acknowledgeable: Callable[[Any], object | None],
        withdrawable: Callable[[Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._acknowledgeable = acknowledgeable
        self._withdrawable = withdrawable
        self.list = finding_list(name)
        self.source = SourceLine(self.list)
        self.acknowledge = QPushButton(_tr("Acknowledge…"))
        described(self.acknowledge, acknowledge_description)
        self.withdraw = QPushButton(_tr("Withdraw"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.acknowledge.clicked.connect(self._on_acknowledge_clicked)
        self.withdraw.clicked.connect(self._on_withdraw_clicked)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _items(self) -> list[Any]:
        return [self.list.item(row).data(ITEM_ROLE) for row in range(self.list.count())]

    def _current(self) -> Any:
        item = self.list.currentItem()
        return None if item is None else item.data(ITEM_ROLE)

    def _update_buttons(self) -> None:
        items, current = self._items(), self._current()
        acknowledgeable, withdrawable = self._acknowledgeable, self._withdrawable
        self.acknowledge.setVisible(any(acknowledgeable(item) is not None for item in items))
        self.acknowledge.setEnabled(current is not None and acknowledgeable(current) is not None)
        self.withdraw.setVisible(any(withdrawable(item) for item in items))
        self.withdraw.setEnabled(current is not None and withdrawable(current))

    def _on_acknowledge_clicked(self) -> None:
        current = self._current()
        finding = None if current is None else self._acknowledgeable(current)
        if finding is not None:
            self.acknowledge_requested.emit(finding)

    def _on_withdraw_clicked(self) -> None:
        current = self._current()
        if current is not None and self._withdrawable(current):
            self.withdraw_requested.emit(current.code)
