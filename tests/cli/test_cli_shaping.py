"""The v2 command line: shaping options, plan files and visits (design.md, issue "Done when")."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from baclofen_desk.cli import run

TODAY = dt.date(2026, 11, 24)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]


def plan_json(args: list[str], capsys: pytest.CaptureFixture[str], status: int = 0) -> dict:
    assert run([*args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def table(data: dict) -> list[tuple[str, str | None, float, bool]]:
    return [(s["start"], s["end"], s["daily_mg"], s["edited"]) for s in data["steps"]]


def refused(args: list[str], capsys: pytest.CaptureFixture[str], tmp_path) -> str:
    out = tmp_path / "out.json"
    assert run([*args, "--json", str(out)], today=TODAY) == 2
    assert not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    return err[0]


def test_seven_day_steps(capsys):
    data = plan_json([*ADULT, "--step-days", "7"], capsys)
    assert [(s["start"], s["daily_mg"]) for s in data["steps"]] == [
        ("2026-12-01", 15.0),
        ("2026-12-08", 30.0),
        ("2026-12-15", 45.0),
        ("2026-12-22", 60.0),
    ]
    assert data["review_date"] == "2026-12-22" and data["mode"] == "titrate"


def test_ten_mg_a_week(capsys):
    data = plan_json([*ADULT, "--step-mg", "10", "--step-days", "7"], capsys)
    daily = [s["daily_mg"] for s in data["steps"]]
    assert daily == [15.0, 25.0, 35.0, 45.0, 55.0, 60.0]


def test_two_day_steps_need_an_override(capsys):
    data = plan_json([*ADULT, "--step-days", "2"], capsys, status=3)
    assert {a["severity"] for a in data["alerts"] if a["code"] == "plan.rise_too_fast"} == {
        "critical"
    }
    plan_json([*ADULT, "--step-days", "2", "--override", "plan.rise_too_fast=spasticity"], capsys)


def test_reduce_from_60_to_30(capsys):
    data = plan_json(
        [*ADULT, "--mode", "reduce", "--current-mg", "60", "--target-mg", "30"], capsys
    )
    assert table(data) == [
        ("2026-12-01", "2026-12-03", 45.0, False),
        ("2026-12-04", None, 30.0, False),
    ]
    assert data["mode"] == "reduce"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "--target-mg: a reduction needs its target"),
        (["--target-mg", "60"], "--target-mg: the target of a reduction must be below"),
    ],
)
def test_reduce_needs_a_lower_target(extra, message, capsys, tmp_path):
    args = [*ADULT, "--mode", "reduce", "--current-mg", "60", *extra]
    assert message in refused(args, capsys, tmp_path)


def test_own_schedule(capsys):
    data = plan_json([*ADULT, "--schedule", "15x3,30x7,45x7,60"], capsys)
    assert table(data) == [
        ("2026-12-01", "2026-12-03", 15.0, True),
        ("2026-12-04", "2026-12-10", 30.0, True),
        ("2026-12-11", "2026-12-17", 45.0, True),
        ("2026-12-18", None, 60.0, True),
    ]
    assert data["steps"][2]["doses_mg"] == [15.0, 15.0, 15.0]
    jump = plan_json([*ADULT, "--schedule", "15x3,80"], capsys, status=3)
    assert "plan.rise_too_fast" in {a["code"] for a in jump["alerts"]}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("15x3,100", "--schedule: Step 2 (from 2026-12-04) is 100 mg/day, above the maximum"),
        ("15x0,30", "--schedule: step 1 (15x0): every step lasts at least 1 day"),
        ("abc", "--schedule: step 1: expected mg/day or mg/day x days"),
        ("15x3,30x7", "--schedule: step 2: the last step has no length"),
    ],
)
def test_bad_schedules_are_refused(spec, message, capsys, tmp_path):
    assert message in refused([*ADULT, "--schedule", spec], capsys, tmp_path)


def test_save_then_visit_keeps_the_earlier_plan_in_the_history(capsys, tmp_path):
    saved = tmp_path / "p.baclofen.json"
    first = plan_json([*ADULT, "--save", str(saved)], capsys)
    assert json.loads(saved.read_text())["schema_version"] == 2
    visit = [
        "--plan-file", str(saved), "--visit", "2026-12-15", "--taking", "30",
        "--outcome", "side-effects", "--pain", "4", "--visit-note", "drowsy",
    ]  # fmt: skip
    second = plan_json(
        [*visit, "--mode", "reduce", "--target-mg", "20", "--save", str(saved)], capsys
    )
    assert table(second) == [("2026-12-15", None, 20.0, False)]
    (entry,) = second["history"]
    assert json.dumps(entry["steps"]) == json.dumps(first["steps"])
    assert (entry["visit_date"], entry["taking_mg"], entry["outcome"], entry["pain"]) == (
        "2026-12-15", 30.0, "side-effects", 4,
    )  # fmt: skip
    assert entry["note"] == "drowsy" and entry["spasms"] is None
    third = plan_json(
        ["--plan-file", str(saved), "--visit", "2027-01-05", "--taking", "20",
         "--outcome", "tolerated"],
        capsys,
    )  # fmt: skip
    assert table(third) == [("2027-01-05", None, 20.0, True)]  # continues at the dose taken
    assert [h["visit_date"] for h in third["history"]] == ["2026-12-15", "2027-01-05"]
    assert third["history"][0] == second["history"][0]


def test_plan_file_options_change_it(capsys, tmp_path):
    saved = tmp_path / "p.baclofen.json"
    plan_json([*ADULT, "--target-mg", "40", "--save", str(saved)], capsys)
    data = plan_json(["--plan-file", str(saved), "--schedule", "15x3,30"], capsys)
    assert data["request"]["target_daily_mg"] is None
    assert table(data)[-1] == ("2026-12-04", None, 30.0, True)
    assert data["request"]["patient"]["weight_kg"] == 70


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--age", "45", "--taking", "20"], "--taking: only with --visit"),
        (["--age", "45", "--visit", "2026-12-15"], "--visit: needs --plan-file"),
        ([], "--age: required (or give --plan-file)"),
        (["--age", "45", "--save", "plan.json"], "--save: a plan file name ends in .baclofen.json"),
        (["--age", "45", "--pain", "11"], "--pain: must be 0 to 10"),
    ],
)
def test_bad_visit_and_file_options(args, message, capsys, tmp_path):
    assert message in refused(args, capsys, tmp_path)


def test_a_version_1_file_is_migrated_and_says_so(capsys, tmp_path):
    old = tmp_path / "old.baclofen.json"
    old.write_text(json.dumps({
        "schema_version": 1, "app_version": "1.0.0", "rules_version": "2026.11-1",
        "request": {"patient": {"age_years": 45}, "start": "2026-12-01"},
        "handout": {"lang": "es", "large_print": False, "patient_name": ""},
    }))  # fmt: skip
    new = tmp_path / "new.baclofen.json"
    assert run(["--plan-file", str(old), "--save", str(new)], today=TODAY) == 0
    err = capsys.readouterr().err
    assert "old.baclofen.json was saved in file format 1 and was read as format 2" in err
    saved = json.loads(new.read_text())
    assert saved["schema_version"] == 2 and saved["handout"]["lang"] == "es"
    assert [s["daily_mg"] for s in saved["steps"]] == [15.0, 30.0, 45.0, 60.0]


def test_a_taper_saved_under_rule_base_v1_is_recomputed_and_says_what_changed(capsys, tmp_path):
    old = tmp_path / "old.baclofen.json"
    old.write_text(json.dumps({
        "schema_version": 1, "app_version": "1.0.0", "rules_version": "2026.11-1",
        "request": {
            "patient": {"age_years": 45}, "mode": "taper", "current_daily_mg": 20,
            "start": "2026-12-01",
        },
    }))  # fmt: skip
    assert run(["--plan-file", str(old), "--json", "-"], today=TODAY) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [s["daily_mg"] for s in data["steps"]] == [10.0, 5.0, 0.0]  # v1: 20 -> 5 -> 0
    assert data["rules_version"] == "2026.12-1"
    assert (
        "old.baclofen.json was saved under rules 2026.11-1; "
        "the plan is recomputed with rules 2026.12-1. Rule base v2:"
    ) in err
    assert "each taper step is at most half the dose" in err


def test_pdf_after_a_visit_shows_history_review_and_reduction(tmp_path):
    from tests.cli.test_cli_pdf import text_of

    saved, pdf = tmp_path / "p.baclofen.json", tmp_path / "p.pdf"
    assert run([*ADULT, "--save", str(saved)], today=TODAY) == 0
    visit = ["--plan-file", str(saved), "--visit", "2026-12-15", "--taking", "45"]
    reduce = ["--outcome", "side-effects", "--mode", "reduce", "--target-mg", "20"]
    review = ["--review", "2027-01-05", "--lang", "es", "--pdf", str(pdf)]
    assert run([*visit, *reduce, *review], today=TODAY) == 0
    text = text_of(pdf)
    assert "Bajar la dosis poco a poco hasta una nueva dosis diaria" in text
    assert "Próxima cita: 5 de enero de 2027. Traiga este plan y su calendario." in text
    assert "Plan history" in text and "reduce to 20 mg/day" in text
    assert "Next review: 2027-01-05." in text
    assert "Mientras baja la dosis: señales de abstinencia" in text


def test_no_benefit_at_the_highest_dose_suggests_a_taper_only(capsys, tmp_path):
    saved = tmp_path / "p.baclofen.json"
    plan_json([*ADULT, "--save", str(saved)], capsys)
    visit = ["--plan-file", str(saved), "--visit", "2027-01-20", "--taking", "60"]
    data = plan_json([*visit, "--outcome", "no-benefit-at-max"], capsys)
    (alert,) = [a for a in data["alerts"] if a["code"] == "visit.no_benefit_at_max"]
    assert alert["severity"] == "info"
    assert alert["message"].startswith(
        "At the visit on 2027-01-20 there was no benefit at the highest tolerated dose. "
        "If that has lasted 6-8 weeks"
    )
    assert table(data) == [("2027-01-20", None, 60.0, True)]  # nothing changed automatically


def test_a_visit_on_a_version_1_file_records_the_steps_as_planned_now(capsys, tmp_path):
    old = tmp_path / "old.baclofen.json"
    old.write_text(json.dumps({
        "schema_version": 1, "app_version": "1.0.0", "rules_version": "2026.11-1",
        "request": {"patient": {"age_years": 45}, "start": "2026-12-01"},
    }))  # fmt: skip
    fresh = plan_json(["--age", "45", "--start", "2026-12-01"], capsys)
    visit = ["--plan-file", str(old), "--visit", "2026-12-20", "--taking", "60"]
    data = plan_json([*visit, "--outcome", "tolerated"], capsys)
    assert data["history"][0]["steps"] == fresh["steps"]


def test_a_visit_above_the_maximum_is_not_continued_and_says_how_to_go_on(capsys, tmp_path):
    saved = tmp_path / "p.baclofen.json"
    plan_json([*ADULT, "--save", str(saved)], capsys)
    visit = ["--plan-file", str(saved), "--visit", "2026-12-15", "--taking", "100",
             "--outcome", "side-effects"]  # fmt: skip
    assert refused(visit, capsys, tmp_path) == (
        "baclofen-desk plan: error: --taking: Step 1 (from 2026-12-15) is 100 mg/day, above the "
        "maximum of 80 mg/day that applies to this patient; no plan is made. A plan may lower "
        "it: give --mode reduce or --mode taper."
    )
    assert run([*visit, "--mode", "taper", "--json", "-"], today=TODAY) == 3  # falls from 100
    assert json.loads(capsys.readouterr().out)["steps"][0]["daily_mg"] < 100
