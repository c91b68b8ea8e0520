"""Policy P8 v2 through the command line: baclofen already taken, intrathecal pumps, lay names."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from baclofen_desk.cli import run

TODAY = dt.date(2026, 11, 24)
BASE = ["--age", "45", "--start", "2026-12-01"]


def plan_json(args: list[str], capsys, status: int = 0) -> dict:
    assert run([*BASE, *args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def alerts(data: dict) -> dict[str, dict]:
    return {a["code"]: a for a in data["alerts"]}


def test_baclofen_listed_in_a_titration_without_a_current_dose_is_critical(capsys):
    data = plan_json(["--med", "baclofen 20 mg TID"], capsys, status=3)
    found = alerts(data)
    already = found["medication.already_on_baclofen"]
    assert already["severity"] == "critical"
    assert already["message"] == (
        'Already on baclofen ("baclofen 20 mg TID", read as 60 mg/day): enter the current '
        "daily dose — restarting at the starting dose is an abrupt reduction, and abrupt "
        "reduction can cause hallucinations, seizures, high fever and rebound spasticity."
    )
    assert already["source"].startswith("Ozobax (baclofen oral solution 1 mg/mL) US prescribing")
    assert "replaces" not in found["medication.duplicate_baclofen"]["message"]
    assert data["blocked"] is True
    [match] = data["medications"]
    assert (match["status"], match["daily_mg"], match["offered_current_mg"]) == (
        "duplicate",
        60.0,
        60.0,
    )


def test_the_current_dose_entered_clears_the_critical_and_the_plan_replaces_the_listed_dose(
    capsys,
):
    data = plan_json(["--med", "baclofen 10 mg twice a day", "--current-mg", "20"], capsys)
    found = alerts(data)
    assert "medication.already_on_baclofen" not in found
    duplicate = found["medication.duplicate_baclofen"]
    assert duplicate["severity"] == "warning"
    assert "replaces it" in duplicate["message"]
    [match] = data["medications"]
    assert (match["daily_mg"], match["offered_current_mg"]) == (20.0, None)


def test_a_current_dose_that_differs_from_the_list_is_offered_the_listed_one(capsys):
    data = plan_json(["--med", "baclofen 10 mg q8h", "--current-mg", "20"], capsys)
    [match] = data["medications"]
    assert (match["daily_mg"], match["offered_current_mg"]) == (30.0, 30.0)


def test_a_taper_from_the_current_dose_is_no_abrupt_restart(capsys):
    data = plan_json(
        ["--mode", "taper", "--current-mg", "60", "--med", "baclofen 20 mg TID"], capsys
    )
    assert "medication.already_on_baclofen" not in alerts(data)


def test_a_baclofen_line_without_a_plain_dose_offers_none(capsys):
    data = plan_json(["--med", "baclofen prn spasm"], capsys, status=3)
    already = alerts(data)["medication.already_on_baclofen"]
    assert already["message"].startswith('Already on baclofen ("baclofen prn spasm"): enter')
    [match] = data["medications"]
    assert (match["daily_mg"], match["offered_current_mg"]) == (None, None)


def test_an_intrathecal_pump_is_its_own_critical_and_never_a_duplicate(capsys):
    data = plan_json(["--med", "intrathecal baclofen pump (Gablofen)"], capsys, status=3)
    found = alerts(data)
    pump = found["medication.intrathecal_baclofen"]
    assert pump["severity"] == "critical"
    assert pump["message"] == (
        'Intrathecal baclofen pump ("intrathecal baclofen pump (Gablofen)"): oral baclofen '
        "next to a pump is for the pump team; never stop or reduce intrathecal baclofen "
        "abruptly — withdrawal can be fatal."
    )
    assert "medication.duplicate_baclofen" not in found
    assert "medication.already_on_baclofen" not in found
    [match] = data["medications"]
    assert (match["status"], match["ingredients"]) == ("intrathecal", ["baclofen"])
    assert data["interaction_check_complete"] is True


@pytest.mark.parametrize("line", ["ITB 300 mcg/day", "Lioresal Intrathecal", "baclofen IT"])
def test_other_ways_of_writing_a_pump(line, capsys):
    data = plan_json(["--med", line], capsys, status=3)
    assert [m["status"] for m in data["medications"]] == ["intrathecal"]
    assert "medication.duplicate_baclofen" not in alerts(data)


def test_a_pump_and_oral_baclofen_each_get_their_alert(capsys):
    data = plan_json(
        ["--med", "Gablofen pump", "--med", "baclofen 10 mg tid", "--current-mg", "30"],
        capsys,
        status=3,
    )
    found = alerts(data)
    assert '"Gablofen pump"' in found["medication.intrathecal_baclofen"]["message"]
    duplicate = found["medication.duplicate_baclofen"]["message"]
    assert '"baclofen 10 mg tid"' in duplicate
    assert "Gablofen" not in duplicate


@pytest.mark.parametrize(
    ("line", "ingredient"),
    [
        ("omeprazole (proton pump inhibitor)", "omeprazole"),
        ("insulin pump", "insulin"),
        ("morphine intrathecal", "morphine"),
    ],
)
def test_pump_alone_is_never_baclofen(line, ingredient, capsys):
    data = plan_json(["--med", line], capsys)
    [match] = data["medications"]
    assert match["status"] == "matched"
    assert match["ingredients"] == [ingredient]
    found = alerts(data)
    assert "medication.intrathecal_baclofen" not in found
    assert "medication.duplicate_baclofen" not in found


@pytest.mark.parametrize(
    ("line", "ingredient", "drug_class"),
    [
        ("EtOH", "alcohol", "alcohol"),
        ("beer on weekends", "alcohol", "alcohol"),
        ("wine", "alcohol", "alcohol"),
        ("liquor", "alcohol", "alcohol"),
        ("3 drinks a day", "alcohol", "alcohol"),
        ("THC", "dronabinol", "cannabinoid"),
        ("delta-8", "cannabis", "cannabinoid"),
        ("marijuana", "cannabis", "cannabinoid"),
        ("edibles", "cannabis", "cannabinoid"),
        ("gummies", "cannabis", "cannabinoid"),
        ("kratom", "kratom", "opioid"),
    ],
)
def test_lay_names_are_recognised(line, ingredient, drug_class, capsys):
    data = plan_json(["--med", line], capsys)
    [match] = data["medications"]
    assert match["ingredients"] == [ingredient]
    assert [(i["drug"], i["class"]) for i in data["interactions"]] == [(ingredient, drug_class)]


def test_vitamin_gummies_are_vitamins(capsys):
    data = plan_json(["--med", "vitamin D gummies"], capsys)
    [match] = data["medications"]
    assert match["ingredients"] == ["cholecalciferol"]
    assert data["interactions"] == []
