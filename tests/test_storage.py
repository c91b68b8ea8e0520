"""Plan files: atomic save, schema version, and refusal of anything that is not a valid plan."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest

from baclofen_desk import fileio
from baclofen_desk.core.models import Override, Patient, PlanRequest
from baclofen_desk.storage import (
    SCHEMA_VERSION,
    HandoutChoices,
    PlanFileError,
    load_plan_file,
    save_plan_file,
    with_suffix,
)

if TYPE_CHECKING:
    from pathlib import Path

REQUEST = PlanRequest(
    patient=Patient(age_years=78, weight_kg=70, sex="male", crcl_ml_min=40),
    start=dt.date(2026, 12, 1),
    medications=("oxycodone 5 mg q6h", "gabapentin"),
    overrides=(Override(code="kidney.severe", reason="specialist agreed"),),
)
HANDOUT = HandoutChoices(lang="es", large_print=True, patient_name="Ana")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.baclofen.json"
    save_plan_file(path, REQUEST, HANDOUT, rules_version="r1")
    return path


def test_round_trip_gives_an_equal_request(saved: Path) -> None:
    loaded = load_plan_file(saved)
    assert loaded.request == REQUEST
    assert loaded.handout == HANDOUT
    assert loaded.rules_version == "r1"


def test_file_carries_schema_app_and_rules_versions(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["rules_version"] == "r1"
    assert data["app_version"]
    assert data["request"]["patient"]["age_years"] == 78


def test_failed_write_leaves_the_old_file_whole(saved: Path, monkeypatch) -> None:
    before = saved.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(fileio.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_plan_file(
            saved, REQUEST.model_copy(update={"medications": ()}), HANDOUT, rules_version="r2"
        )
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == [saved.name]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b"{ not json", "not valid JSON"),
        (b"[1, 2]", "not a Baclofen Desk plan file"),
        (b'{"request": {}}', "no schema version"),
        (b'{"schema_version": 99}', "newer version"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.baclofen.json"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=message):
        load_plan_file(path)


def test_unknown_field_is_refused(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["request"]["patient"]["wieght_kg"] = 70
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"request\.patient\.wieght_kg"):
        load_plan_file(saved)


def test_invalid_value_is_refused_naming_the_field(saved: Path) -> None:
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["request"]["patient"]["age_years"] = 300
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"age_years: Input should be less than or equal"):
        load_plan_file(saved)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="was not found"):
        load_plan_file(tmp_path / "gone.baclofen.json")


def test_printed_names_are_limited_as_the_handout_limits_them() -> None:
    from baclofen_desk.report.settings import MAX_SETTING
    from baclofen_desk.storage import MAX_PRINTED_TEXT

    assert MAX_PRINTED_TEXT == MAX_SETTING


def test_suffix_is_added_once(tmp_path: Path) -> None:
    assert with_suffix(tmp_path / "a").name == "a.baclofen.json"
    assert with_suffix(tmp_path / "a.baclofen.json").name == "a.baclofen.json"


def _child_file(path: Path, rules_version: str) -> Path:
    content = {
        "schema_version": 1,
        "app_version": "1.0.0",
        "rules_version": rules_version,
        "request": {"patient": {"age_years": 5}, "start": "2026-12-01"},
    }
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_a_request_saved_under_rule_base_v1_opens_although_v2_refuses_a_value(
    tmp_path: Path,
) -> None:
    # Weight is required under 12 only since v2: the form asks for it at its field.
    loaded = load_plan_file(_child_file(tmp_path / "v1.baclofen.json", "2026.11-1"))
    assert loaded.request.patient.weight_kg is None


def test_a_request_saved_under_rule_base_v2_must_pass_its_checks(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="weight is required under 12 years"):
        load_plan_file(_child_file(tmp_path / "v2.baclofen.json", "2026.12-1"))
