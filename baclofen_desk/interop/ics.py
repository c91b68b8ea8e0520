"""The plan as an iCalendar file (.ics) of dose reminders, built with `icalendar`.

How the plan is expressed:

- One VEVENT per dose time per step, repeating daily (`RRULE:FREQ=DAILY;COUNT=n`
  with n the step's days), so each dose of each day appears once. Steps whose doses
  differ through the day (e.g. 5, 5 and 10 mg) need nothing special: each time has
  its own event with its own amount.
- Times are floating local times (no time zone): a dose is taken at the local clock
  time wherever the patient is, also across daylight-saving changes.
- The open-ended last step of a titration (the maintenance dose) repeats without an
  end (`RRULE:FREQ=DAILY`): the dose continues until the clinician changes it, and an
  invented horizon would show a stop date nobody decided.
- The 0 mg step that ends a taper is one all-day "Stop baclofen" event on its first
  day.
- SUMMARY ("Baclofen 5 mg") and DESCRIPTION (the amount in the product's units,
  the medicine, the step's days and its daily total) are in the handout language,
  worded by the handout catalogue (`[ics]` in en.toml / es.toml), with the same
  amounts as the handout (`core.product_units`).
- An optional reminder (VALARM, ACTION:DISPLAY) per dose, a chosen number of
  minutes before it (0: at the dose time).
- UIDs are derived from the plan's content (product, mode and steps), so the same
  plan gives the same file; DTSTAMP is the time of export unless a fixed one is given.
- Events are TRANSPARENT (they do not mark the patient as busy). No patient identifiers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from baclofen_desk import __version__
from baclofen_desk.core.plan_state import ensure_exportable
from baclofen_desk.interop.common import is_stop
from baclofen_desk.interop.review import review_event
from baclofen_desk.report.patient_units import PatientUnits
from baclofen_desk.report.wording import NBSP, Wording

if TYPE_CHECKING:
    from baclofen_desk.core.handout_catalogue import IcsText
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import DoseStep, Plan

PRODID = f"-//Baclofen Desk//Baclofen Desk {__version__}//EN"
UID_DOMAIN = "baclofen-desk"


def plan_digest(plan: Plan) -> str:
    """A short hash of what the calendar shows (product, mode, steps); no patient data."""
    content = {
        "product": plan.product,
        "mode": plan.mode,
        "steps": [step.model_dump(mode="json") for step in plan.steps],
    }
    text = json.dumps(content, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _Writer:
    """The plan's events in one language, stamped at one time."""

    plan: Plan
    units: PatientUnits
    digest: str
    stamp: dt.datetime
    alarm_minutes: int | None

    @property
    def words(self) -> Wording:
        return self.units.words

    @property
    def text(self) -> IcsText:
        return self.words.cat.ics

    def listed(self, items: tuple[str, ...]) -> str:
        """'8:00 am, 2:00 pm and 8:00 pm' in the language's words."""
        if len(items) <= 1:
            return "".join(items)
        return self.text.list_join.join(items[:-1]) + self.text.list_last + items[-1]

    def days(self, number: int, step: DoseStep) -> str:
        fields = {
            "start": self.words.date_year(step.start),
            "step": number,
            "daily": self.words.mg(step.daily_mg),
            "times": self.listed(tuple(self.words.clock(t) for t in step.times)),
        }
        if step.end is None:
            return self.text.days_open.format(**fields)
        return self.text.days_fixed.format(end=self.words.date_year(step.end), **fields)

    def description(self, number: int, step: DoseStep, amount: float, time: str) -> str:
        mg, clock = self.words.mg(amount), self.words.clock(time)
        take = self.text.take_with_amount.format(
            mg=mg, amount=self.units.amount(amount), time=clock
        )
        product = self.text.product.format(product=self.words.cat.products[self.plan.product])
        return "\n".join((take, product, self.days(number, step)))

    def stop_description(self, number: int) -> str:
        previous = self.plan.steps[number - 2] if number > 1 else None
        text = self.text.stop
        if previous is not None and previous.end is not None:
            text += " " + self.text.last_dose.format(date=self.words.date_year(previous.end))
        return text

    def alarm(self, amount: float) -> Alarm:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _plain(self.text.alarm.format(mg=self.words.mg(amount))))
        alarm.add("trigger", -dt.timedelta(minutes=self.alarm_minutes or 0))
        return alarm

    def dose_events(self, number: int, step: DoseStep) -> list[Event]:
        events: list[Event] = []
        for amount, time in zip(step.doses_mg, step.times, strict=True):
            event = Event()
            event.add("uid", f"{self.digest}-s{number}-{time.replace(':', '')}@{UID_DOMAIN}")
            event.add("dtstamp", self.stamp)
            event.add("dtstart", dt.datetime.combine(step.start, dt.time.fromisoformat(time)))
            rule: dict[str, object] = {"freq": "daily"}
            if step.days is not None:
                rule["count"] = step.days
            event.add("rrule", rule)
            event.add("summary", _plain(self.text.summary.format(mg=self.words.mg(amount))))
            event.add("description", _plain(self.description(number, step, amount, time)))
            event.add("transp", "TRANSPARENT")
            if self.alarm_minutes is not None:
                event.add_component(self.alarm(amount))
            events.append(event)
        return events

    def stop_event(self, number: int, step: DoseStep) -> Event:
        event = Event()
        event.add("uid", f"{self.digest}-s{number}-stop@{UID_DOMAIN}")
        event.add("dtstamp", self.stamp)
        event.add("dtstart", step.start)
        event.add("dtend", step.start + dt.timedelta(days=1))
        event.add("summary", self.text.stop_summary)
        event.add("description", _plain(self.stop_description(number)))
        event.add("transp", "TRANSPARENT")
        return event


def _plain(text: str) -> str:
    """Ordinary spaces: a calendar wraps its own lines."""
    return text.replace(NBSP, " ")


def _utc(stamp: dt.datetime | None) -> dt.datetime:
    """The export time in UTC (a naive value is taken as UTC)."""
    stamp = stamp if stamp is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def plan_to_ics(
    plan: Plan,
    *,
    knowledge: Knowledge,
    lang: str = "en",
    dtstamp: dt.datetime | None = None,
    alarm_minutes: int | None = None,
) -> bytes:
    """The plan's dose calendar as iCalendar bytes, worded in the handout language `lang`.

    `dtstamp` fixes DTSTAMP (reproducible output); `alarm_minutes` adds a reminder
    that many minutes before each dose. Raises `PlanNotExportable` for a blocked or
    refused plan.
    """
    ensure_exportable(plan)
    words = Wording(knowledge.handout.catalogue(lang))
    writer = _Writer(
        plan,
        PatientUnits(knowledge.products[plan.product], words),
        plan_digest(plan),
        _utc(dtstamp),
        alarm_minutes,
    )
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", words.cat.ics.calendar_name)
    for number, step in enumerate(plan.steps, start=1):
        if is_stop(step):
            calendar.add_component(writer.stop_event(number, step))
        else:
            for event in writer.dose_events(number, step):
                calendar.add_component(event)
    review = review_event(plan, words.cat.review, writer.digest, writer.stamp, UID_DOMAIN)
    if review is not None:
        calendar.add_component(review)
    return bytes(calendar.to_ical())
