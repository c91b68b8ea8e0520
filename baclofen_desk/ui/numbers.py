"""Numbers and dates as the window shows them (the user's locale, no trailing zeros)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

if TYPE_CHECKING:
    import datetime as dt


def number(value: float, decimals: int = 2) -> str:
    """7.5, 80, 26.67: at most `decimals` places, none that are zero."""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").removesuffix(point) if point in text else text


def day(value: dt.date) -> str:
    """A date that cannot be misread in any country: day, month name, year ("24 Nov 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def day_and_month(value: dt.date) -> str:
    """A short date without the year, for chart axes ("24 Nov")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")
