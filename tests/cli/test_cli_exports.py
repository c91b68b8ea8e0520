"""`baclofen-desk plan --fhir PATH --ics PATH`: written for a plan, never for a blocked one."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import TYPE_CHECKING

from fhir.resources.R4B.medicationrequest import MedicationRequest
from icalendar import Calendar

from baclofen_desk.cli import EXIT_BLOCKED, EXIT_INVALID, EXIT_OK, run

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

TODAY = dt.date(2026, 11, 24)
ADULT = ["--age", "45", "--weight", "70", "--sex", "male", "--scr", "0.9", "--start", "2026-12-01"]


def exports(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    fhir, ics = tmp_path / "plan.json", tmp_path / "plan.ics"
    return fhir, ics, ["--fhir", str(fhir), "--ics", str(ics)]


def test_fhir_and_ics_are_written(tmp_path: Path) -> None:
    fhir, ics, options = exports(tmp_path)
    assert run([*ADULT, *options], today=TODAY) == EXIT_OK
    request = MedicationRequest.model_validate_json(fhir.read_text(encoding="utf-8"))
    assert (request.status, request.intent) == ("draft", "plan")
    assert [d.sequence for d in request.dosageInstruction] == [1, 2, 3, 4]
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 13  # 12 dose events, then the next review
    assert str(events[-1]["SUMMARY"]) == "Baclofen: next visit"
    assert str(events[0]["SUMMARY"]) == "Baclofen 5 mg"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.ics", "plan.json"]


def test_exports_match_the_json_plan(tmp_path: Path) -> None:
    fhir, ics, options = exports(tmp_path)
    plan_path = tmp_path / "full.json"
    args = [*ADULT, "--mode", "taper", "--current-mg", "60", *options, "--json", str(plan_path)]
    assert run(args, today=TODAY) == EXIT_OK
    steps = json.loads(plan_path.read_text(encoding="utf-8"))["steps"]
    request = MedicationRequest.model_validate_json(fhir.read_text(encoding="utf-8"))
    dosing = [s for s in steps if s["doses_mg"]]
    assert {d.sequence for d in request.dosageInstruction} == set(range(1, len(dosing) + 1))
    for dosage in request.dosageInstruction:
        step = steps[dosage.sequence - 1]
        assert str(dosage.timing.repeat.boundsPeriod.start) == step["start"]
        assert str(dosage.timing.repeat.boundsPeriod.end) == step["end"]
        assert float(dosage.doseAndRate[0].doseQuantity.value) in step["doses_mg"]
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    doses = sum(e["RRULE"]["COUNT"][0] for e in events if "RRULE" in e)
    assert doses == sum(
        len(s["doses_mg"])
        * ((dt.date.fromisoformat(s["end"]) - dt.date.fromisoformat(s["start"])).days + 1)
        for s in dosing
    )
    stop, review = events[-2:]
    assert str(stop["SUMMARY"]) == "Stop baclofen"
    assert stop.decoded("DTSTART") == dt.date.fromisoformat(steps[-1]["start"])
    assert review.decoded("DTSTART") == stop.decoded("DTSTART")  # the day after the last dose


def test_blocked_plan_writes_neither(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fhir, ics, options = exports(tmp_path)
    plan_path = tmp_path / "full.json"
    args = ["--age", "45", "--dialysis", "--start", "2026-12-01", *options]
    assert run([*args, "--json", str(plan_path)], today=TODAY) == EXIT_BLOCKED
    assert not fhir.exists()
    assert not ics.exists()
    assert json.loads(plan_path.read_text(encoding="utf-8"))["blocked"] is True
    err = capsys.readouterr().err
    assert "kidney.dialysis" in err
    assert "no handout or export was written" in err


def test_overridden_block_writes_both(tmp_path: Path) -> None:
    fhir, ics, options = exports(tmp_path)
    override = ["--override", "kidney.dialysis=Nephrology agreed"]
    args = ["--age", "45", "--dialysis", "--start", "2026-12-01", *override, *options]
    assert run(args, today=TODAY) == EXIT_OK
    request = MedicationRequest.model_validate_json(fhir.read_text(encoding="utf-8"))
    assert any("Reason: Nephrology agreed" in n.text for n in request.note)
    [event, review] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event["RRULE"] == {"FREQ": ["DAILY"]}
    assert review.decoded("DTSTART") == dt.date(2026, 12, 8)  # dialysis: a week after the start


def test_invalid_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, options = exports(tmp_path)
    assert run(["--age", "-3", *options], today=TODAY) == EXIT_INVALID
    assert list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err.startswith("baclofen-desk plan: error: --age")


def test_missing_export_folder_is_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "plan.ics"
    assert run([*ADULT, "--ics", str(missing)], today=TODAY) == EXIT_INVALID
    assert "--ics" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_command_line_program(tmp_path: Path) -> None:
    """The installed entry point, as scripts call it."""
    fhir, ics, options = exports(tmp_path)
    args = [sys.executable, "-m", "baclofen_desk", "plan", *ADULT, *options]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(fhir.read_text(encoding="utf-8"))["resourceType"] == "MedicationRequest"
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    blocked = [sys.executable, "-m", "baclofen_desk", "plan", "--age", "45", "--dialysis"]
    fhir.unlink()
    ics.unlink()
    result = subprocess.run(
        [*blocked, *options], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == EXIT_BLOCKED
    assert not fhir.exists()
    assert not ics.exists()
