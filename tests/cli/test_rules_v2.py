"""Rule base v2 at the edges, through the command line: the plan JSON or a one-line refusal.

Each test is one example of the rule base v2 issue: what v1 planned, and what v2 must.
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from typing import TYPE_CHECKING

from baclofen_desk.cli import run

if TYPE_CHECKING:
    import pytest

TODAY = dt.date(2026, 11, 24)
START = ["--start", "2026-12-01"]


def plan_json(args: list[str], capsys: pytest.CaptureFixture[str], status: int = 0) -> dict:
    assert run([*START, *args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def refusal(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one stderr line of an invalid input (exit 2, nothing on standard output)."""
    assert run([*START, *args, "--json", "-"], today=TODAY) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    return line.removeprefix("baclofen-desk plan: error: ")


def alerts(data: dict) -> dict[str, dict]:
    return {a["code"]: a for a in data["alerts"]}


def dailies(data: dict) -> list[float]:
    return [s["daily_mg"] for s in data["steps"]]


ADULT = ["--age", "45", "--weight", "70", "--sex", "male"]


def test_a_typed_crcl_never_hides_a_low_egfr(capsys):
    data = plan_json([*ADULT, "--crcl", "90", "--egfr", "25"], capsys, status=3)
    assert data["kidney"]["band"] == "severe"
    assert data["max_daily_mg"] == 25  # 80 x 1/3, rounded down to 5 mg units
    disagree = alerts(data)["kidney.values_disagree"]
    assert disagree["severity"] == "warning"
    assert "CrCl (entered) 90 (normal); eGFR (entered) 25 (severe)" in disagree["message"]
    assert "The most impaired band (severe) is used." in disagree["message"]
    assert disagree["source"]
    assert alerts(data)["kidney.severe"]["severity"] == "critical"


def test_a_measured_crcl_marked_reliable_decides(capsys):
    data = plan_json([*ADULT, "--crcl", "90", "--egfr", "25", "--crcl-measured"], capsys)
    assert data["kidney"]["band"] == "normal"
    assert alerts(data)["kidney.measured_crcl"]["severity"] == "info"
    assert "kidney.values_disagree" not in alerts(data)


def test_missing_sex_uses_the_lower_of_both_sexes(capsys):
    data = plan_json(["--age", "70", "--weight", "70", "--scr", "3.0"], capsys, status=3)
    # Female Cockcroft-Gault: (140 - 70) x 70 / (72 x 3.0) x 0.85 = 19.3 mL/min.
    assert data["kidney"]["crcl_ml_min"] == 19.3
    assert data["kidney"]["band"] == "severe"
    assert "kidney.unknown" not in alerts(data)
    assert alerts(data)["kidney.sex_missing"]["severity"] == "caution"
    assert max(dailies(data)) <= data["max_daily_mg"] == 25


def test_obesity_without_height_cannot_hide_a_low_egfr(capsys):
    args = ["--age", "60", "--weight", "150", "--sex", "male", "--scr", "1.8"]
    data = plan_json(args, capsys)
    kidney = data["kidney"]
    assert (kidney["crcl_ml_min"], kidney["egfr"], kidney["band"]) == (92.6, 42.6, "moderate")
    assert (
        "eGFR (CKD-EPI 2021) 42.6 (moderate)" in alerts(data)["kidney.values_disagree"]["message"]
    )
    assert data["max_daily_mg"] == 40
    assert dailies(data) == [5, 15, 20, 30]


def test_an_adolescent_creatinine_uses_bedside_schwartz(capsys):
    args = ["--age", "16", "--weight", "60", "--height", "170", "--sex", "male", "--scr", "3.0"]
    data = plan_json(args, capsys, status=3)
    kidney = data["kidney"]
    assert (kidney["egfr"], kidney["egfr_method"], kidney["band"]) == (
        23.4,  # 0.413 x 170 / 3.0
        "bedside-schwartz",
        "severe",
    )
    assert kidney["crcl_ml_min"] is None  # Cockcroft-Gault is for adults
    assert data["max_daily_mg"] == 25
    assert dailies(data) == [5, 10, 15, 20]


