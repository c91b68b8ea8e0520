"""`--med` on the command line: interactions, unrecognised lines and the JSON contract."""

from __future__ import annotations

import datetime as dt
import json

from baclofen_desk.cli import run

TODAY = dt.date(2026, 11, 24)


def plan_json(args: list[str], capsys, status: int = 0) -> dict:
    assert run([*args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def test_percocet_lisinopril_and_xyzzy(capsys):
    data = plan_json(
        ["--age", "45", "--med", "Percocet", "--med", "lisinopril 10 mg daily", "--med", "xyzzy"],
        capsys,
    )
    by_drug = {i["drug"]: i for i in data["interactions"]}
    assert set(by_drug) == {"oxycodone", "lisinopril"}
    oxycodone = by_drug["oxycodone"]
    assert (oxycodone["input"], oxycodone["class"], oxycodone["severity"]) == (
        "Percocet",
        "opioid",
        "major",
    )
    assert oxycodone["advice"] and oxycodone["source"]
    lisinopril = by_drug["lisinopril"]
    assert lisinopril["input"] == "lisinopril 10 mg daily"
    assert lisinopril["class"] == "ace_inhibitor"
    assert lisinopril["class_label"].startswith("Blood pressure")
    assert data["unrecognized_medications"] == ["xyzzy"]
    assert data["interaction_check_complete"] is False
    assert [m["status"] for m in data["medications"]] == ["matched", "matched", "unrecognized"]
    assert any(a["code"] == "medication.unrecognized" for a in data["alerts"])


def test_all_recognised_and_none_interacting(capsys):
    data = plan_json(["--age", "45", "--med", "atorvastatin", "--med", "amoxicillin"], capsys)
    assert data["interactions"] == []
    assert data["unrecognized_medications"] == []
    assert data["interaction_check_complete"] is True
    assert any(a["code"] == "medication.no_interactions" for a in data["alerts"])


def test_dialysis_raises_a_sedative_interaction(capsys):
    data = plan_json(["--age", "45", "--dialysis", "--med", "Xanax"], capsys, status=3)
    [interaction] = data["interactions"]
    assert interaction["severity"] == "major"
    assert "dialysis" in interaction["escalated_because"]


def test_baclofen_on_the_list_with_its_current_dose_is_duplicate_therapy(capsys):
    data = plan_json(["--age", "45", "--med", "baclofen 10 mg tid", "--current-mg", "30"], capsys)
    [match] = data["medications"]
    assert match["status"] == "duplicate"
    assert any(a["code"] == "medication.duplicate_baclofen" for a in data["alerts"])
