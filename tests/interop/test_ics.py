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

from baclofen_desk.core.plan_state import PlanNotExportable
from baclofen_desk.interop.ics import plan_to_ics
from baclofen_desk.resources import default_knowledge
from tests.interop.conftest import make_plan
from tests.interop.test_fhir import plans

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan

STAMP = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)

KNOWLEDGE = default_knowledge()


def all_events(plan: Plan, **options: Any) -> list[Any]:
    data = plan_to_ics(plan, dtstamp=STAMP, knowledge=KNOWLEDGE, **options)
    return list(Calendar.from_ical(data).walk("VEVENT"))


def is_review(event: Any) -> bool:
    return str(event["UID"]).endswith("-review@baclofen-desk")


def events(plan: Plan, **options: Any) -> list[Any]:
    """The dose and stop events (without the next-review event)."""
    return [e for e in all_events(plan, **options) if not is_review(e)]


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
    assert "until your doctor or nurse changes the dose" in str(last["DESCRIPTION"])


def test_taper_ends_with_a_stop_event(taper: Plan) -> None:
    assert_matches_plan(taper)
    last = events(taper)[-1]
    assert str(last["SUMMARY"]) == "Stop baclofen"
    assert last.decoded("DTSTART") == dt.date(2026, 12, 15) == taper.steps[-1].start
    assert last.decoded("DTEND") == dt.date(2026, 12, 16)
    assert "RRULE" not in last
    assert "Your last dose was on Dec 14, 2026." in str(last["DESCRIPTION"])
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
        "Take 5 mg (½ tablet) at 8:00 am.\n"
        "Medicine: Baclofen 10 mg tablets.\n"
        "Every day from Dec 1, 2026 to Dec 3, 2026 (step 1: 15 mg a day, "
        "at 8:00 am, 2:00 pm and 8:00 pm)."
    )


def test_spanish_calendar_has_spanish_texts(titration: Plan, taper: Plan) -> None:
    first = events(titration, lang="es")[0]
    assert str(first["SUMMARY"]) == "Baclofeno 5 mg"
    assert str(first["DESCRIPTION"]) == (
        "Tome 5 mg (½ comprimido) a las 8:00 a. m.\n"
        "Medicina: Baclofeno, comprimidos de 10 mg.\n"
        "Todos los días del 1 dic 2026 al 3 dic 2026 (paso 1: 15 mg al día, "
        "a las 8:00 a. m., 2:00 p. m. y 8:00 p. m.)."
    )
    stop = events(taper, lang="es")[-1]
    assert str(stop["SUMMARY"]) == "Deje el baclofeno"
    calendar = Calendar.from_ical(plan_to_ics(taper, knowledge=KNOWLEDGE, lang="es"))
    assert str(calendar["X-WR-CALNAME"]) == "Baclofeno"


def test_a_reminder_per_dose_when_asked(titration: Plan) -> None:
    found = [e for e in events(titration, alarm_minutes=15) if "RRULE" in e]
    alarms = [alarm for event in found for alarm in event.walk("VALARM")]
    assert len(alarms) == len(found) == 12
    assert {str(a["ACTION"]) for a in alarms} == {"DISPLAY"}
    assert {a.decoded("TRIGGER") for a in alarms} == {-dt.timedelta(minutes=15)}
    assert str(alarms[0]["DESCRIPTION"]) == "Time to take baclofen: 5 mg"
    assert not [a for e in events(titration) for a in e.walk("VALARM")]


def test_granule_packets_are_named() -> None:
    plan = make_plan(age_years=8, weight_kg=25, product="granules")
    first = str(dose_events(plan)[0]["DESCRIPTION"])
    assert first.startswith("Take 5 mg (1 packet of 5 mg) at 8:00 am.\n")


def test_liquid_description() -> None:
    plan = make_plan(mode="taper", current_daily_mg=25, product="solution-1mg-ml")
    descriptions = [str(e["DESCRIPTION"]) for e in dose_events(plan)]
    assert descriptions[3].startswith("Take 2 mg (2 mL) at 8:00 am.\n")
    assert_matches_plan(plan)


def test_reproducible_with_a_fixed_stamp(taper: Plan) -> None:
    first = plan_to_ics(taper, dtstamp=STAMP, knowledge=KNOWLEDGE)
    again = make_plan(mode="taper", current_daily_mg=40)
    assert plan_to_ics(again, dtstamp=STAMP, knowledge=KNOWLEDGE) == first
    assert b"DTSTAMP:20261130T120000Z" in first


def test_default_stamp_is_now_in_utc(taper: Plan) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar.from_ical(plan_to_ics(taper, knowledge=KNOWLEDGE))
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
    calendar = Calendar.from_ical(plan_to_ics(titration, dtstamp=STAMP, knowledge=KNOWLEDGE))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Baclofen Desk//")
    assert all(str(e["TRANSP"]) == "TRANSPARENT" for e in calendar.walk("VEVENT"))


def test_no_patient_identifiers() -> None:
    plan = make_plan(
        age_years=67, weight_kg=83.5, height_cm=171, sex="female", scr=1.37,
        medications=("oxycodone 5 mg q6h",),
    )  # fmt: skip
    text = plan_to_ics(plan, dtstamp=STAMP, knowledge=KNOWLEDGE).decode()
    for value in ("83.5", "171", "1.37", "female", "oxycodone", "ATTENDEE", "ORGANIZER"):
        assert value not in text


def test_blocked_plan_is_refused(dialysis_blocked: Plan) -> None:
    with pytest.raises(PlanNotExportable):
        plan_to_ics(dialysis_blocked, knowledge=KNOWLEDGE)


def test_overridden_dialysis_plan(dialysis_overridden: Plan) -> None:
    [event] = dose_events(dialysis_overridden)
    assert event["RRULE"] == {"FREQ": ["DAILY"]}
    assert_matches_plan(dialysis_overridden)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_exportable_plan_round_trips(plan: Plan) -> None:
    if plan.blocked:
        with pytest.raises(PlanNotExportable):
            plan_to_ics(plan, dtstamp=STAMP, knowledge=KNOWLEDGE)
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
