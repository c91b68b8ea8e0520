"""The pure handout builder, compared exactly with hand-worked expectations."""

from __future__ import annotations

import datetime as dt

import pytest

from baclofen_desk.core.chart_points import display_end
from baclofen_desk.core.models import Override
from baclofen_desk.core.plan_state import PlanNotExportable
from baclofen_desk.report import HandoutSettings, handout_data
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import ADULT, GENERATED, NBSP, OLDER, make_plan

KNOWLEDGE = default_knowledge()


def build(plan, **options):
    return handout_data(plan, generated_at=GENERATED, knowledge=KNOWLEDGE, **options)


def plain(value):
    """The data with non-breaking spaces read as spaces (for readable expectations)."""
    if isinstance(value, str):
        return value.replace(NBSP, " ")
    if isinstance(value, tuple | list):
        return tuple(plain(item) for item in value)
    return value


def test_schedule_of_the_adult_titration(adult_plan):
    schedule = build(adult_plan).schedule
    assert plain(schedule.times) == ("Morning\n8:00 am", "Midday\n2:00 pm", "Evening\n8:00 pm")
    rows = [(plain(r.dates), plain(r.amounts), plain(r.total), r.change) for r in schedule.rows]
    assert rows == [
        ("Dec 1\nto Dec 3, 2026", ("½ tablet (5 mg)",) * 3, "15 mg", "start"),
        ("Dec 4\nto Dec 6, 2026", ("1 tablet (10 mg)",) * 3, "30 mg", "up"),
        ("Dec 7\nto Dec 9, 2026", ("1½ tablets (15 mg)",) * 3, "45 mg", "up"),
        ("From Dec 10, 2026", ("2 tablets (20 mg)",) * 3, "60 mg", "up"),
    ]
    assert schedule.note == (
        "Keep taking the dose of the last step until your doctor or nurse changes it."
    )


def test_every_printed_total_is_the_plan_number(older_plan):
    rows = build(older_plan).schedule.rows
    assert [plain(r.total) for r in rows] == [f"{step.daily_mg:g} mg" for step in older_plan.steps]


def test_schedule_with_fewer_doses_on_some_steps(older_plan):
    rows = build(older_plan).schedule.rows
    assert plain(rows[0].amounts) == ("—", "—", "½ tablet (5 mg)")  # 5 mg/day: one evening dose
    assert plain(rows[1].amounts) == ("½ tablet (5 mg)", "—", "½ tablet (5 mg)")


def test_taper_schedule_groups_times_by_part_of_the_day(taper_plan):
    schedule = build(taper_plan).schedule
    # Four doses (8, 12, 16, 20 h) on the first step, three (8, 14, 20 h) after.
    assert plain(schedule.times) == (
        "Morning\n8:00 am",
        "Midday",
        "Afternoon\n4:00 pm",
        "Evening\n8:00 pm",
    )
    assert plain(schedule.rows[0].amounts[1]) == "1½ tablets (15 mg)\n12:00 pm"
    assert plain(schedule.rows[1].amounts[1]) == "1½ tablets (15 mg)\n2:00 pm"
    stop = schedule.rows[-1]
    assert (plain(stop.dates), stop.change, stop.message) == (
        "From Dec 22, 2026",
        "stop",
        "Stop. Take no more baclofen.",
    )
    assert [r.change for r in schedule.rows] == ["start"] + ["down"] * 5 + ["stop"]


def scheduled_doses(plan, weeks_shown=4):
    """Doses due on every day shown, counted straight from the plan."""
    until = display_end(plan, weeks_shown * 7)
    total = 0
    for step in plan.steps:
        end = until - dt.timedelta(days=1) if step.end is None else step.end
        total += len(step.doses_mg) * ((min(end, until) - step.start).days + 1)
    return total


@pytest.mark.parametrize("plan_name", ["adult_plan", "older_plan", "taper_plan"])
def test_one_check_box_per_scheduled_dose(request, plan_name):
    plan = request.getfixturevalue(plan_name)
    calendar = build(plan).calendar
    boxes = [dose for w in calendar.weeks for day in w.days for dose in day.doses if dose]
    assert all(dose.startswith(calendar.box) for dose in boxes)
    assert calendar.box_count == len(boxes) == scheduled_doses(plan)