def test_an_adolescent_without_height_is_bounded_and_asked_for_it(capsys):
    args = ["--age", "16", "--weight", "60", "--sex", "male", "--scr", "3.0"]
    data = plan_json(args, capsys, status=3)
    assert (data["kidney"]["egfr"], data["kidney"]["band"]) == (27.5, "severe")
    assert alerts(data)["kidney.schwartz_no_height"]["severity"] == "warning"


def test_unstable_kidney_function_warns(capsys):
    data = plan_json([*ADULT, "--scr", "0.9", "--unstable-kidney"], capsys)
    unstable = alerts(data)["kidney.unstable"]
    assert unstable["severity"] == "warning"
    assert "avoid starting or raising baclofen until it is stable" in unstable["message"]


def test_a_two_year_old_is_dosed_by_weight(capsys):
    data = plan_json(["--age", "2", "--weight", "10", "--sex", "male"], capsys)
    assert data["target_daily_mg"] == 10  # 1 mg/kg/day, not 30 mg/day = 3 mg/kg/day
    assert data["max_daily_mg"] == 20  # 2 mg/kg/day
    assert dailies(data) == [5, 10]  # start 0.5 mg/kg/day, rises 0.5 mg/kg/day a week
    message = alerts(data)["age.by_weight"]["message"]
    assert "The target of 10 mg/day is 1 mg/kg/day." in message


def test_a_two_year_olds_typed_target_is_capped_by_weight(capsys):
    args = ["--age", "2", "--weight", "10", "--sex", "male", "--target-mg", "40"]
    data = plan_json(args, capsys)
    assert data["target_daily_mg"] == 20 and max(dailies(data)) == 20
    capped = alerts(data)["target.capped"]
    assert capped["severity"] == "warning"
    assert "maximum of 20 mg/day" in capped["message"]
    assert "The target of 20 mg/day is 2 mg/kg/day." in alerts(data)["age.by_weight"]["message"]


def test_a_child_needs_a_weight(capsys):
    assert refusal(["--age", "5"], capsys) == (
        "--weight: weight is required under 12 years: children are dosed by weight"
    )


def test_a_childs_texts_quote_the_childs_range(capsys):
    data = plan_json(["--age", "5", "--weight", "18"], capsys)
    followup = alerts(data)["followup.reassess"]["message"]
    assert "40-80" not in followup
    assert "0.75-2 mg/kg/day" in followup


def test_dialysis_start_is_never_rounded_up(capsys):
    args = [*ADULT, "--dialysis", "--override", "kidney.dialysis=nephrology agrees"]
    data = plan_json(args, capsys)
    assert data["product"] == "solution-1mg-ml"
    assert [(s["daily_mg"], s["end"]) for s in data["steps"]] == [(2.5, None)]
    tablets = plan_json([*args, "--product", "tablet-10"], capsys, status=3)
    assert tablets["steps"] == [] and tablets["refused"]
    assert alerts(tablets)["dose.cannot_dispense"]["severity"] == "critical"


def test_dialysis_lowers_a_higher_current_dose_step_by_step(capsys):
    args = [*ADULT, "--dialysis", "--override", "kidney.dialysis=ok", "--current-mg", "30"]
    data = plan_json(args, capsys)
    assert dailies(data) == [15, 7.5, 4, 2.5]
    assert alerts(data)["kidney.dialysis_lowering"]["severity"] == "warning"


def test_dose_times_must_be_three_hours_apart(capsys):
    times = ["--dose-time", "08:00", "--dose-time", "08:30", "--dose-time", "09:00"]
    assert refusal([*ADULT, *times], capsys) == (
        "--dose-time: dose times 08:00 and 08:30 are less than 3 hours apart"
    )


