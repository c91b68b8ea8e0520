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
- SUMMARY is "Baclofen 5 mg"; DESCRIPTION repeats the amount in the product's units
  when that is simple (tablets, including halves, and mL of a liquid; granule packets
  are left in mg), the product, the step's days and its daily total.
- UIDs are derived from the plan's content (product, mode and steps), so the same
  plan gives the same file; DTSTAMP is the time of export unless a fixed one is given.
- Events are TRANSPARENT (they do not mark the patient as busy). No patient identifiers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from fractions import Fraction
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from baclofen_desk import __version__
from baclofen_desk.core.amounts import fmt
from baclofen_desk.interop.common import and_list, check_exportable, is_stop
from baclofen_desk.interop.review import review_event

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge, Product
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


def _tablets(count: Fraction) -> str | None:
    halves = count * 2
    if halves.denominator != 1 or halves <= 0:
        return None
    whole, half = divmod(int(halves), 2)
    number = f"{whole if whole else ''}{'½' if half else ''}"
    return f"{number} tablet" if count <= 1 else f"{number} tablets"


def amount_in_product_units(amount_mg: float, product: Product | None) -> str | None:
    """'½ tablet', '2 tablets', '7.5 mL'; None when not simple (granules, odd amounts)."""
    if product is None:
        return None
    amount = Fraction(repr(amount_mg))
    if product.form == "tablet" and product.strength_mg:
        return _tablets(amount / Fraction(repr(product.strength_mg)))
    if product.form == "liquid" and product.concentration_mg_per_ml:
        ml = amount / Fraction(repr(product.concentration_mg_per_ml))
        return f"{fmt(ml)} mL" if (ml * 100).denominator == 1 else None
    return None


def _days_words(step: DoseStep) -> str:
    if step.end is None:
        return f"Every day from {step.start.isoformat()} on, until your clinician changes the dose"
    return f"Every day from {step.start.isoformat()} to {step.end.isoformat()}"


def _dose_description(
    plan: Plan, number: int, step: DoseStep, amount: float, time: str, product: Product | None
) -> str:
    units = amount_in_product_units(amount, product)
    take = f"Take {fmt(amount)} mg" + (f" ({units})" if units else "") + f" at {time}."
    lines = [
        take,
        f"Product: {plan.product_name}.",
        f"{_days_words(step)} (step {number}: {fmt(step.daily_mg)} mg a day, "
        f"at {and_list(step.times)}).",
    ]
    if step.note:
        lines.append(step.note)
    return "\n".join(lines)


def _stop_description(plan: Plan, number: int) -> str:
    previous = plan.steps[number - 2] if number > 1 else None
    text = "End of the taper: no more baclofen from today."
    if previous is not None and previous.end is not None:
        text += f" The last dose was on {previous.end.isoformat()}."
    return text


def _dose_events(
    plan: Plan,
    number: int,
    step: DoseStep,
    digest: str,
    stamp: dt.datetime,
    product: Product | None,
) -> list[Event]:
    events: list[Event] = []
    for amount, time in zip(step.doses_mg, step.times, strict=True):
        event = Event()
        event.add("uid", f"{digest}-s{number}-{time.replace(':', '')}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", dt.datetime.combine(step.start, dt.time.fromisoformat(time)))
        rule: dict[str, object] = {"freq": "daily"}
        if step.days is not None:
            rule["count"] = step.days
        event.add("rrule", rule)
        event.add("summary", f"Baclofen {fmt(amount)} mg")
        event.add("description", _dose_description(plan, number, step, amount, time, product))
        event.add("transp", "TRANSPARENT")
        events.append(event)
    return events


def _stop_event(plan: Plan, number: int, step: DoseStep, digest: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{digest}-s{number}-stop@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", step.start)
    event.add("dtend", step.start + dt.timedelta(days=1))
    event.add("summary", "Stop baclofen")
    event.add("description", _stop_description(plan, number))
    event.add("transp", "TRANSPARENT")
    return event


def plan_to_ics(
    plan: Plan, *, dtstamp: dt.datetime | None = None, knowledge: Knowledge | None = None
) -> bytes:
    """The plan's dose calendar as iCalendar bytes.

    `dtstamp` fixes DTSTAMP (reproducible output; a naive value is taken as UTC);
    `knowledge` gives the product's units (default: the bundled knowledge base).
    Raises `ExportRefused` for a blocked or refused plan.
    """
    check_exportable(plan)
    if knowledge is None:
        from baclofen_desk.resources import default_knowledge

        knowledge = default_knowledge()
    product = knowledge.products.get(plan.product)
    stamp = dtstamp if dtstamp is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)
    digest = plan_digest(plan)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Baclofen")
    for number, step in enumerate(plan.steps, start=1):
        if is_stop(step):
            calendar.add_component(_stop_event(plan, number, step, digest, stamp))
        else:
            for event in _dose_events(plan, number, step, digest, stamp, product):
                calendar.add_component(event)
    review = review_event(plan, digest, stamp, UID_DOMAIN)
    if review is not None:
        calendar.add_component(review)
    return bytes(calendar.to_ical())