def test_adult_calendar(adult_plan):
    calendar = build(adult_plan).calendar
    assert calendar.box_count == 3 * 3 + 3 * 3 + 3 * 3 + 28 * 3  # maintenance shown 4 weeks
    assert [w.label for w in calendar.weeks] == [f"Week {n}" for n in range(1, 7)]
    first = calendar.weeks[0].days
    assert plain(tuple(d.label for d in first[:3])) == ("Sun Nov 29", "Mon Nov 30", "Tue Dec 1")
    assert [d.in_plan for d in first] == [False, False, True, True, True, True, True]
    marked = {plain(d.label): d.arrow + d.mark for w in calendar.weeks for d in w.days if d.mark}
    assert marked == {
        "Tue Dec 1": "Start",
        "Fri Dec 4": "▲New dose",
        "Mon Dec 7": "▲New dose",
        "Thu Dec 10": "▲New dose",
    }
    assert plain(first[2].doses) == ("☐ ½ tab.",) * 3
    assert plain(calendar.notes) == (
        "After Jan 6, 2027: keep taking 60 mg a day until your doctor or nurse changes your dose.",
        "Your next visit is on December 10, 2026.",
    )
    visits = [(plain(d.label), d.visit) for w in calendar.weeks for d in w.days if d.visit]
    assert visits == [("Thu Dec 10", "Next visit")]


def test_taper_calendar_marks_the_stop_day(taper_plan):
    calendar = build(taper_plan, lang="es").calendar
    days = [d for w in calendar.weeks for d in w.days if d.in_plan]
    assert plain(days[-1].label) == "mar 22 dic"
    assert (days[-1].change, days[-1].mark, days[-1].doses) == (
        "stop",
        "Ya no tome más",
        (None,),
    )
    assert plain(calendar.notes) == (
        "Su última dosis es el 21 dic 2026.",
        "Su próxima cita es el 22 de diciembre de 2026.",
    )
    assert days[-1].visit == "Próxima cita"  # the day after the last dose
    changes = [(plain(d.label), d.arrow, d.mark) for d in days if d.arrow]
    assert changes == [
        ("vie 4 dic", "▼", "Dosis nueva"),
        ("lun 7 dic", "▼", "Dosis nueva"),
        ("jue 10 dic", "▼", "Dosis nueva"),
        ("lun 14 dic", "▼", "Dosis nueva"),
        ("vie 18 dic", "▼", "Dosis nueva"),
    ]
    assert calendar.weeks[0].days[0].label.startswith("lun")  # Spanish weeks start on Monday


def test_large_print_calendar_writes_the_tablet_count_only(adult_plan):
    calendar = build(adult_plan, large_print=True).calendar
    assert calendar.weeks[0].days[2].doses == ("☐ ½",) * 3
    assert calendar.legend[-1] == "The number next to each box is how many tablets to take."


@pytest.mark.parametrize(
    ("patient", "fields", "expected"),
    [
        (
            ADULT,
            {},
            [
                "Dec 1 to Dec 9, 2026: 27 tablets of 10 mg in all",
                "From Dec 10, 2026: 6 tablets of 10 mg a day, "
                "that is 180 tablets of 10 mg every 30 days",
                "Half tablets are counted as ½.",
            ],
        ),
        (
            OLDER,
            {},
            [
                "Dec 1, 2026 to Feb 8, 2027: 140 tablets of 10 mg in all",
                "From Feb 9, 2027: 4 tablets of 10 mg a day, "
                "that is 120 tablets of 10 mg every 30 days",
                "Half tablets are counted as ½.",
            ],
        ),
        (
            ADULT,
            {"mode": "taper", "current_daily_mg": 80},
            [
                "Dec 1 to Dec 21, 2026: 59 tablets of 10 mg in all",
                "Half tablets are counted as ½.",
            ],
        ),
        (
            {"age_years": 45, "crcl_ml_min": 40},
            {"product": "tablet-5", "allow_half_tablets": True},
            [
                "Dec 1 to Dec 9, 2026: 27 tablets of 5 mg in all",
                "From Dec 10, 2026: 6 tablets of 5 mg a day, "
                "that is 180 tablets of 5 mg every 30 days",
                "Half tablets are counted as ½.",
            ],
        ),
        (
            {"age_years": 5, "weight_kg": 30},
            {},
            [
                "Dec 1 to Dec 21, 2026: 315 mL of 1 mg/mL in all",
                "From Dec 22, 2026: 30 mL of 1 mg/mL a day, "
                "that is 900 mL of 1 mg/mL every 30 days",
            ],
        ),
        (
            {"age_years": 45},
            {"product": "granules", "target_daily_mg": 75},
            [
                "Dec 1 to Dec 12, 2026: "
                "9 packets of 20 mg, 18 packets of 10 mg, 18 packets of 5 mg in all",
                "From Dec 13, 2026: 3 packets of 20 mg, 1 packet of 10 mg, 1 packet of 5 mg "
                "a day, that is 90 packets of 20 mg, 30 packets of 10 mg, 30 packets of 5 mg "
                "every 30 days",
            ],
        ),
    ],
)
def test_pharmacy_totals(patient, fields, expected):
    assert list(plain(build(make_plan(patient, **fields)).pharmacy.lines)) == expected


