"""The calendar export parses back with icalendar and repeats exactly the plan's doses."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from icalendar import Calendar

from baclofen_desk.interop import ExportRefused
from baclofen_desk.interop.ics import amount_in_product_units, plan_to_ics
from baclofen_desk.resources import default_knowledge
from tests.interop.conftest import make_plan
from tests.interop.test_fhir import plans

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan

STAMP = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)


def all_events(plan: Plan) -> list[Any]:
    return list(Calendar.from_ical(plan_to_ics(plan, dtstamp=STAMP)).walk("VEVENT"))


def is_review(event: Any) -> bool:
    return str(event["UID"]).endswith("-review@baclofen-desk")


def events(plan: Plan) -> list[Any]:
    """The dose and stop events (without the next-review event)."""
    return [e for e in all_events(plan) if not is_review(e)]


def dose_events(plan: Plan) -> list[Any]:
    return [e for e in events(plan) if str(e["SUMMARY"]) != "Stop baclofen"]


def mg_of(event: Any) -> float:
    summary = str(event["SUMMARY"])
    assert summary.startswith("Baclofen ") and summary.endswith(" mg")
    return float(summary.removeprefix("Baclofen ").removesuffix(" mg"))


def occurrences(event: Any, limit: int | None = None) -> list[dt.datetime]:
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    return list(itertools.islice(rule, limit))


def planned_doses(plan: Plan, horizon: int = 30) -> Counter[tuple[dt.datetime, float]]:
    """(date-time, mg) of every dose; open-ended steps for `horizon` days."""
    doses: Counter[tuple[dt.datetime, float]] = Counter()
    for step in plan.steps:
        for day in range(step.days if step.days is not None else horizon):
            date = step.start + dt.timedelta(days=day)
            for time, mg in zip(step.times, step.doses_mg, strict=True):
                doses[(dt.datetime.combine(date, dt.time.fromisoformat(time)), mg)] += 1
    return doses


def exported_doses(plan: Plan, horizon: int = 30) -> Counter[tuple[dt.datetime, float]]:
    doses: Counter[tuple[dt.datetime, float]] = Counter()
    for event in dose_events(plan):
        for when in occurrences(event, None if "COUNT" in event["RRULE"] else horizon):
            doses[(when, mg_of(event))] += 1
    return doses


def assert_matches_plan(plan: Plan) -> None:
    found = dose_events(plan)
    assert len(found) == sum(len(s.doses_mg) for s in plan.steps)
    fixed = [e for e in found if "COUNT" in e["RRULE"]]
    assert sum(e["RRULE"]["COUNT"][0] for e in fixed) == sum(
        s.days * len(s.doses_mg) for s in plan.steps if s.days is not None
    )
    for event in found:
        assert event["RRULE"]["FREQ"] == ["DAILY"]
        assert "UNTIL" not in event["RRULE"]
        assert event.decoded("DTSTART").tzinfo is None  # floating local time
    assert exported_doses(plan) == planned_doses(plan)
    stops = [e for e in events(plan) if str(e["SUMMARY"]) == "Stop baclofen"]
    assert len(stops) == sum(1 for s in plan.steps if not s.doses_mg)


def test_titration_events_and_counts(titration: Plan) -> None:
    found = dose_events(titration)
    assert len(found) == 12  # 4 steps x 3 doses
    counts = [e["RRULE"].get("COUNT", [None])[0] for e in found]
    assert counts == [3] * 9 + [None] * 3
    assert [str(e["SUMMARY"]) for e in found[:3]] == ["Baclofen 5 mg"] * 3
    assert [e.decoded("DTSTART") for e in found[:3]] == [
        dt.datetime(2026, 12, 1, 8, 0),
        dt.datetime(2026, 12, 1, 14, 0),
        dt.datetime(2026, 12, 1, 20, 0),
    ]
    assert_matches_plan(titration)


def test_open_ended_step_repeats_without_end(titration: Plan) -> None:
    last = dose_events(titration)[-1]
    assert last["RRULE"] == {"FREQ": ["DAILY"]}
    assert last.decoded("DTSTART") == dt.datetime(2026, 12, 10, 20, 0)
    assert "until your clinician changes the dose" in str(last["DESCRIPTION"])


def test_taper_ends_with_a_stop_event(taper: Plan) -> None:
    assert_matches_plan(taper)
    last = events(taper)[-1]
    assert str(last["SUMMARY"]) == "Stop baclofen"
    assert last.decoded("DTSTART") == dt.date(2026, 12, 15) == taper.steps[-1].start
    assert last.decoded("DTEND") == dt.date(2026, 12, 16)
    assert "RRULE" not in last
    assert "The last dose was on 2026-12-14." in str(last["DESCRIPTION"])
    # every dose of a taper has a fixed end
    assert all("COUNT" in e["RRULE"] for e in dose_events(taper))


def test_unequal_doses_get_their_own_events(taper: Plan) -> None:
    first = [e for e in dose_events(taper) if e.decoded("DTSTART").date() == dt.date(2026, 12, 1)]
    assert [(str(e["SUMMARY"]), e["RRULE"]["COUNT"]) for e in first] == [
        ("Baclofen 5 mg", [3]),
        ("Baclofen 10 mg", [3]),
        ("Baclofen 10 mg", [3]),
    ]


def test_description_gives_product_units(titration: Plan) -> None:
    first = dose_events(titration)[0]
    assert str(first["DESCRIPTION"]) == (
        "Take 5 mg (½ tablet) at 08:00.\n"
        "Product: Baclofen 10 mg tablets (scored).\n"
        "Every day from 2026-12-01 to 2026-12-03 (step 1: 15 mg a day, "
        "at 08:00, 14:00 and 20:00)."
    )


@pytest.mark.parametrize(
    ("product", "mg", "expected"),
    [
        ("tablet-10", 5.0, "½ tablet"),
        ("tablet-10", 10.0, "1 tablet"),
        ("tablet-10", 15.0, "1½ tablets"),
        ("tablet-20", 20.0, "1 tablet"),
        ("tablet-5", 20.0, "4 tablets"),
        ("tablet-5", 2.5, "½ tablet"),
        ("solution-1mg-ml", 1.5, "1.5 mL"),
        ("solution-2mg-ml", 5.0, "2.5 mL"),
        ("suspension-5mg-ml", 12.5, "2.5 mL"),
        ("granules", 15.0, None),
        ("tablet-10", 3.0, None),
    ],
)
def test_amount_in_product_units(product: str, mg: float, expected: str | None) -> None:
    assert amount_in_product_units(mg, default_knowledge().products[product]) == expected


def test_no_product_no_units() -> None:
    assert amount_in_product_units(5.0, None) is None


def test_liquid_description() -> None:
    plan = make_plan(mode="taper", current_daily_mg=25, product="solution-1mg-ml")
    descriptions = [str(e["DESCRIPTION"]) for e in dose_events(plan)]
    assert descriptions[3].startswith("Take 2 mg (2 mL) at 08:00.\n")
    assert_matches_plan(plan)


def test_reproducible_with_a_fixed_stamp(taper: Plan) -> None:
    first = plan_to_ics(taper, dtstamp=STAMP)
    again = make_plan(mode="taper", current_daily_mg=40)
    assert plan_to_ics(again, dtstamp=STAMP) == first
    assert b"DTSTAMP:20261130T120000Z" in first


def test_default_stamp_is_now_in_utc(taper: Plan) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar.from_ical(plan_to_ics(taper))
    stamps = {e.decoded("DTSTAMP") for e in calendar.walk("VEVENT")}
    assert len(stamps) == 1
    [stamp] = stamps
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= dt.datetime.now(dt.UTC)


def test_uids_are_unique_and_follow_the_plan(titration: Plan, taper: Plan) -> None:
    uids = [str(e["UID"]) for e in events(titration)]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in events(make_plan(weight_kg=70, sex="male", scr=0.9))]
    assert not set(uids) & {str(e["UID"]) for e in events(taper)}
    shifted = make_plan(weight_kg=70, sex="male", scr=0.9, start=dt.date(2026, 12, 2))
    assert not set(uids) & {str(e["UID"]) for e in events(shifted)}


def test_calendar_header(titration: Plan) -> None:
    calendar = Calendar.from_ical(plan_to_ics(titration, dtstamp=STAMP))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Baclofen Desk//")
    assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in calendar.walk("VEVENT"))


def test_no_patient_identifiers() -> None:
    plan = make_plan(
        age_years=67, weight_kg=83.5, height_cm=171, sex="female", scr=1.37,
        medications=("oxycodone 5 mg q6h",),
    )  # fmt: skip
    text = plan_to_ics(plan, dtstamp=STAMP).decode()
    for value in ("83.5", "171", "1.37", "female", "oxycodone", "ATTENDEE", "ORGANIZER"):
        assert value not in text


def test_blocked_plan_is_refused(dialysis_blocked: Plan) -> None:
    with pytest.raises(ExportRefused):
        plan_to_ics(dialysis_blocked)


def test_overridden_dialysis_plan(dialysis_overridden: Plan) -> None:
    [event] = dose_events(dialysis_overridden)
    assert event["RRULE"] == {"FREQ": ["DAILY"]}
    assert_matches_plan(dialysis_overridden)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_exportable_plan_round_trips(plan: Plan) -> None:
    if plan.blocked:
        with pytest.raises(ExportRefused):
            plan_to_ics(plan, dtstamp=STAMP)
        return
    assert_matches_plan(plan)
    if plan.mode == "taper":
        assert str(events(plan)[-1]["SUMMARY"]) == "Stop baclofen"


def test_next_review_is_one_all_day_event(titration: Plan) -> None:
    (review,) = [e for e in all_events(titration) if is_review(e)]
    assert titration.review_date == dt.date(2026, 12, 10)
    assert (review.decoded("DTSTART"), review.decoded("DTEND")) == (
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 11),
    )
    assert str(review["SUMMARY"]) == "Baclofen: next visit"
    assert "RRULE" not in review
