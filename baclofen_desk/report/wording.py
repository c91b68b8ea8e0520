"""Numbers, dates and clock times written the way the handout's language writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt

if TYPE_CHECKING:
    import datetime as dt
    from fractions import Fraction

    from baclofen_desk.core.handout_catalogue import Catalogue


#: A space where a line must not break ("5 mg" never ends a line after "5").
NBSP = "\u00a0"


class Wording:
    """Formats values for one catalogue ("2.5 mg" in English, "2,5 mg" in Spanish)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.cat = catalogue

    def number(self, value: Fraction | float) -> str:
        return fmt(value).replace(".", self.cat.numbers.decimal)

    def mg(self, value: Fraction | float) -> str:
        """Like "2.5 mg", with a space that never breaks between number and unit."""
        return f"{self.number(value)}{NBSP}mg"

    def ml(self, value: Fraction | float) -> str:
        return f"{self.number(value)}{NBSP}mL"

    def _parts(self, day: dt.date, *, full: bool = False) -> dict[str, str | int]:
        months = self.cat.dates.months_full if full else self.cat.dates.months
        return {
            "day": day.day,
            "month": months[day.month - 1],
            "year": day.year,
            "weekday": self.cat.dates.weekdays[day.weekday()],
        }

    def date_full(self, day: dt.date) -> str:
        """Like "December 1, 2026" / "1 de diciembre de 2026"."""
        return self.cat.dates.full.format(**self._parts(day, full=True))

    def date_year(self, day: dt.date) -> str:
        """Like "Dec 1, 2026" / "1 dic 2026"."""
        return self.cat.dates.with_year.format(**self._parts(day))

    def date_short(self, day: dt.date) -> str:
        """Like "Dec 1" / "1 dic"."""
        return self.cat.dates.short.format(**self._parts(day))

    def day_cell(self, day: dt.date) -> str:
        """Like "Tue Dec 1" / "mar 1 dic"."""
        return self.cat.dates.day_cell.format(**self._parts(day))

    def date_range(self, start: dt.date, end: dt.date, *, cell: bool = False) -> str:
        """Both days, the year written once when it is the same (`cell`: on two lines)."""
        first = self.date_short(start) if start.year == end.year else self.date_year(start)
        template = self.cat.dates.range_cell if cell else self.cat.dates.range
        return template.format(start=first, end=self.date_year(end))

    def date_from(self, start: dt.date) -> str:
        return self.cat.dates.from_date.format(date=self.date_year(start))

    def clock(self, time: str) -> str:
        """A clock time as written: "20:00" -> "8:00 pm" / "8:00 p. m."."""
        hour, minute = (int(part) for part in time.split(":"))
        template = self.cat.dates.time_am if hour < 12 else self.cat.dates.time_pm
        return template.format(hour=(hour % 12) or 12, minute=f"{minute:02d}")