def test_at_most_four_dose_times(capsys):
    times = [
        arg for t in ("06:00", "10:00", "14:00", "18:00", "22:00") for arg in ("--dose-time", t)
    ]
    assert refusal([*ADULT, *times], capsys) == (
        "--dose-time: at most 4 doses a day: give at most 4 dose times"
    )


def test_dose_times_only_in_ascii_digits(capsys):
    typed = "\u0660\u0668:\u0660\u0660"
    line = refusal([*ADULT, "--dose-time", typed], capsys)
    assert line == f"--dose-time: {typed!r} is not a clock time as HH:MM (24-hour, digits 0-9)"


def test_a_typed_target_is_not_scaled_for_the_kidneys(capsys):
    data = plan_json([*ADULT, "--crcl", "40", "--target-mg", "40"], capsys)
    assert data["max_daily_mg"] == 40
    assert dailies(data)[-1] == 40 == data["target_daily_mg"]
    assert "target.capped" not in alerts(data)
    capped = plan_json([*ADULT, "--crcl", "40", "--target-mg", "60"], capsys)
    assert capped["target_daily_mg"] == 40
    assert alerts(capped)["target.capped"]["severity"] == "warning"


def test_a_current_dose_within_the_kidney_maximum_never_blocks(capsys):
    data = plan_json([*ADULT, "--crcl", "40", "--current-mg", "30"], capsys)
    assert not data["blocked"]
    assert [(s["daily_mg"], s["end"]) for s in data["steps"]] == [(30, None)]
    assert "dose.current_above_max" not in alerts(data)
    assert alerts(data)["target.current_kept"]["severity"] == "info"


def test_step_notes_never_contradict_their_doses(capsys):
    args = [
        *ADULT,
        "--mode",
        "taper",
        "--current-mg",
        "100",
        "--override",
        "taper.current_above_max=x",
    ]
    data = plan_json(args, capsys)
    first = data["steps"][0]
    assert (first["daily_mg"], first["doses_mg"]) == (85, [20, 20, 20, 25])
    assert "no single dose is above" not in first["note"]
    assert "up to 25 mg" in first["note"]
    for step in data["steps"]:
        if step["note"] and "no single dose is above 20 mg" in step["note"]:
            assert max(step["doses_mg"]) <= 20


def test_pregnancy_with_sex_male_is_refused(capsys):
    assert refusal([*ADULT, "--condition", "pregnancy"], capsys) == (
        "--condition: pregnancy contradicts sex male; correct the sex or the condition"
    )


def test_an_adult_height_of_60_is_refused_not_dropped(capsys):
    line = refusal(["--age", "45", "--height", "60"], capsys)
    assert line.startswith("--height: height 60 cm is implausible for an adult")
    assert "probably inches" in line


def test_adult_taper_falls_at_most_half_and_stops_from_5(capsys):
    data = plan_json(["--age", "45", "--mode", "taper", "--current-mg", "20"], capsys)
    assert dailies(data) == [10, 5, 0]  # not 20 -> 5 -> 0


def test_child_taper_ends_gently(capsys):
    args = ["--age", "5", "--weight", "18", "--mode", "taper", "--current-mg", "30"]
    data = plan_json(args, capsys)
    levels = [30.0, *dailies(data)]
    assert levels == [30, 22.5, 15, 7.5, 4, 2, 0]  # not 30 -> 16 -> 2.5 -> 0
    for before, after in pairwise(levels[:-1]):
        assert before - after <= min(7.5, before / 2)


def test_dialysis_with_a_high_typed_crcl_warns_that_they_contradict(capsys):
    args = [*ADULT, "--dialysis", "--crcl", "60", "--override", "kidney.dialysis=ok"]
    data = plan_json(args, capsys)
    assert data["kidney"]["band"] == "dialysis"
    contradiction = alerts(data)["kidney.dialysis_contradiction"]
    assert contradiction["severity"] == "warning"
    assert "CrCl (entered) 60 (mild) is above 30" in contradiction["message"]
    assert dailies(data) == [2.5]  # the dialysis rule applies