def test_spanish_pharmacy_box(taper_plan):
    assert plain(build(taper_plan, lang="es").pharmacy.lines) == (
        "Del 1 dic al 21 dic 2026: 59 comprimidos de 10 mg en total",
        "Los medios comprimidos cuentan como ½.",
    )


def test_half_tablet_and_liquid_units():
    halves = build(
        make_plan({"age_years": 45, "crcl_ml_min": 40}, product="tablet-5", allow_half_tablets=True)
    )
    assert plain(halves.schedule.rows[0].amounts) == ("½ tablet (2.5 mg)",) * 3
    assert plain(halves.schedule.rows[2].amounts) == ("1½ tablets (7.5 mg)",) * 3
    # 5 mg tablets have no score line: the tip must not send the patient looking for one.
    assert len(halves.tips) == 1 and "along its line" not in halves.tips[0]
    assert "pill cutter" in halves.tips[0]
    scored = build(make_plan({"age_years": 45, "crcl_ml_min": 100}))
    assert "along its line" in scored.tips[0]
    liquid = build(make_plan({"age_years": 5, "weight_kg": 30}), lang="es")
    assert plain(liquid.schedule.rows[0].amounts) == ("2,5 mL (2,5 mg)",) * 3
    assert plain(liquid.calendar.weeks[0].days[1].doses) == ("☐ 2,5 mL",) * 3  # Tue Dec 1
    assert liquid.tips == (
        "Mida cada dosis con una jeringa oral de la farmacia. No use una cuchara de cocina.",
        "Guarde el frasco en el refrigerador.",
    )


def test_header_names_only_what_was_given(adult_plan):
    settings = HandoutSettings(
        clinic_name="Riverside Neurology",
        clinic_phone="555-0100",
        patient_name="Ana Peña",
        prescriber="  ",
    )
    data = build(adult_plan, settings=settings)
    assert [(line.label, plain(line.value)) for line in data.header] == [
        ("Clinic", "Riverside Neurology"),
        ("Phone", "555-0100"),
        ("Patient", "Ana Peña"),
        ("Date", "November 30, 2026"),
        ("Medicine", "Baclofen 10 mg tablets"),
        ("Plan", "Raise the dose slowly"),
    ]
    assert data.running_head == "Your baclofen plan · Ana Peña · Riverside Neurology"


def test_chart_data_is_the_plan_in_days(adult_plan):
    chart = build(adult_plan).chart
    assert chart.points == (
        (0, 15.0),
        (3, 15.0),
        (3, 30.0),
        (6, 30.0),
        (6, 45.0),
        (9, 45.0),
        (9, 60.0),
        (37, 60.0),
    )
    assert chart.changes == ((3, 30.0), (6, 45.0), (9, 60.0))
    assert chart.max_mg == adult_plan.max_daily_mg == 80.0
    assert (chart.x_max, chart.y_max, chart.y_step) == (37, 100.0, 20.0)
    assert plain(chart.max_label) == "Most in one day: 80 mg"
    assert plain(tuple(label for _, label in chart.x_labels)) == (
        "Dec 1",
        "Dec 4",
        "Dec 7",
        "Dec 10",
    )


def test_chart_leaves_out_a_maximum_the_plan_exceeds():
    plan = make_plan(
        {"age_years": 45, "crcl_ml_min": 100},
        mode="taper",
        current_daily_mg=120,
        overrides=(Override(code="taper.current_above_max", reason="test"),),
    )
    assert plan.steps[0].daily_mg > (plan.max_daily_mg or 0)
    chart = build(plan).chart
    assert chart.max_mg is None and chart.max_label == ""
    assert "safety limit" not in plain(chart.caption)


