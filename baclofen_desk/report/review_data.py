"""The next review date on the patient pages (policy P10): schedule page and calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.report.context import HandoutContext


def review_line(ctx: HandoutContext) -> str:
    """The line under the schedule ("Next visit: December 22, 2026. ..."); empty without one."""
    review = ctx.plan.review_date
    return (
        "" if review is None else ctx.cat.review.schedule.format(date=ctx.words.date_full(review))
    )


def review_mark(ctx: HandoutContext, day: dt.date) -> str:
    """The mark on the calendar day of the next visit."""
    return ctx.cat.review.calendar_mark if day == ctx.plan.review_date else ""


def review_notes(ctx: HandoutContext) -> tuple[str, ...]:
    """The calendar's closing note on the next visit (also when it falls after the pages)."""
    review = ctx.plan.review_date
    if review is None:
        return ()
    return (ctx.cat.review.calendar_note.format(date=ctx.words.date_full(review)),)
