"""The next review date in the exports (policy P10): an all-day calendar event, and a FHIR
annotation. Never the prescription's validity end, which would lapse it at the review."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from icalendar import Event

if TYPE_CHECKING:
    from baclofen_desk.core.history_texts import ReviewText
    from baclofen_desk.core.models import Plan

#: The FHIR export is written in English (the clinician's language of the summary).
EXPORT_LANGUAGE = "en"


def review_note(plan: Plan, text: ReviewText) -> str | None:
    """The FHIR `note` text for the next review, or None without one."""
    if plan.review_date is None:
        return None
    return text.fhir_note.format(date=plan.review_date.isoformat())


def review_event(
    plan: Plan, text: ReviewText, digest: str, stamp: dt.datetime, domain: str
) -> Event | None:
    """An all-day event on the review day (worded in `text`'s language), or None without one."""
    if plan.review_date is None:
        return None
    event = Event()
    event.add("uid", f"{digest}-review@{domain}")
    event.add("dtstamp", stamp)
    event.add("dtstart", plan.review_date)
    event.add("dtend", plan.review_date + dt.timedelta(days=1))
    event.add("summary", text.event_summary)
    event.add("description", text.event_description)
    event.add("transp", "TRANSPARENT")
    return event
