"""`--override CODE=REASON` acknowledges a warning or a major interaction by the code the JSON
gives it; only an override of a critical alert lets a blocked plan out."""

from __future__ import annotations

import datetime as dt
import json

from baclofen_desk.cli import run

TODAY = dt.date(2026, 11, 24)
TYPICAL = [
    *("--age", "50", "--weight", "70", "--sex", "male", "--scr", "0.9"),
    *("--start", "2026-12-01", "--med", "oxycodone 5 mg q6h", "--med", "gabapentin 300 mg tid"),
]


def plan_json(args, capsys, status=0):
    assert run([*args, "--json", "-"], today=TODAY) == status
    return json.loads(capsys.readouterr().out)


def test_the_json_gives_each_interaction_its_code(capsys):
    data = plan_json(TYPICAL, capsys)
    assert [(i["code"], i["acknowledged_reason"]) for i in data["interactions"]] == [
        ("interaction.opioid.oxycodone", None),
        ("interaction.gabapentinoid.gabapentin", None),
    ]


def test_a_major_interaction_and_a_warning_are_acknowledged_by_code(capsys):
    data = plan_json(
        [
            *TYPICAL,
            *("--override", "interaction.opioid.oxycodone=Pain team agreed"),
            *("--override", "medication.sedative_burden=Reviewed with the patient"),
        ],
        capsys,
    )
    assert [i["acknowledged_reason"] for i in data["interactions"]] == ["Pain team agreed", None]
    burden = next(a for a in data["alerts"] if a["code"] == "medication.sedative_burden")
    assert (burden["acknowledged_reason"], burden["override_reason"]) == (
        "Reviewed with the patient",
        None,
    )
    assert data["unmatched_overrides"] == []


def test_acknowledging_a_warning_leaves_a_blocked_plan_blocked(capsys):
    data = plan_json(
        [*TYPICAL, "--dialysis", "--override", "medication.sedative_burden=seen"],
        capsys,
        status=3,
    )
    assert data["blocked"] is True


def test_a_code_that_names_nothing_to_acknowledge_is_refused(capsys, tmp_path):
    out = tmp_path / "p.json"
    args = [*TYPICAL, "--override", "interaction.opioid.morphine=x", "--json", str(out)]
    assert run(args, today=TODAY) == 2
    err = capsys.readouterr().err
    assert err == (
        "baclofen-desk plan: error: --override: no overridable critical alert, warning or major "
        "interaction with code interaction.opioid.morphine\n"
    )
    assert not out.exists()