def test_instructions_follow_the_plan(adult_plan, taper_plan):
    titration = [s.heading for s in build(adult_plan).instructions]
    taper = [s.heading for s in build(taper_plan).instructions]
    assert "While your dose goes down: signs of withdrawal" not in titration
    assert taper[-2:] == [
        "While your dose goes down: signs of withdrawal",
        "If you feel worse after a step down",
    ]
    missed = build(adult_plan).instructions[1]
    assert missed.items[1].startswith("But if your next dose is due in less than 2 hours")
    urgent = [s.heading for s in build(taper_plan).instructions if s.urgent]
    assert urgent == [
        "Call your local emergency number or go to the emergency department right away if",
        "While your dose goes down: signs of withdrawal",
    ]
    go_back = build(taper_plan).instructions[-1].items[1]
    assert go_back.startswith("You may be told to go back to the previous step")


CALL_SECTIONS = {
    "en": (
        "Call your doctor or nurse soon if you have",
        "Call {number} or go to the emergency department right away if",
        "While your dose goes down: signs of withdrawal",
        "If you feel worse after a step down",
    ),
    "es": (
        "Llame pronto a su médico o enfermera si tiene",
        "Llame al {number} o vaya a la sala de emergencias de inmediato si",
        "Mientras baja la dosis: señales de abstinencia",
        "Si se siente peor después de bajar la dosis",
    ),
}
CLINIC_LINE = {
    "en": "Your clinic: Riverside Clinic, phone 555-0100",
    "es": "Su clínica: Riverside Clinic, teléfono 555-0100",
}
WITHDRAWAL_CALL = {"en": "Call {number} or go to", "es": "Llame al {number} o vaya"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("number", ["112", "999", "911"])
def test_every_call_section_names_the_number_and_the_clinic(taper_plan, lang, number):
    settings = HandoutSettings(
        clinic_name="Riverside Clinic", clinic_phone="555-0100", emergency_number=number
    )
    sections = build(taper_plan, lang=lang, settings=settings).instructions
    calls = [s for s in sections if s.call]
    assert [s.heading for s in calls] == [h.format(number=number) for h in CALL_SECTIONS[lang]]
    assert {s.call for s in calls} == {CLINIC_LINE[lang]}
    withdrawal = calls[2]
    assert WITHDRAWAL_CALL[lang].format(number=number) in withdrawal.intro
    assert not any("911" in s.heading + s.intro for s in sections if number != "911")


@pytest.mark.parametrize(
    ("lang", "local"),
    [
        ("en", "Call your local emergency number or go to"),
        ("es", "Llame a su número local de emergencias o vaya"),
    ],
)
def test_without_a_number_the_local_number_is_named(taper_plan, lang, local):
    sections = build(taper_plan, lang=lang, settings=HandoutSettings()).instructions
    urgent = [s for s in sections if s.urgent]
    assert urgent[0].heading.startswith(local)
    assert local in urgent[1].intro
    assert all(s.call == "" for s in sections)  # no phone: nothing invented


def test_a_phone_without_a_clinic_name(adult_plan):
    settings = HandoutSettings(clinic_phone="555-0100")
    calls = [s.call for s in build(adult_plan, settings=settings).instructions if s.call]
    assert calls == ["Your clinic's phone: 555-0100"] * 2


def test_a_blocked_plan_is_refused():
    plan = make_plan({"age_years": 45, "dialysis": True})
    assert plan.blocked
    with pytest.raises(PlanNotExportable, match=r"kidney\.dialysis"):
        build(plan)


def test_an_overridden_single_dose_plan_is_printed_as_steady():
    plan = make_plan(
        {"age_years": 45, "dialysis": True},
        overrides=({"code": "kidney.dialysis", "reason": "nephrology agrees"},),
    )
    assert not plan.blocked
    assert [(s.daily_mg, s.end) for s in plan.steps] == [(2.5, None)]
    data = build(plan)
    assert data.header[-1].value == "Take the same dose every day"
    assert data.intro.startswith("Take the same dose every day.")
    assert plain(data.schedule.rows[0].total) == "2.5 mg"
    assert plain(data.pharmacy.lines) == (
        "From Dec 1, 2026: 2.5 mL of 1 mg/mL a day, that is 75 mL of 1 mg/mL every 30 days",
    )


def test_chart_caption_does_not_invite_taking_up_to_the_maximum(adult_plan):
    caption = plain(build(adult_plan).chart.caption)
    assert "safety limit" in caption
    assert "Take only the amounts in your schedule" in caption
    assert "most you may take" not in caption
